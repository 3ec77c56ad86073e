#!/usr/bin/env node
/**
 * Measures the JavaScript the calculator page loads from the built site (dist/), file by file (scripts/page-js.mjs):
 * the inline island runtime, the island's module and every chunk it imports statically, as raw, gzip (level 9)
 * and brotli (quality 11) bytes. Chunks imported dynamically (loaded on a click: share links, the PDF builder,
 * jspdf) are listed apart.
 *
 * Usage: npm run build && node scripts/measure-calculator.mjs [--budget-kb=60] [--check]
 * With --check the exit code is 1 when the page's JavaScript is over the budget (gzip and brotli both).
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageJsReader, sizes } from './page-js.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const page = process.argv.find((a) => a.startsWith('--page='))?.slice(7) ?? 'calculator/index.html';
const budgetKb = Number(process.argv.find((a) => a.startsWith('--budget-kb='))?.slice(12) ?? 60);
const check = process.argv.includes('--check');

const htmlPath = join(dist, page);
if (!existsSync(htmlPath)) {
  console.error(`${htmlPath} not found: run "npm run build" first.`);
  process.exit(2);
}
const base = (process.env.SITE_BASE ?? '/').replace(/\/?$/, '/');
const { inline: inlineSizes, initial, lazy, total } = pageJsReader(dist, base)(readFileSync(htmlPath, 'utf8'), base + page.replace(/index\.html$/, ''));

const kb = (n) => (n / 1024).toFixed(1).padStart(7);
const row = (name, s) => console.log(`${name.padEnd(44)} ${kb(s.raw)} ${kb(s.gzip)} ${kb(s.brotli)}`);

console.log(`JavaScript of /${page} (KB)`);
console.log(`${'file'.padEnd(44)} ${'raw'.padStart(7)} ${'gzip'.padStart(7)} ${'brotli'.padStart(7)}`);
row('(inline scripts: Astro island runtime)', inlineSizes);
for (const [f, s] of initial) row(f, s);
row('= loaded with the page', total);
console.log('');
console.log('Loaded on demand (dynamic import on a click):');
for (const [f, s] of lazy) {
  const code = readFileSync(join(dist, f), 'utf8');
  const what = /jspdf|jsPDF/.test(code) ? ' [PDF]' : '';
  row(f + what, s);
}
if (lazy.size === 0) console.log('  (none)');
const fonts = join(dist, 'fonts/generated/worksheet-sc.ttf');
if (existsSync(fonts)) row('fonts/generated/worksheet-sc.ttf [PDF font]', sizes(readFileSync(fonts)));

const budget = budgetKb * 1024;
const verdict = (n) => (n <= budget ? `within ${budgetKb} KB` : `OVER ${budgetKb} KB`);
console.log('');
console.log(`Page JavaScript before the PDF button is used: ${kb(total.gzip).trim()} KB gzip (${verdict(total.gzip)}), ${kb(total.brotli).trim()} KB brotli (${verdict(total.brotli)}).`);
if (check && (total.gzip > budget || total.brotli > budget)) process.exit(1);
