/**
 * The built site in a browser as old as the ones it supports (Chromium 87, Safari 14): the newer built-ins the code
 * has fallbacks for are removed before any script runs, and a person still copies an activity, makes a share link
 * and opens it, with tabs told about saves, under the Content-Security-Policy. The fallbacks themselves are unit
 * tested (tests/unit/share/deflate-fallback, drafts/draft-channel, compat/clone-data); this checks the build uses them.
 */
import { expect, test, type Page } from '@playwright/test';
import { watchCsp } from './support/csp';
import { addPaper, finish, openCalculator } from './calculator-helpers';
import { PAGE_TYPES } from './offline-checks';

/** What Chromium 87 and Safari 14 lack among the built-ins the site's code could reach for. */
async function asOlderBrowser(page: Page): Promise<void> {
  await page.addInitScript(() => {
    for (const name of ['CompressionStream', 'DecompressionStream', 'BroadcastChannel', 'structuredClone']) Reflect.deleteProperty(window, name);
    Reflect.deleteProperty(Object, 'hasOwn');
    Reflect.deleteProperty(Array.prototype, 'at');
    Reflect.deleteProperty(String.prototype, 'at');
  });
}

const professional2022 = (page: Page) => page.locator('table.year-table tr[data-year="2022"] td').nth(1).locator('.figure');

test('without CompressionStream, BroadcastChannel, structuredClone, Object.hasOwn and .at(), a person copies an activity and shares the case', async ({ page, browser }) => {
  test.setTimeout(60_000);
  await asOlderBrowser(page);
  const csp = await watchCsp(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openCalculator(page);
  await addPaper(page, '2022');
  await expect(professional2022(page)).toHaveText('30');

  await page.getByRole('button', { name: /^复制\s*第1项$/ }).click();
  await finish(page.getByRole('group', { name: /^第2项：发表论文$/ }));
  await expect(professional2022(page)).toHaveText('60');

  // The link is compressed as in a current browser (fflate does it here), and opens in another such browser.
  await page.getByRole('button', { name: '生成分享链接' }).click();
  const link = await page.getByLabel('分享链接').inputValue();
  expect(link).toMatch(/#share=1\.z/);
  const other = await browser.newContext();
  const colleague = await other.newPage();
  await asOlderBrowser(colleague);
  const colleagueCsp = await watchCsp(colleague);
  await colleague.goto(link);
  await expect(colleague.getByRole('heading', { name: '您正在查看分享的测算' })).toBeVisible();
  await expect(professional2022(colleague)).toHaveText('60');
  expect(await colleagueCsp.reports()).toEqual([]);
  await other.close();

  expect(errors).toEqual([]);
  expect(await csp.reports()).toEqual([]);
});

test('without BroadcastChannel, a second tab learns of a save and offers the newer version', async ({ context }) => {
  test.setTimeout(60_000);
  const first = await context.newPage();
  await asOlderBrowser(first);
  await openCalculator(first);
  await addPaper(first, '2022');
  await expect(first.locator('.save-state')).toContainText('已自动保存到本机');

  const second = await context.newPage();
  await asOlderBrowser(second);
  await openCalculator(second, '/calculator/', false);
  await expect(professional2022(second)).toHaveText('30');

  // A change saved in the first tab reaches the second through the storage event; it has nothing unsaved, so it loads it.
  await addPaper(first, '2022');
  await expect(second.getByText('此草稿已在另一个标签页中修改，已载入最新内容。')).toBeVisible();
  await expect(professional2022(second)).toHaveText('60');
});

test('every page type asks dual-engine browsers (360 and others) for their Chromium engine, not their IE one', async ({ page }) => {
  for (const { path } of [...PAGE_TYPES, { path: 'calculator/' }, { path: '404.html' }]) {
    await page.goto(`/${path}`);
    await expect(page.locator('meta[name="renderer"]'), path).toHaveAttribute('content', 'webkit');
  }
});
