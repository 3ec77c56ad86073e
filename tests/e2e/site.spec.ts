/** Site-wide promises: every page found by following links loads, stays on its own origin, has a title, a description and one h1, and passes axe. */
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { crawlSite } from './support/crawl';

/**
 * Every page of the site, as its own links reach it. The first test crawls the links and fails when this list is not
 * what it finds, so a new page cannot be left out of the checks below; each page is then checked in its own test,
 * so that the two workers share the axe scans (one test of all 18 took 1.4 min at the end of a CI run).
 */
const SITE_PAGES = [
  // The longest scans first (20–25 s each for the worked cases, 14 s for /changes/), so that neither ends a run alone.
  '/rules/zhuzhou-2024/cases/',
  '/rules/hunan-2020/cases/',
  '/changes/',
  '/notices/zhuzhou-2024/',
  '/notices/hunan-2020/',
  '/',
  '/bases/',
  '/batch/',
  '/calculator/',
  '/checklists/',
  '/checklists/hunan-2020/',
  '/checklists/hunan-2020/print/',
  '/checklists/zhuzhou-2024/',
  '/checklists/zhuzhou-2024/print/',
  '/dates/',
  '/guides/',
  '/notices/',
  '/search/',
];

test('every page is linked and loads without a request to another origin', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
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
  expect([...pages].sort()).toEqual([...SITE_PAGES].sort());
  expect(foreign).toEqual([]);
  expect(failed).toEqual([]);
});

for (const path of SITE_PAGES) {
  test(`${path} is in Chinese, has its title, a description and one h1, and passes axe`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    expect(await page.title()).toMatch(/湖南专技人员继续教育学时测算$/);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toMatch(/\p{Script=Han}{4}/u);
    await expect(page.locator('h1')).toHaveCount(1);
    await expectNoSeriousA11yViolations(page);
  });
}

test('an unknown address gets the 404 page with ways back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
  await expect(page.getByRole('link', { name: '学时测算' }).last()).toHaveAttribute('href', '/calculator/');
  await expectNoSeriousA11yViolations(page);
});
