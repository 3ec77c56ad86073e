#!/usr/bin/env node
/**
 * After `astro build`: the JavaScript each page loads before anyone interacts with it, compressed as a static
 * host would serve it (gzip -9 and brotli -11). Follows the page's module scripts, island components and
 * renderers, and their static imports; dynamic import() chunks (the PDF builder, the search index) are loaded
 * on use and counted apart. With --check, exits non-zero when a page is over its budget: content pages under
 * 15 KB gzip (issue 3); the calculator under 60 KB brotli (issue 4), with the Chromium 87 / Safari 14 build target's
 * lowered private class fields included. The calculator's budget is on brotli, which
 * every current browser accepts and most static hosts serve; on a gzip-only server it is larger (both printed).
 * Run: `node scripts/report-js.mjs [--check] [dist]` (part of `npm run build`).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pageJsReader } from './page-js.mjs';

const args = process.argv.slice(2);
const check = args.includes('--check');
const dist = args.find((a) => !a.startsWith('--')) ?? 'dist';
const base = (process.env.SITE_BASE ?? '/').replace(/\/?$/, '/');
const KB = 1024;
/** Budgets by page path (without the base); everything else is a content page. */
const budgets = { '/calculator/': { bytes: 60 * KB, on: 'brotli' }, '/batch/': { bytes: 60 * KB, on: 'brotli' } };
const contentBudget = { bytes: 15 * KB, on: 'gzip' };

async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

const pageJs = pageJsReader(dist, base);
const rows = [];
let failed = false;
for await (const file of htmlFiles(dist)) {
  const page = '/' + relative(dist, file).split('\\').join('/').replace(/index\.html$/, '').replace(/\.html$/, '');
  const { initial, lazy, total } = pageJs(await readFile(file, 'utf8'), base + page.slice(1));
  const budget = budgets[page] ?? contentBudget;
  const over = total[budget.on] > budget.bytes;
  failed ||= over;
  rows.push({ page, files: initial.size, ...total, budget, over, onDemand: lazy.size });
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
