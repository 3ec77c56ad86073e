#!/usr/bin/env node
/**
 * The batch check's scale figures (issue 12), printed, not asserted:
 * - in Node (the page's code through Vite's loader): check + compute time for 1,000 × 20 and 10,000 × 20, and the
 *   peak memory of reading and checking 100,000 activity rows from an .xlsx (a child process per measurement);
 * - in Chromium against a running site (`--url`, default http://127.0.0.1:4401): from choosing the file to the
 *   results on screen, for 1,000 × 20 and 10,000 × 20 as .xlsx and CSV, with the longest main-thread task seen:
 *   as the page's `longtask` observer reports it (wall-clock time, which grows when other programs share the CPU) and,
 *   from a Chromium trace of the same run, the longest task's wall-clock time and the main thread's own CPU time in it
 *   (what the page's code costs, much less sensitive to a busy machine), with what was running in it.
 * Run after a build, with the site served: `npm run preview -- --port 4401 &` then `npm run measure:batch`.
 * Options: --node-only, --browser-only, --url <site>, --runs <n> (default 3), --trace (record the Chromium trace: the
 *   tracer itself slows the page and the worker, so the times of a traced run are not the figures to quote).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadSource } from './batch.mjs';

const args = process.argv.slice(2);
const dir = join(process.cwd(), 'node_modules', '.cache', 'batch-measure');
const url = args[args.indexOf('--url') + 1] && args.includes('--url') ? args[args.indexOf('--url') + 1] : 'http://127.0.0.1:4401';

/** Child mode: read and check one file, print timings and peak memory as JSON. */
if (args[0] === '--child') {
  const { module, close } = await loadSource('/src/lib/batch/measure-child.ts');
  const out = await module.measureFile(args[1], args[2]);
  await close();
  out.maxRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(JSON.stringify(out));
  process.exit(0);
}

await mkdir(dir, { recursive: true });
const sizes = [
  { people: 1000, per: 20 },
  { people: 10000, per: 20 },
  { people: 5000, per: 20, memoryOnly: true }, // 100,000 activity rows
];
const { module: gen, close } = await loadSource('/src/lib/batch/measure-child.ts');
const files = [];
for (const s of sizes) {
  const name = `batch-${s.people}x${s.per}`;
  const xlsx = join(dir, `${name}.xlsx`);
  const csv = join(dir, `${name}.csv`);
  // Generated once (seeded, so the same each time); --regenerate writes them again.
  if (args.includes('--regenerate') || !existsSync(xlsx) || !existsSync(csv)) await gen.writeSample(s.people, s.per, xlsx, csv);
  files.push({ ...s, xlsx, csv, activityRows: s.people * s.per });
}
await close();

const cpu = (await import('node:os')).cpus();
console.log(`\nMachine: ${cpu.length} cores (${cpu[0]?.model ?? '?'}), shared with other work; Node ${process.version}.`);

if (!args.includes('--browser-only')) {
  console.log('\nNode (same code as the worker), each in its own process:');
  for (const f of files) {
    for (const file of f.memoryOnly ? [f.xlsx] : [f.xlsx, f.csv]) {
      const r = spawnSync(process.execPath, ['scripts/batch-measure.mjs', '--child', file, 'zhuzhou-2024'], { encoding: 'utf8', maxBuffer: 1 << 24 });
      const line = r.stdout.trim().split('\n').pop() ?? '';
      try {
        const m = JSON.parse(line);
        console.log(`  ${f.people} × ${f.per} (${f.activityRows.toLocaleString('en')} activity rows) ${file.endsWith('.csv') ? 'CSV ' : 'xlsx'}: read ${m.readMs} ms, check + compute ${m.checkMs} ms, total ${m.readMs + m.checkMs} ms; peak RSS ${m.maxRssMB} MB, heap after ${m.heapMB} MB; ${m.people} people, ${m.errors} errors`);
      } catch {
        console.log(`  ${file}: failed\n${r.stderr.slice(0, 2000)}`);
      }
    }
  }
}

/** Trace categories: tasks with their thread time, the page's marks, and what ran in each task. */
const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8'];

/**
 * The longest task on the page's main thread between the marks batch-start and batch-end: its wall-clock and thread
 * CPU time (ms), and the longest events inside it (script, style and layout, garbage collection), named.
 */
function longestTraced(buffer) {
  const events = JSON.parse(buffer.toString('utf8')).traceEvents ?? [];
  const mark = (name) => events.find((e) => e.name === name && e.cat?.includes('blink.user_timing'));
  const start = mark('batch-start');
  const end = mark('batch-end');
  if (!start || !end) return null;
  const onMain = (e) => e.pid === start.pid && e.tid === start.tid;
  const tasks = events.filter((e) => onMain(e) && e.ph === 'X' && /RunTask$/.test(e.name) && e.ts >= start.ts && e.ts <= end.ts);
  let worst = null;
  for (const t of tasks) if (!worst || t.dur > worst.dur) worst = t;
  if (!worst) return { wall: 0, cpu: 0, maxCpu: 0, inside: '' };
  const maxCpu = Math.max(...tasks.map((t) => t.tdur ?? 0)) / 1000;
  const inside = events
    .filter((e) => onMain(e) && e.ph === 'X' && e !== worst && e.ts >= worst.ts && e.ts + e.dur <= worst.ts + worst.dur && e.dur >= 3000 && !/RunTask$/.test(e.name))
    .sort((a, b) => b.dur - a.dur)
    .slice(0, 4)
    .map((e) => `${e.name}${e.args?.data?.functionName ? ` ${e.args.data.functionName}` : ''}${e.args?.data?.url ? ` ${String(e.args.data.url).split('/').pop()}` : ''} ${Math.round(e.dur / 1000)}`)
    .join(', ');
  return { wall: worst.dur / 1000, cpu: (worst.tdur ?? 0) / 1000, maxCpu, inside };
}

if (!args.includes('--node-only')) {
  const tracing = args.includes('--trace');
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-background-networking', '--no-first-run'] });
  console.log(`\nChromium (${browser.version()}) at ${url}/batch/: from choosing the file to the summary line on screen`);
  for (const f of files.filter((x) => !x.memoryOnly)) {
    for (const file of [f.xlsx, f.csv]) {
      const runs = [];
      let longest = 0;
      const traced = [];
      const count = args.includes('--runs') ? Math.max(1, Number(args[args.indexOf('--runs') + 1]) || 3) : 3;
      for (let run = 0; run < count; run++) {
        const page = await browser.newPage();
        await page.addInitScript(() => {
          window.__longest = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) if (window.__measuring) window.__longest = Math.max(window.__longest, e.duration);
          }).observe({ type: 'longtask', buffered: false });
          document.addEventListener('change', (e) => {
            if (e.target?.id === 'batch-file') {
              window.__measuring = true;
              window.__start = performance.now();
              performance.mark('batch-start');
            }
          }, true);
          // The end is taken in the page, when the summary line is put in: Playwright's waitFor polls (at 500 ms once a
          // wait is long), so the time it returned at was rounded up to its next poll.
          new MutationObserver(() => {
            if (window.__measuring && window.__end === undefined && document.getElementById('batch-summary') !== null) window.__end = performance.now();
          }).observe(document, { subtree: true, childList: true });
        });
        await page.goto(`${url}/batch/`);
        await page.getByRole('button', { name: '下载 Excel 模板' }).waitFor();
        await page.waitForLoadState('networkidle');
        if (tracing) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
        // A path, as a file chooser gives it: a buffer would be decoded on the page's main thread by Playwright itself.
        await page.locator('#batch-file').setInputFiles(file);
        await page.locator('#batch-summary').waitFor({ timeout: 120_000 });
        const ms = await page.evaluate(() => window.__end - window.__start);
        // The focus move and anything else the results set off count towards the longest task too.
        const longTask = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => {
          performance.mark('batch-end');
          resolve(window.__longest);
        }, 50))));
        if (tracing) traced.push(longestTraced(await browser.stopTracing()));
        runs.push(ms);
        longest = Math.max(longest, longTask);
        await page.close();
      }
      runs.sort((a, b) => a - b);
      const load = (await import('node:os')).loadavg()[0].toFixed(1);
      const median = runs[Math.floor(runs.length / 2)];
      console.log(`  ${f.people} × ${f.per} ${file.endsWith('.csv') ? 'CSV ' : 'xlsx'}: median ${Math.round(median)} ms (runs ${runs.map(Math.round).join(', ')} ms); longest main-thread task ${Math.round(longest)} ms (load average ${load})`);
      for (const t of traced) if (t) console.log(`      traced: longest task ${Math.round(t.wall)} ms wall, ${Math.round(t.cpu)} ms CPU; most CPU in one task ${Math.round(t.maxCpu)} ms${t.inside ? `; inside (ms): ${t.inside}` : ''}`);
    }
  }
  await browser.close();
}
await writeFile(join(dir, 'last-run.txt'), new Date().toISOString());
