import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { PRINT_FONT_SIZE, printedTextBlock } from './support/print';

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
    await page.getByLabel('按名称或地址查找').fill('开放大学');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('株洲开放大学');
    await page.getByRole('radio', { name: '省级' }).check();
    await expect(rows).toHaveCount(0);
    await expect(page.getByRole('status')).toHaveText('没有符合条件的基地（共 6 个）');
  });

  test('when nothing matches, it says how to go on instead of showing an empty table, and 显示全部基地 brings every base back (keyboard)', async ({ page }) => {
    await page.goto('/bases/');
    const rows = page.locator('tbody tr:visible');
    const search = page.getByLabel('按名称或地址查找');
    await search.focus();
    // Every base trains online: said above the list, where a reader filtering by her county (醴陵) found none.
    await expect(page.locator('main p').first()).toContainText('共 6 个，培训方式均为网络培训。');
    await search.pressSequentially('xyz', { delay: 60 });
    await expect(page.getByRole('status')).toHaveText('没有符合条件的基地（共 6 个）');
    await expect(page.getByRole('table')).toBeHidden();
    const showAll = page.getByRole('button', { name: '显示全部基地' });
    await expect(showAll).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(showAll).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(rows).toHaveCount(6);
    await expect(page.getByRole('status')).toHaveText('共 6 个基地');
    await expect(search).toHaveValue('');
    await expect(search).toBeFocused();
    await expect(page.getByRole('radio', { name: '全部' })).toBeChecked();
    expect(new URL(page.url()).search).toBe('');
    await expect(showAll).toBeHidden();
  });

  test('on a phone, finds the bases in a city by their address, typed key by key', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto('/bases/');
    const rows = page.locator('tbody tr:visible');
    await page.getByLabel('按名称或地址查找').tap();
    await page.getByLabel('按名称或地址查找').pressSequentially('长沙', { delay: 60 });
    // 长沙 is in no base's name, in four addresses.
    await expect(rows).toHaveCount(4);
    await expect(page.getByRole('status')).toHaveText('显示 4 个基地（共 6 个）');
    await page.getByRole('radio', { name: '国家级' }).tap();
    await expect(rows).toHaveCount(2);
    await context.close();
  });

  test('the filter is kept on going to another page and back, on reload and in the address', async ({ page }) => {
    await page.goto('/bases/');
    const rows = page.locator('tbody tr:visible');
    await page.getByRole('radio', { name: '省级' }).check();
    await page.getByLabel('按名称或地址查找').pressSequentially('湖南', { delay: 50 });
    await expect(rows).toHaveCount(2);
    await expect(page.getByRole('status')).toHaveText('显示 2 个基地（共 6 个）');
    await page.getByRole('link', { name: /株人社函〔2024〕5号 附件6/ }).click();
    await expect(page).toHaveURL(/\/notices\/zhuzhou-2024\//);
    await page.goBack();
    await expect(page.getByRole('radio', { name: '省级' })).toBeChecked();
    await expect(page.getByLabel('按名称或地址查找')).toHaveValue('湖南');
    await expect(rows).toHaveCount(2);
    await expect(page.getByRole('status')).toHaveText('显示 2 个基地（共 6 个）');
    await page.reload();
    await expect(page.getByLabel('按名称或地址查找')).toHaveValue('湖南');
    await expect(rows).toHaveCount(2);
    // The address says what is shown (levels and names of bases: nothing personal), so a link shows the same rows.
    const url = new URL(page.url());
    expect([url.searchParams.get('level'), url.searchParams.get('q')]).toEqual(['省级', '湖南']);
    await page.goto(`/bases/?level=${encodeURIComponent('市级')}`);
    await expect(page.getByRole('radio', { name: '市级' })).toBeChecked();
    await expect(rows).toHaveCount(await page.locator('tbody tr[data-level="市级"]').count());
    // Back to 全部 and an empty box: the address is the plain one again.
    await page.getByRole('radio', { name: '全部' }).check();
    await expect(rows).toHaveCount(6);
    expect(new URL(page.url()).search).toBe('');
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

  test('at 1280 px, even at 特大, 序号 and the short columns stay on one line and addresses break only between their parts', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const size of ['standard', 'xlarge']) {
      await page.goto('/bases/');
      await page.evaluate((s) => window.localStorage.setItem('jxjy-text-size', s), size);
      await page.reload();
      const header = page.getByRole('columnheader', { name: '序号' });
      const lineHeight = await header.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
      expect((await header.boundingBox())?.height ?? 0, `序号 at ${size}`).toBeLessThan(lineHeight * 2 + 16);
      // Each line of an address ends where urlBreakParts allows: after “://” or before a dot or slash.
      for (const link of await page.locator('a.url').all()) {
        const lines = await link.evaluate((a) => {
          const out: string[] = [];
          let top = -1;
          for (const node of a.childNodes) {
            if (node.nodeType !== Node.TEXT_NODE) continue;
            const range = document.createRange();
            for (let i = 0; i < (node.textContent ?? '').length; i++) {
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              const y = Math.round(range.getBoundingClientRect().top);
              if (y !== top) out.push('');
              top = y;
              out[out.length - 1] += node.textContent?.[i] ?? '';
            }
          }
          return out;
        });
        for (let i = 1; i < lines.length; i++) expect(`${lines[i - 1]}|${lines[i]}`, `${lines.join('|')} at ${size}`).toMatch(/:\/\/\||\|[./]/);
      }
    }
  });

  test('on a phone the level filter choices are 44 px targets that a tap selects', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto('/bases/');
    const label = page.locator('.base-filter label', { hasText: '市级' });
    const box = await label.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(44);
    await label.tap();
    await expect(page.getByRole('radio', { name: '市级' })).toBeChecked();
    await expect(page.getByRole('status')).toHaveText('显示 1 个基地（共 6 个）');
    await context.close();
  });

  test("on a phone the search box's label lines up with its box and with the filter's heading", async ({ browser }) => {
    // It sat 4 px to the right of both, taking the radios' tap padding (a new user's check at 360 px).
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto('/bases/');
    // Where the text starts (a box's edge would not show its padding), and where the search box's edge is.
    const textLeft = (selector: string) =>
      page.locator(selector).evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return Math.round(range.getBoundingClientRect().left);
      });
    const label = await textLeft('label[for="base-query"]');
    expect(label).toBe(await page.locator('#base-query').evaluate((el) => Math.round(el.getBoundingClientRect().left)));
    expect(label).toBe(await textLeft('.base-filter legend'));
    await context.close();
  });

  test('prints the table without the filter, across the sheet in 11 pt', async ({ page }) => {
    await page.goto('/bases/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-base-filter]')).toBeHidden();
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('tbody tr')).toHaveCount(6);
    expect(await printedTextBlock(page)).toEqual({ maxWidth: 'none', paddingLeft: '0px', fontSize: PRINT_FONT_SIZE });
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
