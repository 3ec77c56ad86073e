/** Site-wide promises: every page found by following links loads, stays on its own origin, has a title, a description and one h1, and passes axe. */
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { crawlSite } from './support/crawl';

test('every page is linked, loads without a request to another origin, and passes axe', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL as string).origin;
  const foreign: string[] = [];
  const failed: string[] = [];
  // Any request that leaves the site is recorded and refused, so a CDN font or analytics script cannot hide.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });

  const pages = await crawlSite(page, `${origin}/`);
  // The page types of issue 3 and 4 are all reachable by links.
  for (const path of ['/', '/calculator/', '/checklists/', '/checklists/zhuzhou-2024/', '/checklists/hunan-2020/print/', '/notices/', '/notices/zhuzhou-2024/', '/notices/hunan-2020/', '/guides/', '/bases/', '/dates/', '/changes/', '/search/']) {
    expect(pages, path).toContain(path);
  }

  for (const path of pages) {
    await page.goto(origin + path);
    await expect(page.locator('html'), path).toHaveAttribute('lang', 'zh-CN');
    expect(await page.title(), path).toMatch(/湖南专技人员继续教育学时测算$/);
    expect(await page.locator('meta[name="description"]').getAttribute('content'), path).toMatch(/\p{Script=Han}{4}/u);
    await expect(page.locator('h1'), path).toHaveCount(1);
    await expectNoSeriousA11yViolations(page);
  }
  expect(foreign).toEqual([]);
  expect(failed).toEqual([]);
});

test('an unknown address gets the 404 page with ways back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
  await expect(page.getByRole('link', { name: '学时测算' }).last()).toHaveAttribute('href', '/calculator/');
  await expectNoSeriousA11yViolations(page);
});
