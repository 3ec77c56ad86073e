/**
 * Offline once visited, at the root build (dist/): every page type, the search, the calculator and the PDF after
 * one visit (offline-checks.ts); and a new deployment announced, not mixed in (a server of its own, below).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { expect, test } from '@playwright/test';
import { batchWorkerCached, checkOfflineAfterOneVisit, fontCached, goOffline, jsPdfCached, makePdf, reloadOffline, waitForOffline } from './offline-checks';
import { chooseGoodWorkbook, GOOD_SUMMARY } from './batch-helpers';
import { addPaper, openCalculator } from './calculator-helpers';
import { pdfText, typeName } from './pdf-helpers';
import { expectNoSeriousA11yViolations } from './support/axe';
import { watchCsp } from './support/csp';

// playwright.config.ts blocks service workers so that other specs' request routing sees every request.
test.use({ serviceWorkers: 'allow' });

test('after one visit every page type, the search, the calculator and a PDF work without a network', async ({ page, context, baseURL }) => {
  test.setTimeout(90_000);
  await checkOfflineAfterOneVisit(page, context, `${baseURL as string}/`);
});

test('a name beyond GB2312 brings the extended font once, cached on that use, and the same worksheet is made offline', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await waitForOffline(page);
  // Not precached: a visitor who never needs it never downloads its 4.8 MB.
  expect(await fontCached(page, '/', 'worksheet-sc-extended.ttf')).toBe(false);
  await openCalculator(page, '/calculator/');
  await typeName(page, '李玥祎');
  // The PDF button reached before 在工作表中写上姓名 is ticked fetches the font of the worksheet's own text ahead, as the
  // page does again when it is reloaded below. Done here, online, as a visit would: otherwise whether the reloaded
  // page asked for it offline (and counted as reaching for the network) depended on when the section came into view
  // against the tick (CI on a busy machine, 2026-12-06).
  await page.getByRole('button', { name: '下载PDF工作表' }).hover();
  await expect.poll(() => fontCached(page, '/', 'worksheet-sc-fixed.ttf')).toBe(true);
  await page.getByRole('checkbox', { name: '在工作表中写上姓名' }).check();
  expect(await pdfText(page)).toContain('李玥祎');
  // The service worker stores it as it answers: wait for the store to finish.
  await expect.poll(() => fontCached(page, '/', 'worksheet-sc-extended.ttf')).toBe(true);

  const network = await goOffline(context);
  await reloadOffline(page, context);
  await expect(page.locator('[data-ready]')).toBeVisible();
  await page.getByRole('checkbox', { name: '在工作表中写上姓名' }).check();
  expect(await pdfText(page)).toContain('李玥祎');
  expect(network, 'requests that reached for the network').toEqual([]);
});

test('offline, an address without its last slash opens its page, and an unknown one the site’s 页面不存在, not the browser’s error', async ({ page, context }) => {
  test.setTimeout(60_000);
  await page.goto('/');
  await waitForOffline(page);
  await goOffline(context);
  await page.goto('/checklists');
  await expect(page).toHaveURL(/\/checklists\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('佐证材料清单');
  const missing = await page.goto('/no-such-page/');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
  await expect(page.getByRole('link', { name: '返回首页' })).toBeVisible();
});

test('offline, a name whose font this device never kept is refused with what to do, and the worksheet without it is made', async ({ page, context }) => {
  test.setTimeout(90_000);
  await openCalculator(page, '/calculator/');
  await waitForOffline(page);
  // Made online without a name: only the worksheet's own small font is kept.
  await makePdf(page, '30');
  await expect.poll(() => fontCached(page, '/', 'worksheet-sc-fixed.ttf')).toBe(true);
  expect(await fontCached(page, '/', 'worksheet-sc-common.ttf')).toBe(false);

  await goOffline(context);
  await reloadOffline(page, context);
  await expect(page.locator('[data-ready]')).toBeVisible();
  await typeName(page, '王芳');
  const name = page.getByRole('checkbox', { name: '在工作表中写上姓名' });
  await name.check();
  await page.getByRole('button', { name: '下载PDF工作表' }).click();
  // Not 请检查网络: what is missing, and what the person can change.
  await expect(page.locator('#calc-pdf-msg')).toHaveText(
    '现在没有网络，工作表中您填写的文字（姓名、工作单位、活动名称）所用的字体尚未保存在本机，无法生成 PDF 工作表。请联网后重试，或不在工作表中写上姓名、工作单位；联网生成过一次，断网时也可使用。也可使用“打印测算结果”。',
  );
  await name.uncheck();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载PDF工作表' }).click();
  await expect(page.locator('#calc-pdf-msg')).toContainText('PDF 工作表已生成');
  await download;
});

test('a PDF refused offline, then made online, is made again offline after a reload: the code fetched again is kept too', async ({ page, context }) => {
  test.setTimeout(90_000);
  // A nurse's check: the hospital Wi-Fi dropped, the PDF was refused, then made online; after the browser restarted,
  // offline, 生成 PDF 所需的程序未能载入. jsPDF fetched again (…js?retry=1) had gone past the service worker's cache.
  await openCalculator(page, '/calculator/');
  await waitForOffline(page);
  await goOffline(context);
  await addPaper(page, '2022');
  await page.getByRole('button', { name: '下载PDF工作表' }).click();
  await expect(page.locator('#calc-pdf-msg')).toContainText('无法生成 PDF 工作表');
  await context.unroute('**/*');
  await context.setOffline(false);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载PDF工作表' }).click();
  await expect(page.locator('#calc-pdf-msg')).toContainText('PDF 工作表已生成');
  await download;
  await expect.poll(() => jsPdfCached(page)).toBe(true);

  const network = await goOffline(context);
  await reloadOffline(page, context);
  await expect(page.locator('[data-ready]')).toBeVisible();
  const again = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载PDF工作表' }).click();
  await expect(page.locator('#calc-pdf-msg')).toContainText('PDF 工作表已生成');
  expect(readFileSync((await (await again).path()) as string).subarray(0, 5).toString()).toBe('%PDF-');
  expect(network, 'requests that reached for the network').toEqual([]);
});

test('a PDF made on the first page of a visit, before the service worker has taken over, is made again offline', async ({ page, context }) => {
  test.setTimeout(90_000);
  // The service worker's install waits on one precached file until the PDF is made: the page's font and jsPDF go
  // straight to the network, as on a slow line when a shared case or an imported draft is turned into a PDF at once.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await context.route('**/search-index.json', async (route) => {
    await held;
    await route.continue();
  });
  await openCalculator(page, '/calculator/');
  await makePdf(page, '30');
  expect(await page.evaluate(() => navigator.serviceWorker.controller === null)).toBe(true);
  expect(await jsPdfCached(page)).toBe(false);
  release();
  await waitForOffline(page);
  // Fetched again through the service worker once it controls the page, and kept.
  await expect.poll(() => jsPdfCached(page)).toBe(true);
  await expect.poll(() => fontCached(page, '/', 'worksheet-sc-fixed.ttf')).toBe(true);

  const network = await goOffline(context);
  await reloadOffline(page, context);
  await expect(page.locator('[data-ready]')).toBeVisible();
  await makePdf(page, '60');
  expect(network, 'requests that reached for the network').toEqual([]);
});

test('the batch page opened first keeps its worker once the service worker takes over, and checks a workbook offline after a reload', async ({ page, context }) => {
  test.setTimeout(60_000);
  // The first page of the visit: its worker starts before the service worker controls the page (it is still
  // installing), so the worker's own request is not stored; the page fetches it again once the service worker is in.
  await page.goto('/batch/');
  await waitForOffline(page);
  await expect.poll(() => batchWorkerCached(page)).toBe(true);

  const network = await goOffline(context);
  await page.reload();
  await chooseGoodWorkbook(page);
  await expect(page.locator('#batch-summary')).toHaveText(GOOD_SUMMARY);
  expect(network, 'requests that reached for the network').toEqual([]);
});

test('the batch page opened offline before it was ever opened online says why it cannot check, at once and on a file', async ({ page, context }) => {
  test.setTimeout(60_000);
  await page.goto('/');
  await waitForOffline(page);
  await goOffline(context);
  // The page itself is precached; its worker is not.
  await page.goto('/batch/');
  // Said where the page opens, above the first step, before anything is filled in.
  const banner = page.locator('#batch-unavailable');
  await expect(banner).toHaveText('批量核对程序未能载入（网络可能已断开，或网站刚刚更新）。请联网后刷新本页；联网打开过本页后，断网也可使用。');
  await expect(banner).toHaveRole('alert');
  await expect(banner).toBeInViewport();
  await chooseGoodWorkbook(page);
  // Not a progress bar that never moves: the same message beside the step, and nothing counted.
  await expect(page.locator('.status').getByRole('alert')).toHaveText(/^批量核对程序未能载入/);
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page.locator('#batch-summary')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.ttf': 'font/ttf' };

/** dist/ as a static host serves it, with some files replaced in memory: a second deployment. */
function serveDist(replaced: Map<string, string>): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^\/+/, '');
    if (path === '' || path.endsWith('/')) path += 'index.html';
    try {
      const body = replaced.get(path) ?? readFileSync(join('dist', path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolve({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
  }));
}

test('a new deployment is announced and used only after 刷新, never mixed into the version in use', async ({ page }) => {
  test.setTimeout(60_000);
  const replaced = new Map<string, string>();
  const { server, origin } = await serveDist(replaced);
  try {
    const csp = await watchCsp(page);
    const notice = page.locator('[data-update-notice]');
    await page.goto(`${origin}/notices/`);
    await waitForOffline(page);
    await expect(notice).toBeEmpty();

    // The second deployment: the notices index changes, and so does its revision in the service worker's list.
    const html = readFileSync('dist/notices/index.html', 'utf8');
    const sw = readFileSync('dist/sw.js', 'utf8');
    const revision = /url:"notices\/index\.html",revision:"([0-9a-f]+)"/.exec(sw)?.[1];
    expect(revision).toBeTruthy();
    replaced.set('notices/index.html', html.replace('</main>', '<p id="second-deployment">第二版</p></main>'));
    replaced.set('sw.js', sw.replace(`url:"notices/index.html",revision:"${revision}"`, 'url:"notices/index.html",revision:"second"'));

    // The browser finds the new version on the next page load; the page stays on the version it runs and says so.
    await page.reload();
    await expect(notice).toContainText('本站已更新，刷新后使用新版规则。');
    await expect(page.locator('#second-deployment')).toHaveCount(0);
    await expect(page.locator('body')).toBeFocused();
    await expectNoSeriousA11yViolations(page);

    // Reloading without choosing keeps the whole installed version, and the notice comes back.
    await page.reload();
    await expect(notice).toContainText('本站已更新，刷新后使用新版规则。');
    await expect(page.locator('#second-deployment')).toHaveCount(0);

    // 稍后 closes it for this page; 刷新 (here by keyboard) switches to the new version.
    await notice.getByRole('button', { name: '稍后' }).click();
    await expect(notice).toBeEmpty();
    await page.reload();
    await notice.getByRole('button', { name: '刷新' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#second-deployment')).toHaveText('第二版');
    await expect(notice).toBeEmpty();
    expect(await csp.reports()).toEqual([]);
  } finally {
    server.close();
  }
});

test('on a phone, the notice of a new deployment does not come over the field being typed in', async ({ browser }) => {
  test.setTimeout(60_000);
  const replaced = new Map<string, string>();
  const { server, origin } = await serveDist(replaced);
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'zh-CN', serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/calculator/`);
    await waitForOffline(page);
    await expect(page.locator('[data-ready]')).toBeVisible();
    await page.getByText('姓名和工作单位（选填）').tap();
    const name = page.getByLabel('姓名', { exact: true });
    // The field at the foot of the screen, where a phone's keyboard leaves it, and typed into.
    await name.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().bottom - window.innerHeight + 4));
    await name.tap();
    await name.pressSequentially('李', { delay: 80 });
    // A second deployment, found while the page is open.
    const sw = readFileSync('dist/sw.js', 'utf8');
    const revision = /url:"notices\/index\.html",revision:"([0-9a-f]+)"/.exec(sw)?.[1];
    replaced.set('sw.js', sw.replace(`url:"notices/index.html",revision:"${revision}"`, 'url:"notices/index.html",revision:"second"'));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const panel = page.locator('.update-notice-panel');
    await expect(panel).toContainText('本站已更新，刷新后使用新版规则。');
    await expect(name).toBeFocused();
    const [field, bar] = await Promise.all([name.boundingBox(), panel.boundingBox()]);
    expect(field!.y + field!.height).toBeLessThanOrEqual(bar!.y);
    expect(field!.y).toBeGreaterThanOrEqual(0);
    await name.pressSequentially('四', { delay: 80 });
    await expect(name).toHaveValue('李四');
  } finally {
    await context.close();
    server.close();
  }
});
