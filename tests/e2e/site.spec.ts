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

test('跳到正文 from the keyboard takes focus to the content without a ring round the whole page, and Tab goes on from there', async ({ page }) => {
  // A new user's check: Enter on 跳到正文 drew a 5 px black ring round all of main (the site-wide :focus-visible).
  await page.goto('/notices/zhuzhou-2024/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  const main = page.locator('main');
  await expect(main).toBeFocused();
  await expect(main).toHaveCSS('box-shadow', 'none');
  await expect(main).toHaveCSS('outline-style', 'none');
  // The next stop is the first link of the content (the breadcrumb's), not the header's.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  await expect(page.locator(':focus')).toHaveCSS('outline-style', 'solid');
});
