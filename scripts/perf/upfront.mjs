/**
 * The calculator's JavaScript before the PDF button is used: bytes from scripts/page-js.mjs (gzip -9 and brotli -11),
 * and how many round trips after the HTML it takes to have all of it. A module named in the HTML (a module script, a
 * modulepreload, an island's component or renderer, a static import of an inline script) is requested in the first
 * round trip after the HTML; a module that only another module imports statically is requested once that module has
 * arrived, one round trip later. The import patterns are the ones page-js.mjs follows (kept in step with it by hand).
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { pageJsReader } from '../page-js.mjs';

const STATIC_IMPORT = /(?:^|[;}\s)])(?:import|export)\s*(?:[^'"`();]*?from\s*)?["']([^"']+\.m?js)["']/g;
const NAMED_IN_HTML = [
  /<script\b[^>]*\ssrc="([^"]+\.m?js)"/g,
  /<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g,
  /\b(?:component-url|renderer-url|before-hydration-url)="([^"]+\.m?js)"/g,
];
const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g;

/** `{ gzip, brotli, files, roundTrips }` for the page at `pagePath` (e.g. /calculator/) of a built site. */
export function upfrontJs(dist, pagePath, base = '/') {
  const html = readFileSync(join(dist, pagePath.slice(base.length), 'index.html'), 'utf8');
  const { initial, total } = pageJsReader(dist, base)(html, pagePath);
  const fileOf = (url) => (url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, ''));
  const importsOf = (code, from) =>
    [...code.matchAll(STATIC_IMPORT)].map((m) => (m[1].startsWith('.') ? posix.normalize(posix.join(posix.dirname(from), m[1])) : m[1]));

  const trip = new Map();
  let wave = NAMED_IN_HTML.flatMap((re) => [...html.matchAll(re)].map((m) => m[1]));
  for (const m of html.matchAll(INLINE_SCRIPT)) wave.push(...importsOf(m[1], pagePath));
  for (let n = 1; wave.length > 0; n++) {
    const fresh = [...new Set(wave)].filter((url) => !trip.has(url));
    for (const url of fresh) trip.set(url, n);
    wave = fresh.flatMap((url) => importsOf(readFileSync(join(dist, fileOf(url)), 'utf8'), url));
  }
  return { gzip: total.gzip, brotli: total.brotli, files: initial.size, roundTrips: Math.max(0, ...trip.values()) };
}
