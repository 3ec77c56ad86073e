#!/usr/bin/env node
/**
 * `npm run lighthouse` (optional, after `npm run build`): Lighthouse's performance score, CLS and LCP per page type,
 * with its default mobile settings (simulated slow 4G and 4× CPU), the site served precompressed as by
 * `npm run perf` (scripts/perf/server.mjs). Lighthouse 13 needs Node 22.19+: npm scripts here run the Node 24 that
 * `npm ci` installs (the `node` dev dependency). Chromium is Debian's (/usr/bin/chromium, or CHROME_PATH).
 *
 * Usage: npm run build && npm run lighthouse [-- --runs=3] [-- --page=/bases/] [-- --shifts] [-- --metrics] [-- --tasks]
 * (--shifts also lists the elements Lighthouse saw move, for finding a layout shift; --metrics prints each weighted
 * metric's value and score, to see which one keeps a page below 100; --tasks lists the long tasks behind the total
 * blocking time, with their simulated start and length and the script they are attributed to.)
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { precompressedSite, serveSite } from './perf/server.mjs';
import { PAGE_TYPES } from './perf/pages.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
const onlyPage = process.argv.find((a) => a.startsWith('--page='))?.slice(7);
const showShifts = process.argv.includes('--shifts');
const showMetrics = process.argv.includes('--metrics');
const showTasks = process.argv.includes('--tasks');
const PAGES = PAGE_TYPES.filter(([, path]) => onlyPage === undefined || path === onlyPage);

const site = await precompressedSite(join(root, 'dist'), join(root, '.cache/perf'));
const server = await serveSite(site);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
let version = '';
try {
  for (const [name, path] of PAGES) {
    const results = [];
    for (let i = 0; i < runs; i++) {
      const { lhr } = await lighthouse(server.origin + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      version = lhr.lighthouseVersion;
      if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.message}`);
      const result = {
        score: Math.round((lhr.categories.performance.score ?? 0) * 100),
        cls: lhr.audits['cumulative-layout-shift'].numericValue ?? NaN,
        lcp: lhr.audits['largest-contentful-paint'].numericValue ?? NaN,
        tbt: lhr.audits['total-blocking-time'].numericValue ?? NaN,
      };
      results.push(result);
      console.error(`lighthouse: ${name} run ${i + 1}: score ${result.score}, CLS ${result.cls.toFixed(3)}, LCP ${(result.lcp / 1000).toFixed(2)} s, TBT ${result.tbt.toFixed(0)} ms`);
      if (showMetrics) {
        // What each weighted metric scored: which one keeps a page below 100.
        for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']) {
          const a = lhr.audits[id];
          console.error(`  ${id}: ${a?.displayValue ?? '?'} (score ${a?.score ?? '?'})`);
        }
      }
      if (showTasks) {
        // Simulated (4× CPU): only the part of a task beyond 50 ms, between first paint and interactive, counts.
        for (const t of lhr.audits['long-tasks']?.details?.items ?? []) {
          console.error(`  long task at ${Number(t.startTime).toFixed(0)} ms: ${Number(t.duration).toFixed(0)} ms, ${String(t.url).replace(server.origin, '')}`);
        }
      }
      if (showShifts) {
        for (const item of lhr.audits['layout-shifts']?.details?.items ?? []) {
          console.error(`  shift ${Number(item.score).toFixed(4)}: ${item.node?.snippet ?? '(no element)'} ${item.node?.selector ?? ''}`);
        }
      }
    }
    rows.push([name, path, results]);
  }
} finally {
  await chrome.kill();
  await server.close();
}

console.log(`Lighthouse ${version}, default mobile settings, ${runs} run${runs === 1 ? '' : 's'} per page, ${new Date().toISOString().slice(0, 10)}`);
console.log('');
console.log('| page type | performance (median; runs) | CLS (median) | LCP (median) | TBT (median) |');
console.log('| --- | --- | --- | --- | --- |');
for (const [name, path, results] of rows) {
  const scores = results.map((r) => r.score);
  console.log(
    `| ${name} (${path}) | ${median(scores)} (${scores.join(', ')}) | ${median(results.map((r) => r.cls)).toFixed(3)} | ${(median(results.map((r) => r.lcp)) / 1000).toFixed(2)} s | ${median(results.map((r) => r.tbt)).toFixed(0)} ms |`,
  );
}
