#!/usr/bin/env node
/**
 * Prints how long the PDF worksheet takes for a 5-year case with 50 activities, font loading
 * included, and the sizes involved: in Node (jsPDF's Node build) and, with --browser, in
 * Chromium (the browser build, the font fetched over HTTP from a local route).
 * Run: `npx node scripts/measure-pdf.mjs [--items 50] [--runs 5] [--browser] [--out worksheet.pdf]`.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, createServer, createServerModuleRunner } from 'vite';
import { buildFont } from './build-font.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const items = Number(arg('items', '50'));
const runs = Number(arg('runs', '5'));
const out = arg('out', undefined);
const browser = process.argv.includes('--browser');

const root = fileURLToPath(new URL('..', import.meta.url));
const fontUrl = '/fonts/generated/worksheet-sc.ttf';
/** Sizes come from the build (which brotli-compresses the font once), not compressed again here. */
const { path: fontPath, ttf, brotli } = await buildFont();
const font = await readFile(fontPath);
const ms = (n) => `${n.toFixed(0)} ms`;

/** Cold run first (module imports included), then `runs` runs that each load the font again. */
function report(label, [cold, ...warm]) {
  warm.sort((a, b) => a.totalMs - b.totalMs);
  const median = warm[Math.floor(warm.length / 2)];
  const pages = (new TextDecoder('latin1').decode(median.pdf).match(/\/Type \/Page\b(?!s)/g) ?? []).length;
  console.log(`${label}`);
  console.log(`  first PDF after page load (jsPDF import + font + build): ${ms(cold.totalMs)} (font ${ms(cold.fontMs)}, build ${ms(cold.buildMs)})`);
  console.log(`  later PDFs, font loaded afresh each time, median of ${warm.length}: ${ms(median.totalMs)} (font ${ms(median.fontMs)}, build ${ms(median.buildMs)}); slowest ${ms(warm.at(-1).totalMs)}`);
  console.log(`  PDF: ${median.pdf.length} bytes (${(median.pdf.length / 1024).toFixed(0)} KB), ${pages} pages`);
  return median;
}

async function inNode() {
  // A module runner that stays open: the builder imports jsPDF lazily, as in the browser.
  const server = await createServer({ root, configFile: false, logLevel: 'error', server: { middlewareMode: true, ws: false }, appType: 'custom' });
  const runner = createServerModuleRunner(server.environments.ssr);
  const module = await runner.import('/scripts/measure-pdf.ts');
  const readFont = async () => new Uint8Array(await readFile(fontPath));
  const results = [];
  for (let i = 0; i <= runs; i++) results.push(await module.measure(items, fontUrl, readFont));
  await runner.close();
  await server.close();
  return report(`PDF worksheet, 5-year zhuzhou-2024 case with ${items} activities — Node ${process.versions.node}, jsPDF Node build (font read from disk)`, results);
}

async function inChromium() {
  const outDir = join(root, '.cache/measure-pdf');
  await build({
    root,
    configFile: false,
    logLevel: 'error',
    publicDir: false,
    build: { outDir, emptyOutDir: true, lib: { entry: join(root, 'scripts/measure-pdf.ts'), formats: ['es'], fileName: 'measure' } },
  });
  const { chromium } = await import('playwright');
  const instance = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-background-networking', '--disable-component-update'] });
  const page = await instance.newPage();
  const origin = 'http://measure.invalid';
  await page.route(`${origin}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === fontUrl) return route.fulfill({ body: font, contentType: 'font/ttf' });
    if (path === '/') return route.fulfill({ body: '<!doctype html><meta charset="utf-8"><title>measure</title>', contentType: 'text/html' });
    return route.fulfill({ body: await readFile(join(outDir, path)), contentType: 'text/javascript' });
  });
  await page.goto(`${origin}/`);
  const results = await page.evaluate(
    async ({ items, runs, fontUrl }) => {
      const module = await import('/measure.js');
      const all = [];
      for (let i = 0; i <= runs; i++) {
        const run = await module.measure(items, fontUrl);
        all.push({ ...run, pdf: Array.from(run.pdf) });
      }
      return all;
    },
    { items, runs, fontUrl },
  );
  await instance.close();
  return report(
    `Same case in Chromium ${instance.version()} — jsPDF browser build, font fetched from a local route (no network time)`,
    results.map((r) => ({ ...r, pdf: Uint8Array.from(r.pdf) })),
  );
}

const node = await inNode();
if (browser) await inChromium();
console.log(`Font: ${ttf} bytes TTF (${(ttf / 1024).toFixed(0)} KB), ${brotli} bytes brotli (${(brotli / 1024).toFixed(0)} KB) to download once per page`);
if (out) {
  await mkdir(join(out, '..'), { recursive: true });
  await writeFile(out, node.pdf);
  console.log(`PDF written to ${out}`);
}
