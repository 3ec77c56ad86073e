/**
 * On every page: after the page has loaded, registers the service worker (src/lib/offline/service-worker.ts, with
 * workbox-window, loaded only then) so that the site works offline once visited. This file is all that every page
 * carries up front. Not in `astro dev`, which has no service worker.
 */
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const start = () => {
    void import('../lib/offline/service-worker').then(({ registerServiceWorker }) => registerServiceWorker(import.meta.env.BASE_URL, document.querySelector<HTMLElement>('[data-update-notice]')));
  };
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}
