/**
 * Offline once visited: registers the service worker that scripts/build-sw.mjs writes (workbox-window), and announces
 * a new deployment instead of letting old and new rules mix. The new service worker waits until the person chooses
 * 刷新 (or closes every tab of the site); until then every page keeps coming from the version already installed.
 * Loaded after the page has finished loading (src/scripts/offline.ts), never before a page is usable.
 */
import { Workbox } from 'workbox-window';
import { CACHED_ON_USE } from './cached-on-use.mjs';

/** The service worker and its scope under the site's base (`/` or a sub-path such as `/jxjy/`). */
export function serviceWorkerUrl(base: string): { url: string; scope: string } {
  const scope = base.endsWith('/') ? base : `${base}/`;
  return { url: `${scope}sw.js`, scope };
}

/**
 * Shows the update notice in the page's live region (`[data-update-notice]`, src/components/UpdateNotice.astro).
 * `reload` runs when the person chooses 刷新; 稍后 closes the notice until the next page.
 */
export function showUpdateNotice(region: HTMLElement, reload: () => void): void {
  if (region.querySelector('.update-notice-panel')) return;
  const template = region.querySelector('template');
  const panel = template?.content.firstElementChild?.cloneNode(true);
  if (!(panel instanceof HTMLElement)) return;
  panel.querySelector('[data-update-reload]')?.addEventListener('click', reload);
  panel.querySelector('[data-update-later]')?.addEventListener('click', () => panel.remove());
  region.append(panel);
  // The field being typed in stays in view above it: on a phone the notice (about 130 px) came over the focused field,
  // and the keys went on into a field out of sight (a new user's check).
  const focused = document.activeElement;
  if (!(focused instanceof HTMLElement) || focused === document.body || panel.contains(focused)) return;
  const top = panel.getBoundingClientRect().top;
  const field = focused.getBoundingClientRect();
  if (field.height > 0 && field.bottom > top && field.top < window.innerHeight) window.scrollBy(0, field.bottom - top + 8);
}

/**
 * Of the URLs a page fetched (its resource timing entries), those the service worker caches on use rather than
 * precaching (cached-on-use.mjs), on this origin, each once.
 */
export function cachedOnUse(urls: readonly string[], origin: string): string[] {
  const kept = urls.filter((url) => {
    const u = new URL(url, origin);
    return u.origin === origin && CACHED_ON_USE.some((pattern) => pattern.test(u.pathname));
  });
  return [...new Set(kept)];
}

/**
 * Once the service worker first controls this page: what the page fetched before then that the service worker caches
 * on use (a PDF's font and jsPDF, the batch check's worker) went straight to the network and was not kept. Fetched
 * again now, through it, so that it is (the browser's own cache usually answers: nothing is downloaded twice).
 * Without this, a PDF made in the first seconds of a first visit (a shared case, an imported draft) did not work
 * offline later, though the page had fetched its font.
 */
async function keepFetchedBeforeControl(): Promise<void> {
  const urls = cachedOnUse(
    performance.getEntriesByType('resource').map((entry) => entry.name),
    location.origin,
  );
  for (const url of urls) await fetch(url).then((response) => response.arrayBuffer());
}

/** Registers the service worker and wires the update notice. Browser only, where `navigator.serviceWorker` exists. */
export async function registerServiceWorker(base: string, region: HTMLElement | null): Promise<void> {
  const { url, scope } = serviceWorkerUrl(base);
  const wb = new Workbox(url, { scope, updateViaCache: 'none' });
  let chosen = false;
  // The person chose 刷新: the waiting version takes over every tab of the site, then this page reloads from it.
  const activate = async () => {
    if (chosen) return;
    chosen = true;
    const registration = await navigator.serviceWorker.getRegistration(scope).catch(() => undefined);
    if (registration?.waiting) {
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
      wb.messageSkipWaiting();
    } else location.reload();
  };
  const announce = () => {
    if (region) showUpdateNotice(region, () => void activate());
  };
  // A new deployment has been installed and waits (found now, or already waiting from an earlier visit).
  wb.addEventListener('waiting', announce);
  // Another tab chose 刷新: this page still runs the previous version's code.
  wb.addEventListener('controlling', (event) => {
    if (event.isUpdate === true && !chosen) announce();
    else if (event.isUpdate !== true) keepFetchedBeforeControl().catch(() => undefined);
  });
  try {
    await wb.register();
  } catch {
    // Not a secure context (plain http on an intranet), storage refused, or a private window: the site works online.
  }
}
