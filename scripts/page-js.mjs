/**
 * The JavaScript one built page loads, shared by scripts/report-js.mjs (every page, against budgets) and
 * scripts/measure-calculator.mjs (the calculator, file by file). Follows the page's module scripts,
 * modulepreloads, island components and renderers and inline module scripts, then their static imports;
 * chunks reached only through import() are loaded on use and returned apart. Sizes are raw, gzip -9 and
 * brotli -11, as a static host would serve them.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Raw, gzip and brotli sizes of some bytes. */
export function sizes(buf) {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The sum of several sizes. */
export function sum(list) {
  return list.reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });
}

// Static imports in minified output: import{…}from"./x.js", import"./x.js", export{…}from"./x.js".
const STATIC_IMPORT = /(?:^|[;}\s)])(?:import|export)\s*(?:[^'"`();]*?from\s*)?["']([^"']+\.m?js)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["'`]([^"'`]+\.m?js)["'`]\s*\)/g;
const ENTRY_URLS = [
  /<script\b[^>]*\ssrc="([^"]+\.m?js)"/g,
  /<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g,
  /\b(?:component-url|renderer-url|before-hydration-url)="([^"]+\.m?js)"/g,
];
const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g;

// Module entries of a page: island components and renderers, module scripts (not classic ones).
const MODULE_ENTRY_URLS = [
  /<script\b(?=[^>]*\stype="module")[^>]*\ssrc="([^"]+\.m?js)"/g,
  /\b(?:component-url|renderer-url|before-hydration-url)="([^"]+\.m?js)"/g,
];
const MODULE_SCRIPT_SRC = /<script\b(?=[^>]*\stype="module")[^>]*\ssrc="([^"]+\.m?js)"/g;
const INLINE_MODULE = /<script\b(?![^>]*\ssrc=)(?=[^>]*\stype="module")[^>]*>([\s\S]*?)<\/script>/g;

/**
 * The module URLs a built page should preload so that everything its scripts and islands import at start is
 * fetched at once after the HTML, not discovered one import level per round trip: island components and
 * renderers and every module they (and the page's module scripts) import statically, in the order found. Module
 * scripts the page itself loads with `<script src>` are left out (the HTML already asks for them).
 */
export function modulePreloads(dist, base = '/') {
  const codeOf = new Map();
  const fileOf = (url) => (url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, ''));
  const read = (url) => {
    if (!codeOf.has(url)) codeOf.set(url, readFileSync(join(dist, fileOf(url)), 'utf8'));
    return codeOf.get(url);
  };
  const resolve = (spec, from) => (spec.startsWith('.') ? posix.normalize(posix.join(posix.dirname(from), spec)) : spec);
  return function preloads(html, pagePath) {
    const queue = MODULE_ENTRY_URLS.flatMap((re) => [...html.matchAll(re)].map((m) => m[1]));
    for (const m of html.matchAll(INLINE_MODULE)) queue.push(...[...m[1].matchAll(STATIC_IMPORT)].map((i) => resolve(i[1], pagePath)));
    const loaded = new Set([...html.matchAll(MODULE_SCRIPT_SRC)].map((m) => m[1]));
    const seen = new Set();
    while (queue.length > 0) {
      const url = queue.shift();
      if (seen.has(url) || !url.startsWith(base)) continue;
      seen.add(url);
      queue.push(...[...read(url).matchAll(STATIC_IMPORT)].map((m) => resolve(m[1], url)));
    }
    return [...seen].filter((url) => !loaded.has(url));
  };
}

/** Reads built pages of one dist/ folder; file sizes are computed once per folder. */
export function pageJsReader(dist, base = '/') {
  const cache = new Map();
  /** Site URL path (with the base) of a module → its path inside dist/. */
  const fileOf = (url) => (url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, ''));
  const module = (file) => {
    if (!cache.has(file)) {
      const buf = readFileSync(join(dist, file));
      cache.set(file, { code: buf.toString('utf8'), ...sizes(buf) });
    }
    return cache.get(file);
  };
  /** Module URL paths a piece of code imports, resolved against the URL path it was loaded from. */
  const importsOf = (code, from) => {
    const resolve = (spec) => (spec.startsWith('.') ? posix.normalize(posix.join(posix.dirname(from), spec)) : spec);
    return { static: [...code.matchAll(STATIC_IMPORT)].map((m) => resolve(m[1])), dynamic: [...code.matchAll(DYNAMIC_IMPORT)].map((m) => resolve(m[1])) };
  };

  /**
   * The page's JavaScript: `inline` (its inline scripts), `initial` and `lazy` (dist-relative file → sizes), and
   * `total` (inline + initial). `pagePath` is the page's URL path with the base, e.g. /jxjy/calculator/.
   */
  return function pageJs(html, pagePath) {
    const queue = ENTRY_URLS.flatMap((re) => [...html.matchAll(re)].map((m) => m[1]));
    const inline = [];
    for (const m of html.matchAll(INLINE_SCRIPT)) {
      if (m[1].trim() === '') continue;
      inline.push(sizes(Buffer.from(m[1])));
      queue.push(...importsOf(m[1], pagePath).static);
    }
    const initial = new Map();
    const dynamic = [];
    while (queue.length > 0) {
      const url = queue.shift();
      const file = fileOf(url);
      if (initial.has(file)) continue;
      const { code, ...s } = module(file);
      initial.set(file, s);
      const imports = importsOf(code, url);
      queue.push(...imports.static);
      dynamic.push(...imports.dynamic);
    }
    // Chunks reached only through import(), and what they import in turn.
    const lazy = new Map();
    while (dynamic.length > 0) {
      const url = dynamic.shift();
      const file = fileOf(url);
      if (initial.has(file) || lazy.has(file)) continue;
      const { code, ...s } = module(file);
      lazy.set(file, s);
      const imports = importsOf(code, url);
      dynamic.push(...imports.static, ...imports.dynamic);
    }
    return { inline: sum(inline), initial, lazy, total: sum([...inline, ...initial.values()]) };
  };
}
