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
