import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { layoutShift } from './support/layout-shift';

const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

test('the comparison shows a training day going from 10 to 8 hours, marked in words', async ({ page }) => {
  await page.goto('/changes/');
  const day = page.locator('#conv-training-days');
  await expect(day).toContainText('每天 10 学时（分）');
  await expect(day).toContainText('每天 8 学时');
  await expect(day.getByRole('cell').last()).toHaveText('有变化10 → 8');
  await expect(page.locator('#conv-degree-1')).toContainText('90 → 30');
  await page.getByLabel('只看有变化的项目').uncheck();
  await expect(page.locator('#conv-training-halfDays')).toContainText('相同');
  await expectNoSeriousA11yViolations(page);
});

test('only the changed items show at first, and unticking 只看有变化的项目 shows the rest, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/changes/');
  const filter = page.getByLabel('只看有变化的项目');
  await expect(filter).toBeChecked();
  await expect(page.locator('#conv-training-halfDays')).toBeHidden();
  await expect(page.locator('#conv-training-days')).toBeVisible();
  await expect(page.locator('#conv-assignment')).toBeHidden();
  await expect(page.getByRole('navigation', { name: '目录' }).getByRole('link', { name: '特定工作任务', exact: false })).toHaveCount(0);
  await filter.uncheck();
  await expect(page.locator('#conv-training-halfDays')).toBeVisible();
  await expect(page.locator('#conv-assignment')).toBeVisible();
  await filter.check();
  await expect(page.locator('#conv-training-halfDays')).toBeHidden();
  await context.close();
});

test.describe('on a 360 px phone', () => {
  test.use(phone);

  test('each difference is one card: the item and 有变化 on top, then each year’s value beside its label', async ({ page }) => {
    await page.goto('/changes/');
    expect(await layoutShift(page)).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const row = page.locator('#conv-training-days');
    const [item, before, after, change] = await Promise.all([
      row.getByRole('rowheader').boundingBox(),
      row.getByRole('cell').nth(0).boundingBox(),
      row.getByRole('cell').nth(1).boundingBox(),
      row.getByRole('cell').nth(2).boundingBox(),
    ]);
    // Stacked: the item with its change on the first line, then 2020, then 2024, each the card's full width.
    expect(Math.abs((change?.y ?? 0) - (item?.y ?? 1))).toBeLessThan(2);
    expect(before?.y ?? 0).toBeGreaterThan(item?.y ?? 0);
    expect(after?.y ?? 0).toBeGreaterThan(before?.y ?? 0);
    expect(before?.width ?? 0).toBeGreaterThan(300);
    const label = (n: number) => row.getByRole('cell').nth(n).evaluate((el) => getComputedStyle(el, '::before').content);
    expect(await label(0)).toBe('"2020 年"');
    expect(await label(1)).toBe('"2024 年"');
    await expect(row.getByRole('cell').nth(0)).toHaveText(/^每天 10 学时（分）/);
    await expect(row.getByRole('cell').nth(1)).toHaveText(/^每天 8 学时/);
    await expect(row.getByRole('cell').nth(2)).toHaveText('有变化10 → 8');
    // A card stays short: the clause link follows the value on its line.
    expect(before?.height ?? 0).toBeLessThan(60);
    await expectNoSeriousA11yViolations(page);
  });

  test('the comparison fits a 360 px wide phone with every row shown too', async ({ page }) => {
    await page.goto('/changes/');
    await page.getByLabel('只看有变化的项目').tap();
    await expect(page.locator('#conv-training-halfDays')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

test('on a desktop the comparison is a table with the two notices side by side', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/changes/');
  const table = page.getByRole('table', { name: /年度学时要求/ });
  await expect(table.getByRole('columnheader')).toHaveText(['项目', '2020 年（湘人社函〔2020〕11号）', '2024 年（株人社函〔2024〕5号）', '变化']);
  const cells = page.locator('#conv-training-days').getByRole('cell');
  const [a, b] = await Promise.all([cells.nth(0).boundingBox(), cells.nth(1).boundingBox()]);
  expect(Math.abs((a?.y ?? 0) - (b?.y ?? 1))).toBeLessThan(2);
  expect(b?.x ?? 0).toBeGreaterThan((a?.x ?? 0) + (a?.width ?? 0) - 2);
});

for (const width of [800, 1024, 1280]) {
  test(`at ${width} px and 特大 every figure of the comparison stays inside its cell`, async ({ page }) => {
    // Fixed column widths once cut 90 → 60 in the 变化 column at 768–849 px (a new user's check).
    await page.addInitScript(() => localStorage.setItem('jxjy-text-size', 'xlarge'));
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/changes/');
    await page.getByLabel('只看有变化的项目').uncheck();
    const spilled = await page.locator('table.cmp').evaluateAll((tables) =>
      tables.flatMap((table) =>
        [...table.querySelectorAll<HTMLElement>('td, th')].filter((cell) => cell.scrollWidth > cell.clientWidth + 1).map((cell) => cell.textContent?.trim().slice(0, 20)),
      ),
    );
    expect(spilled).toEqual([]);
  });
}

for (const width of [360, 1280]) {
  test(`at ${width} px and 特大 each notice's document number stays on one line`, async ({ page }) => {
    // 株人社函〔2024〕5 | 号 was parted at the end of a line at 1280 px (a new user's check).
    await page.addInitScript(() => localStorage.setItem('jxjy-text-size', 'xlarge'));
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/changes/');
    const intro = page.locator('.changes-page > p').first();
    for (const docNumber of ['湘人社函〔2020〕11号', '株人社函〔2024〕5号']) {
      const lines = await intro.evaluate((p, text) => {
        const node = [...p.querySelectorAll('span')].find((s) => s.textContent === text);
        return node ? node.getClientRects().length : 0;
      }, docNumber);
      expect(lines, docNumber).toBe(1);
    }
  });
}
