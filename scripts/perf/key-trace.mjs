/**
 * `npm run perf:trace` (after a build): where a keystroke's time goes in the calculator, for issue 10's keystroke row.
 * The measure of `npm run perf` (keystroke → next frame at 4× CPU in the first activity's 全天天数 of 500 activities)
 * is run again under a Chromium trace, with the calculator's key handling on and then off (its input event stopped at
 * the document, as `npm run perf` does for its "handling off" row). For each key it takes the renderer main thread's
 * events from the keydown's dispatch to the end of the first frame's commit after the input event, and prints how long
 * that window is and the self time of each kind of event in it, per key, for both runs and their difference: what the
 * calculator's own handling adds to a key, by what does it. Tracing slows the page: the windows are longer than
 * `npm run perf`'s figures, the differences are what to read.
 *
 * Options: --keys=N (30), --cpu=N (4), --top=N (18 rows).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { loadDrafts } from './fixtures.mjs';
import { browserIdle, calculatorWith, throttle } from './measure.mjs';
import { precompressedSite, serveSite } from './server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const arg = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const KEYS = arg('keys', 30);
const CPU = arg('cpu', 4);
const TOP = arg('top', 18);
if (!existsSync(join(root, 'dist/calculator/index.html'))) {
  console.error('dist/ has no built site: run "npm run build" first.');
  process.exit(2);
}
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink', 'toplevel', 'IndexedDB'];

/** The renderer main thread's complete events, each with its self time (its duration less its children's). */
function mainThreadEvents(trace) {
  const events = trace.traceEvents;
  const perThread = new Map();
  for (const e of events) perThread.set(`${e.pid}:${e.tid}`, (perThread.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`);
  const main = mains.sort((a, b) => (perThread.get(b) ?? 0) - (perThread.get(a) ?? 0))[0];
  const mine = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && typeof e.dur === 'number').sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack = [];
  for (const e of mine) {
    while (stack.length > 0 && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    e.kind = e.name === 'EventDispatch' ? `EventDispatch ${e.args?.data?.type}` : e.name === 'FunctionCall' ? `FunctionCall ${e.args?.data?.functionName || '(anonymous)'}` : e.name;
    e.children = 0;
    if (stack.length > 0) stack.at(-1).children += e.dur;
    stack.push(e);
  }
  return mine;
}

/** Per key: the window's length and the self time of each kind of event in it (ms). */
function perKey(events) {
  const self = new Map();
  let keys = 0;
  let total = 0;
  for (const down of events.filter((e) => e.kind === 'EventDispatch keydown')) {
    const input = events.find((e) => e.kind === 'EventDispatch input' && e.ts >= down.ts);
    const commit = input && events.find((e) => e.name === 'Commit' && e.ts >= input.ts + input.dur);
    if (commit === undefined) continue;
    const end = commit.ts + commit.dur;
    keys++;
    total += end - down.ts;
    for (const e of events) if (e.ts >= down.ts && e.ts + e.dur <= end) self.set(e.kind, (self.get(e.kind) ?? 0) + e.dur - e.children);
  }
  return { keys, window: total / 1000 / keys, self: new Map([...self].map(([k, v]) => [k, v / 1000 / keys])) };
}

async function traced(browser, origin, draft, withoutScript) {
  const context = await browser.newContext({ locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    await calculatorWith(page, origin, draft);
    await page.getByRole('button', { name: /修改\s*第1项$/ }).click();
    await page.getByRole('group', { name: /^第1项/ }).getByLabel('全天天数（天）').focus();
    if (withoutScript) await page.evaluate(() => document.addEventListener('input', (event) => event.stopPropagation(), true));
    await browserIdle(browser);
    await throttle(page, { cpu: CPU });
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press(i % 2 ? 'Backspace' : '5');
      await page.waitForTimeout(250);
    }
    await browser.startTracing(page, { categories: CATEGORIES });
    for (let i = 0; i < KEYS; i++) {
      await page.keyboard.press(i % 2 ? 'Backspace' : '5');
      await page.waitForTimeout(300);
    }
    return perKey(mainThreadEvents(JSON.parse((await browser.stopTracing()).toString())));
  } finally {
    await context.close();
  }
}

const { big } = await loadDrafts();
const server = await serveSite(await precompressedSite(join(root, 'dist'), join(root, '.cache/perf')));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const on = await traced(browser, server.origin, big, false);
  const off = await traced(browser, server.origin, big, true);
  const f = (ms) => ms.toFixed(2).padStart(7);
  console.log(`Chromium ${browser.version()}, ${CPU}× CPU, 500 activities, ${on.keys} and ${off.keys} keys traced`);
  console.log(`keydown → end of the next frame's commit, per key: handling on ${f(on.window)} ms, off ${f(off.window)} ms, difference ${f(on.window - off.window)} ms`);
  console.log('\nself time per key (ms):   on     off    on−off  event');
  const kinds = [...new Set([...on.self.keys(), ...off.self.keys()])];
  const diff = (k) => (on.self.get(k) ?? 0) - (off.self.get(k) ?? 0);
  for (const k of kinds.sort((a, b) => Math.abs(diff(b)) - Math.abs(diff(a))).slice(0, TOP)) console.log(`                    ${f(on.self.get(k) ?? 0)} ${f(off.self.get(k) ?? 0)} ${f(diff(k))}  ${k}`);
} finally {
  await browser.close();
  await server.close();
}
