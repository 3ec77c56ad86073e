#!/usr/bin/env node
/**
 * After `astro build`: the JavaScript each page loads before anyone interacts with it, compressed as a static
 * host would serve it (gzip -9 and brotli -11). Follows the page's module scripts, island components and
 * renderers, and their static imports; dynamic import() chunks (the PDF builder, the search index) are loaded
 * on use and counted apart. With --check, exits non-zero when a page is over its budget: content pages under
 * 15 KB gzip (issue 3); the calculator under 60 KB brotli (issue 4). The calculator's budget is on brotli, which
 * every current browser accepts and most static hosts serve; on a gzip-only server it is larger (both printed).
 * Run: `node scripts/report-js.mjs [--check] [dist]` (part of `npm run build`).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, posix, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const check = args.includes('--check');
const dist = args.find((a) => !a.startsWith('--')) ?? 'dist';
const base = (process.env.SITE_BASE ?? '/').replace(/\/?$/, '/');
const KB = 1024;
/** Budgets by page path (without the base); everything else is a content page. */
const budgets = { '/calculator/': { bytes: 60 * KB, on: 'brotli' } };
const contentBudget = { bytes: 15 * KB, on: 'gzip' };

async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'pagefind') yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/** Site URL (with base) → file in dist. */
function fileOf(url) {
  const path = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
  return join(dist, path);
}

const STATIC_IMPORT = /(?:^|[;}\s)])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`]([^"'`]+\.m?js)["'`]/g;
const DYNAMIC_IMPORT = /import\(\s*["'`]([^"'`]+\.m?js)["'`]\s*\)/g;

/** Module URLs a chunk imports statically, and those it imports on demand. */
function importsOf(code, url) {
  const dir = posix.dirname(url);
  const resolve = (spec) => (spec.startsWith('.') ? posix.normalize(posix.join(dir, spec)) : spec);
  return {
    static: [...code.matchAll(STATIC_IMPORT)].map((m) => resolve(m[1])),
    dynamic: [...code.matchAll(DYNAMIC_IMPORT)].map((m) => resolve(m[1])),
  };
}

const sizeCache = new Map();
async function sizes(url) {
  if (!sizeCache.has(url)) {
    const code = await readFile(fileOf(url));
    sizeCache.set(url, {
      code: code.toString('utf8'),
      raw: code.length,
      gzip: gzipSync(code, { level: 9 }).length,
      brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return sizeCache.get(url);
}

const rows = [];
let failed = false;
for await (const file of htmlFiles(dist)) {
  const html = await readFile(file, 'utf8');
  const page = '/' + relative(dist, file).split('\\').join('/').replace(/index\.html$/, '').replace(/\.html$/, '');
  const entry = new Set();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) entry.add(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) entry.add(m[1]);
  for (const m of html.matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)) entry.add(m[1]);
  let inline = 0;
  let inlineGzip = 0;
  let inlineBrotli = 0;
  for (const m of html.matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)) {
    const buf = Buffer.from(m[1]);
    inline += buf.length;
    inlineGzip += gzipSync(buf, { level: 9 }).length;
    inlineBrotli += brotliCompressSync(buf).length;
    for (const i of importsOf(m[1], page).static) entry.add(i);
  }
  const loaded = new Set();
  const onDemand = new Set();
  const queue = [...entry].filter((u) => /\.m?js$/.test(u));
  while (queue.length > 0) {
    const url = queue.shift();
    if (loaded.has(url)) continue;
    loaded.add(url);
    const { code } = await sizes(url);
    const imports = importsOf(code, url);
    queue.push(...imports.static);
    for (const d of imports.dynamic) onDemand.add(d);
  }
  let raw = inline;
  let gzip = inlineGzip;
  let brotli = inlineBrotli;
  for (const url of loaded) {
    const s = await sizes(url);
    raw += s.raw;
    gzip += s.gzip;
    brotli += s.brotli;
  }
  const budget = budgets[page] ?? contentBudget;
  const over = (budget.on === 'brotli' ? brotli : gzip) > budget.bytes;
  failed ||= over;
  rows.push({ page, files: loaded.size, raw, gzip, brotli, budget, over, onDemand: [...onDemand].filter((u) => !loaded.has(u)).length });
}

rows.sort((a, b) => a.page.localeCompare(b.page));
const kb = (n) => (n / KB).toFixed(1).padStart(6);
console.log(`\nJavaScript loaded per page before use (KB)${base === '/' ? '' : `, base ${base}`}`);
console.log('page'.padEnd(42) + 'files     raw    gzip  brotli  budget          on demand');
for (const r of rows) {
  console.log(`${r.page.padEnd(42)}${String(r.files).padStart(5)}  ${kb(r.raw)}  ${kb(r.gzip)}  ${kb(r.brotli)}  ${kb(r.budget.bytes)} ${r.budget.on.padEnd(6)}  ${String(r.onDemand).padStart(9)}${r.over ? '  OVER BUDGET' : ''}`);
}
if (failed) {
  console.error('\nA page loads more JavaScript than its budget allows.');
  if (check) process.exit(1);
}
