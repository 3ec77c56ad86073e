#!/usr/bin/env node
/**
 * Measures the JavaScript the calculator page loads from the built site (dist/): the inline island runtime,
 * the island's module and every chunk it imports statically, as raw, gzip (level 9) and brotli (quality 11)
 * bytes. Chunks imported dynamically (loaded on a click: share links, the PDF builder, jspdf) are listed apart.
 *
 * Usage: npm run build && node scripts/measure-calculator.mjs [--budget-kb=60] [--check]
 * With --check the exit code is 1 when the page's JavaScript is over the budget (gzip and brotli both).
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname, posix } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';

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
const html = readFileSync(htmlPath, 'utf8');
const base = (process.env.SITE_BASE ?? '/').replace(/\/?$/, '/');

const sizes = (buf) => ({
  raw: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

/** URL path (as written in the page or a chunk) to a file in dist/. */
function fileOf(url, from) {
  const path = url.startsWith('/') ? url.slice(base.length - 1) : posix.join(posix.dirname(from), url);
  return path.replace(/^\//, '');
}

const entries = new Set();
for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g)) entries.add(fileOf(m[1], '/'));
for (const m of html.matchAll(/(?:component-url|renderer-url|before-hydration-url)="([^"]+\.js)"/g)) entries.add(fileOf(m[1], '/'));
for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) entries.add(fileOf(m[1], '/'));

const initial = new Map();
const lazy = new Map();
function visit(file, into) {
  if (initial.has(file) || into.has(file)) return;
  const buf = readFileSync(join(dist, file));
  into.set(file, sizes(buf));
  const code = buf.toString('utf8');
  // Static imports in minified output: import{…}from"./x.js" / import"./x.js" / export{…}from"./x.js".
  for (const m of code.matchAll(/(?:import|export)\s*(?:[^'"();]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) visit(fileOf(m[1], `/${file}`), into);
  for (const m of code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g)) {
    const target = fileOf(m[1], `/${file}`);
    if (!initial.has(target)) visitLazy(target);
  }
}
function visitLazy(file) {
  if (lazy.has(file) || initial.has(file)) return;
  visit(file, lazy);
}
for (const e of entries) visit(e, initial);
// A chunk reached both statically and lazily is loaded with the page.
for (const f of initial.keys()) lazy.delete(f);

const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).filter((s) => s.trim() !== '');
const inlineSizes = sizes(Buffer.from(inline.join('\n')));

const kb = (n) => (n / 1024).toFixed(1).padStart(7);
const row = (name, s) => console.log(`${name.padEnd(44)} ${kb(s.raw)} ${kb(s.gzip)} ${kb(s.brotli)}`);
const sum = (list) => list.reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });

console.log(`JavaScript of /${page} (KB)`);
console.log(`${'file'.padEnd(44)} ${'raw'.padStart(7)} ${'gzip'.padStart(7)} ${'brotli'.padStart(7)}`);
row('(inline scripts: Astro island runtime)', inlineSizes);
for (const [f, s] of initial) row(f, s);
const total = sum([inlineSizes, ...initial.values()]);
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
