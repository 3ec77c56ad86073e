import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';

test('the guides page lets a person pick their guide and read numbered steps', async ({ page }) => {
  await page.goto('/guides/');
  await expect(page).toHaveTitle(/网上核认操作指南/);
  const chooser = page.getByRole('navigation', { name: '哪份指南适合我？' });
  for (const role of ['个人版', '用人单位版', '上级单位版', '人社部门版']) await expect(chooser.getByRole('link', { name: new RegExp(role) })).toBeVisible();
  await chooser.getByRole('link', { name: /用人单位版/ }).click();
  await expect(page).toHaveURL(/#guide-fj3$/);
  const personal = page.locator('#guide-fj2');
  const numbers = await personal.locator('.step-no').allTextContents();
  expect(numbers.length).toBeGreaterThan(5);
  expect(numbers).toEqual(numbers.map((_, i) => `第${i + 1}步`));
  await expect(page.locator('#fj2-s7')).toContainText('上传');
  await expect(personal.getByRole('link', { name: /外部网站/ }).first()).toHaveAttribute('rel', 'noopener noreferrer');
  await expectNoSeriousA11yViolations(page);
});
