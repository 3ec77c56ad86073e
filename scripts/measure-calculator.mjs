#!/usr/bin/env node
/**
 * Measures the JavaScript the calculator page loads from the built site (dist/), file by file (scripts/page-js.mjs):
 * the inline island runtime, the island's module and every chunk it imports statically, as raw, gzip (level 9)
 * and brotli (quality 11) bytes. Chunks imported dynamically (loaded on a click: share links, the PDF builder,
 * jspdf) are listed apart.
 *
 * Usage: npm run build && node scripts/measure-calculator.mjs [--budget-kb=60] [--check] [--ready[=5]]
 * With --check the exit code is 1 when the page's JavaScript is over the budget (gzip and brotli both).
 * With --ready, also times island ready (navigation to `[data-ready]` on the calculator) in Chromium on a cold cache,
 * at 4× CPU slowdown and Lighthouse's "slow 4G" (1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip), the site served
 * compressed (brotli) by a small static server here; prints each run and the median (default 5 runs).
 */
import { readFileSync, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, dirname, extname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
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

const readyArg = process.argv.find((a) => a === '--ready' || a.startsWith('--ready='));
if (readyArg) await measureReady(Number(readyArg.split('=')[1] ?? 5));

/** A static server for dist/ that answers brotli-compressed, as a production host would (compressed once, kept). */
function compressedServer() {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.ttf': 'font/ttf', '.webmanifest': 'application/manifest+json' };
  const cache = new Map();
  return createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = join(dist, normalize(path).replace(/^(\.\.[/\\])+/, ''));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    if (!cache.has(file)) cache.set(file, brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'content-encoding': 'br', 'cache-control': 'no-cache' });
    res.end(cache.get(file));
  });
}

async function measureReady(runs) {
  const { chromium } = await import('@playwright/test');
  const { browserIdle } = await import('./perf/measure.mjs');
  const server = compressedServer();
  await new Promise((r) => server.listen(0, '127.0.0.1', () => r(undefined)));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}${base}${page.replace(/index\.html$/, '')}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
  const times = [];
  for (let i = 0; i < runs; i++) {
    // A new context per run: nothing cached, no stored drafts (a first visit).
    const context = await browser.newContext({ serviceWorkers: 'block', locale: 'zh-CN' });
    const tab = await context.newPage();
    // Once the browser's own start-up work for the new window is done (scripts/perf/measure.mjs, browserIdle).
    await browserIdle(browser);
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // The moment the island says it is ready, on the page's own clock (0 = navigation start).
    await tab.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('.calculator[data-ready]')) {
          window.__ready = performance.now();
          observer.disconnect();
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
    });
    await tab.goto(url, { waitUntil: 'commit' });
    await tab.waitForFunction(() => window.__ready !== undefined, undefined, { timeout: 60_000 });
    times.push(await tab.evaluate(() => window.__ready));
    await context.close();
  }
  await browser.close();
  server.close();
  const sorted = [...times].sort((a, b) => a - b);
  console.log('');
  console.log(`Island ready (navigation to [data-ready]), cold cache, 4× CPU, slow 4G (1.6 Mbit/s, 150 ms RTT), brotli: median ${(sorted[Math.floor(sorted.length / 2)] / 1000).toFixed(2)} s of ${runs} runs (${times.map((t) => (t / 1000).toFixed(2)).join(', ')} s)`);
}
