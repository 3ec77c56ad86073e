#!/usr/bin/env node
/**
 * Prints how long the PDF worksheet takes for a 5-year case with 50 activities, font loading
 * included, and the sizes involved: in Node (jsPDF's Node build) and, with --browser, in
 * Chromium (the browser build, the font fetched over HTTP from a local route).
 *
 * With --browser and a built site (dist/, `npm run build`), also the first and the warm PDF on the calculator page
 * as a person gets them on a slow phone line: dist/ served with brotli, Chromium at 10 Mbit/s with 40 ms round
 * trips (CDP Network.emulateNetworkConditions) at 1× and 4× CPU (Emulation.setCPUThrottlingRate), a person's draft
 * of 10 activities with Chinese titles, imported as a file. "first": the button pressed the moment the PDF section
 * scrolls into view (nothing loaded before); "1 s after in view": pressed 1 s after (what the section's coming into
 * view started has had time); "warm": a second PDF. Each a median of --site-runs fresh pages (service workers off).
 * Run: `npx node scripts/measure-pdf.mjs [--items 50] [--runs 5] [--browser] [--site-runs 3] [--no-site | --site-only] [--dist dist] [--out worksheet.pdf]`.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build, createServer, createServerModuleRunner } from 'vite';
import { wholeRoundData } from './whole-round-data.mjs';
import { buildFont } from './build-font.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const items = Number(arg('items', '50'));
const runs = Number(arg('runs', '5'));
const out = arg('out', undefined);
const browser = process.argv.includes('--browser');
const siteRuns = Number(arg('site-runs', '3'));
const site = browser && !process.argv.includes('--no-site');

const root = fileURLToPath(new URL('..', import.meta.url));
const fontUrl = '/fonts/generated/worksheet-sc.ttf';
/** Sizes come from the build (which brotli-compresses the font once), not compressed again here. */
const { full: { path: fontPath, ttf, brotli }, common: commonFont, fixed: fixedFont } = await buildFont({ sizes: true });
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
  const server = await createServer({ root, configFile: false, plugins: [wholeRoundData], logLevel: 'error', server: { middlewareMode: true, ws: false }, appType: 'custom' });
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
    plugins: [wholeRoundData],
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

/**
 * Serves `dir` on a free local port with brotli (quality 11), as a deployment should; every file is compressed before
 * the server starts, so no timing includes compressing.
 */
async function serveCompressed(dir) {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.ttf': 'font/ttf', '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8' };
  const compressed = new Map();
  const { readdir } = await import('node:fs/promises');
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    const file = join(entry.parentPath, entry.name);
    if (!entry.isFile() || types[extname(file)] === undefined) continue;
    const body = await readFile(file);
    compressed.set(file, brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } }));
  }
  const server = createHttpServer(async (req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (path.endsWith('/')) path += 'index.html';
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file)) return res.writeHead(404).end();
    const type = types[extname(file)];
    let body = await readFile(file);
    const headers = { 'Content-Type': type ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
    if (type !== undefined && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
      if (!compressed.has(file)) compressed.set(file, brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } }));
      body = compressed.get(file);
      headers['Content-Encoding'] = 'br';
    }
    res.writeHead(200, { ...headers, 'Content-Length': body.length }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/** A person's case: 10 activities over 2019–2023 whose titles they typed (`titles`), for a 副高级 applicant. */
function personDraft(titles) {
  const kinds = [
    (year, title) => ({ kind: 'training', year, subject: 'public', format: 'training', days: 3, halfDays: 1, title }),
    (year, title) => ({ kind: 'course', year, subject: 'professional', source: 'online', hours: 24.5, title }),
    (year, title) => ({ kind: 'paper', year, role: 'first', foreign: false, title }),
    (year, title) => ({ kind: 'training', year, subject: 'professional', format: 'conference', days: 1, halfDays: 2, title }),
    (year, title) => ({ kind: 'project', year, level: 'provincial', role: 'host', title }),
  ];
  return {
    format: 'hunan-jxjy-draft',
    version: 1,
    ruleSet: 'zhuzhou-2024',
    profile: { titleLevel: 'deputy-senior', degree: 'master', name: '李晓明', employer: '株洲市中心医院' },
    activities: titles.map((title, i) => ({ id: `a${i + 1}`, ...kinds[i % kinds.length](2019 + (i % 5), title) })),
  };
}

/** Titles as people type them; several characters are beyond the small font, all within GB2312 level 1 (the middle font). */
const TYPED_TITLES = ['急危重症护理技术培训班', '湖南省专业技术人员继续教育网络课程', '优质护理服务在老年患者中的应用', '全国护理学术年会（长沙）', '糖尿病足综合治疗新进展学习班', '2023年度公需科目网络培训', '中南大学湘雅医院进修学习', '院感防控知识专题培训', '心肺复苏技能培训与考核', '株洲市医学会学术年会'];
/** Titles whose every character the small font has (words of the notices and the rule data). */
const COVERED_TITLES = ['数字产业化和产业数字化专题培训', '湖南省专业技术人员继续教育网络课程', '株洲市科学技术进步奖', '2023年度公需科目网络培训', '专业技术人员继续教育专题培训', '公需科目网络学习', '继续教育学术会议', '专业科目网络课程', '湖南省专业技术人员专题培训', '株洲市专业技术人员继续教育'];

async function onSite() {
  const dist = join(arg('dist', join(root, 'dist')));
  if (!existsSync(join(dist, 'calculator/index.html'))) {
    console.log('Site figures skipped: no dist/ (run `npm run build` first).');
    return;
  }
  const { server, origin } = await serveCompressed(dist);
  const { chromium } = await import('playwright');
  const { browserIdle } = await import('./perf/measure.mjs');
  const instance = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-background-networking', '--disable-component-update', '--disable-quic'] });
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const ms = (xs) => `${median(xs).toFixed(0)} ms (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;

  /** One fresh page: import the draft, throttle, then make a PDF `dwell` ms after the section comes into view, then another. */
  async function run(draft, rate, dwell) {
    const context = await instance.newContext({ serviceWorkers: 'block', locale: 'zh-CN', viewport: { width: 390, height: 844 }, acceptDownloads: true });
    const page = await context.newPage();
    const fonts = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.endsWith('.ttf')) fonts.push(path.split('/').pop());
    });
    await page.goto(`${origin}/calculator/`);
    await page.locator('[data-ready]').waitFor();
    await page.locator('#calc-import').setInputFiles({ name: '我的草稿.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(draft)) });
    await page.locator('#calc-draft-notice').filter({ hasText: '已导入' }).waitFor();
    await page.waitForLoadState('networkidle');
    // Once the browser's own start-up work for the new window is done (scripts/perf/measure.mjs, browserIdle).
    await browserIdle(instance);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 40, downloadThroughput: 1_250_000, uploadThroughput: 1_250_000 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const pdf = (dwellMs) =>
      page.evaluate(async (dwellMs) => {
        const block = document.querySelector('.pdf-block');
        const button = [...block.querySelectorAll('button')].find((b) => b.textContent.includes('下载PDF工作表'));
        const done = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            const text = document.querySelector('#calc-pdf-msg')?.textContent ?? '';
            if (text.includes('已生成') || text.includes('无法') || text.includes('出错')) {
              observer.disconnect();
              resolve(text);
            }
          });
          observer.observe(block, { subtree: true, childList: true, characterData: true });
        });
        block.scrollIntoView();
        if (dwellMs > 0) await new Promise((r) => setTimeout(r, dwellMs));
        const pressed = performance.now();
        button.click();
        const text = await done;
        if (!text.includes('已生成')) throw new Error(text);
        return performance.now() - pressed;
      }, dwellMs);
    const first = await pdf(dwell);
    const warm = await pdf(0);
    await context.close();
    return { first, warm, fonts };
  }

  console.log(`First and warm PDF on the calculator page (dist/ with brotli), Chromium ${instance.version()}, 10 Mbit/s + 40 ms RTT, 390×844, median (min–max) of ${siteRuns}:`);
  for (const [label, draft] of [
    ['titles within the small font', personDraft(COVERED_TITLES)],
    ['titles as typed (beyond the small font)', personDraft(TYPED_TITLES)],
  ]) {
    for (const rate of [1, 4]) {
      const runs = { first: [], dwell: [], warm: [] };
      let fonts = [];
      for (let i = 0; i < siteRuns; i++) {
        const a = await run(draft, rate, 0);
        const b = await run(draft, rate, 1000);
        runs.first.push(a.first);
        runs.dwell.push(b.first);
        runs.warm.push(a.warm, b.warm);
        fonts = a.fonts;
      }
      console.log(`  ${label}, ${rate}× CPU: first ${ms(runs.first)}; 1 s after in view ${ms(runs.dwell)}; warm ${ms(runs.warm)}  [fonts: ${[...new Set(fonts)].join(', ')}]`);
    }
  }
  await instance.close();
  server.close();
}

// --site-only: the site figures alone (e.g. with --dist pointing at another build, to compare).
const siteOnly = process.argv.includes('--site-only');
const node = siteOnly ? null : await inNode();
if (browser && !siteOnly) await inChromium();
if (site || siteOnly) await onSite();
const kbOf = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(`Fonts: large ${ttf} bytes TTF (${kbOf(ttf)}), ${brotli} bytes brotli (${kbOf(brotli)}); middle ${commonFont.ttf} bytes TTF (${kbOf(commonFont.ttf)}), ${commonFont.brotli} bytes brotli (${kbOf(commonFont.brotli)}); small ${fixedFont.ttf} bytes TTF (${kbOf(fixedFont.ttf)}), ${fixedFont.brotli} bytes brotli (${kbOf(fixedFont.brotli)}); each downloaded at most once per page`);
if (out && node) {
  await mkdir(join(out, '..'), { recursive: true });
  await writeFile(out, node.pdf);
  console.log(`PDF written to ${out}`);
}
