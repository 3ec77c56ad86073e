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
