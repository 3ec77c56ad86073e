/**
 * Offline once visited, as a person meets it (offline.spec.ts at the root, offline-base-path.spec.ts under /jxjy/):
 * one visit online with a PDF made, then the network gone, and every page type, the search, the calculator and the
 * PDF still work, with nothing asked of the network and no Content-Security-Policy violation.
 */
import { readFileSync } from 'node:fs';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { watchCsp } from './support/csp';
import { addPaper, openCalculator } from './calculator-helpers';
import { chooseGoodWorkbook, GOOD_SUMMARY } from './batch-helpers';
import { BATCH_WORKER, JSPDF } from '../../src/lib/offline/cached-on-use.mjs';

/** One page of each type (paths relative to the site's base), with the heading it shows. */
export const PAGE_TYPES: readonly { path: string; heading: string }[] = [
  { path: '', heading: '专业技术人员继续教育学时测算' },
  { path: 'notices/', heading: '政策原文' },
  { path: 'notices/zhuzhou-2024/', heading: '关于做好2024年专业技术人员继续教育有关工作的通知' },
  { path: 'checklists/', heading: '佐证材料清单' },
  { path: 'checklists/zhuzhou-2024/', heading: '佐证材料清单株人社函〔2024〕5号' },
  { path: 'checklists/zhuzhou-2024/print/', heading: '继续教育学时佐证材料清单' },
  { path: 'bases/', heading: '继续教育基地一览' },
  { path: 'guides/', heading: '继续教育学时网上核认操作指南' },
  { path: 'dates/', heading: '办理时间' },
  { path: 'changes/', heading: '新旧政策对比' },
  { path: 'search/', heading: '站内搜索' },
];

/** Waits until the service worker has installed the site and controls the page. */
export async function waitForOffline(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
}

/** The 专业科目 figure for 2022 in the results table. */
const professional2022 = (page: Page) => page.locator('table.year-table tr[data-year="2022"] td').nth(1).locator('.figure');

/** Adds a 发表论文 activity (30 学时 in 2022, titled `title` if given), makes the worksheet PDF and checks the file is a PDF. */
export async function makePdf(page: Page, expected2022: string, title?: string): Promise<void> {
  await addPaper(page, '2022', title);
  await expect(professional2022(page)).toHaveText(expected2022);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载PDF工作表' }).click();
  await expect(page.locator('#calc-pdf-msg')).toContainText('PDF 工作表已生成');
  expect(readFileSync((await (await download).path()) as string).subarray(0, 5).toString()).toBe('%PDF-');
}

/** Whether any cache of the page's origin holds the PDF font `file` (e.g. the small worksheet-sc-fixed.ttf or the large worksheet-sc.ttf) under the base. */
export async function fontCached(page: Page, base: string, file: string): Promise<boolean> {
  return page.evaluate(async (url) => (await caches.match(url)) !== undefined, `${base}fonts/generated/${file}`);
}

/** Whether the service worker's store holds a file whose path matches `name` (src/lib/offline/cached-on-use.mjs). */
async function assetCached(page: Page, name: RegExp): Promise<boolean> {
  return page.evaluate(async (source) => {
    for (const cacheName of await caches.keys()) {
      const cache = await caches.open(cacheName);
      if ((await cache.keys()).some((r) => new RegExp(source).test(new URL(r.url).pathname))) return true;
    }
    return false;
  }, name.source);
}

/** Whether the service worker's store holds the batch check's worker (not precached: the batch page brings it). */
export const batchWorkerCached = (page: Page) => assetCached(page, BATCH_WORKER);

/** Whether it holds jsPDF (not precached: the first PDF brings it, with the font). */
export const jsPdfCached = (page: Page) => assetCached(page, JSPDF);

/**
 * Takes the network away: the context is offline, and whatever still reaches for the network is refused and listed in
 * the array returned (a test expects it to stay empty).
 */
export async function goOffline(context: BrowserContext): Promise<string[]> {
  await context.setOffline(true);
  const network: string[] = [];
  await context.route('**/*', (route) => {
    network.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  return network;
}

/**
 * Reloads `page` on a device that is offline. Chromium before 156 does not carry the emulated offline state into the
 * reloaded page (navigator.onLine reads true there; Debian's Chromium 150), where a device without a network says
 * false: it is set again. Requests stay refused by goOffline's route meanwhile.
 */
export async function reloadOffline(page: Page, context: BrowserContext): Promise<void> {
  await page.reload();
  await context.setOffline(false);
  await context.setOffline(true);
}

/**
 * The whole check: visit online (home page, then the calculator with a PDF), go offline, then open and reload every
 * page type, search, fill in the calculator and make a PDF again. `baseUrl` ends with the site's base.
 */
export async function checkOfflineAfterOneVisit(page: Page, context: BrowserContext, baseUrl: string): Promise<void> {
  const base = new URL(baseUrl).pathname;
  const csp = await watchCsp(page);
  await page.goto('');
  await waitForOffline(page);
  // The fonts are not precached for every visitor: only a PDF brings them.
  expect(await fontCached(page, base, 'worksheet-sc-fixed.ttf')).toBe(false);
  expect(await fontCached(page, base, 'worksheet-sc.ttf')).toBe(false);
  expect(await fontCached(page, base, 'worksheet-sc-extended.ttf')).toBe(false);
  // Nor are the batch check's worker (0.28 MB brotli) and jsPDF (0.10 MB): the batch page and the first PDF bring them.
  expect(await batchWorkerCached(page)).toBe(false);
  expect(await jsPdfCached(page)).toBe(false);
  await page.goto('batch/');
  await expect.poll(() => batchWorkerCached(page)).toBe(true);
  await openCalculator(page, 'calculator/');
  // A title with a character beyond the middle font (鑫): the PDF brings the large font (the small one is not fetched
  // first for a title beyond the rule data's characters), and the offline PDF below is made with it.
  await makePdf(page, '30', '鑫源桥梁研究');
  expect(await fontCached(page, base, 'worksheet-sc.ttf')).toBe(true);
  await expect.poll(() => jsPdfCached(page)).toBe(true);
  // Only the font the PDF used: the extended one waits for text beyond GB2312.
  expect(await fontCached(page, base, 'worksheet-sc-extended.ttf')).toBe(false);
  expect(await csp.reports(), 'online').toEqual([]);

  // Nothing may reach the network now: whatever tries is refused and listed.
  const network = await goOffline(context);
  const failed: string[] = [];
  // A module still loading when the next navigation starts is aborted by the browser (net::ERR_ABORTED): that is the
  // page going away, not the network; a request that did reach for the network is in `network` above.
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`${r.failure()?.errorText ?? ''} ${r.url()}`);
  });

  for (const { path, heading } of PAGE_TYPES) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(heading);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 }), `${path} reloaded`).toHaveText(heading);
    // Each page says what keeps working offline (nothing said so before: a new user's check); a print view has no
    // footer.
    if (!path.endsWith('/print/')) await expect(page.locator('.site-footer'), path).toContainText('访问过一次后，断网时仍可浏览本站和测算学时');
  }
  // The search index is there too: a query finds the clause on the notice page.
  await page.goto('search/?q=援疆');
  await expect(page.locator('#search-results a').first()).toBeVisible();
  const hits = await page.locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hits.some((h) => h.startsWith(`${base}notices/zhuzhou-2024/#fj1-2-7`)), hits.join('\n')).toBe(true);

  // The batch page, opened once online, checks a workbook.
  await page.goto('batch/');
  await chooseGoodWorkbook(page);
  await expect(page.locator('#batch-summary')).toHaveText(GOOD_SUMMARY);

  // The calculator opens with the draft saved online (IndexedDB), and a new activity and a PDF need no network.
  await page.goto('calculator/');
  await page.reload();
  await expect(page.locator('[data-ready]')).toBeVisible();
  await expect(professional2022(page)).toHaveText('30');
  await makePdf(page, '60');

  expect(network, 'requests that reached for the network').toEqual([]);
  expect(failed, 'failed requests').toEqual([]);
  expect(await csp.reports(), 'offline').toEqual([]);
}
