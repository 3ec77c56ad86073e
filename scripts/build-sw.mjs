#!/usr/bin/env node
/**
 * After `astro build`: writes the service worker (`sw.js`) that makes the site work offline once visited,
 * with workbox-build's generateSW over the built folder. It precaches every page, script, style, the search index and
 * the downloadable files, each with a content revision, so a new deployment is installed whole and announced by the
 * page (src/lib/offline) instead of old and new rules being mixed. The PDF fonts (the small one of the worksheet's own
 * text, about 0.1 MB brotli, the middle one, 0.7 MB, the large one, 1.2 MB, and the extended one for names beyond
 * GB2312, 4.8 MB) are not precached for every visitor: each is cached the first time a PDF uses it. Nor is the batch
 * check's worker (its workbook reader and writer, 0.28 MB brotli, 43% of what the precache held): HR officers use it,
 * most visitors never do, and every first visit downloaded it in the background on a phone's line, alongside the
 * page's own requests. It is cached when the batch page is opened (its worker's request, or, when that came before the
 * service worker took over, the page's fetch again then: src/lib/offline/service-worker.ts). Nor is
 * jsPDF (0.10 MB brotli, 28% of the rest): the PDF works offline only once its font has been fetched, and jsPDF is
 * fetched with the font (when a PDF is about to be made), so it is cached then too; a visit that made a PDF fetched
 * it twice before, once for the page and once for the precache.
 * Run: `node scripts/build-sw.mjs [dist]` (part of `npm run build`; SITE_BASE as for the build).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { BATCH_WORKER, JSPDF, PDF_FONT } from '../src/lib/offline/cached-on-use.mjs';

const dist = process.argv[2] ?? process.env.SITE_OUT ?? 'dist';
const base = (process.env.SITE_BASE ?? '/').replace(/\/?$/, '/');
/**
 * The PDF worksheet's fonts: the small one of its own text, the middle one (GB2312 level 1), the large one (GB2312) and
 * the extended one (GBK and the rest of the BMP) for user text the smaller ones lack.
 */
const FONTS = ['fonts/generated/worksheet-sc-fixed.ttf', 'fonts/generated/worksheet-sc-common.ttf', 'fonts/generated/worksheet-sc.ttf', 'fonts/generated/worksheet-sc-extended.ttf'];

/**
 * The font's cache is named after its content: a deployment with a new font (new characters in the rules) starts a
 * new cache instead of serving the old font for ever, and the plugin below drops the old one once the new one is in.
 * The base keeps two deployments on one host (/ and /jxjy/) apart.
 */
const fontHash = createHash('sha256');
for (const font of FONTS) fontHash.update(existsSync(join(dist, font)) ? readFileSync(join(dist, font)) : 'none');
const fontVersion = fontHash.digest('hex').slice(0, 12);
const fontCachePrefix = `hunan-jxjy-pdf-font:${base}:`;

/** The one file in dist/_astro/ whose path (/_astro/name) matches `pattern` (Vite names a chunk after its source and content). */
function oneFile(pattern, what) {
  const files = readdirSync(join(dist, '_astro')).filter((f) => pattern.test(`/_astro/${f}`));
  if (files.length !== 1) throw new Error(`expected one ${what} in ${dist}/_astro, found ${files.length}: ${files.join(', ')}`);
  return files[0];
}
/** The batch check's worker (src/lib/batch/worker.ts, bundled with its libraries). */
const batchWorker = oneFile(BATCH_WORKER, 'batch worker');
/** jsPDF itself, imported by the worksheet's code when a PDF is about to be made. */
const jsPdf = oneFile(JSPDF, 'jsPDF chunk');

// Serialised into sw.js as written (workbox-build stringifies plugin objects): arrow functions, no outside variables.
/** A new deployment's file has arrived in its cache: the caches of earlier deployments' files under its prefix go. */
const dropEarlierCaches = {
  cacheDidUpdate: async ({ cacheName }) => {
    const prefix = cacheName.slice(0, cacheName.lastIndexOf(':') + 1);
    for (const name of await caches.keys()) if (name.startsWith(prefix) && name !== cacheName) await caches.delete(name);
  },
};
const fontPlugin = {
  ...dropEarlierCaches,
  // Offline after a deployment changed the font: the earlier font still makes the PDF, and the page's check lists
  // any character it lacks (src/lib/pdf/font-coverage.ts).
  handlerDidError: async ({ request }) => (await caches.match(request)) ?? undefined,
};

/**
 * Offline, a page the precache does not hold: an address typed without its last slash (/calculator, which a host
 * redirects to /calculator/) goes to the page with it; any other, to the site's own 页面不存在 page (status 404), not
 * the browser's offline error (a new user's offline check). Online the network answers as without a service worker.
 */
const offlinePagePlugin = {
  handlerDidError: async ({ request }) => {
    const url = new URL(request.url);
    const scope = self.registration.scope;
    if (!url.pathname.endsWith('/') && !/\.[A-Za-z0-9]+$/.test(url.pathname)) {
      const page = await caches.match(`${url.origin}${url.pathname}/index.html`, { ignoreSearch: true });
      if (page !== undefined) return Response.redirect(`${url.pathname}/${url.search}${url.hash}`, 301);
    }
    const missing = await caches.match(new URL('404.html', scope).href, { ignoreSearch: true });
    return missing === undefined ? undefined : new Response(missing.body, { status: 404, headers: missing.headers });
  },
};

/**
 * A CacheFirst route for files cached on use, in a cache named after their content (a deployment with new files starts
 * a new cache, and the plugin drops the old one once the new file is in). `urlPattern` is a RegExp, written into sw.js
 * as it is (a function would lose a file's name); Workbox matches a pattern that does not match from the URL's start
 * on this origin only. They are found whatever their response's Vary says: a host that answers with `Vary: Origin`
 * (the e2e server does) stored a file fetched by the page's fetch() (no Origin header) where a module script's request
 * (Chromium sends Origin) never matched it, and jsPDF kept for offline use went to the network. Their names carry
 * their content, so nothing varies.
 */
function cachedOnUseRoute(urlPattern, cacheName, plugin, ignoreSearch = false) {
  return {
    urlPattern,
    handler: 'CacheFirst',
    options: { cacheName, cacheableResponse: { statuses: [200] }, matchOptions: { ignoreVary: true, ignoreSearch }, plugins: [plugin] },
  };
}

/**
 * The route for one of this deployment's files in _astro/: a page of an earlier deployment asking for its own goes to
 * the network. Also under `?retry=N`, the address a page imports a module by again after its fetch failed
 * (src/lib/import-again.ts), and found whatever its query: a PDF refused offline, then made online, fetched jsPDF as
 * …js?retry=1, which this route did not match, and after a reload the PDF failed offline (a new user's check).
 */
function fileRoute(file, cachePrefix) {
  return cachedOnUseRoute(new RegExp(`/_astro/${file.replace(/[.-]/g, '\\$&')}(?:\\?retry=\\d+)?$`), `${cachePrefix}${file.replace(/\.js$/, '')}`, dropEarlierCaches, true);
}

const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  swDest: join(dist, 'sw.js'),
  globPatterns: ['**/*.{html,js,css,json,svg,ics,txt}'],
  globIgnores: [
    'sw.js',
    'fonts/**',
    // jsPDF's optional parts for .html() and SVG (html2canvas, DOMPurify, canvg), which the worksheet never calls.
    '_astro/html2canvas.*.js',
    '_astro/purify.es.*.js',
    '_astro/index.es.*.js',
    // Cached on use (above): the batch check's worker on the batch page, jsPDF with the PDF's font.
    `_astro/${batchWorker}`,
    `_astro/${jsPdf}`,
  ],
  // Astro's file names carry a content hash already.
  dontCacheBustURLsMatching: /^_astro\//,
  // build.format 'directory': /notices/ is notices/index.html in the precache.
  directoryIndex: 'index.html',
  // ?q= (an older search link) and ?safe (calculator start-up) open the same page; ?retry=N is a precached module
  // imported again after a failed fetch (src/lib/import-again.ts).
  ignoreURLParametersMatching: [/^q$/, /^safe$/, /^retry$/, /^utm_/],
  // No navigateFallback: a page not in the precache must not be answered with another page (or the 404 page).
  navigateFallback: null,
  cleanupOutdatedCaches: true,
  // The first visit's page is controlled at once, so a PDF made on that visit already caches the font.
  clientsClaim: true,
  // A new deployment waits until the person chooses 刷新 in the notice (workbox-window's messageSkipWaiting).
  skipWaiting: false,
  inlineWorkboxRuntime: true,
  mode: 'production',
  sourcemap: false,
  disableDevLogs: true,
  babelPresetEnvTargets: ['chrome >= 87', 'safari >= 14', 'ios_saf >= 14'],
  runtimeCaching: [
    // The fonts' cache is named after their content (fontVersion above); the patterns are src/lib/offline/cached-on-use.mjs.
    cachedOnUseRoute(PDF_FONT, `${fontCachePrefix}${fontVersion}`, fontPlugin),
    fileRoute(batchWorker, `hunan-jxjy-batch-worker:${base}:`),
    fileRoute(jsPdf, `hunan-jxjy-pdf-code:${base}:`),
    // After the precache's route (generateSW registers that first): pages it does not hold.
    { urlPattern: ({ request }) => request.mode === 'navigate', handler: 'NetworkOnly', options: { plugins: [offlinePagePlugin] } },
  ],
});

for (const warning of warnings) console.warn(`service worker: ${warning}`);
console.log(
  `Service worker: ${dist}/sw.js precaches ${count} files (${(size / 1024).toFixed(0)} KB before compression); the PDF fonts are cached on first use (cache ${fontCachePrefix}${fontVersion}), jsPDF with them, the batch worker ${batchWorker} when the batch page is opened.`,
);
