/** Helpers for the batch e2e specs: files written in Node with other code than the page's (exceljs, a GBK table). */
import ExcelJS from 'exceljs';
import { expect, type Download, type Page } from '@playwright/test';
import { GOOD_ACTIVITIES, GOOD_PEOPLE } from '../unit/batch/fixtures';

/** The bytes of a download. */
export async function downloadBytes(download: Download): Promise<Buffer> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

let gbkTable: Map<string, number[]> | undefined;
/** Text as GBK bytes (what Excel on Chinese Windows saves as CSV), from a table made with the platform's GBK decoder. */
export function encodeGbk(text: string): Buffer {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let hi = 0x81; hi <= 0xfe; hi++) {
      for (let lo = 0x40; lo <= 0xfe; lo++) {
        if (lo === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([hi, lo]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, [hi, lo]);
      }
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else {
      const b = gbkTable.get(ch);
      if (!b) throw new Error(`not in GBK: ${ch}`);
      bytes.push(...b);
    }
  }
  return Buffer.from(bytes);
}

/** Writes rows into the named sheets of a workbook (the template when given), matching columns by heading. */
export async function fillWorkbook(sheets: Record<string, string[][]>, template?: Buffer): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  if (template) await book.xlsx.load(template as unknown as ArrayBuffer);
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.getWorksheet(name) ?? book.addWorksheet(name);
    if (!template) sheet.addRow(rows[0]);
    const head = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    rows.slice(1).forEach((r, i) => {
      (rows[0] as string[]).forEach((h, k) => {
        const col = head.indexOf(h) + 1;
        if (col < 1) throw new Error(`no column ${h} in ${name}`);
        if (r[k]) sheet.getRow(i + 2).getCell(col).value = r[k] as string;
      });
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** One table: the person's columns joined to each of their activity rows (a CSV or pasted cells). */
export function combine(people: string[][], activities: string[][]): string[][] {
  const [ph, ...prows] = people as [string[], ...string[][]];
  const [ah, ...arows] = activities as [string[], ...string[][]];
  const out = [[...ph, ...ah.slice(1)]];
  for (const p of prows) {
    const mine = arows.filter((a) => a[0] === p[0]);
    for (const a of mine) out.push([...p, ...a.slice(1)]);
  }
  return out;
}

/** CSV text with quoting where needed. */
export function toCsv(rows: string[][]): string {
  return rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n') + '\r\n';
}

/** The results table as the officer reads it: 工号, 姓名, 结果 per row. */
export async function resultRows(page: Page): Promise<string[][]> {
  const table = page.getByRole('table', { name: /每人逐年学时/ });
  await expect(table).toBeVisible();
  // Read from textContent, not innerText: the results are in a section with content-visibility: auto, whose text
  // innerText gives as empty while it is scrolled out of view (the officer has just pressed a button higher up).
  // By column: 工号, 姓名, 部门 ('' for a file without departments, which has no such column), 结果, 逐年.
  const rows = await table.locator('tbody tr').evaluateAll(cellTexts, 6);
  const hasDepartment = (await table.locator('thead th', { hasText: '部门' }).count()) > 0;
  return rows.map((r) => (hasDepartment ? r.slice(0, 5) : [r[0] ?? '', r[1] ?? '', '', r[2] ?? '', r[3] ?? '']));
}

/** Each row's first `count` cells as read on screen: spaces collapsed, one line per list item (runs in the page). */
export function cellTexts(rows: Element[], count: number): string[][] {
  const flat = (e: Element) => (e.textContent ?? '').replace(/\s+/g, ' ').trim();
  const text = (cell: Element) => {
    const items = [...cell.querySelectorAll('li')];
    return items.length > 0 ? items.map(flat).join('\n') : flat(cell);
  };
  return rows.map((r) => [...r.querySelectorAll('td, th')].slice(0, count).map(text));
}

/** Opens the batch page with its worker ready. */
export async function openBatch(page: Page): Promise<void> {
  await page.goto('/batch/');
  await expect(page.getByRole('button', { name: '下载 Excel 模板' })).toBeEnabled();
}

/** The batch check's summary line for the three people of the unit tests' good workbook. */
export const GOOD_SUMMARY = '共 3 人，达标 2 人，未达标 1 人；最常见的缺口：2023年专业科目（1 人）。';

/** Chooses the good workbook (GOOD_PEOPLE, GOOD_ACTIVITIES) in the batch page's file input, as an officer would. */
export async function chooseGoodWorkbook(page: Page): Promise<void> {
  await page.getByLabel(/选择文件/).setInputFiles({ name: '本单位.xlsx', mimeType: 'application/octet-stream', buffer: await fillWorkbook({ 人员: GOOD_PEOPLE, 活动: GOOD_ACTIVITIES }) });
}

/** The 提示 of 问题清单 for a row whose year is outside its person's span (李四's two courses of 2020 in GOOD_ACTIVITIES). */
export const SPAN_NOTE = (row: number, year = 2020, span = '2021～2023', sheet = '活动'): string[] => ['提示', sheet, `第 ${row} 行`, '年度', `${year}年不在核认跨度（${span}年）内，不计入`];

/** A list of 问题清单 rows without those of years outside a span: tests of other notes. */
export const withoutSpanNotes = (rows: string[][]): string[][] => rows.filter((r) => !(r[4] ?? '').includes('不在核认跨度'));
