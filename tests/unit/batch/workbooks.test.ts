/** The template and the results workbook, read back with another library (exceljs) than the page writes them with. */
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { checkBatch } from '../../../src/lib/batch/check';
import { readXlsx } from '../../../src/lib/batch/read';
import { buildResultsWorkbook, buildTemplate, chinaTime } from '../../../src/lib/batch/workbooks';
import { compactDate } from '../../../src/lib/rules/dates';
import { activityColumns, columnForHeading } from '../../../src/lib/batch/columns';
import { getRuleSet, ruleSets } from '../../../src/lib/rules';
import { GOOD_ACTIVITIES, GOOD_PEOPLE, MISTAKES } from './fixtures';

async function open(blob: Blob) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await blob.arrayBuffer());
  return book;
}

describe.each(ruleSets.map((r) => [r.id, r] as const))('the %s template', (_id, ruleSet) => {
  test('has 说明, 人员, 活动 and 取值 sheets, one worked example per form with its clause, and drop-downs from the round’s lists', async () => {
    const book = await open(await buildTemplate(ruleSet));
    expect(book.worksheets.map((s) => s.name)).toEqual(['说明', '人员', '活动', '取值']);
    const notes = book.getWorksheet('说明')!;
    const texts = notes.getSheetValues().flat().filter((v): v is string => typeof v === 'string');
    for (const c of ruleSet.conversions) expect(texts).toContain(c.cite.clause);
    const activity = book.getWorksheet('活动')!;
    const head = (activity.getRow(1).values as unknown[]).slice(1);
    expect(head.slice(0, 3)).toEqual(['工号', '活动形式', '活动名称']);
    const formColumn = String.fromCharCode(65 + head.indexOf('活动形式'));
    const validation = (activity as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model;
    const dv = validation[`${formColumn}2:${formColumn}2001`] ?? Object.entries(validation).find(([k]) => k.startsWith(`${formColumn}2`))?.[1];
    expect(dv?.type).toBe('list');
    const lists = book.getWorksheet('取值')!;
    const listHead = (lists.getRow(1).values as unknown[]).slice(1);
    const col = listHead.indexOf('活动形式') + 1;
    const forms = ruleSet.conversions.map((_, i) => lists.getRow(i + 2).getCell(col).value);
    expect(forms).toEqual(ruleSet.conversions.map((c) => c.label));
  });
});

describe('the template’s 半天 and 晚上 columns', () => {
  test('count in 次 as the calculator’s form does (半天次数, 晚上次数); a template made before with （个） still reads', async () => {
    const ruleSet = getRuleSet('hunan-2020')!;
    const book = await open(await buildTemplate(ruleSet));
    const head = (book.getWorksheet('活动')!.getRow(1).values as unknown[]).slice(1);
    expect(head).toEqual(expect.arrayContaining(['全天（天）', '半天（次）', '晚上（次）']));
    expect(head.some((h) => String(h).includes('（个）'))).toBe(false);
    const columns = activityColumns(ruleSet);
    expect(['半天（个）', '半天次数', '半天（次）'].map((h) => columnForHeading(h, columns))).toEqual(['halfDays', 'halfDays', 'halfDays']);
    expect(['晚上（个）', '晚上次数', '晚上（次）'].map((h) => columnForHeading(h, columns))).toEqual(['evenings', 'evenings', 'evenings']);
  });
});

/** The 说明 sheet's rows as text (exceljs rows are 1-based, with a hole at 0). */
function sheetRows(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => (rows[n - 1] = ((row.values as unknown[]) ?? []).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
  return Array.from(rows, (r) => r ?? []);
}

describe.each(ruleSets.map((r) => [r.id, r] as const))('the %s template’s 必填', (_id, ruleSet) => {
  test('names the forms that must fill 课程来源 and 形式, and each column’s 必填 is what the import holds every form’s example to', async () => {
    const rows = sheetRows((await open(await buildTemplate(ruleSet))).getWorksheet('说明')!);
    const start = rows.findIndex((r) => r[0] === '「活动」表');
    const required = new Map<string, string>();
    for (const r of rows.slice(start + 1)) {
      if (r.length === 0 || r[1] === undefined || r[1] === '') break;
      required.set(r[1], r[2] ?? '');
    }
    expect(required.get('课程来源')).toBe('有学时证明的课程必填');
    expect(required.get('形式')).toBe('培训、会议等必填');
    expect(required.get('活动形式')).toBe('是');
    expect(required.get('活动名称')).toBe('');

    // Every form's worked example imports without an error; with one cell blanked, the import rejects it exactly where
    // 必填 says that form must fill the column.
    const head = rows.find((r) => r[0] === '依据条款') as string[];
    const columns = head.slice(2);
    const examples = rows.slice(rows.indexOf(head) + 1).filter((r) => r.length > 2);
    expect(examples).toHaveLength(ruleSet.conversions.length);
    const named = (text: string, form: string) => text.includes(form.replace(/（[^（）]*）$/, ''));
    const mustFill = (text: string, form: string) => (text === '是' ? true : text === '' ? false : text.startsWith('除') ? !named(text, form) : named(text, form));
    const people = [['工号', '拟申报级别', '学历'], ['A1', '副高级', '大学本科']];
    const errorsIn = (values: string[]) => checkBatch([{ name: '人员', rows: people }, { name: '活动', rows: [['工号', ...columns], ['A1', ...values]] }], ruleSet).issues.filter((i) => i.level === 'error');
    let blanked = 0;
    for (const example of examples) {
      const values = columns.map((_, i) => example[i + 2] ?? '');
      const form = values[columns.indexOf('活动形式')] as string;
      expect(errorsIn(values), form).toEqual([]);
      columns.forEach((column, i) => {
        if (values[i] === '') return;
        const rejected = errorsIn(values.map((v, k) => (k === i ? '' : v))).some((e) => e.column === column);
        expect(rejected, `${form}：${column}（必填「${required.get(column)}」）`).toBe(mustFill(required.get(column) ?? '', form));
        blanked++;
      });
    }
    expect(blanked).toBeGreaterThan(ruleSet.conversions.length * 2);
  });
});

test('the 2024 template filled by exceljs and imported gives the results of the same rows typed in', async () => {
const ruleSet = getRuleSet('zhuzhou-2024')!;
  const book = await open(await buildTemplate(ruleSet));
  const people = book.getWorksheet('人员')!;
  const peopleHead = (people.getRow(1).values as unknown[]).slice(1) as string[];
  GOOD_PEOPLE.slice(1).forEach((r, i) => GOOD_PEOPLE[0]!.forEach((h, k) => (people.getRow(i + 2).getCell(peopleHead.indexOf(h) + 1).value = r[k] || null)));
  const acts = book.getWorksheet('活动')!;
  const actHead = (acts.getRow(1).values as unknown[]).slice(1) as string[];
  GOOD_ACTIVITIES.slice(1).forEach((r, i) => GOOD_ACTIVITIES[0]!.forEach((h, k) => (acts.getRow(i + 2).getCell(actHead.indexOf(h) + 1).value = r[k] || null)));
  const bytes = new Uint8Array(await book.xlsx.writeBuffer());
  const check = checkBatch(await readXlsx(bytes), ruleSet);
  const typed = checkBatch([{ name: '人员', rows: GOOD_PEOPLE }, { name: '活动', rows: GOOD_ACTIVITIES }], ruleSet);
  expect(check.errorCount).toBe(0);
  expect(check.results).toEqual(typed.results);
});

test('the results workbook has 汇总, 逐年 and 逐项 with the round, the rule data digest and the time, and imports again to the same results', async () => {
  const ruleSet = getRuleSet('zhuzhou-2024')!;
  const first = checkBatch([{ name: '人员', rows: GOOD_PEOPLE }, { name: '活动', rows: GOOD_ACTIVITIES }], ruleSet);
  const blob = await buildResultsWorkbook(ruleSet, first.people, first.results, new Date('2026-01-02T09:05:00+08:00'));
  const book = await open(blob);
  expect(book.worksheets.map((s) => s.name)).toEqual(['汇总', '逐年', '逐项', '说明', '人员', '活动']);
  const stamp = String(book.getWorksheet('汇总')!.getRow(1).getCell(1).value);
  expect(stamp).toMatch(/^依据 株人社函〔2024〕5号；规则数据版本 [0-9a-f]{8}；生成于 2026-01-02 09:05（北京时间）$/);
  expect((book.getWorksheet('汇总')!.getRow(4).values as unknown[]).slice(1, 6)).toEqual(['A002', '李四', '财务科', '未达标', '2021～2023']);
  expect(book.getWorksheet('逐项')!.rowCount).toBe(2 + GOOD_ACTIVITIES.length - 1);
  const again = checkBatch(await readXlsx(new Uint8Array(await blob.arrayBuffer())), ruleSet);
  expect(again.errorCount).toBe(0);
  expect(again.results).toEqual(first.results);
});

test('the time inside the results workbook is Beijing’s, marked so, and falls on the day its file is named for, whatever the device’s time zone', () => {
  // 20:33 in UTC is 04:33 the next morning in Beijing: the file is named …-20261206.xlsx (compactDate).
  const late = new Date('2026-12-05T20:33:00Z');
  expect(chinaTime(late)).toBe('2026-12-06 04:33（北京时间）');
  expect(chinaTime(late).replace(/-/g, '').slice(0, 8)).toBe(compactDate(late));
  expect(chinaTime(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01 00:00（北京时间）');
  expect(chinaTime(new Date('2026-06-30T15:59:59Z'))).toBe('2026-06-30 23:59（北京时间）');
});

test('the results workbook’s 逐项 says why a 2024 training of evenings scores 0, and stores its figures as numbers', async () => {
  const ruleSet = getRuleSet('zhuzhou-2024')!;
  const training = ruleSet.conversions.find((c) => c.kind === 'training');
  const evenings = `3个晚上未计：${training && 'eveningsNotCovered' in training ? training.eveningsNotCovered : ''}`;
  expect(evenings).toContain('晚上不计学时');
  const people = [['工号', '姓名', '拟申报级别', '学历'], ['A1', '冯十二', '副高级', '大学本科']];
  const activities = [
    ['工号', '活动形式', '年度', '科目', '形式', '全天（天）', '晚上（个）', '课程来源', '学时'],
    ['A1', '培训', '2023', '专业科目', '培训班、研修班、进修班', '', '3', '', ''],
    ['A1', '培训', '2022', '专业科目', '培训班、研修班、进修班', '2', '3', '', ''],
    ['A1', '课程', '2023', '公需科目', '', '', '', '网络平台课程等远程教育', '30'],
  ];
  const check = checkBatch([{ name: '人员', rows: people }, { name: '活动', rows: activities }], ruleSet);
  expect(check.errorCount).toBe(0);
  const book = await open(await buildResultsWorkbook(ruleSet, check.people, check.results, new Date(2026, 0, 2)));
  const sheet = book.getWorksheet('逐项')!;
  const head = (sheet.getRow(2).values as unknown[]).slice(1);
  const at = (row: number, heading: string) => sheet.getRow(row).getCell(head.indexOf(heading) + 1).value;
  const row = (n: number) => ['年度', '计入学时', '状态', '计算过程'].map((h) => at(n + 2, h));
  expect(row(1)).toEqual([2023, 0, '不予折算', `0学时；${evenings}`]);
  expect(row(2)).toEqual([2022, 16, '部分计入', `2天 × 8学时 = 16学时；${evenings}`]);
  expect(row(3)).toEqual([2023, 30, '计入', '证书载明 30学时']);
});

test('the results workbook stores hours, totals and years as numbers on every sheet, so that Excel sums them; words stay text', async () => {
  const ruleSet = getRuleSet('zhuzhou-2024')!;
  // 李四 with two 已认定 years: a list of years is words, not a figure.
  const people = GOOD_PEOPLE.map((r) => (r[0] === 'A002' ? r.map((v, k) => (k === 7 ? '2021、2022' : v)) : r));
  const check = checkBatch([{ name: '人员', rows: people }, { name: '活动', rows: GOOD_ACTIVITIES }], ruleSet);
  expect(check.errorCount).toBe(0);
  const blob = await buildResultsWorkbook(ruleSet, check.people, check.results, new Date(2026, 0, 2));
  const book = await open(blob);
  // A figure stored as text is left out of Excel's SUM. 说明 is skipped: its 规则数据版本 may happen to be all digits.
  const figuresAsText: string[] = [];
  for (const sheet of book.worksheets.filter((s) => s.name !== '说明')) {
    sheet.eachRow((row) => row.eachCell((cell) => {
      if (typeof cell.value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(cell.value)) figuresAsText.push(`${sheet.name}!${cell.address}「${cell.value}」`);
    }));
  }
  expect(figuresAsText).toEqual([]);
  const valuesOf = (name: string, key: string, headings: string[]) => {
    const sheet = book.getWorksheet(name)!;
    const head = (sheet.getRow(1).values as unknown[]).slice(1);
    const rows: ExcelJS.Row[] = [];
    sheet.eachRow((row) => row.getCell(1).value === key && rows.push(row));
    return rows.map((row) => headings.map((h) => row.getCell(head.indexOf(h) + 1).value ?? ''));
  };
  expect(valuesOf('人员', 'A002', ['已认定年度', '核认跨度起始年份'])).toEqual([['2021、2022', '']]);
  expect(valuesOf('人员', 'A003', ['核认跨度起始年份', '核认跨度结束年份'])).toEqual([[2022, 2023]]);
  expect(valuesOf('活动', 'A001', ['年度', '学时', '全天（天）']).slice(0, 2)).toEqual([[2019, 30, ''], [2019, '', 8]]);
  expect(valuesOf('活动', 'A002', ['活动形式', '年度', '数量']).find((r) => r[0] === '课题研究与项目开发')).toEqual(['课题研究与项目开发', 2022, 1]);
  expect(valuesOf('活动', 'A003', ['开始日期', '结束日期'])).toEqual([['2022-01-01', '2023-06-30']]);
  // And it still imports to the same results.
  const again = checkBatch(await readXlsx(new Uint8Array(await blob.arrayBuffer())), ruleSet);
  expect(again.errorCount).toBe(0);
  expect(again.results).toEqual(check.results);
});

test('the results workbook names who was left out: a 未核对 sheet with 工号, 姓名, 部门 and why, the count on every sheet’s first line and in 说明, and 备注 for activities not counted', async () => {
  const ruleSet = getRuleSet('zhuzhou-2024')!;
  const tables = [
    { name: '人员', rows: MISTAKES.people },
    { name: '活动', rows: MISTAKES.activities },
  ];
  const check = checkBatch(tables, ruleSet, { excluded: new Set(MISTAKES.expected.map((e) => `${e.sheet}!${e.row}`)) });
  const blob = await buildResultsWorkbook(ruleSet, check.people, check.results, new Date('2026-01-02T09:05:00+08:00'), check.unchecked);
  const book = await open(blob);
  expect(book.worksheets.map((s) => s.name)).toEqual(['汇总', '未核对', '逐年', '逐项', '说明', '人员', '活动']);
  for (const name of ['汇总', '未核对', '逐年', '逐项']) expect(String(book.getWorksheet(name)!.getRow(1).getCell(1).value)).toMatch(/；生成于 2026-01-02 09:05（北京时间）；另有 3 人未核对，见「未核对」表$/);
  expect(sheetRows(book.getWorksheet('未核对')!).slice(1).map((r) => Array.from(r, (c) => c ?? ''))).toEqual([
    ['工号', '姓名', '部门', '原因'],
    ['A001', '张三丰', '办公室', '已排除人员表第5行：工号「A001」与人员表第2行重复，且内容不同（姓名：第2行「张三」，本行「张三丰」）'],
    ['A004', '赵六', '技术部', '已排除人员表第6行：「高级」不是可选的拟申报级别，可选：正高级、副高级、中级、初级'],
    ['A005', '钱七', '技术部', '已排除人员表第7行：须填写学历'],
  ]);
  const info = sheetRows(book.getWorksheet('说明')!);
  expect(info.filter((r) => /人数$/.test(r[0] ?? ''))).toEqual([
    ['核对人数', '3'],
    ['未核对人数', '3'],
  ]);
  const summary = sheetRows(book.getWorksheet('汇总')!);
  expect(summary[1]!.at(-1)).toBe('备注');
  expect(summary.slice(2).map((r) => [r[0], r[7] ?? ''])).toEqual([
    ['A001', '已排除活动表第20、21、22、23、24、25行，未计入学时'],
    // 李四's two 2020 rows, before his span 2021–2023 (通知 二（一）).
    ['A002', '活动表第12、13行不在核认跨度内，均计 0 学时'],
    ['A003', ''],
  ]);
  // Imported again, the 未核对 sheet is read as notes: the same people, computed alike.
  const again = checkBatch(await readXlsx(new Uint8Array(await blob.arrayBuffer())), ruleSet);
  expect([again.needsMapping, again.errorCount, again.unchecked]).toEqual([false, 0, []]);
  expect(again.results.map(({ excludedRows, ...r }) => r)).toEqual(check.results.map(({ excludedRows, ...r }) => r));
});

test('the results workbook says of a row typed twice that both were counted: in 汇总’s 备注 and in 说明; imported again, it is found again', async () => {
  const ruleSet = getRuleSet('zhuzhou-2024')!;
  // 李四's 2023 专业 course (活动 row 17) typed again as row 19: counted twice, he reaches 2023's 专业科目.
  const tables = [
    { name: '人员', rows: GOOD_PEOPLE },
    { name: '活动', rows: [...GOOD_ACTIVITIES, GOOD_ACTIVITIES[16]!] },
  ];
  const check = checkBatch(tables, ruleSet);
  expect(check.results.map((r) => [r.key, r.met])).toEqual([
    ['A001', true],
    ['A002', true],
    ['A003', true],
  ]);
  const blob = await buildResultsWorkbook(ruleSet, check.people, check.results, new Date('2026-01-02T09:05:00+08:00'), check.unchecked);
  const book = await open(blob);
  const summary = sheetRows(book.getWorksheet('汇总')!);
  expect(summary.slice(2).map((r) => [r[0], r[7] ?? ''])).toEqual([
    ['A001', ''],
    ['A002', '活动表第19行与第17行内容完全相同，均已计入学时；活动表第12、13行不在核认跨度内，均计 0 学时'],
    ['A003', ''],
  ]);
  const info = sheetRows(book.getWorksheet('说明')!);
  expect(info.find((r) => r[0] === '说明')?.[1]).toContain('1 人的活动有内容完全相同的行，均已按所填计入学时，见「汇总」表备注；如系重复填写，请删去重复的行后重新核对。');
  const again = checkBatch(await readXlsx(new Uint8Array(await blob.arrayBuffer())), ruleSet);
  expect(again.issues.filter((i) => i.sameAs).map((i) => `${i.sheet}!${i.row} ${i.sameAs}`)).toEqual(['活动!18 活动!17']); // the export writes each person's activities together
});

test('the results workbook carries the check’s warnings: a later year and a retired 计入年度 at the activity (逐项 提示), the span at the person (汇总 备注)', async () => {
  const ruleSet = getRuleSet('zhuzhou-2024')!;
  const people = [['工号', '姓名', '拟申报级别', '学历', '核认跨度起始年份', '核认跨度结束年份'], ['A1', '冯十二', '副高级', '大学本科', '2026', '2030']];
  const activities = [
    ['工号', '活动形式', '年度', '科目', '课程来源', '学时', '开始日期', '结束日期', '任务类型', '计入年度', '考核合格'],
    ['A1', '课程', '2030', '公需', '网络平台课程等远程教育', '30', '', '', '', '', ''],
    ['A1', '特定工作任务', '', '', '', '', '2025-09-01', '2026-04-30', '援藏', '开始当年', '是'],
    ['A1', '课程', '2026', '公需', '网络平台课程等远程教育', '30', '', '', '', '', ''],
  ];
  const check = checkBatch([{ name: '人员', rows: people }, { name: '活动', rows: activities }], ruleSet, { thisYear: 2026 });
  expect(check.errorCount).toBe(0);
  const book = await open(await buildResultsWorkbook(ruleSet, check.people, check.results, new Date(2026, 0, 2), check.unchecked, check.issues));
  const items = book.getWorksheet('逐项')!;
  const head = (items.getRow(2).values as unknown[]).slice(1);
  expect(head.at(-1)).toBe('提示');
  const said = (row: number) => String(items.getRow(row + 2).getCell(head.indexOf('提示') + 1).value ?? '');
  expect(said(1)).toBe('年度：2030年晚于今年（2026年），请核对');
  // Said once, although both the engine and the check give it.
  expect(said(2)).toBe('计入年度已按通知改为结束当年（2026年），原选择的开始当年不再适用');
  expect(said(3)).toBe('');
  const summary = book.getWorksheet('汇总')!;
  const note = String(summary.getRow(3).getCell(8).value ?? '');
  expect(note).toBe('核认跨度结束年份：2030年晚于今年（2026年），请核对');
});

test('the results workbook keeps every row left out, as typed, in 已排除 with its sheet, row and why; a person whose own row was excluded says so; imported again, the same results', async () => {
  const ruleSet = getRuleSet('zhuzhou-2024')!;
  const people = [
    ['工号', '姓名', '部门', '拟申报级别', '学历'],
    ['C01', '张一', '内科', '中级', '大学本科'],
    ['C02', '李二', '外科', '副高级', '大学本科'],
    ['C01', '张一', '内科', '副高级', '大学本科'], // row 4: C01 again, another 拟申报级别
    ['C03', '王三', '外科', '高级', '大学本科'], // row 5: 拟申报级别 not offered
  ];
  const activities = [
    ['工号', '活动形式', '年度', '科目', '课程来源', '学时', '开始日期', '结束日期', '任务类型', '考核合格'],
    ['C01', '课程', '2023', '公需', '网络平台课程等远程教育', '30', '', '', '', ''],
    ['C01', '特定工作任务', '', '', '', '', '2023-02-30', '2023-12-31', '援疆', '是'], // row 3: impossible date
    ['C02', '课程', '2023', '专业', '网络平台课程等远程教育', '60', '', '', '', ''],
    ['C03', '课程', '２０２３', '专业', '网络平台课程等远程教育', ' 12 ', '', '', '', ''], // row 5: left out with 王三
  ];
  const tables = [{ name: '人员', rows: people }, { name: '活动', rows: activities }];
  const first = checkBatch(tables, ruleSet);
  expect(first.issues.filter((i) => i.level === 'error').map((i) => i.ref)).toEqual(['人员!4', '人员!5', '活动!3']);
  const check = checkBatch(tables, ruleSet, { excluded: new Set(['人员!4', '人员!5', '活动!3']) });
  expect(check.errorCount).toBe(0);
  const blob = await buildResultsWorkbook(ruleSet, check.people, check.results, new Date('2026-01-02T09:05:00+08:00'), check.unchecked, check.issues, check.notChecked);
  const book = await open(blob);
  expect(book.worksheets.map((s) => s.name)).toEqual(['汇总', '未核对', '逐年', '逐项', '说明', '人员', '活动', '已排除']);

  // Every row left out, under its own table's headings, its cells as typed (２０２３ and ' 12 ' as they were).
  const excluded = sheetRows(book.getWorksheet('已排除')!);
  expect(excluded[0]![0]).toMatch(/^依据 株人社函〔2024〕5号；/);
  expect(excluded.slice(1).map((r) => Array.from(r, (c) => c ?? ''))).toEqual([
    ['原表', '原行号', '排除原因', ...people[0]!],
    ['人员', '4', '已排除；排除前的问题：工号「C01」与人员表第2行重复，且内容不同（拟申报级别：第2行「中级」，本行「副高级」）', ...people[3]!],
    ['人员', '5', expect.stringMatching(/^已排除；排除前的问题：「高级」不是可选的拟申报级别/), ...people[4]!],
    [],
    ['原表', '原行号', '排除原因', ...activities[0]!],
    ['活动', '3', expect.stringMatching(/^已排除；排除前的问题：.*2023-02-30/), 'C01', '特定工作任务', '', '', '', '', '2023-02-30', '2023-12-31', '援疆', '是'],
    ['活动', '5', '本人的人员行（人员表第5行）已排除，本行随之未核对', 'C03', '课程', '２０２３', '专业', '网络平台课程等远程教育', ' 12 '],
  ]);

  // C01 was checked from row 2: 汇总's 备注 says which of their rows was left out, in the original file's numbers.
  const summary = sheetRows(book.getWorksheet('汇总')!);
  expect(summary.slice(2).map((r) => [r[0], r[7] ?? ''])).toEqual([
    ['C01', '已排除原文件中的人员表第4行，按第2行核对；已排除原文件中的活动表第3行，未计入学时'],
    ['C02', ''],
  ]);
  // 逐项's 原表行 in the original file's numbers too.
  expect(sheetRows(book.getWorksheet('逐项')!).slice(2).map((r) => [r[0], r[4]])).toEqual([
    ['C01', '原文件中的活动表第2行'],
    ['C02', '原文件中的活动表第4行'],
  ]);
  const info = sheetRows(book.getWorksheet('说明')!);
  // The three rows the officer excluded, as the page counts them (已排除 3 行), and 活动表第5行 told apart.
  expect(info.find((r) => r[0] === '已排除行数')).toEqual(['已排除行数', String(check.excludedRows.length)]);
  expect(check.excludedRows).toHaveLength(3);
  expect(info.find((r) => r[0] === '随人员未核对的活动行数')).toEqual(['随人员未核对的活动行数', '1']);
  expect(info.find((r) => r[0] === '说明')?.[1]).toContain('导入文件中有 4 行未用于核对（已排除 3 行，另有 1 行活动随所属人员未核对），不在这两表中：「已排除」表按原表名、原行号列出其原样内容和排除原因，再次导入时不读取该表。');

  // Imported again: 已排除 is not read, and the people come out as before.
  const again = checkBatch(await readXlsx(new Uint8Array(await blob.arrayBuffer())), ruleSet);
  expect([again.needsMapping, again.errorCount, again.warningCount, again.unchecked]).toEqual([false, 0, 0, []]);
  expect(again.layouts.find((l) => l.table === '已排除')?.role).toBe('ignored');
  expect(again.results.map(({ excludedRows, excludedOwnRows, ...r }) => r)).toEqual(check.results.map(({ excludedRows, excludedOwnRows, ...r }) => r));
});

test('逐项 has 计入学时 as its figure heading, and a 三援 task that meets its years in full leaves the figure empty and says 视为完成 in 状态 (通知 三（三）)', async () => {
  // The heading read 学时（学时）, and 视为完成 stood in the figure column, where Excel sums (an HR officer).
  const ruleSet = getRuleSet('zhuzhou-2024')!;
  const check = checkBatch([{ name: '人员', rows: GOOD_PEOPLE }, { name: '活动', rows: GOOD_ACTIVITIES }], ruleSet);
  const book = await open(await buildResultsWorkbook(ruleSet, check.people, check.results, new Date(2026, 0, 2)));
  const sheet = book.getWorksheet('逐项')!;
  const head = (sheet.getRow(2).values as unknown[]).slice(1);
  expect(head).toContain('计入学时');
  const rows = sheetRows(sheet).slice(2).filter((r) => r[0] === 'A003');
  expect(rows).toHaveLength(1);
  const at = (h: string) => rows[0]![head.indexOf(h)];
  expect([at('计入学时') ?? '', at('状态')]).toEqual(['', '视为完成']);
  // Where the officer finds it in the file (序号 alone did not say).
  expect(at('原表行')).toBe('活动表第18行');
  // What was filled in, beside the working (the working alone did not say what decided it).
  expect(at('填写内容')).toBe('起止日期：2022-01-01 至 2023-06-30；任务类型：援疆；考核合格：是');
});
