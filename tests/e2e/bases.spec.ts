import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';

test.describe('training-base directory (附件6)', () => {
  test('filters by level and searches by name', async ({ page }) => {
    await page.goto('/bases/');
    const rows = page.locator('tbody tr:visible');
    await expect(rows).toHaveCount(6);
    await page.getByRole('radio', { name: '国家级' }).check();
    await expect(rows).toHaveCount(2);
    await expect(page.getByRole('status')).toHaveText('显示 2 个基地（共 6 个）');
    await expect(rows.first()).toContainText('国家级');
    await page.getByRole('radio', { name: '全部' }).check();
    await page.getByLabel('按名称查找').fill('开放大学');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('株洲开放大学');
    await page.getByRole('radio', { name: '省级' }).check();
    await expect(rows).toHaveCount(0);
    await expect(page.getByRole('status')).toHaveText('没有符合条件的基地（共 6 个）');
  });

  test('has phone links, marked external links and row anchors', async ({ page }) => {
    await page.goto('/bases/#fj6-3');
    const row = page.locator('#fj6-3');
    await expect(row).toContainText('株洲开放大学');
    await expect(row.getByRole('link', { name: '18973362360' })).toHaveAttribute('href', 'tel:18973362360');
    const site = row.getByRole('link', { name: /外部网站/ });
    await expect(site).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(site).toHaveAttribute('href', /^https?:\/\//);
    await expect(page.getByRole('link', { name: /株人社函〔2024〕5号 附件6/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('fits a 360 px wide phone without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/bases/');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await expect(page.locator('#fj6-1 [data-label="联系电话"]')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('prints the table without the filter', async ({ page }) => {
    await page.goto('/bases/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-base-filter]')).toBeHidden();
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('tbody tr')).toHaveCount(6);
  });
});

test.describe('training-base directory without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the full list and no dead controls', async ({ page }) => {
    await page.goto('/bases/');
    await expect(page.locator('tbody tr:visible')).toHaveCount(6);
    await expect(page.locator('[data-base-filter]')).toBeHidden();
  });
});
