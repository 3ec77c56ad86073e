/**
 * The fast .xlsx scanner gives exactly the tables read-excel-file gives, on every kind of workbook an officer may
 * bring: this site's template and results, a generated batch, and workbooks written by exceljs (as Excel writes them:
 * shared and rich strings, dates in built-in and Chinese custom formats, formulas, booleans, error cells, gaps) and by
 * hand (inline strings, attributes on several lines). What it does not read with certainty it leaves to
 * read-excel-file, and the import still reads it.
 */
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { generatePeople } from '../../../src/lib/batch/generate';
import { readXlsx, readXlsxFull } from '../../../src/lib/batch/read';
import { activityRows, peopleRows } from '../../../src/lib/batch/rows';
import { checkBatch } from '../../../src/lib/batch/check';
import { buildResultsWorkbook, buildTemplate } from '../../../src/lib/batch/workbooks';
import { writeWorkbook } from '../../../src/lib/batch/write-xlsx';
import { scanXlsx } from '../../../src/lib/batch/xlsx-scan';
import { getRuleSet, ruleSets } from '../../../src/lib/rules';
import { GOOD_ACTIVITIES, GOOD_PEOPLE } from './fixtures';

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

async function expectSameAsFull(bytes: Uint8Array) {
  const scanned = scanXlsx(bytes);
  expect(scanned, 'the scanner reads this workbook itself').toBeDefined();
  // What only the scanner tells of cells that read as empty (unsaved formulas, error values) is left out: the cells
  // themselves are compared.
  const cells = scanned!.map(({ unsaved: _u, errorValues: _e, ...table }) => table);
  expect(cells).toEqual(await readXlsxFull(bytes));
  return scanned!;
}

describe.each(ruleSets.map((r) => [r.id, r] as const))('the %s round', (_id, ruleSet) => {
  test('the template reads the same', async () => {
    const tables = await expectSameAsFull(await bytesOf(await buildTemplate(ruleSet)));
    expect(tables.map((t) => t.name)).toEqual(['说明', '人员', '活动', '取值']);
  });

  test('a generated batch of 60 people reads the same', async () => {
    const list = generatePeople(ruleSet, 60, 8, 7, false);
    const blob = await writeWorkbook([
      { name: '人员', rows: peopleRows(list) },
      { name: '活动', rows: activityRows(list, ruleSet) },
    ]);
    const tables = await expectSameAsFull(await bytesOf(blob));
    expect(tables[1]!.rows.length).toBe(activityRows(list, ruleSet).length);
  });
});

test('the results workbook reads the same', async () => {
  const ruleSet = getRuleSet('zhuzhou-2024')!;
  const first = checkBatch([{ name: '人员', rows: GOOD_PEOPLE }, { name: '活动', rows: GOOD_ACTIVITIES }], ruleSet);
  await expectSameAsFull(await bytesOf(await buildResultsWorkbook(ruleSet, first.people, first.results, new Date(2026, 0, 2, 9, 5))));
});

async function excelLike(date1904: boolean) {
  const book = new ExcelJS.Workbook();
  book.properties.date1904 = date1904;
  const s = book.addWorksheet('人员 & 活动');
  s.getCell('A1').value = '工号';
  s.getCell('B1').value = '姓名';
  s.getCell('D1').value = '开始日期'; // C1 left empty
  s.getCell('A2').value = 'A001';
  s.getCell('B2').value = { richText: [{ text: '张', font: { bold: true } }, { text: '三 <&> "引号"' }] };
  s.getCell('D2').value = new Date(Date.UTC(2023, 2, 15));
  s.getCell('D2').numFmt = 'yyyy"年"m"月"d"日"';
  s.getCell('E2').value = new Date(Date.UTC(2024, 0, 31));
  s.getCell('E2').numFmt = 'yyyy-mm-dd';
  s.getCell('F2').value = 45000;
  s.getCell('F2').numFmt = '0.00';
  s.getCell('G2').value = 0.125;
  s.getCell('G2').numFmt = '0%';
  s.getCell('H2').value = true;
  s.getCell('I2').value = { formula: 'A2&"x"', result: 'A001x' };
  s.getCell('J2').value = { formula: '1+1', result: 2 };
  s.getCell('K2').value = { error: '#N/A' };
  s.getCell('A5').value = '　Ａ００２ '; // full-width, rows 3 and 4 empty
  s.getCell('B5').value = '第一行\r\n第二行';
  s.getCell('C5').value = '';
  s.getCell('A6').value = 2023;
  s.getCell('D6').value = new Date(Date.UTC(2022, 11, 1));
  s.getCell('D6').numFmt = 'mm-dd-yy'; // Excel's built-in date format 14
  s.getCell('L8').value = null; // a styled empty cell past the data
  s.getCell('L8').numFmt = '0';
  const other = book.addWorksheet('空表');
  other.getCell('A1').value = null;
  return new Uint8Array(await book.xlsx.writeBuffer());
}

test.each([false, true])('a workbook as Excel writes it (exceljs, 1904 dates: %s) reads the same', async (date1904) => {
  const tables = await expectSameAsFull(await excelLike(date1904));
  const [people] = tables;
  expect(people!.name).toBe('人员 & 活动');
  expect(people!.rows[1]![1]).toBe('张三 <&> "引号"');
  expect(people!.rows[1]![3]).toEqual(new Date(Date.UTC(2023, 2, 15)));
  expect(people!.rows[1]![5]).toBe(45000);
  expect(people!.rows[5]![3]).toEqual(new Date(Date.UTC(2022, 11, 1)));
  expect(people!.rows[2]).toEqual(Array(10).fill(null)); // K2 is an error cell: empty, so the table ends at J
});

/** A workbook written by hand, to hold what no library here writes: inline strings, attributes on several lines. */
function handWritten(sheetXml: string) {
  const rels = (items: string) => `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
    '_rels/.rels': strToU8(rels('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>')),
    'xl/workbook.xml': strToU8('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="活动" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    'xl/_rels/workbook.xml.rels': strToU8(rels('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>')),
    'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sheetXml}</worksheet>`),
  });
}

test('inline strings, attributes on several lines or in single quotes read the same', async () => {
  const bytes = handWritten(`<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>工号</t></is></c><c\n r='B1'\n t="inlineStr"><is><r><t>活动</t></r><r><t xml:space="preserve">形式 </t></r></is></c></row>
    <row r="3"><c r="A3" t="inlineStr"><is><t>A&amp;1</t></is></c><c r="C3"><v>2023</v></c></row></sheetData>`);
  const tables = await expectSameAsFull(bytes);
  expect(tables[0]!.rows).toEqual([['工号', '活动形式 ', null], [null, null, null], ['A&1', null, 2023]]);
});

test('what the scanner does not read with certainty goes to read-excel-file, and the import still reads it', async () => {
  const commented = handWritten('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>工号</t></is></c><!-- 注释 --><c r="B1"><v>7</v></c></row></sheetData>');
  expect(scanXlsx(commented)).toBeUndefined();
  expect((await readXlsx(commented))[0]!.rows).toEqual([['工号', 7]]);
  const outOfOrder = handWritten('<sheetData><row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>2</v></c></row></sheetData>');
  expect(scanXlsx(outOfOrder)).toBeUndefined();
  expect(scanXlsx(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toBeUndefined();
});

test('both readers give a sheet’s merged ranges (the value is in the first cell only), also where only read-excel-file reads the cells', async () => {
  const merges = '<mergeCells count="2"><mergeCell ref="A2:A3"/><mergeCell ref="B1:C1"/></mergeCells>';
  const cells = '<row r="1"><c r="A1" t="inlineStr"><is><t>工号</t></is></c><c r="B1" t="inlineStr"><is><t>活动形式</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>A1</t></is></c><c r="B2"><v>1</v></c></row><row r="3"><c r="A3"/><c r="B3"><v>2</v></c></row>';
  const plain = await expectSameAsFull(handWritten(`<sheetData>${cells}</sheetData>${merges}`));
  expect(plain[0]!.merged).toEqual(['A2:A3', 'B1:C1']);
  expect(plain[0]!.rows).toEqual([['工号', '活动形式'], ['A1', 1], [null, 2]]);
  const commented = handWritten(`<sheetData>${cells.replace('</row>', '<!-- 注释 --></row>')}</sheetData>${merges}`);
  expect(scanXlsx(commented)).toBeUndefined();
  expect((await readXlsx(commented))[0]!.merged).toEqual(['A2:A3', 'B1:C1']);
  // A sheet without merges has none.
  expect((await expectSameAsFull(handWritten(`<sheetData>${cells}</sheetData>`)))[0]!.merged).toBeUndefined();
});

/** A one-sheet workbook of courses (工号 … 课程来源, then 学时 in column I): the heading row, then each row's 学时 cell as XML. */
const courseSheet = (hoursCells: string[], row = (n: number) => COURSE.map((v, i) => inline(`${'ABCDEFGH'[i]}${n}`, v)).join('')) =>
  handWritten(
    `<sheetData><row r="1">${COURSE_HEAD.map((h, i) => inline(`${'ABCDEFGHI'[i]}1`, h)).join('')}</row>` +
      hoursCells.map((cell, k) => `<row r="${k + 2}">${row(k + 2)}${cell}</row>`).join('') +
      '</sheetData>',
  );
const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const COURSE_HEAD = ['工号', '姓名', '拟申报级别', '学历', '活动形式', '年度', '科目', '课程来源', '学时'];
const COURSE = ['A1', '冯十二', '副高级', '大学本科', '课程', '2023', '公需', '网络平台课程等远程教育'];

test('a formula with no saved result is read as empty and named as such: the check says to save it in Excel, not 须填写学时', () => {
  // An HR officer's check: =T3*1 written without its result (by some tools, or saved without recalculating) was read
  // as a blank 学时, and the page asked her to fill in a cell that shows a figure in Excel.
  // An empty saved value is no value either; nor is a formula for 活动形式 (row 5: the row is not dropped as no activity).
  const bytes = courseSheet(['<c r="I2"><f>J2*1</f></c>', '<c r="I3"><f>30*1</f><v>30</v></c>', '<c r="I4"><f>J4*1</f><v></v></c>', '<c r="I5"><v>30</v></c>'], (n) =>
    COURSE.map((v, i) => (n === 5 && i === 4 ? '<c r="E5" t="str"><f>K1</f></c>' : inline(`${'ABCDEFGH'[i]}${n}`, v))).join(''),
  );
  const tables = scanXlsx(bytes)!;
  expect(tables[0]!.unsaved).toEqual(['1:8', '3:8', '4:4']);
  expect(tables[0]!.rows[1]![8]).toBeNull();
  expect(tables[0]!.rows[2]![8]).toBe(30);
  const errors = checkBatch(tables, getRuleSet('zhuzhou-2024')!).issues.filter((i) => i.level === 'error');
  const unsaved = '是公式，文件中没有保存它的计算结果：请在 Excel 或 WPS 中打开此文件、保存后重新导入，或把公式粘贴为数值';
  expect(errors.map((i) => `${i.row} ${i.column}：${i.message}`)).toEqual([`2 学时：${unsaved}`, `4 学时：${unsaved}`, `5 活动形式：${unsaved}`]);
});

test('an Excel error value (#REF!, #N/A) is read as empty and named as such: the check names the error, not 须填写学时', () => {
  // A tester's file: 学时 holding #REF! (a formula whose cell was deleted) was told 须填写学时 beside a filled cell.
  const bytes = courseSheet(['<c r="I2" t="e"><f>#REF!*1</f><v>#REF!</v></c>', '<c r="I3" t="e"><v>#N/A</v></c>', '<c r="I4"><v>30</v></c>']);
  const tables = scanXlsx(bytes)!;
  expect(tables[0]!.errorValues).toEqual({ '1:8': '#REF!', '2:8': '#N/A' });
  expect(tables[0]!.rows[1]![8]).toBeNull();
  const errors = checkBatch(tables, getRuleSet('zhuzhou-2024')!).issues.filter((i) => i.level === 'error');
  const said = (value: string) => `是 Excel 的错误值「${value}」（公式出错）：请在 Excel 或 WPS 中改正此单元格后重新导入`;
  expect(errors.map((i) => `${i.row} ${i.column}：${i.message}`)).toEqual([`2 学时：${said('#REF!')}`, `3 学时：${said('#N/A')}`]);
});
