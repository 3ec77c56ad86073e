import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';

test('the comparison shows a training day going from 10 to 8 hours, marked in words', async ({ page }) => {
  await page.goto('/changes/');
  const day = page.locator('#conv-training-days');
  await expect(day).toContainText('每天 10 学时（分）');
  await expect(day).toContainText('每天 8 学时');
  await expect(day.getByRole('cell').last()).toHaveText('有变化10 → 8');
  await expect(page.locator('#conv-degree-1')).toContainText('90 → 30');
  await expect(page.locator('#conv-training-halfDays')).toContainText('相同');
  await expectNoSeriousA11yViolations(page);
});

test('"只看有变化的项目" hides unchanged rows without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/changes/');
  await page.getByLabel('只看有变化的项目').check();
  await expect(page.locator('#conv-training-halfDays')).toBeHidden();
  await expect(page.locator('#conv-training-days')).toBeVisible();
  await expect(page.locator('#conv-assignment')).toBeHidden();
  await context.close();
});

test('the comparison fits a 360 px wide phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/changes/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
