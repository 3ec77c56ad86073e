import { expect, test } from '@playwright/test';

test('the home page renders in Chinese with the three main tasks', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('专业技术人员继续教育学时测算');
  await expect(page.getByRole('link', { name: '测算我的学时' })).toBeVisible();
  await expect(page.getByRole('link', { name: '准备哪些材料' })).toBeVisible();
  await expect(page.getByRole('link', { name: '查阅政策原文' })).toBeVisible();
  await expect(page.getByText('株人社函〔2024〕5号').first()).toBeVisible();
  await expect(page.locator('footer')).toContainText('审核认定为准');
});

test('the spans are listed by title level, the general 中级 span before a degree’s own (通知 二)', async ({ page }) => {
  await page.goto('/');
  const spans = page.locator('dt', { hasText: '核认跨度' }).locator('xpath=following-sibling::dd[1]').locator('li');
  const labels = (await spans.allTextContents()).map((t) => t.split('：')[0]);
  expect(labels).toEqual(['参评高级职称', '参评中级职称', '硕士评任中级职称']);
});
