/**
 * Zero layout shift on the two pages whose scripts change what the server sent (issue 10, part 1): the calculator
 * from its first paint until the island is ready, and /bases/ while its filter script starts. Each test makes the
 * slow case certain instead of hoping for it: the calculator is painted before its scripts may load, and /bases/ is
 * laid out without its filter script and compared with the page once the script has run.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { layoutShift } from './support/layout-shift';

const viewports = [
  { name: 'a 360 px phone', width: 360, height: 740 },
  { name: 'a 1280 px desktop', width: 1280, height: 800 },
];

/** Waits until the page has painted content (first-contentful-paint). */
async function firstPaint(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

for (const viewport of viewports) {
  test(`on ${viewport.name} the calculator does not move from its first paint until it is ready`, async ({ page }) => {
    await page.setViewportSize(viewport);
    // The site's scripts wait until the server-rendered calculator has been painted, as on a slow phone line.
    let release = () => {};
    const painted = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_astro/**/*.js', async (route) => {
      await painted;
      await route.continue();
    });
    await page.goto('/calculator/', { waitUntil: 'commit' });
    await firstPaint(page);
    await expect(page.getByRole('heading', { level: 1, name: '继续教育学时测算' })).toBeVisible();
    await expect(page.locator('[data-ready]')).toHaveCount(0);
    release();
    await expect(page.locator('[data-ready]')).toBeVisible();
    expect(await layoutShift(page)).toBe(0);
  });
}

/**
 * Pages whose HTML stalls part-way, the rest arriving 800 ms later: where it stops, and what a frame painted in between
 * showed before the page's first paint waited for the element named (SiteHead.astro's paintAfter: <main> after the
 * header, or the update notice after a page's whole content). Layout shifts CI caught on a slow machine, where the
 * parser had stopped there by itself.
 */
const stalls = [
  // 菜单 without its text and the 字号 row not yet there: both then grew and moved the site's name.
  { path: '/calculator/', where: 'inside the header', cut: (html: string) => html.indexOf('>菜单<') + 1, width: 360, paintAfter: 'main' },
  // The table with its header row and first base: its columns changed width as the other rows came.
  // The comparison's first table with its header row only (on screen at 1280×900): its columns changed width as the
  // rows came.
  { path: '/changes/', where: 'after the header row of the first table', cut: (html: string) => html.indexOf('</tr>', html.indexOf('<table')) + 5, width: 1280, height: 900, paintAfter: 'main' },
  // The first round's table with its header row and first date: the same.
  { path: '/dates/', where: 'after the first row of the first table', cut: (html: string) => html.indexOf('</tr>', html.indexOf('</tr>', html.indexOf('<table')) + 1) + 5, width: 1280, height: 800, paintAfter: 'round-hunan-2020' },
  { path: '/bases/', where: 'after the first row of the table', cut: (html: string) => html.indexOf('</tr>', html.indexOf('</tr>') + 1) + 5, width: 1280, paintAfter: 'update-notice' },
];

for (const stall of stalls) {
  test(`${stall.path} at ${stall.width} px, its HTML stalling ${stall.where}, is first painted whole and does not move`, async ({ page, baseURL }) => {
    const html = await (await page.request.get(stall.path)).text();
    const cut = stall.cut(html);
    expect(cut).toBeGreaterThan(0);
    const server = createServer((request, response) => {
      if (request.url === stall.path) {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.write(html.slice(0, cut));
        setTimeout(() => response.end(html.slice(cut)), 800);
        return;
      }
      // Everything else from the site's own server.
      void fetch(new URL(request.url ?? '/', baseURL)).then(async (answer) => {
        response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/octet-stream' });
        response.end(Buffer.from(await answer.arrayBuffer()));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      await page.setViewportSize({ width: stall.width, height: stall.height ?? 740 });
      // Whether each painted frame had what comes before the element named (animation frames run only when the page
      // may be painted).
      await page.addInitScript((id) => {
        const frames: boolean[] = [];
        (window as unknown as { frames_: boolean[] }).frames_ = frames;
        const record = () => {
          frames.push(document.getElementById(id) !== null);
          if (frames.length < 30) requestAnimationFrame(record);
        };
        requestAnimationFrame(record);
      }, stall.paintAfter);
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}${stall.path}`);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const frames = await page.evaluate(() => (window as unknown as { frames_: boolean[] }).frames_);
      expect(frames.length).toBeGreaterThan(0);
      expect(frames.filter((whole) => !whole)).toEqual([]);
      expect(await layoutShift(page)).toBe(0);
    } finally {
      server.close();
    }
  });
}

for (const viewport of viewports) {
  test(`on ${viewport.name} the print view's bar does not move: 打印 is there from the first paint`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/checklists/zhuzhou-2024/print/');
    await expect(page.getByRole('button', { name: '打印' })).toBeVisible();
    expect(await layoutShift(page)).toBe(0);
  });
}

/** /bases/ as sent, but with its filter script held back; returns the script to start it later. */
async function basesWithoutFilterScript(page: Page): Promise<string> {
  let script = '';
  await page.route('**/bases/', async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const match = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].find((m) => m[1]?.includes('[data-base-filter]'));
    if (match === undefined) throw new Error('the filter script is not inline in /bases/');
    script = match[1] ?? '';
    await route.fulfill({ response, body: html.replace(match[0], '') });
  });
  await page.goto('/bases/');
  return script;
}

/** Where the filters and the table are. */
async function basesLayout(page: Page): Promise<unknown> {
  return { filters: await page.locator('[data-base-filter]').boundingBox(), table: await page.getByRole('table').boundingBox() };
}

for (const viewport of viewports) {
  test(`on ${viewport.name} /bases/ shows its filters before its filter script runs, where they stay once it has run`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await basesWithoutFilterScript(page);
    await firstPaint(page);
    await expect(page.getByRole('radio', { name: '国家级' })).toBeVisible();
    await expect(page.getByLabel('按名称或地址查找')).toBeVisible();
    const before = await basesLayout(page);
    // The page as sent: its module script has run once the page has loaded.
    await page.unrouteAll();
    await page.goto('/bases/');
    expect(await basesLayout(page)).toEqual(before);
    expect(await layoutShift(page)).toBe(0);
    await page.getByLabel('按名称或地址查找').pressSequentially('开放大学', { delay: 30 });
    await expect(page.locator('tbody tr:visible')).toHaveCount(1);
  });
}

test('a level chosen on /bases/ before the filter script has started is applied when it starts', async ({ page }) => {
  const script = await basesWithoutFilterScript(page);
  await page.getByRole('radio', { name: '国家级' }).check();
  await expect(page.locator('tbody tr:visible')).toHaveCount(6);
  // The page's own script, unchanged (the Content-Security-Policy allows it by its hash).
  await page.addScriptTag({ type: 'module', content: script });
  await expect(page.locator('tbody tr:visible')).toHaveCount(2);
  await expect(page.getByRole('status')).toHaveText('显示 2 个基地（共 6 个）');
});
