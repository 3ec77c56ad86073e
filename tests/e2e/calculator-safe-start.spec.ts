/** Start-up can never be blocked by one bad draft (issue 9, item 2): a guard on opening, and a safe-start address. */
import { expect, test } from '@playwright/test';
import { addActivity, draftTools, finish, openCalculator } from './calculator-helpers';

async function savedPaper(page: import('@playwright/test').Page): Promise<string> {
  await openCalculator(page);
  const editor = await addActivity(page, '发表论文');
  await editor.getByLabel('发表年份').pressSequentially('2022', { delay: 50 });
  await editor.getByRole('radio', { name: '独立或第一作者' }).click();
  await finish(editor);
  await expect(page.locator('.save-state')).toContainText('已自动保存到本机');
  return page.evaluate(() => sessionStorage.getItem('hunan-jxjy-open-draft') ?? '');
}

test('?safe opens no draft, lists the drafts under 草稿管理, and leaves them untouched', async ({ page }) => {
  await savedPaper(page);
  await page.goto('/calculator/?safe');
  await expect(page.locator('#calc-safe-start')).toContainText('安全模式');
  await expect(page.locator('#calc-draft-current')).toHaveText('我的测算 2');
  const tools = page.locator('details.draft-tools');
  await expect(tools).toHaveAttribute('open', '');
  await tools.getByRole('button', { name: /打开\s*「我的测算」/ }).click();
  await expect(page.locator('#calc-draft-current')).toHaveText('我的测算');
  await expect(page.locator('table.year-table tr[data-year="2022"] td').nth(1).locator('.figure')).toHaveText('30');
});

test('a draft that did not finish opening last time is not opened again by itself, and is marked in the list', async ({ page }) => {
  const id = await savedPaper(page);
  expect(id).not.toBe('');
  // As if the page had stopped while showing this draft (a crash or a freeze): the guard's note is still there.
  await page.evaluate((draft) => localStorage.setItem('hunan-jxjy-opening', draft), id);
  await page.reload();
  await expect(page.locator('[data-ready]')).toBeVisible();
  await expect(page.locator('#calc-draft-notice')).toContainText('草稿「我的测算」上次打开时未能正常显示');
  await expect(page.locator('#calc-draft-current')).not.toHaveText('我的测算');
  const tools = await draftTools(page);
  await expect(tools.getByText('上次打开时未能正常显示')).toBeVisible();
  const download = page.waitForEvent('download');
  await tools.getByRole('button', { name: '下载原始数据' }).click();
  expect((await download).suggestedFilename()).toContain(id);
  // The next visit is normal again: the guard's note was used once.
  await page.reload();
  await expect(page.locator('#calc-draft-current')).toHaveText('我的测算');
});

test('an error while the calculator is shown gives way to 测算页面出错 and its link to the safe mode, which opens', async ({ page }) => {
  // As if something in this browser broke the page as it started (here, the day the print header is dated with).
  await page.addInitScript(() => {
    const real = Date.prototype.getUTCDate;
    Date.prototype.getUTCDate = function (this: Date) {
      if (document.querySelector('.calculator') !== null && sessionStorage.getItem('break') === '1') throw new Error('broken on purpose');
      return real.call(this);
    };
  });
  await page.goto('/calculator/');
  await expect(page.locator('[data-ready]')).toBeVisible();
  await page.evaluate(() => sessionStorage.setItem('break', '1'));
  await page.reload();
  const failed = page.getByRole('alert').filter({ hasText: '测算页面出错，未能显示此草稿' });
  await expect(failed).toBeVisible();
  await expect(failed).toContainText('您保存的草稿没有被删除');
  await expect(page.locator('.calculator')).toHaveCount(0);
  await page.evaluate(() => sessionStorage.setItem('break', '0'));
  await failed.getByRole('link', { name: '以安全模式打开' }).click();
  await expect(page).toHaveURL(/\/calculator\/\?safe$/);
  await expect(page.locator('#calc-safe-start')).toContainText('安全模式');
  await expect(failed).toBeHidden();
});
