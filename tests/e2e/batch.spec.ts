/**
 * The HR batch check as an officer uses it: the template downloaded and filled by another program, the same people
 * as a GBK CSV and as pasted cells, a file with ten mistakes, export and re-import, the zip of worksheets, a person
 * opened in the calculator — under the CSP, with axe, offline, and saved on the device only when asked.
 */
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { watchCsp } from './support/csp';
import { cellTexts, chooseGoodWorkbook, combine, downloadBytes, encodeGbk, fillWorkbook, GOOD_SUMMARY as SUMMARY, openBatch, resultRows, SPAN_NOTE, toCsv, withoutSpanNotes } from './batch-helpers';
import { GOOD_ACTIVITIES, GOOD_PEOPLE, MISTAKES } from '../unit/batch/fixtures';
import { getRuleSet, ruleSetDigest, type RuleSet } from '../../src/lib/rules';

test('the template filled by another program, a GBK CSV and pasted cells give the same statuses', async ({ page }) => {
  const csp = await watchCsp(page);
  await openBatch(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Excel 模板' }).click()]);
  expect(download.suggestedFilename()).toBe('继续教育学时批量核对模板-株洲市2024年度.xlsx');
  const filled = await fillWorkbook({ 人员: GOOD_PEOPLE, 活动: GOOD_ACTIVITIES }, await downloadBytes(download));

  await page.getByLabel(/选择文件/).setInputFiles({ name: '本单位.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: filled });
  await expect(page.locator('#batch-summary')).toHaveText(SUMMARY);
  const rows = await resultRows(page);
  expect(rows.map((r) => [r[0], r[1], r[3]])).toEqual([
    // What each span follows, and the span (通知 二（一）).
    ['A001', '张三', '达标副高级，大学本科；核认跨度 2019～2023 年'],
    // Beside 未达标, the rows that count 0: 李四's 2020 courses, before his span 2021–2023 (通知 二（一）).
    ['A002', '李四', '未达标中级，硕士研究生；核认跨度 2021～2023 年活动表第12、13行不在核认跨度内，均计 0 学时'],
    ['A003', '王五', '达标初级，大学本科；核认跨度 2022～2023 年'],
  ]);
  expect(rows[1]![4]).toContain('2023：30 / 40 / 70 （专业科目差 20）');
  await expect(page.getByRole('heading', { name: '3. 核对结果' })).toBeFocused();

  const gbk = encodeGbk(toCsv(combine(GOOD_PEOPLE, GOOD_ACTIVITIES)));
  await page.getByLabel(/选择文件/).setInputFiles({ name: '导出.csv', mimeType: 'text/csv', buffer: gbk });
  await expect(page.getByText('已读取「导出.csv」')).toBeVisible();
  await expect(page.locator('#batch-summary')).toHaveText(SUMMARY);
  // The same rows, named in the table they were read from (one table here: the CSV, then the pasted cells).
  const inTable = (name: string) => rows.map((r) => r.map((cell) => cell.replace('活动表第', `${name}第`)));
  expect(await resultRows(page)).toEqual(inTable('CSV 文件'));

  const tsv = combine(GOOD_PEOPLE, GOOD_ACTIVITIES).map((r) => r.join('\t')).join('\n');
  await page.getByLabel('或粘贴单元格').fill(tsv);
  await page.getByRole('button', { name: '读取粘贴内容' }).click();
  await expect(page.getByText('已读取「粘贴内容」')).toBeVisible();
  expect(await resultRows(page)).toEqual(inTable('粘贴内容'));
  expect(await csp.reports()).toEqual([]);
});

test('pasted cells whose 部门 differs on a person’s later row: the message gives both values and asks to paste again, not to import a file', async ({ page }) => {
  // It said 不一致（「办公室」）, the first row’s value read as this row’s, and 请修改文件后重新导入 for cells pasted (an HR officer).
  await openBatch(page);
  const rows = combine(GOOD_PEOPLE, GOOD_ACTIVITIES);
  const dept = rows[0]!.indexOf('部门');
  const at = rows.findIndex((r, i) => i > 1 && r[0] === 'A001');
  rows[at] = rows[at]!.map((v, i) => (i === dept ? '外科' : v));
  await page.getByLabel('或粘贴单元格').fill(rows.map((r) => r.join('\t')).join('\n'));
  await page.getByRole('button', { name: '读取粘贴内容' }).click();
  await expect(page.getByText('发现 1 处错误（另有 2 处提示，不影响计算），错误全部改正或排除后才会计算。请在表格中改正后重新复制粘贴，或排除有错误的行。')).toBeVisible();
  const issues = page.getByRole('region', { name: '问题清单' }).locator('tbody tr');
  expect(withoutSpanNotes(await issues.evaluateAll(cellTexts, 5))).toEqual([['错误', '粘贴内容', `第 ${at + 1} 行`, '部门', '与第2行同一工号的部门不一致（第2行「办公室」，本行「外科」）']]);
  await expect(page.getByRole('table', { name: '粘贴内容中的问题（共 3 条）' })).toBeAttached();
});

test('a file with ten seeded mistakes lists all ten with rows and computes nothing until they are excluded', async ({ page }) => {
  const csp = await watchCsp(page);
  await openBatch(page);
  const file = await fillWorkbook({ 人员: MISTAKES.people, 活动: MISTAKES.activities });
  await page.getByLabel(/选择文件/).setInputFiles({ name: '有错误.xlsx', mimeType: 'application/octet-stream', buffer: file });
  await expect(page.getByText('发现 10 处错误')).toBeVisible();
  await expect(page.getByRole('heading', { name: '4. 每人结果' })).toHaveCount(0);
  await expect(page.locator('.issues .hint')).toContainText('排除人员表的一行，会同时排除此人的全部活动。');
  const issues = page.getByRole('region', { name: '问题清单' }).locator('tbody tr');
  const listed = await issues.evaluateAll(cellTexts, 4);
  const errors = listed.filter((r) => r[0] === '错误').map((r) => ({ sheet: r[1], row: Number(/\d+/.exec(r[2] ?? '')?.[0]), column: r[3] }));
  expect(errors).toEqual(MISTAKES.expected);
  // Nothing computed, nothing to save: the section says why instead of leaving the button out silently.
  await expect(page.getByRole('button', { name: '保存到本机' })).toHaveCount(0);
  await expect(page.locator('#batch-save-why')).toHaveText('还有 10 处错误未改正或排除，计算出结果后才能保存到本机。');
  await expectNoSeriousA11yViolations(page);

  // Nothing chosen yet: the button cannot be used, and reads as such in grey with dark text (faded red with white text was
  // hard to read for weak eyes).
  const apply = page.getByRole('button', { name: '按所选排除并重新核对' });
  await expect(apply).toBeDisabled();
  expect(await apply.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor, getComputedStyle(el).opacity, getComputedStyle(el).borderTopStyle])).toEqual(['rgb(80, 90, 95)', 'rgb(243, 242, 241)', '1', 'dashed']);
  // One row excluded by its checkbox, then the rest at once.
  await page.getByRole('checkbox', { name: '排除活动表第20行' }).check();
  await page.getByRole('button', { name: '按所选排除并重新核对' }).click();
  await expect(page.getByText('发现 9 处错误')).toBeVisible();
  await page.getByRole('button', { name: '排除全部有错误的行并重新核对' }).click();
  // The three people computed as in the batch without mistakes; the three the excluded rows leave out are counted. The
  // activity row of 工号 B999, whom the people table lacks, names nobody: it is an excluded row, not a person.
  await expect(page.locator('#batch-summary')).toHaveText('共 6 人，达标 2 人，未达标 1 人，未核对 3 人；其中 1 人有活动已排除，未计入学时；最常见的缺口：2023年专业科目（1 人）。');
  await expect(page.getByText(/已排除 10 行/)).toBeVisible();
  await expect(page.getByRole('table', { name: '已排除的行（10 行）' }).locator('tr', { hasText: '第 19 行' })).toContainText('工号「B999」不在人员表中');
  await expect(page.getByRole('table', { name: /^未核对人员/ })).not.toContainText('B999');
  await expect(page.getByRole('button', { name: '保存到本机' })).toBeVisible();
  await expect(page.locator('#batch-save-why')).toHaveCount(0);
  // Saved and opened again: everyone in the file is counted, as the summary counts them, and the exclusions hold.
  await page.getByRole('button', { name: '保存到本机' }).click();
  await expect(page.getByText('已保存到本机。')).toBeVisible();
  await page.reload();
  await expect(page.getByText(/本机保存有核对数据：「有错误.xlsx」，共 6 人，保存于/)).toBeVisible();
  await page.getByRole('button', { name: '打开保存的数据' }).click();
  await expect(page.locator('#batch-summary')).toHaveText(/^共 6 人，达标 2 人，未达标 1 人，未核对 3 人/);
  expect(await csp.reports()).toEqual([]);
});

test('a file from a template that still had 计入年度 is read: 开始当年 across two years counts in the end year, with one 提示 at its row (附件1 二 7)', async ({ page }) => {
  await openBatch(page);
  const rows = [
    ['工号', '姓名', '拟申报级别', '学历', '活动形式', '开始日期', '结束日期', '任务类型', '计入年度', '考核合格'],
    ['A1', '冯十二', '副高级', '大学本科', '特定工作任务', '2022-09-01', '2023-04-30', '援藏', '开始当年', '是'],
    ['A1', '冯十二', '副高级', '大学本科', '特定工作任务', '2021-01-01', '2021-09-30', '援疆', '开始当年', '是'],
  ];
  await page.getByLabel('或粘贴单元格').fill(rows.map((r) => r.join('\t')).join('\n'));
  await page.getByRole('button', { name: '读取粘贴内容' }).click();
  await expect(page.getByText('已读取「粘贴内容」')).toBeVisible();
  const issues = await page.getByRole('region', { name: '问题清单' }).locator('tbody tr').evaluateAll(cellTexts, 5);
  expect(issues).toEqual([['提示', '粘贴内容', '第 2 行', '', '计入年度已按通知改为结束当年（2023年），原选择的开始当年不再适用']]);
  // Pasted cells have no 人员表: the list's hint does not speak of excluding one of its rows.
  await expect(page.locator('.issues .hint')).toHaveText('错误须改正或排除该行；提示不影响计算，其中与前面某行内容完全相同的行可以排除。');
  const [person] = await resultRows(page);
  expect(person?.slice(0, 2)).toEqual(['A1', '冯十二']);
  expect(person?.[4]).toContain('2023：视为达标');
  expect(person?.[4]).not.toContain('2022：视为达标');
});

test('printed at 特大, the results table is at 大’s size and 结果 is not squeezed to a few characters (25 people took 17 sheets, three to a sheet)', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('jxjy-text-size', 'xlarge'));
  await openBatch(page);
  await page.getByLabel('或粘贴单元格').fill(combine(GOOD_PEOPLE, GOOD_ACTIVITIES).map((r) => r.join('\t')).join('\n'));
  await page.getByRole('button', { name: '读取粘贴内容' }).click();
  await expect(page.locator('#batch-summary')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const size = (selector: string) => page.locator(selector).first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  // 10.5 pt × 1.1875 (大) = 16.6 px, against 10.5 pt × 1.375 (特大) = 19.25 px for the page's own text.
  expect(await size('.results-table')).toBeCloseTo((10.5 * 4) / 3 * 1.1875, 0);
  expect(await size('#batch-summary')).toBeGreaterThan(await size('.results-table'));
});

test('printed, the page gives the results, not the template, upload, save and export controls above them', async ({ page }) => {
  await openBatch(page);
  const rows = [
    ['工号', '姓名', '拟申报级别', '学历', '活动形式', '年度', '科目', '课程来源', '学时'],
    ['A1', '冯十二', '副高级', '大学本科', '课程', '2022', '公需科目', '网络平台课程等远程教育', '30'],
  ];
  await page.getByLabel('或粘贴单元格').fill(rows.map((r) => r.join('\t')).join('\n'));
  await page.getByRole('button', { name: '读取粘贴内容' }).click();
  await expect(page.getByText('已读取「粘贴内容」')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  for (const heading of ['#batch-template-heading', '#batch-import-heading', '#batch-export-heading', '#batch-save-heading']) await expect(page.locator(heading)).toBeHidden();
  expect((await resultRows(page))[0]?.slice(0, 2)).toEqual(['A1', '冯十二']);
  await expect(page.locator('#batch-check-heading')).toBeVisible();
});

test('printed with results, the 提示 and the rows excluded are left off the paper before the people, and the paper says so', async ({ page }) => {
  // An HR officer's print for the 院长: 核对结果, 问题清单 and 已排除的行 took three sheets before the five people.
  await openBatch(page);
  const course = (year: string, hours: string) => ['A1', '冯十二', '副高级', '大学本科', '课程', year, '公需科目', '网络平台课程等远程教育', hours];
  const rows = [['工号', '姓名', '拟申报级别', '学历', '活动形式', '年度', '科目', '课程来源', '学时'], course('2022', '30'), course('2015', '30'), course('2021', 'abc')];
  await page.getByLabel('或粘贴单元格').fill(rows.map((r) => r.join('\t')).join('\n'));
  await page.getByRole('button', { name: '读取粘贴内容' }).click();
  await page.getByRole('button', { name: '排除全部有错误的行并重新核对' }).click();
  await expect(page.locator('#batch-summary')).toHaveText(/^共 1 人/);
  const list = page.getByRole('region', { name: '问题清单' });
  await expect(list).toBeVisible();
  await expect(page.locator('.excluded-table')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(list).toBeHidden();
  await expect(page.locator('.excluded-table')).toBeHidden();
  await expect(page.getByText('问题清单（1 处提示）和已排除的 1 行未打印，见本页或导出的结果工作簿。')).toBeVisible();
  expect((await resultRows(page))[0]?.slice(0, 2)).toEqual(['A1', '冯十二']);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByText('问题清单（1 处提示）和已排除的 1 行未打印')).toBeHidden();
});

test('printed, the list of issues has no 排除 boxes or buttons, and a detail says a year met in full after its hours', async ({ page }) => {
  // An HR officer's print showed the boxes and 恢复, 查看明细 buttons as on screen; her 明细 read 视为达标；另计入合计 30 学时.
  await openBatch(page);
  const head = ['工号', '姓名', '拟申报级别', '学历', '活动形式', '年度', '科目', '课程来源', '学时', '开始日期', '结束日期', '任务类型', '考核合格'];
  const paste = async (rows: string[][]) => {
    await page.getByLabel('或粘贴单元格').fill([head, ...rows].map((r) => r.join('\t')).join('\n'));
    await page.getByRole('button', { name: '读取粘贴内容' }).click();
  };
  await paste([['A1', '冯十二', '副高级', '大学本科', '课程', '2022', '公需科目', '网络平台课程等远程教育', 'abc', '', '', '', '']]);
  const list = page.getByRole('region', { name: '问题清单' });
  await expect(list.getByRole('checkbox')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  await expect(list.getByRole('checkbox')).toBeHidden();
  await expect(list.getByRole('columnheader', { name: '排除此行' })).toBeHidden();
  await expect(list.getByRole('cell', { name: '「abc」不是数字' })).toBeVisible();
  await expect(page.getByRole('button', { name: '排除全部有错误的行并重新核对' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  // 已排除的行 printed without its 恢复 column (an empty bordered column on paper), 工号、姓名 on one line.
  await page.getByRole('button', { name: '排除全部有错误的行并重新核对' }).click();
  const excluded = page.locator('.excluded-table');
  await expect(excluded.getByRole('button', { name: /^恢复/ })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(excluded.locator('thead th').last()).toBeHidden();
  await expect(excluded.locator('td.restore')).toBeHidden();
  await expect(excluded.getByRole('columnheader', { name: '工号、姓名' })).toHaveCSS('white-space', 'nowrap');
  await page.emulateMedia({ media: 'screen' });

  await paste([
    ['A1', '冯十二', '副高级', '大学本科', '课程', '2022', '公需科目', '网络平台课程等远程教育', '30', '', '', '', ''],
    ['A1', '冯十二', '副高级', '大学本科', '特定工作任务', '', '', '', '', '2022-01-01', '2022-12-31', '援疆', '是'],
  ]);
  await page.getByRole('button', { name: '查看明细：冯十二（A1）', exact: true }).click();
  const detail = page.getByRole('region', { name: '冯十二（A1）的测算明细' });
  await expect(detail.getByRole('heading', { name: '2022 年：合计 30 学时（公需科目 30，专业科目 0），视为达标', exact: true })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(detail.getByRole('heading', { name: '2022 年：合计 30 学时（公需科目 30，专业科目 0），视为达标', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '关闭明细' })).toBeHidden();
  await expect(page.getByRole('button', { name: /^查看明细/ })).toBeHidden();
  // Nor the column mapping, nor the line about the hidden 在学时测算中打开 (a re-check's print).
  await expect(page.getByText('列对应（查看或修改每列的含义）')).toBeHidden();
  await expect(detail.getByText(/^在学时测算中以未保存的草稿打开此人的情况/)).toBeHidden();
  await expect(page.locator('.results-table th[scope="row"]').first()).toHaveCSS('white-space', 'nowrap');
});

/** GOOD_PEOPLE and GOOD_ACTIVITIES as an HR sheet often lays them out: each person’s 工号 merged down their activity rows. */
async function mergedKeysWorkbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('人员').addRows(GOOD_PEOPLE);
  const sheet = book.addWorksheet('活动');
  sheet.addRow(GOOD_ACTIVITIES[0]);
  let first = 2;
  GOOD_ACTIVITIES.slice(1).forEach((row, i) => {
    const r = i + 2;
    if (row[0] !== GOOD_ACTIVITIES[i]![0]) first = r;
    sheet.addRow(r === first ? row : ['', ...row.slice(1)]);
    if (GOOD_ACTIVITIES[i + 2]?.[0] !== row[0] && r > first) sheet.mergeCells(`A${first}:A${r}`);
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}

test('a workbook with each person’s 工号 merged down their activities is read as typed in every row, with one 提示 for the sheet', async ({ page }) => {
  await openBatch(page);
  await page.getByLabel(/选择文件/).setInputFiles({ name: '合并单元格.xlsx', mimeType: 'application/octet-stream', buffer: await mergedKeysWorkbook() });
  await expect(page.locator('#batch-summary')).toHaveText(SUMMARY);
  const issues = await page.getByRole('region', { name: '问题清单' }).locator('tbody tr').evaluateAll(cellTexts, 5);
  expect(withoutSpanNotes(issues)).toEqual([['提示', '活动', '第 2 行', '', '合并单元格已按区域内每格均为同一内容读取：A2:A11（工号）、A12:A17（工号），请核对']]);
  await expect(page.getByText('缺少工号')).toHaveCount(0);
});

test('a 开始日期 and 结束日期 typed as Excel’s serial numbers are read as those days, with a 提示 at each cell saying which day', async ({ page }) => {
  await openBatch(page);
  const book = new ExcelJS.Workbook();
  book.addWorksheet('人员').addRows(GOOD_PEOPLE);
  const head = GOOD_ACTIVITIES[0]!;
  // 王五’s special assignment (row 18), 2022/1/1 to 2023年6月30日, as a cell set to 常规 shows it.
  const rows = GOOD_ACTIVITIES.map((r, i) => (i === 17 ? r.map((c, k) => (head[k] === '开始日期' ? 44562 : head[k] === '结束日期' ? 45107 : c)) : r));
  book.addWorksheet('活动').addRows(rows);
  await page.getByLabel(/选择文件/).setInputFiles({ name: '日期序号.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(await book.xlsx.writeBuffer()) });
  await expect(page.locator('#batch-summary')).toHaveText(SUMMARY);
  const issues = await page.getByRole('region', { name: '问题清单' }).locator('tbody tr').evaluateAll(cellTexts, 5);
  expect(withoutSpanNotes(issues)).toEqual([
    ['提示', '活动', '第 18 行', '开始日期', '「44562」按 Excel 日期序号读作 2022-01-01，请核对'],
    ['提示', '活动', '第 18 行', '结束日期', '「45107」按 Excel 日期序号读作 2023-06-30，请核对'],
  ]);
  const wang = (await resultRows(page)).find((r) => r[0] === 'A003');
  expect(wang?.[4]).toContain('2022：视为达标');
});

test('the zip draws a name with 喆 (the extended font) and lists a person whose name has a character no font has', async ({ page }) => {
  test.setTimeout(120_000);
  await openBatch(page);
  const people = GOOD_PEOPLE.map((row) => (row[0] === 'A001' ? ['A001', '王喆', ...row.slice(2)] : row[0] === 'A002' ? ['A002', '李𠀀', ...row.slice(2)] : row));
  const tsv = combine(people, GOOD_ACTIVITIES).map((r) => r.join('\t')).join('\n');
  await page.getByLabel('或粘贴单元格').fill(tsv);
  await page.getByRole('button', { name: '读取粘贴内容' }).click();
  await expect(page.locator('#batch-summary')).toHaveText(SUMMARY);
  const [zipped] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.getByRole('button', { name: '全部人员的 PDF 工作表（.zip）' }).click()]);
  const files = unzipSync(new Uint8Array(await downloadBytes(zipped)));
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const textOf = async (bytes: Uint8Array) => {
    const pdf = await getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
    const page1 = await pdf.getPage(1);
    return (await page1.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
  };
  expect(await textOf(files['A001-王喆.pdf']!)).toContain('王喆');
  // Said, not printed silently as 〓.
  await expect(page.getByText('其中 1 人的工作表有 PDF 字体中没有的字符，已以“〓”代替，请手工补写：A002（李𠀀）：𠀀。')).toBeVisible();
});

test('the exported workbook imports to the same results, the zip holds one readable PDF per person, and a person opens in the calculator without their name', async ({ page, context }) => {
  test.setTimeout(90_000);
  const csp = await watchCsp(page);
  await openBatch(page);
  await chooseGoodWorkbook(page);
  await expect(page.locator('#batch-summary')).toHaveText(SUMMARY);
  const rows = await resultRows(page);

  const [exported] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出结果（.xlsx）' }).click()]);
  expect(exported.suggestedFilename()).toMatch(/^继续教育学时核对结果-\d{8}\.xlsx$/);
  // Focus stays on the button pressed (it fell to the page while the button was disabled during the export).
  await expect(page.getByText('结果工作簿已生成并开始下载。')).toBeVisible();
  await expect(page.getByRole('button', { name: '导出结果（.xlsx）' })).toBeFocused();
  await page.getByLabel(/选择文件/).setInputFiles({ name: exported.suggestedFilename(), mimeType: 'application/octet-stream', buffer: await downloadBytes(exported) });
  await expect(page.getByText(`已读取「${exported.suggestedFilename()}」`)).toBeVisible();
  expect(await resultRows(page)).toEqual(rows);

  const [zipped] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: '全部人员的 PDF 工作表（.zip）' }).click()]);
  const files = unzipSync(new Uint8Array(await downloadBytes(zipped)));
  expect(Object.keys(files).sort()).toEqual(['A001-张三.pdf', 'A002-李四.pdf', 'A003-王五.pdf']);
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // The worksheets name the rule data as the calculator does (its link opened there warns of 规则数据已更新 otherwise).
  const calculatorPage = await context.newPage();
  await calculatorPage.goto('/calculator/');
  const digest = (await calculatorPage.locator('#calc-rules-version').textContent()) ?? '';
  await calculatorPage.close();
  expect(digest).toMatch(/^[0-9a-f]{8}$/);
  for (const bytes of Object.values(files)) {
    const pdf = await getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
    expect(pdf.numPages).toBeGreaterThan(0);
    const text = (await (await pdf.getPage(pdf.numPages)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
    const first = (await (await pdf.getPage(1)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
    expect(`${first}${text}`).toContain(digest);
  }

  // Label in Name (WCAG 2.5.3): each button's accessible name starts with the words on it, then says whose it is.
  const detailButtons = page.getByRole('button', { name: /^查看明细：/ });
  await expect(detailButtons).toHaveCount(3);
  await expect(detailButtons).toHaveText(['查看明细', '查看明细', '查看明细']);
  await page.getByRole('button', { name: '查看明细：李四（A002）', exact: true }).click();
  const heading = page.getByRole('heading', { name: '李四（A002）的测算明细' });
  await expect(heading).toBeFocused();
  const detail = page.getByRole('region', { name: '李四（A002）的测算明细' });
  await expect(detail.getByText('2023 年：合计 70 学时（公需科目 30，专业科目 40），未达标')).toBeVisible();
  // 2021 is 已认定 (通知 三（三）): said first, not 合计 0 学时 beside 视为完成 (an HR officer read it as a contradiction).
  await expect(detail.getByRole('heading', { name: '2021 年：视为达标', exact: true })).toBeVisible();
  await expect(detail.getByRole('link', { name: '附件1 二 2' }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const [calculator] = await Promise.all([context.waitForEvent('page'), detail.getByRole('link', { name: '在学时测算中打开' }).click()]);
  await expect(calculator.getByRole('heading', { name: '您正在查看分享的测算' })).toBeVisible();
  expect(decodeURIComponent(calculator.url())).not.toContain('李四');
  await expect(calculator.getByText('李四')).toHaveCount(0);
  await calculator.close();

  await detail.getByRole('button', { name: '关闭明细' }).click();
  await expect(page.getByRole('button', { name: '查看明细：李四（A002）', exact: true })).toBeFocused();
  expect(await csp.reports()).toEqual([]);
});

test('this year is Beijing’s: on the first night of a new year in Beijing a course of that year is no warning', async ({ page }) => {
  // 2025-12-31 17:00 UTC is 2026-01-01 01:00 in Beijing (the test browser runs on UTC, as many devices abroad do).
  await page.clock.setFixedTime(new Date('2025-12-31T17:00:00Z'));
  await openBatch(page);
  const file = await fillWorkbook({
    人员: [['工号', '姓名', '拟申报级别', '学历'], ['A1', '冯十二', '副高级', '大学本科']],
    活动: [['工号', '活动形式', '年度', '科目', '形式', '晚上（个）', '课程来源', '学时'], ['A1', '课程', '2026', '公需科目', '', '', '网络平台课程等远程教育', '30']],
  });
  await page.getByLabel(/选择文件/).setInputFiles({ name: '冯十二.xlsx', mimeType: 'application/octet-stream', buffer: file });
  await expect(page.locator('#batch-summary')).toContainText('共 1 人');
  // Its one note: the year is outside 2019～2023 (通知 二); none says 2026 is still to come.
  const issues = await page.getByRole('region', { name: '问题清单' }).locator('tbody tr').evaluateAll(cellTexts, 5);
  expect(issues).toEqual([SPAN_NOTE(2, 2026, '2019～2023')]);
});

test('a gap in the visitor’s own year (Beijing’s) is said to be of a year still running: in the summary, the row and 查看明细 (通知 一（二）)', async ({ page }) => {
  // An HR officer's check on 2026-12-07: 2026's gaps read as final, as the calculator's 本年度尚未结束 does not.
  await page.clock.setFixedTime(new Date('2026-12-07T10:00:00Z'));
  await openBatch(page);
  const course = (year: string, subject: string, hours: string) => ['A1', '课程', year, subject, '网络平台课程等远程教育', hours];
  const file = await fillWorkbook({
    人员: [['工号', '姓名', '拟申报级别', '学历', '核认跨度起始年份', '核认跨度结束年份'], ['A1', '冯十二', '副高级', '大学本科', '2025', '2026']],
    活动: [['工号', '活动形式', '年度', '科目', '课程来源', '学时'], course('2025', '公需', '30'), course('2025', '专业', '60'), course('2026', '公需', '8')],
  });
  await page.getByLabel(/选择文件/).setInputFiles({ name: '冯十二.xlsx', mimeType: 'application/octet-stream', buffer: file });
  await expect(page.locator('#batch-summary')).toHaveText('共 1 人，达标 0 人，未达标 1 人；最常见的缺口：2026年公需科目（1 人）、2026年专业科目（1 人）；2026年尚未结束。');
  const years = page.getByRole('table', { name: /每人逐年学时/ }).locator('td[data-label^="逐年"] li');
  await expect(years).toHaveText([/^2025：30 \/ 60 \/ 90\s*$/, /^2026：8 \/ 0 \/ 8\s*（本年度尚未结束，公需科目差 22，专业科目差 60）\s*$/]);
  await page.getByRole('button', { name: '查看明细：冯十二（A1）' }).click();
  const detail = page.getByRole('region', { name: '冯十二（A1）的测算明细' });
  await expect(detail.getByRole('heading', { name: /^2026 年：.*，未达标（本年度尚未结束）$/ })).toBeVisible();
  await expect(detail.getByRole('heading', { name: '2025 年：合计 90 学时（公需科目 30，专业科目 60）', exact: true })).toBeVisible();
});

test('Excel error values are named where they are, in a column that counts as an error and in 姓名 as a warning; a person without a name is 未填姓名 on the button too', async ({ page }) => {
  // An HR officer's check: #VALUE! in 医学类 was read as 否 without a word, and #REF! in 学时 was told 须填写学时.
  await openBatch(page);
  const book = new ExcelJS.Workbook();
  const people = book.addWorksheet('人员');
  people.addRow(['工号', '姓名', '拟申报级别', '学历', '医学类']);
  people.addRow(['A1', null, '副高级', '大学本科', null]);
  people.addRow(['A2', '王二', '副高级', '大学本科', null]);
  people.getCell('B2').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
  people.getCell('E3').value = { error: '#VALUE!' } as ExcelJS.CellErrorValue;
  const activities = book.addWorksheet('活动');
  activities.addRow(['工号', '活动形式', '年度', '科目', '课程来源', '学时']);
  activities.addRow(['A1', '课程', '2023', '公需科目', '网络平台课程等远程教育', 30]);
  activities.addRow(['A2', '课程', '2023', '公需科目', '网络平台课程等远程教育', 30]);
  const file = Buffer.from(await book.xlsx.writeBuffer());
  await page.getByLabel(/选择文件/).setInputFiles({ name: '名单.xlsx', mimeType: 'application/octet-stream', buffer: file });
  const said = (value: string) => `是 Excel 的错误值「${value}」（公式出错）：请在 Excel 或 WPS 中改正此单元格后重新导入`;
  const issues = page.getByRole('region', { name: '问题清单' }).locator('tbody tr');
  await expect(issues.filter({ hasText: '医学类' })).toHaveCount(1);
  expect(await issues.evaluateAll(cellTexts, 5)).toEqual([
    ['错误', '人员', '第 3 行', '医学类', said('#VALUE!')],
    ['提示', '人员', '第 2 行', '姓名', said('#REF!')],
  ]);
  await page.getByRole('button', { name: '排除全部有错误的行并重新核对' }).click();
  // 王二's row is left out (未核对); A1 is computed, with its name read as blank.
  await expect(page.locator('#batch-summary')).toContainText('共 2 人，达标 0 人，未达标 1 人，未核对 1 人');
  await page.getByRole('button', { name: '查看明细：未填姓名（A1）', exact: true }).click();
  await expect(page.getByRole('heading', { name: '未填姓名（A1）的测算明细' })).toBeFocused();
});

test('a course dated after the visitor’s year is a warning with its row, and evenings that 2024 does not count keep their reason on screen and in the export', async ({ page }) => {
  // The visitor's clock says 2025: a course in 2026 is still to come (by the machine's own clock it would not be).
  await page.clock.setFixedTime(new Date('2025-06-01T10:00:00'));
  await openBatch(page);
  const file = await fillWorkbook({
    人员: [['工号', '姓名', '拟申报级别', '学历'], ['A1', '冯十二', '副高级', '大学本科']],
    活动: [
      ['工号', '活动形式', '年度', '科目', '形式', '晚上（个）', '课程来源', '学时'],
      ['A1', '培训', '2023', '专业科目', '培训班、研修班、进修班', '3', '', ''],
      ['A1', '课程', '2026', '公需科目', '', '', '网络平台课程等远程教育', '30'],
    ],
  });
  await page.getByLabel(/选择文件/).setInputFiles({ name: '冯十二.xlsx', mimeType: 'application/octet-stream', buffer: file });
  await expect(page.locator('#batch-summary')).toHaveText('共 1 人，达标 0 人，未达标 1 人；最常见的缺口：2019年公需科目（1 人）、2019年专业科目（1 人）、2020年公需科目（1 人）。');
  const issues = await page.getByRole('region', { name: '问题清单' }).locator('tbody tr').evaluateAll(cellTexts, 5);
  // Outside 2019～2023 as well (通知 二): both are said at its 年度.
  expect(issues).toEqual([['提示', '活动', '第 3 行', '年度', '2026年晚于今年（2025年），请核对'], SPAN_NOTE(3, 2026, '2019～2023')]);

  const reason = '3个晚上未计：本通知折算细则只规定全天和半天，未规定晚上的折算，晚上不计学时。';
  await page.getByRole('button', { name: '查看明细：冯十二（A1）', exact: true }).click();
  const detail = page.getByRole('region', { name: '冯十二（A1）的测算明细' });
  // Named as the calculator numbers it and where the officer finds it in the file.
  await expect(detail.getByRole('listitem').filter({ hasText: '第1项（活动表第2行）' })).toContainText(reason);

  const [exported] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出结果（.xlsx）' }).click()]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await downloadBytes(exported)) as unknown as ArrayBuffer);
  const items = book.getWorksheet('逐项')!;
  const head = (items.getRow(2).values as unknown[]).slice(1);
  const cells = (row: number) => ['序号', '年度', '计入学时', '状态', '计算过程'].map((h) => items.getRow(row).getCell(head.indexOf(h) + 1).value);
  expect(cells(3)).toEqual([1, 2023, 0, '不予折算', `0学时；${reason}`]);
  expect(cells(4)).toEqual([2, 2026, 0, '不在核认跨度内', '2026年不在核认跨度（2019～2023年）内，不计入。']);
});

test('works offline once loaded, keeps nothing unless 保存到本机 is chosen, and 清除 removes it', async ({ page, context }) => {
  await openBatch(page);
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('button', { name: '保存到本机' })).toHaveCount(0);
  await context.setOffline(true);
  await chooseGoodWorkbook(page);
  await expect(page.locator('#batch-summary')).toHaveText(SUMMARY);
  await context.setOffline(false);

  await page.reload();
  await expect(page.getByText('本机保存有核对数据')).toHaveCount(0);
  await chooseGoodWorkbook(page);
  await page.getByRole('button', { name: '保存到本机' }).click();
  await expect(page.getByText('已保存到本机。')).toBeVisible();
  await page.reload();
  // Saved at Beijing's time, as the page's date and the export's 生成于 say it (the device's own read 17:43 beside 01:40).
  await expect(page.getByText(/^本机保存有核对数据：「本单位\.xlsx」，共 3 人，保存于 \d{4}-\d\d-\d\d \d\d:\d\d（北京时间）。$/)).toBeVisible();
  await page.getByRole('button', { name: '打开保存的数据' }).click();
  await expect(page.locator('#batch-summary')).toHaveText(SUMMARY);
  // Opened, focus goes to 核对结果 (a frame and a task later): the keyboard goes on from there, as a person's does.
  await expect(page.getByRole('heading', { name: '3. 核对结果' })).toBeFocused();
  // Asked first (it cannot be had back); kept when the answer is no. By keyboard, focus then is on what was done, not
  // on the page's body (an HR officer's check: Tab stayed there).
  const clear = page.getByRole('button', { name: '清除本机数据' });
  const questions: string[] = [];
  page.once('dialog', (dialog) => void (questions.push(dialog.message()), dialog.dismiss()));
  await clear.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => questions).toEqual(['确定清除本机保存的核对数据？「本单位.xlsx」共 3 人的数据将从此浏览器删除，无法恢复。']);
  await expect(page.getByText('本机保存有核对数据')).toBeVisible();
  await expect(clear).toBeFocused();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.keyboard.press('Enter');
  const done = page.getByText('已清除本机保存的核对数据。');
  await expect(done).toBeFocused();
  await expect(clear).toHaveCount(0);
  // Cleared: the check on the page is kept nowhere else now, so a reload asks first (accepted here).
  const asked = new Promise<string>((resolve) => page.once('dialog', (dialog) => void dialog.accept().then(() => resolve(dialog.type()))));
  await page.reload();
  expect(await asked).toBe('beforeunload');
  await expect(page.getByRole('button', { name: '下载 Excel 模板' })).toBeEnabled();
  await expect(page.getByText('本机保存有核对数据')).toHaveCount(0);
  expect(page.url()).not.toContain('#');
});

test('leaving the page asks first while the check on it is kept nowhere else, and not once 保存到本机 has kept it', async ({ page }) => {
  // An HR officer who had excluded rows followed a link of the site's navigation, and the check was gone.
  await openBatch(page);
  const nav = page.getByRole('navigation', { name: '主导航' });
  const dialogs: string[] = [];
  // Text typed into the paste box and not yet checked is work too.
  await page.locator('#batch-paste').pressSequentially('工号 姓名', { delay: 30 });
  page.once('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.type())));
  await nav.getByRole('link', { name: '学时测算' }).click();
  await expect.poll(() => dialogs).toEqual(['beforeunload']);
  dialogs.length = 0;
  await page.getByLabel(/选择文件/).setInputFiles({ name: '有错误.xlsx', mimeType: 'application/octet-stream', buffer: await fillWorkbook({ 人员: MISTAKES.people, 活动: MISTAKES.activities }) });
  await page.getByRole('checkbox', { name: '排除活动表第20行' }).check();
  // Stay: the dialog dismissed, the page and the ticked row are still there.
  page.once('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.type())));
  await nav.getByRole('link', { name: '学时测算' }).click();
  await expect.poll(() => dialogs).toEqual(['beforeunload']);
  await expect(page).toHaveURL(/\/batch\/$/);
  await expect(page.getByRole('checkbox', { name: '排除活动表第20行' })).toBeChecked();

  // Excluded and computed, then kept by 保存到本机: leaving no longer asks.
  await page.getByRole('button', { name: '排除全部有错误的行并重新核对' }).click();
  await page.getByRole('button', { name: '保存到本机' }).click();
  await expect(page.getByText('已保存到本机。')).toBeVisible();
  page.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.type())));
  await nav.getByRole('link', { name: '学时测算' }).click();
  await expect(page).toHaveURL(/\/calculator\/$/);
  expect(dialogs).toEqual(['beforeunload']);
});

/**
 * 120 people in one CSV: every third short in 2023 as 李四 is, the rest met as 张三; every second one in 财务科; each with
 * one training whose days are missing (a warning).
 */
function manyPeople(count: number): Buffer {
  const [head, zhang, li] = GOOD_PEOPLE as [string[], string[], string[]];
  const people = [head];
  const activities = [GOOD_ACTIVITIES[0]!];
  for (let i = 1; i <= count; i++) {
    const key = `P${String(i).padStart(3, '0')}`;
    const like = i % 3 === 0 ? li : zhang;
    people.push([key, `人员${i}`, i % 2 === 0 ? '财务科' : '办公室', ...like.slice(3)]);
    for (const a of GOOD_ACTIVITIES.slice(1)) if (a[0] === like[0]) activities.push([key, ...a.slice(1)]);
    // A training without its days: a warning (本项计 0 学时) for each person, 120 in all.
    activities.push([key, '培训、会议等（按天折算）', '2023', '专业科目', '培训班、研修班、进修班', '', '', '', '', '', '', '', '', '', '']);
  }
  return Buffer.from(toCsv(combine(people, activities)), 'utf8');
}

test('120 people are shown 50 to a page, turned with the keyboard alone, and the filters count and page what they show', async ({ page }) => {
  test.setTimeout(90_000); // two axe-free pages of steps, each answered by the worker; slow on a shared 2-core machine
  const csp = await watchCsp(page);
  await openBatch(page);
  await page.getByLabel(/选择文件/).setInputFiles({ name: '全单位.csv', mimeType: 'text/csv', buffer: manyPeople(120) });
  await expect(page.locator('#batch-summary')).toHaveText('共 120 人，达标 80 人，未达标 40 人；最常见的缺口：2023年专业科目（40 人）。');
  const count = page.locator('#batch-count');
  const rows = page.getByRole('table', { name: /每人逐年学时/ }).locator('tbody tr');
  const firstKey = rows.first().locator('td').first();
  await expect(count).toHaveText('显示 120 人，第 1 / 3 页，每页 50 人。');
  await expect(rows).toHaveCount(50);
  await expect(firstKey).toHaveText('P001');

  // The problems are paged too.
  const issues = page.getByRole('region', { name: '问题清单' }).locator('tbody tr');
  // 120 trainings without their days, and the 40 people like 李四 with two courses of 2020 outside their span: 200.
  await expect(page.getByText('共列出 200 条，第 1 / 4 页，每页 50 条。')).toBeVisible();
  await expect(issues).toHaveCount(50);
  // With the keyboard: the new page is read from its first issue, focus there (it stayed on 下一页, scrolled away).
  await page.getByRole('navigation', { name: '问题清单分页' }).getByRole('button', { name: '下一页' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('共列出 200 条，第 2 / 4 页，每页 50 条。')).toBeAttached();
  await expect(page.getByRole('region', { name: '问题清单' })).toBeFocused();
  await expect(issues.first()).toBeInViewport();
  await expect(issues.filter({ hasText: '未填写天数，本项计 0 学时' }).first()).toBeVisible();
  await expect(issues.filter({ hasText: '2020年不在核认跨度（2021～2023年）内，不计入' }).first()).toBeVisible();

  const pager = page.getByRole('navigation', { name: '结果分页' });
  const next = pager.getByRole('button', { name: '下一页' });
  const previous = pager.getByRole('button', { name: '上一页' });
  await expect(previous).toHaveAttribute('aria-disabled', 'true');
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(count).toHaveText('显示 120 人，第 2 / 3 页，每页 50 人。');
  await expect(firstKey).toHaveText('P051');
  await page.keyboard.press('Enter');
  await expect(count).toHaveText('显示 120 人，第 3 / 3 页，每页 50 人。');
  await expect(rows).toHaveCount(20);
  await expect(firstKey).toHaveText('P101');
  // On the last page 下一页 does nothing and keeps focus, so the keyboard user is not dropped to the top of the page.
  await expect(next).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Enter');
  await expect(next).toBeFocused();
  await expect(count).toHaveText('显示 120 人，第 3 / 3 页，每页 50 人。');
  // The page numbers sit between the two (the same pager as the calculator's): back to 第2页, then 上一页.
  await page.keyboard.press('Shift+Tab');
  await expect(pager.getByRole('button', { name: '第3页' })).toBeFocused();
  await expect(pager.getByRole('button', { name: '第3页' })).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Space');
  await expect(count).toHaveText('显示 120 人，第 2 / 3 页，每页 50 人。');
  await expect(pager.getByRole('button', { name: '第2页' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(previous).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(count).toHaveText('显示 120 人，第 1 / 3 页，每页 50 人。');
  await expect(previous).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Enter');
  await expect(previous).toBeFocused();
  await expect(count).toHaveText('显示 120 人，第 1 / 3 页，每页 50 人。');
  await pager.getByRole('button', { name: '第2页' }).click();
  await expect(count).toHaveText('显示 120 人，第 2 / 3 页，每页 50 人。');
  await expectNoSeriousA11yViolations(page);

  // A filter starts again from the first page.
  await page.getByLabel('只看未达标', { exact: true }).check();
  // The count names the filters, on screen and on paper (printed, 显示 4 人 named neither: an HR officer's check).
  await expect(count).toHaveText('显示 40 人（只看未达标）。');
  await expect(rows).toHaveCount(40);
  await expect(rows.locator('td[data-label="结果"]')).toHaveText(Array(40).fill(/^未达标中级，硕士研究生；核认跨度 2021～2023\s年CSV 文件第\d+、\d+行不在核认跨度内，均计 0 学时$/));
  await page.getByLabel('部门', { exact: true }).selectOption('财务科');
  await expect(count).toHaveText('显示 20 人（只看未达标，部门：财务科）。');
  await expect(firstKey).toHaveText('P006');
  await page.getByLabel('只看未达标', { exact: true }).uncheck();
  await page.getByLabel('年度', { exact: true }).selectOption('2019');
  await expect(count).toHaveText('显示 40 人（部门：财务科，2019 年）。'); // 李四's span starts in 2021
  await page.getByLabel('年度', { exact: true }).selectOption('');
  await page.getByLabel('排序', { exact: true }).selectOption('short-first');
  await expect(count).toHaveText('显示 60 人（部门：财务科），第 1 / 2 页，每页 50 人。');
  await expect(rows.nth(19).locator('td[data-label="结果"]')).toHaveText(/^未达标中级，硕士研究生；核认跨度 2021～2023\s年CSV 文件第\d+、\d+行不在核认跨度内，均计 0 学时$/);
  await expect(rows.nth(20).locator('td[data-label="结果"]')).toHaveText(/^达标[^未]*核认跨度/);
  expect(await csp.reports()).toEqual([]);
});

test('打印结果 prints every person shown, not the page on screen; printed from the browser’s menu, the page says it holds one page of three (an HR officer’s print)', async ({ page }) => {
  test.setTimeout(90_000);
  await openBatch(page);
  await page.getByLabel(/选择文件/).setInputFiles({ name: '全单位.csv', mimeType: 'text/csv', buffer: manyPeople(120) });
  const rows = page.getByRole('table', { name: /每人逐年学时/ }).locator('tbody tr');
  await expect(rows).toHaveCount(50);
  // The span each person was checked over, beside the result (核认跨度 for 副高级 and 中级 differ).
  await expect(rows.first().locator('td[data-label="结果"]')).toContainText(/核认跨度 \d{4}～\d{4}\s年/);
  // The browser's print dialog, answered at once: what the table held while it was open.
  await page.evaluate(() => {
    window.print = () => {
      (window as unknown as { printedRows: number }).printedRows = document.querySelectorAll('.results-table tbody tr').length;
      (window as unknown as { printedNote: string }).printedNote = document.querySelector('#batch-print-note')?.textContent ?? '';
      (window as unknown as { printedCount: string }).printedCount = document.querySelector('#batch-count')?.textContent?.trim() ?? '';
    };
  });
  await page.getByRole('button', { name: '打印结果（全部 120 人）' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printedRows?: number }).printedRows)).toBe(120);
  expect(await page.evaluate(() => (window as unknown as { printedNote: string }).printedNote)).toBe('每人每项的折算过程和依据条款见“查看明细”、结果工作簿的“逐项”表或每人的 PDF 工作表。');
  // Its count says all of them, not 第 1 / 3 页 (a re-check's printout).
  expect(await page.evaluate(() => (window as unknown as { printedCount: string }).printedCount)).toBe('显示 120 人（全部）。');
  // Back to the page on screen.
  await expect(rows).toHaveCount(50);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#batch-print-note')).toBeVisible();
  await expect(page.locator('#batch-print-note')).toContainText('本打印件只含第 1 / 3 页的人员；打印全部 120 人请用页面上的“打印结果”。');
});

test('at 360 px the page with results does not scroll sideways and passes axe', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'zh-CN' });
  const page = await context.newPage();
  await openBatch(page);
  await expectNoSeriousA11yViolations(page);
  await chooseGoodWorkbook(page);
  await expect(page.locator('#batch-summary')).toHaveText(SUMMARY);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  // Each year's line with its gaps ends on screen, also at 特大: the page cannot be scrolled sideways, so text past the
  // edge was lost (（公需科目差 cut there, a new user's check).
  await page.getByRole('group', { name: '字号' }).getByRole('button', { name: '特大' }).tap();
  const years = page.locator('.results-table .years li');
  expect(await years.count()).toBeGreaterThan(3);
  expect(await page.locator('.results-table .years .bad').count()).toBeGreaterThan(0);
  const textEnds = await years.evaluateAll((items) =>
    items.map((li) => {
      const range = document.createRange();
      range.selectNodeContents(li);
      return Math.max(...[...range.getClientRects()].map((r) => r.right));
    }),
  );
  for (const right of textEnds) expect(right).toBeLessThanOrEqual(360);
  await page.getByRole('button', { name: '查看明细：张三（A001）', exact: true }).tap();
  await expect(page.getByRole('heading', { name: '张三（A001）的测算明细' })).toBeFocused();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectNoSeriousA11yViolations(page);
  await context.close();
});

test('at 360 px and 特大 each round’s full name and the file chooser fit on screen at that size, and tapping a round gives its template', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'zh-CN' });
  const page = await context.newPage();
  await openBatch(page);
  await page.getByRole('group', { name: '字号' }).getByRole('button', { name: '特大' }).tap();
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('22px');
  // The file chooser, the one control that brings the file in, at the size chosen too, and on screen.
  const chooser = page.getByLabel(/选择文件/);
  expect(await chooser.evaluate((el) => getComputedStyle(el).fontSize)).toBe('22px');
  expect(await chooser.evaluate((el) => el.getBoundingClientRect().right)).toBeLessThanOrEqual(360);
  const rounds = page.getByRole('group', { name: '依据的通知' });
  for (const name of ['株人社函〔2024〕5号（株洲市 2024 年度）', '湘人社函〔2020〕11号（湖南省 2020 年度）']) {
    const label = rounds.locator('label', { hasText: name });
    await expect(label).toHaveText(name);
    const box = await label.evaluate((el) => ({ right: el.getBoundingClientRect().right, cut: el.scrollWidth > el.clientWidth + 1 }));
    expect(box.cut, name).toBe(false);
    expect(box.right, name).toBeLessThanOrEqual(360);
  }
  // The round's name is a box of its own in the label (it wraps whole), so its accessible name has a space before it.
  await expect(rounds.getByRole('radio', { name: /^株人社函〔2024〕5号\s*（株洲市 2024 年度）$/ })).toBeChecked();
  const hunanRadio = rounds.getByRole('radio', { name: /^湘人社函〔2020〕11号\s*（湖南省 2020 年度）$/ });
  await hunanRadio.tap();
  await expect(hunanRadio).toBeChecked();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Excel 模板' }).tap()]);
  expect(download.suggestedFilename()).toBe('继续教育学时批量核对模板-湖南省2020年度.xlsx');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectNoSeriousA11yViolations(page);
  await context.close();
});

test('查找人员 finds a person by part of a name or 工号, typed key by key on a phone, within the filters; a new file clears a department it lacks', async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'zh-CN' });
  const page = await context.newPage();
  const csp = await watchCsp(page);
  await openBatch(page);
  await page.getByLabel(/选择文件/).setInputFiles({ name: '全单位.csv', mimeType: 'text/csv', buffer: manyPeople(120) });
  const count = page.locator('#batch-count');
  await expect(count).toHaveText('显示 120 人，第 1 / 3 页，每页 50 人。');
  const rows = page.getByRole('table', { name: /每人逐年学时/ }).locator('tbody tr');
  const names = rows.locator('th[scope="row"]');
  const find = page.getByRole('searchbox', { name: '查找人员' });

  await find.tap();
  await find.pressSequentially('人员10', { delay: 60 });
  await expect(count).toHaveText('显示 11 人（查找“人员10”）。'); // 人员10 and 人员100 to 人员109
  await expect(names).toHaveText(['人员10', ...Array.from({ length: 10 }, (_, i) => `人员${100 + i}`)]);
  await page.getByLabel('部门', { exact: true }).selectOption('财务科');
  await expect(count).toHaveText('显示 6 人（查找“人员10”，部门：财务科）。');
  await expect(names).toHaveText(['人员10', '人员100', '人员102', '人员104', '人员106', '人员108']);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // A 工号 typed in full-width characters (as some input methods give them), one key at a time.
  await find.fill('');
  await find.pressSequentially('ｐ１１２', { delay: 60 });
  await expect(count).toHaveText('显示 1 人（查找“ｐ１１２”，部门：财务科）。');
  await expect(rows.first().locator('td').first()).toHaveText('P112');
  await find.pressSequentially('9', { delay: 60 });
  await expect(count).toHaveText('没有符合条件的人员，请修改查找内容或筛选条件。');
  await expect(rows).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  for (let i = 0; i < 5; i++) await find.press('Backspace', { delay: 40 });
  await expect(count).toHaveText('显示 60 人（部门：财务科），第 1 / 2 页，每页 50 人。');

  // A file without 财务科: its department goes back to 全部部门, and everyone in the new file is shown.
  const renamed = combine(GOOD_PEOPLE.map((p) => p.map((c) => (c === '财务科' ? '人事科' : c))), GOOD_ACTIVITIES);
  await page.getByLabel(/选择文件/).setInputFiles({ name: '另一单位.csv', mimeType: 'text/csv', buffer: Buffer.from(toCsv(renamed), 'utf8') });
  await expect(page.locator('#batch-summary')).toHaveText(SUMMARY);
  await expect(count).toHaveText('显示 3 人。');
  await expect(page.getByLabel('部门', { exact: true })).toHaveValue('');
  expect(await csp.reports()).toEqual([]);
  await context.close();
});

test('a PDF chosen, or a picture dropped on the page, is refused with what to choose instead, and nothing is read', async ({ page }) => {
  await openBatch(page);
  const pdf = Buffer.from('%PDF-1.3\n%\u00ba\u00df\u00ac\u00e0\n3 0 obj\n<</Type /Page>>\nendobj\n', 'latin1');
  await page.getByLabel(/选择文件/).setInputFiles({ name: 't7.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(page.getByRole('alert')).toHaveText('「t7.pdf」不是可读取的表格文件，请选择 .xlsx 或 .csv 文件（旧版 .xls 等格式请先在 Excel 或 WPS 中另存为 .xlsx）。');
  await expect(page.getByRole('heading', { name: '3. 核对结果' })).toHaveCount(0);

  const dropped = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])], '照片.png', { type: 'image/png' }));
    return data;
  });
  await page.getByRole('group', { name: '文件拖放区域' }).dispatchEvent('drop', { dataTransfer: dropped });
  await expect(page.getByRole('alert')).toHaveText('「照片.png」不是可读取的表格文件，请选择 .xlsx 或 .csv 文件（旧版 .xls 等格式请先在 Excel 或 WPS 中另存为 .xlsx）。');
  await expect(page.getByRole('heading', { name: '3. 核对结果' })).toHaveCount(0);
  // The picker offers what is read: workbooks, CSV and tab-separated text, as its label says.
  await expect(page.getByLabel(/选择文件/)).toHaveAttribute('accept', /^\.xlsx,\.csv,\.txt,/);
  await expect(page.locator('#batch-file-label')).toHaveText('选择文件（.xlsx、.csv 或 .txt），或把文件拖到这里');
});

test('a file without the 学历 column, and the template sent back empty, say what is wrong and what to do', async ({ page }) => {
  await openBatch(page);
  const people = GOOD_PEOPLE.map((r) => r.filter((_, i) => i !== 4));
  await page.getByLabel(/选择文件/).setInputFiles({ name: '缺学历.xlsx', mimeType: 'application/octet-stream', buffer: await fillWorkbook({ 人员: people, 活动: GOOD_ACTIVITIES }) });
  await expect(page.getByText('已读取「缺学历.xlsx」：20 行数据。')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText('「人员」表缺少必填列「学历」：请在表格中添加该列后重新导入。');
  await expect(page.getByRole('heading', { name: '列对应' })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Excel 模板' }).click()]);
  await page.getByLabel(/选择文件/).setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/octet-stream', buffer: await downloadBytes(download) });
  await expect(page.getByText(`已读取「${download.suggestedFilename()}」。`)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText('「人员」表没有人员数据：请从第 2 行起每人填写一行，每项活动在「活动」表填写一行，填写后重新导入。');
  await expect(page.getByRole('heading', { name: '列对应' })).toHaveCount(0);
});

test('the 2024 template checked against the 2020 notice says so once, and one press checks it against 2024', async ({ page }) => {
  await openBatch(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Excel 模板' }).click()]);
  const filled = await fillWorkbook({ 人员: GOOD_PEOPLE, 活动: GOOD_ACTIVITIES }, await downloadBytes(download));
  const rounds = page.getByRole('group', { name: '依据的通知' });
  await rounds.getByRole('radio', { name: /^湘人社函〔2020〕11号/ }).check();
  await page.getByLabel(/选择文件/).setInputFiles({ name: '本单位.xlsx', mimeType: 'application/octet-stream', buffer: filled });
  const said = page.getByText('此文件按株人社函〔2024〕5号的模板填写（见「说明」表），而当前选择的是湘人社函〔2020〕11号：请改选该通知，或下载本通知的模板重新填写。');
  await expect(said).toHaveCount(1);
  await expect(page.getByText(/发现 \d+ 处错误/)).toBeVisible();

  await page.getByRole('button', { name: '改按株人社函〔2024〕5号核对' }).click();
  await expect(rounds.getByRole('radio', { name: /^株人社函〔2024〕5号/ })).toBeChecked();
  await expect(page.locator('#batch-summary')).toHaveText(SUMMARY);
  await expect(said).toHaveCount(0);
  await expect(page.getByRole('heading', { name: '3. 核对结果' })).toBeFocused();
});

test('a 2020 template that also reads under 2024 shows no 2024 figures and no export until the officer chooses the notice', async ({ page }) => {
  await openBatch(page);
  const rounds = page.getByRole('group', { name: '依据的通知' });
  await rounds.getByRole('radio', { name: /^湘人社函〔2020〕11号/ }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Excel 模板' }).click()]);
  const filled = await fillWorkbook(
    {
      人员: [['工号', '姓名', '拟申报级别', '学历'], ['H1', '周一', '副高级', '大学本科']],
      活动: [['工号', '活动形式', '年度', '科目', '课程来源', '学时'], ['H1', '课程', '2021', '公需', '网络平台课程等远程教育', '30']],
    },
    await downloadBytes(download),
  );
  await rounds.getByRole('radio', { name: /^株人社函〔2024〕5号/ }).check();
  await page.getByLabel(/选择文件/).setInputFiles({ name: '本单位.xlsx', mimeType: 'application/octet-stream', buffer: filled });
  await expect(page.getByText('此文件按湘人社函〔2020〕11号的模板填写（见「说明」表），而当前选择的是株人社函〔2024〕5号：请改选该通知，或下载本通知的模板重新填写。')).toBeVisible();
  await expect(page.getByText('按株人社函〔2024〕5号计算的结果暂不显示，也不能导出：请先确认按哪份通知核对。')).toBeVisible();
  await expect(page.locator('#batch-summary')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '导出结果（.xlsx）' })).toHaveCount(0);

  await page.getByRole('button', { name: '仍按株人社函〔2024〕5号核对' }).click();
  await expect(page.locator('#batch-summary')).toHaveText(/^共 1 人/);
  await expect(rounds.getByRole('radio', { name: /^株人社函〔2024〕5号/ })).toBeChecked();
  await expect(page.getByRole('button', { name: '仍按株人社函〔2024〕5号核对' })).toHaveCount(0);
});

test('a person left out by 排除全部有错误的行 is named with the results and in the export, and counted in the summary line', async ({ page }) => {
  await openBatch(page);
  const rows = combine(GOOD_PEOPLE, GOOD_ACTIVITIES);
  // 吴十 (初级, no span of their own: 2024 states none for 初级) is an error on their only row, row 19.
  rows.push(['C03', '吴十', '检验科', '初级', '大学本科', '', '', '', '', '', '有学时证明的课程', '2023', '公需科目', '', '网络平台课程等远程教育', '', '30', '', '', '', '', '', '', '']);
  await page.getByLabel('或粘贴单元格').fill(rows.map((r) => r.join('\t')).join('\n'));
  await page.getByRole('button', { name: '读取粘贴内容' }).click();
  await expect(page.getByText('发现 1 处错误')).toBeVisible();
  await page.getByRole('button', { name: '排除全部有错误的行并重新核对' }).click();

  await expect(page.locator('#batch-summary')).toHaveText('共 4 人，达标 2 人，未达标 1 人，未核对 1 人；最常见的缺口：2023年专业科目（1 人）。');
  const reason = '已排除粘贴内容第19行：参评初级职称：通知未给出核认跨度，请填写起止年份';
  const unchecked = page.getByRole('table', { name: '未核对人员（1 人）' });
  expect(await unchecked.locator('tbody tr').evaluateAll(cellTexts, 4)).toEqual([['C03', '吴十', '检验科', reason]]);
  await expect(page.getByText('未核对的 1 人不在结果和 PDF 工作表中，结果工作簿的「未核对」表列有其名单和原因。')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const [exported] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出结果（.xlsx）' }).click()]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await downloadBytes(exported)) as unknown as ArrayBuffer);
  expect(book.worksheets.map((s) => s.name)).toEqual(['汇总', '未核对', '逐年', '逐项', '说明', '人员', '活动', '已排除']);
  expect(String(book.getWorksheet('汇总')!.getRow(1).getCell(1).value)).toMatch(/；另有 1 人未核对，见「未核对」表$/);
  // The excluded row is kept as pasted, under the pasted headings, with where it was and why.
  const left = book.getWorksheet('已排除')!;
  expect((left.getRow(2).values as unknown[]).slice(1, 5)).toEqual(['原表', '原行号', '排除原因', '工号']);
  expect((left.getRow(3).values as unknown[]).slice(1, 6)).toEqual(['粘贴内容', 19, '已排除；排除前的问题：参评初级职称：通知未给出核认跨度，请填写起止年份', 'C03', '吴十']);
  expect((book.getWorksheet('未核对')!.getRow(3).values as unknown[]).slice(1)).toEqual(['C03', '吴十', '检验科', reason]);
  const info = book.getWorksheet('说明')!;
  const infoRows = Array.from({ length: info.rowCount }, (_, i) => (info.getRow(i + 1).values as unknown[]).slice(1));
  expect(infoRows.filter((r) => /人数$/.test(String(r[0])))).toEqual([
    ['核对人数', 3],
    ['未核对人数', 1],
  ]);
});

test('the arrow keys among the notices check again by the one chosen, with focus left on it: ↓ then ↑ is back where it was, pressed quickly too', async ({ page }) => {
  // An HR officer's check: ↓ checked by 2020 and moved focus to 核对结果, so ↑ could not undo it.
  await openBatch(page);
  await chooseGoodWorkbook(page);
  await expect(page.locator('#batch-summary')).toHaveText(SUMMARY);
  const rounds = page.getByRole('group', { name: '依据的通知' });
  const zhuzhou = rounds.getByRole('radio', { name: /^株人社函〔2024〕5号/ });
  const hunan = rounds.getByRole('radio', { name: /^湘人社函〔2020〕11号/ });
  await zhuzhou.focus();
  await page.keyboard.press('ArrowDown');
  await expect(hunan).toBeChecked();
  await expect(page.locator('#batch-summary')).toHaveCount(0);
  await expect(page.getByText(/发现 \d+ 处错误/)).toBeVisible();
  await expect(hunan).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('#batch-summary')).toHaveText(SUMMARY);
  await expect(zhuzhou).toBeFocused();
  // Two keys while the first check runs: the last notice chosen is the one checked by.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(zhuzhou).toBeChecked();
  await expect(page.locator('#batch-summary')).toHaveText(SUMMARY);
  await expect(page.getByText(/发现 \d+ 处错误/)).toHaveCount(0);
  await expect(zhuzhou).toBeFocused();
});

test('a column the table lacks is one line of 问题清单 for all its rows: its box excludes them all, and the rest is checked', async ({ page }) => {
  // An HR officer's check: a table without 课程来源 gave 334 lines of 须填写课程来源 over seven pages.
  await openBatch(page);
  const head = ['工号', '姓名', '拟申报级别', '学历', '活动形式', '年度', '科目', '学时', '全天（天）', '形式'];
  const course = (year: string) => ['A1', '冯十二', '副高级', '大学本科', '课程', year, '专业', '30', '', ''];
  const days = (key: string, name: string) => [key, name, '中级', '大学本科', '培训、会议等（按天折算）', '2022', '专业', '', '3', '培训班、研修班、进修班'];
  const rows = [head, course('2019'), course('2020'), course('2021'), days('A2', '陈十三'), course('2022')];
  await page.getByLabel('或粘贴单元格').fill(rows.map((r) => r.join('\t')).join('\n'));
  await page.getByRole('button', { name: '读取粘贴内容' }).click();
  await expect(page.getByText('发现 4 处错误')).toBeVisible();
  const list = page.getByRole('region', { name: '问题清单' });
  const errors = list.locator('tr.error');
  await expect(errors).toHaveCount(1);
  await expect(errors.locator('td').nth(2)).toHaveText('第 2 行起 4 行');
  // Every problem is listed (the line stands for its four rows): none is said to be left out, and the count of errors
  // is said beside the lines (发现 4 处错误 over one line read as a miscount: a re-check).
  await expect(page.getByText(/另有 \d+ 条未列出/)).toHaveCount(0);
  await expect(page.getByText('表中缺少的列，各行的错误合为一条列出：4 处错误列为 1 条。')).toBeVisible();
  await expect(errors.locator('td.problem')).toContainText(/^表中没有「课程来源」列，共 4 行须填写（第2～4、6行）：请在表格中添加此列后重新导入，或排除这些行。须填写课程来源/);
  const box = list.getByRole('checkbox', { name: '排除粘贴内容这 4 行' });
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await page.getByRole('button', { name: '按所选排除并重新核对' }).click();
  // 冯十二's four rows are all his: he is not checked, with the reason; 陈十三 is.
  await expect(page.locator('#batch-summary')).toHaveText(/^共 2 人，达标 0 人，未达标 1 人，未核对 1 人/);
  await expectNoSeriousA11yViolations(page);
});

test('cells pasted from merged 工号 and 姓名 (blank under each person’s first row): one line for them all, what to do, and after excluding, the summary says they count for nobody', async ({ page }) => {
  // A hospital's officer: 139 lines of 缺少工号 over three pages, then 18 of 18 未达标 without a word (a re-check).
  await openBatch(page);
  const head = ['工号', '姓名', '拟申报级别', '学历', '活动形式', '年度', '科目', '课程来源', '学时'];
  const course = (key: string, name: string, year: string) => [key, name, key === '' ? '' : '中级', key === '' ? '' : '大学本科', '有学时证明的课程', year, '公需', '网络平台课程等远程教育', '30'];
  const rows = [head, course('A1', '冯十二', '2020'), course('', '', '2021'), course('', '', '2022'), course('B2', '陈十三', '2020'), course('', '', '2021')];
  await page.getByLabel('或粘贴单元格').fill(rows.map((r) => r.join('\t')).join('\n'));
  await page.getByRole('button', { name: '读取粘贴内容' }).click();
  const list = page.getByRole('region', { name: '问题清单' });
  await expect(list.locator('tr.error')).toHaveCount(1);
  await expect(list.locator('tr.error td.problem')).toHaveText('共 3 行缺少工号（第3～4、6行）：每行都须填写工号，与上一行为同一人的也须填写。从 Excel 复制的合并单元格只有第一格有内容，可改为上传该文件，本页按合并区域读取');
  await expect(page.getByText('缺少工号的行，各行的错误合为一条列出：3 处错误列为 1 条。')).toBeVisible();
  await page.getByRole('button', { name: '排除全部有错误的行并重新核对' }).click();
  await expect(page.locator('#batch-summary')).toContainText('另有 3 行因未填工号已排除，未计入任何人的学时，结果可能偏少');
});

test('2020: 专业科目 under 60 with the total met is 基本达标 with the shortfall in the row, 只看基本达标 and 查看明细, as the calculator says it', async ({ page }) => {
  await openBatch(page);
  await page.getByRole('group', { name: '依据的通知' }).getByRole('radio', { name: /^湘人社函〔2020〕11号/ }).check();
  const course = (key: string, year: string, subject: string, hours: string) => [key, '课程', year, subject, '网络平台课程等远程教育', hours];
  const file = await fillWorkbook({
    人员: [['工号', '姓名', '拟申报级别', '学历', '核认跨度起始年份', '核认跨度结束年份'], ['H1', '周一', '副高级', '大学本科', '2018', '2019'], ['H4', '王四', '副高级', '大学本科', '2018', '2019']],
    活动: [
      ['工号', '活动形式', '年度', '科目', '课程来源', '学时'],
      course('H1', '2018', '公需', '30'), course('H1', '2018', '专业', '60'), course('H1', '2019', '公需', '32'), course('H1', '2019', '专业', '58'),
      course('H4', '2018', '公需', '30'), course('H4', '2018', '专业', '60'), course('H4', '2019', '公需', '30'), course('H4', '2019', '专业', '60'),
    ],
  });
  await page.getByLabel(/选择文件/).setInputFiles({ name: '2020.xlsx', mimeType: 'application/octet-stream', buffer: file });
  await expect(page.locator('#batch-summary')).toHaveText('共 2 人，达标 1 人，基本达标 1 人，未达标 0 人。');
  // The notice checked by, with the calculator's 规则数据版本, on screen and on paper: a printout of a check by the 2020
  // notice named only the 2024 one, in the page's banner (an HR officer's check).
  const hunan = getRuleSet('hunan-2020') as RuleSet;
  const checkedBy = `结果依据《${hunan.title}》（湘人社函〔2020〕11号）逐人逐年测算，规则数据版本 ${ruleSetDigest(hunan)}；仅供参考，学时以审核认定为准。`;
  await expect(page.locator('#batch-checked-by')).toHaveText(checkedBy);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#batch-checked-by')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  expect(await resultRows(page)).toEqual([
    ['H1', '周一', '', '基本达标副高级，大学本科；核认跨度 2018～2019 年', '2018：30 / 60 / 90\n2019：32 / 58 / 90 （基本达标：专业科目一般不少于 60，差 2）'],
    ['H4', '王四', '', '达标副高级，大学本科；核认跨度 2018～2019 年', '2018：30 / 60 / 90\n2019：30 / 60 / 90'],
  ]);
  await page.getByLabel('只看基本达标', { exact: true }).check();
  await expect(page.locator('#batch-count')).toHaveText('显示 1 人（只看基本达标）。');
  await page.getByLabel('只看未达标', { exact: true }).check();
  await expect(page.getByLabel('只看基本达标', { exact: true })).not.toBeChecked();
  await expect(page.locator('#batch-count')).toHaveText('没有符合条件的人员，请修改查找内容或筛选条件。');
  await page.getByLabel('只看未达标', { exact: true }).uncheck();

  await page.getByRole('button', { name: '查看明细：周一（H1）' }).click();
  const detail = page.getByRole('region', { name: '周一（H1）的测算明细' });
  await expect(detail.locator('p').filter({ hasText: '依据《' }).locator('strong')).toHaveText('基本达标');
  // The span from the table's columns, not the notice's for 副高 (2015～2019): it was said to be the notice's (an HR
  // officer's check, 2024～2026 under 2024's 2021～2023).
  await expect(detail.locator('p').filter({ hasText: '依据《' })).toContainText('核认跨度 2018～2019 年（按表中填写的起止年份）。');
  // A material's clause and its items are one text: （…）：课程时长… had a space before ：, and the ways read 1. 方式一 (a re-check).
  const materials = await detail.locator('ul.materials > li').allTextContents();
  expect(materials.length).toBeGreaterThan(0);
  for (const text of materials) expect(text).not.toMatch(/）\s+：/);
  expect(await detail.locator('ul.materials ol').count()).toBe(0);
  await expect(detail.getByRole('heading', { name: /^2019 年：合计 90 学时（分）.*，基本达标$/ })).toBeVisible();
  await expect(detail.getByText('基本达标：专业科目一般不少于 60 学时（分），差 2 学时（分）（', { exact: false })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
