/**
 * The files the service worker caches on use instead of precaching for every visitor (scripts/build-sw.mjs): the PDF
 * fonts, jsPDF (both fetched when a PDF is about to be made) and the batch check's worker (fetched by the batch page).
 * Shared by the service worker's build and the page that registers it (src/lib/offline/service-worker.ts), which
 * fetches such files again once the service worker controls the page, so that those fetched before are kept too.
 * Each pattern is matched against a URL's path, under any base.
 */
export const PDF_FONT = /\/fonts\/generated\/worksheet-sc(?:-fixed|-common|-extended)?\.ttf$/;
export const JSPDF = /\/_astro\/jspdf\.es\.min\.[\w-]+\.js$/;
export const BATCH_WORKER = /\/_astro\/worker-[\w-]+\.js$/;

/** All of them. */
export const CACHED_ON_USE = [PDF_FONT, JSPDF, BATCH_WORKER];
