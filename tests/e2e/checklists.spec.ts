import { writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { axeScan, expectNoSeriousA11yViolations } from './support/axe';
import { PRINT_FONT_SIZE, printedTextBlock } from './support/print';

test.describe('material checklists', () => {
  test('the chooser lists the newest notice first', async ({ page }) => {
    await page.goto('/checklists/');
    const rounds = page.locator('.card-list > li');
    await expect(rounds).toHaveCount(2);
    await expect(rounds.first()).toContainText('株人社函〔2024〕5号');
    await expect(rounds.first()).toContainText('本站收录的最新通知');
    await expect(rounds.nth(1)).toContainText('湘人社函〔2020〕11号');
    await expectNoSeriousA11yViolations(page);
  });

  test('a checklist shows the alternatives and links each form to its clause', async ({ page }) => {
    await page.goto('/checklists/zhuzhou-2024/');
    await expect(page).toHaveTitle(/材料清单（株人社函〔2024〕5号）/);
    const training = page.locator('#form-f1');
    await expect(training).toContainText('以下材料之一');
    await expect(training.getByRole('group', { name: /方式一/ })).toBeVisible();
    await expect(training.getByRole('group', { name: /方式二/ }).getByLabel('结业证书')).toBeVisible();
    await expect(training.getByRole('link', { name: '附件1 一 1', exact: true })).toHaveAttribute('href', '/notices/zhuzhou-2024/#fj1-1-1');
    await expect(page.locator('#form-f6-paper')).toContainText('在国外刊物发表的论文须提供检索材料');
    // A tick box works on screen.
    const box = training.getByLabel('培训通知', { exact: true });
    await box.check();
    await expect(box).toBeChecked();
    await expectNoSeriousA11yViolations(page);
  });

  test('printing a checklist hides navigation, runs across the sheet in 11 pt and shows empty boxes on A4', async ({ page }) => {
    await page.goto('/checklists/zhuzhou-2024/');
    const box = page.locator('#cb-f1-1-1');
    await box.check();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.getByRole('navigation', { name: '当前位置' })).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();
    await expect(page.locator('#upload-check')).toBeHidden();
    await expect(page.locator('#form-f12')).toBeVisible();
    expect(await printedTextBlock(page)).toEqual({ maxWidth: 'none', paddingLeft: '0px', fontSize: PRINT_FONT_SIZE });
    const look = await box.evaluate((el) => {
      const cs = getComputedStyle(el);
      return { appearance: cs.appearance, background: cs.backgroundColor, border: cs.borderTopStyle, image: cs.backgroundImage };
    });
    expect(look).toEqual({ appearance: 'none', background: 'rgb(255, 255, 255)', border: 'solid', image: 'none' });
    const pageSize = await page.evaluate(() =>
      [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).flatMap((rule) => (rule instanceof CSSMediaRule ? [...rule.cssRules] : [rule]))
        .filter((rule): rule is CSSPageRule => rule instanceof CSSPageRule)
        .map((rule) => rule.style.getPropertyValue('size').toUpperCase()),
    );
    expect(pageSize).toContain('A4');
  });

  test('printed at 字号 特大, the checklist and the calculator print larger, as the screen shows them (137.5 %)', async ({ page }) => {
    // An older reader who needs 特大 printed the checklist at 11 pt to take to 人事科 (a new user's check).
    await page.goto('/checklists/zhuzhou-2024/');
    await page.getByRole('group', { name: '字号' }).getByRole('button', { name: '特大' }).click();
    await page.emulateMedia({ media: 'print' });
    const size = (selector: string) => page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    // 11 pt × 1.375 = 15.125 pt = 20.17 px; the heading 16 pt × 1.375.
    expect(await size('body')).toBeCloseTo((11 * 1.375 * 4) / 3, 1);
    expect(await size('h1')).toBeCloseTo((16 * 1.375 * 4) / 3, 1);
    await page.goto('/calculator/');
    await expect(page.locator('[data-ready]')).toBeVisible();
    expect(await size('body')).toBeCloseTo((10.5 * 1.375 * 4) / 3, 1);
    // Its smaller lines (差 30, 规则数据版本…) are in rem: they grow with the root, as on screen.
    expect(await size('html')).toBeCloseTo(16 * 1.375, 1);
    // A notice, which has no print sizes of its own, prints as the screen shows it (a re-check found it at 16 px).
    await page.emulateMedia({ media: 'screen' });
    await page.goto('/notices/zhuzhou-2024/');
    await page.emulateMedia({ media: 'print' });
    expect(await size('body')).toBeCloseTo(16 * 1.375, 1);
    await page.emulateMedia({ media: 'screen' });
    await page.goto('/calculator/');
    await expect(page.locator('[data-ready]')).toBeVisible();
    // 标准 prints as before.
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('group', { name: '字号' }).getByRole('button', { name: '标准' }).click();
    await page.emulateMedia({ media: 'print' });
    expect(await size('body')).toBeCloseTo((10.5 * 4) / 3, 1);
  });

  test('the print view holds every form without the site navigation', async ({ page }) => {
    await page.goto('/checklists/hunan-2020/print/');
    await expect(page.locator('.site-header')).toHaveCount(0);
    // Every number of 附件 一 once, as the notice numbers them; a clause with two cards shows its second as “（续）”.
    const forms = await page.locator('.checklist-entry .form-no').allTextContents();
    expect(forms.filter((f) => /^\d+\.$/.test(f))).toEqual(Array.from({ length: 12 }, (_, i) => `${i + 1}.`));
    expect(forms.filter((f) => !/^\d+\.$/.test(f))).toEqual(['6（续）', '11（续）']);
    await expect(page.locator('.checklist-entry').last()).toContainText('以前已核认的年度');
    await expect(page.getByRole('button', { name: '打印' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('link', { name: /返回材料清单/ })).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    await expectNoSeriousA11yViolations(page);
  });
});

/** A printed sheet's last line of text above its foot's 第 n 页，共 N 页 (pdf.js's y grows upwards), spaces removed. */
async function lastLine(doc: { getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }> }> }, n: number): Promise<string> {
  const runs = (await (await doc.getPage(n)).getTextContent()).items.flatMap((item) => {
    const run = item as { str?: string; transform?: number[] };
    return typeof run.str === 'string' && run.str.trim() !== '' && run.transform ? [{ str: run.str, y: Math.round(run.transform[5] as number) }] : [];
  });
  const lines = [...new Set(runs.map((r) => r.y))].sort((a, b) => a - b).map((y) => runs.filter((r) => Math.abs(r.y - y) < 2).map((r) => r.str).join('').normalize('NFKC').replace(/[\s\u2060]/g, ''));
  return lines.find((line) => !/^第\d+.，共\d+.$/.test(line)) ?? '';
}

test.describe('on paper', () => {
  test('a box ticked with the keyboard prints without its focus ring', async ({ page }) => {
    await page.goto('/checklists/zhuzhou-2024/');
    const box = page.locator('.checklist-entry input[type="checkbox"]').first();
    await box.focus();
    await page.keyboard.press('Space');
    await expect(box).toBeFocused();
    const ring = () => box.evaluate((el) => { const s = getComputedStyle(el); return `${s.outlineStyle} ${s.boxShadow}`; });
    expect(await ring()).not.toBe('none none');
    await page.emulateMedia({ media: 'print' });
    expect(await ring()).toBe('none none');
  });

  test('the printed checklist keeps every card inside the page width, and the print view has no axe finding at all', async ({ page }) => {
    await page.goto('/checklists/zhuzhou-2024/print/');
    // Every finding, moderate ones included (before: two “region” findings for the print bar outside any landmark).
    const results = await axeScan(page).withTags(['wcag2a', 'wcag2aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id} (${v.impact})`)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    // A4 at 15 mm margins is 180 mm of text width: lay the page out at that width, as the printer does.
    await page.setViewportSize({ width: Math.floor((180 / 25.4) * 96), height: 1000 });
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    const cards = await page.locator('.checklist-entry').evaluateAll((els) => els.map((el) => ({ right: el.getBoundingClientRect().right, scroll: el.scrollWidth, client: el.clientWidth })));
    expect(cards.length).toBeGreaterThan(12);
    for (const card of cards) {
      expect(card.right).toBeLessThanOrEqual(width);
      expect(card.scroll).toBeLessThanOrEqual(card.client);
    }
  });

  test('printed, the checklist fills its first page: an entry goes on over a page foot, each way of its materials whole', async ({ page }) => {
    // A new user's check: entries kept whole left the lower 40% of page 1 empty, 2. 参加继续教育实践活动 (two ways) put
    // on page 2; six pages in all.
    await page.goto('/checklists/zhuzhou-2024/');
    await page.emulateMedia({ media: 'print' });
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await getDocument({ data: new Uint8Array(await page.pdf({ format: 'A4' })) }).promise;
    const pageText = async (n: number) => (await (await doc.getPage(n)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join('');
    expect(await pageText(1)).toContain('参加继续教育实践活动');
    expect(doc.numPages).toBeLessThanOrEqual(5);
    // Each way (方式一, 方式二 …) is on one page: its legend and its last material never part.
    const sets = await page.locator('.material-set').evaluateAll((els) => els.map((el) => getComputedStyle(el).breakInside));
    expect(new Set(sets)).toEqual(new Set(['avoid']));
  });

  test('each printed sheet says 第 n 页，共 N 页 at its foot: a checklist, a notice, the calculator\'s result', async ({ page }) => {
    // A reviewer holding several loose sheets could not tell their order or whether one was missing (global.css: @page
    // margin boxes). pdf.js reads 页 as its radical form ⻚, hence the wildcard.
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    for (const path of ['/checklists/zhuzhou-2024/', '/notices/zhuzhou-2024/', '/calculator/']) {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      const doc = await getDocument({ data: new Uint8Array(await page.pdf({ format: 'A4' })) }).promise;
      for (let n = 1; n <= doc.numPages; n++) {
        const text = (await (await doc.getPage(n)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join('');
        expect(text, `${path} sheet ${n}`).toMatch(new RegExp(`第 ${n} .，共 ${doc.numPages} .`));
      }
      await page.emulateMedia({ media: 'screen' });
    }
  });

  test('a printed notice at 字号 特大 leaves no heading as the last line of a sheet', async ({ page }) => {
    // An older reader's printout had 二、认真开展职称参评人员继续教育学时核认 as page 1's last line, its text on page 2.
    await page.goto('/notices/zhuzhou-2024/');
    await page.getByRole('group', { name: '字号' }).getByRole('button', { name: '特大' }).click();
    const plain = (text: string) => text.normalize('NFKC').replace(/[\s\u2060]/g, '');
    const headings = (await page.locator('main :is(h2, h3, h4)').allTextContents()).map(plain).filter((h) => h.length > 3);
    await page.emulateMedia({ media: 'print' });
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await getDocument({ data: new Uint8Array(await page.pdf({ format: 'A4' })) }).promise;
    for (let n = 1; n < doc.numPages; n++) {
      const last = plain(await lastLine(doc, n));
      expect(headings.filter((h) => h.endsWith(last)), `sheet ${n} ends with「${last}」`).toEqual([]);
    }
  });

  test('the printed calculator keeps 科目 and 依据 readable: each on one line, not one character wide', async ({ page }) => {
    await page.goto('/calculator/');
    await expect(page.locator('[data-ready]')).toBeVisible();
    await page.getByRole('radio', { name: '副高级' }).check();
    await page.getByRole('radio', { name: '大学本科' }).check();
    await page.getByLabel('添加活动').selectOption({ label: '发表论文' });
    await page.getByRole('button', { name: '添加', exact: true }).click();
    await page.getByLabel('发表年份').fill('2022');
    await page.getByRole('radio', { name: '独立或第一作者' }).check();
    await page.getByRole('button', { name: '完成' }).click();
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: Math.floor((180 / 25.4) * 96), height: 1000 });
    const row = page.locator('table.item-table tbody tr').first();
    for (const label of ['科目', '依据', '年度']) {
      const cell = row.locator(`td[data-label="${label}"]`);
      // Lines the cell's text takes (the cell itself is as tall as the row's longest cell).
      const lines = await cell.evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
      });
      expect(lines, label).toBe(1);
    }
  });
});

test.describe('upload pre-check (附件2 第7步)', () => {
  test('says which files pass and why the others fail, in a live region', async ({ page }, testInfo) => {
    await page.goto('/checklists/zhuzhou-2024/');
    await expect(page.locator('#upload-check')).toContainText('文件不会上传');
    const input = page.getByLabel('选择准备上传的扫描件（可多选）');
    // Files are given by path, as a person picks them: a 20 MB buffer would be sent to the browser base64-encoded.
    const files = [
      ['职称证书.pdf', 300 * 1024],
      ['学时证明.heic', 1000],
      ['论文扫描.jpg', 20 * 1024 * 1024 + 1],
    ] as const;
    for (const [name, size] of files) await writeFile(testInfo.outputPath(name), Buffer.alloc(size));
    await input.setInputFiles(files.map(([name]) => testInfo.outputPath(name)));
    const results = page.getByRole('status').filter({ hasText: '已检查' });
    await expect(results).toContainText('已检查 3 个文件：1 个符合要求，2 个不符合要求。');
    const items = results.getByRole('listitem');
    await expect(items.nth(0)).toContainText('符合要求');
    await expect(items.nth(0)).toContainText('职称证书.pdf');
    await expect(items.nth(1)).toContainText('不能上传');
    await expect(items.nth(1)).toContainText('只能上传 jpg、jpeg、png、doc、docx、pdf 文件');
    await expect(items.nth(2)).toContainText('超过 20M（该文件 20.1 MB）');
    await expectNoSeriousA11yViolations(page);
  });

  test('is only on the checklist of the notice that has online upload rules', async ({ page }) => {
    await page.goto('/checklists/hunan-2020/');
    await expect(page.locator('#upload-check')).toHaveCount(0);
  });
});
