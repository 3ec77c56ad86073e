#!/usr/bin/env node
/**
 * Prints how long the PDF worksheet takes for a 5-year case with 50 activities, font loading
 * included (reading the TTF, cmap + base64, jsPDF registration), and the sizes involved.
 * Run: `npx node scripts/measure-pdf.mjs [--items 50] [--runs 5] [--out worksheet.pdf]`.
 * Node with jsPDF's Node build: a browser adds the download of the font (see the brotli size).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { createServer, createServerModuleRunner } from 'vite';
import { buildFont } from './build-font.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const items = Number(arg('items', '50'));
const runs = Number(arg('runs', '5'));
const out = arg('out', undefined);

const root = fileURLToPath(new URL('..', import.meta.url));
const fontPath = await buildFont();
// A module runner that stays open: the builder imports jsPDF lazily, as in the browser.
const server = await createServer({ root, configFile: false, logLevel: 'error', server: { middlewareMode: true, ws: false }, appType: 'custom' });
const runner = createServerModuleRunner(server.environments.ssr);
const module = await runner.import('/scripts/measure-pdf.ts');

const ms = (n) => `${n.toFixed(0)} ms`;
const readFont = async () => new Uint8Array(await readFile(fontPath));
const cold = await module.measure(readFont, items);
const warm = [];
for (let i = 0; i < runs; i++) warm.push(await module.measure(readFont, items));
warm.sort((a, b) => a.totalMs - b.totalMs);
const median = warm[Math.floor(warm.length / 2)];

const font = await readFile(fontPath);
const brotli = brotliCompressSync(font, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length;
const pages = (new TextDecoder('latin1').decode(median.pdf).match(/\/Type \/Page\b(?!s)/g) ?? []).length;

console.log(`PDF worksheet, 5-year zhuzhou-2024 case with ${items} activities (Node ${process.versions.node}, jsPDF Node build)`);
console.log(`  first build in this process (jsPDF import + font + build): ${ms(cold.totalMs)}`);
console.log(`  later builds, font loading included, median of ${runs}: ${ms(median.totalMs)} (read ${ms(median.readMs)}, cmap + base64 + coverage check ${ms(median.checkMs)}, jsPDF register + layout + output ${ms(median.buildMs)}); slowest ${ms(warm.at(-1).totalMs)}`);
console.log(`  PDF: ${median.pdf.length} bytes (${(median.pdf.length / 1024).toFixed(0)} KB), ${pages} pages`);
console.log(`  font: ${font.length} bytes TTF (${(font.length / 1024).toFixed(0)} KB), ${brotli} bytes brotli (${(brotli / 1024).toFixed(0)} KB)`);
if (out) {
  await writeFile(out, median.pdf);
  console.log(`  written to ${out}`);
}
await runner.close();
await server.close();
