/**
 * Zero layout shift on the two pages whose scripts change what the server sent (issue 10, part 1): the calculator
 * from its first paint until the island is ready, and /bases/ while its filter script starts. Each test makes the
 * slow case certain instead of hoping for it: the calculator is painted before its scripts may load, and /bases/ is
 * laid out without its filter script and compared with the page once the script has run.
 */
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
