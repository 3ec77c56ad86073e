/**
 * The 2020 round's 专业科目 一般不少于 60 (湘人社函〔2020〕11号 一（二）; POLICY-NOTES.md: below 60 is a warning, not a
 * failure): a year with the total met and 专业 under 60 is 基本达标 with the shortfall, on the page's figures, in its
 * filters, order and counts, and in the exported 汇总 and 逐年, as the calculator and the PDF worksheet say it.
 */
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { checkBatch } from '../../../src/lib/batch/check';
import { readXlsx } from '../../../src/lib/batch/read';
import { advisoryNote, summaryLine, yearVerdict } from '../../../src/lib/batch/results';
import { overviewOf, shownIndexes, type ViewQuery } from '../../../src/lib/batch/view';
import { buildResultsWorkbook } from '../../../src/lib/batch/workbooks';
import { composeWorksheet } from '../../../src/lib/pdf/worksheet-content';
import { calculate, getRuleSet } from '../../../src/lib/rules';

const ruleSet = getRuleSet('hunan-2020')!;
const course = (key: string, year: number, subject: '公需' | '专业', hours: number) => [key, '课程', String(year), subject, '网络平台课程等远程教育', String(hours)];
const tables = [
  {
    name: '人员',
    rows: [
      ['工号', '姓名', '部门', '拟申报级别', '学历', '核认跨度起始年份', '核认跨度结束年份'],
      ['H1', '周一', '内科', '副高级', '大学本科', '2018', '2019'],
      ['H2', '吴二', '外科', '副高级', '大学本科', '2018', '2019'],
      ['H3', '郑三', '内科', '副高级', '大学本科', '2018', '2019'],
      ['H4', '王四', '外科', '副高级', '大学本科', '2018', '2019'],
    ],
  },
  {
    name: '活动',
    rows: [
      ['工号', '活动形式', '年度', '科目', '课程来源', '学时'],
      // 周一: 2019 公需 32 / 专业 58 / 合计 90, the tester's year.
      ...[course('H1', 2018, '公需', 30), course('H1', 2018, '专业', 60), course('H1', 2019, '公需', 32), course('H1', 2019, '专业', 58)],
      // 吴二: 2018 50 / 40 / 90.
      ...[course('H2', 2018, '公需', 50), course('H2', 2018, '专业', 40), course('H2', 2019, '公需', 30), course('H2', 2019, '专业', 60)],
      // 郑三: 2019 30 / 50 / 80, short of the total (required) and of 专业 (advisory).
      ...[course('H3', 2018, '公需', 30), course('H3', 2018, '专业', 60), course('H3', 2019, '公需', 30), course('H3', 2019, '专业', 50)],
      ...[course('H4', 2018, '公需', 30), course('H4', 2018, '专业', 60), course('H4', 2019, '公需', 30), course('H4', 2019, '专业', 60)],
    ],
  },
];

describe('2020: 专业科目 under 60 with the total met', () => {
  const check = checkBatch(tables, ruleSet);
  const [h1, h2, h3, h4] = check.results;

  test('is 基本达标 with what is short, never plain 达标; a required gap is still 未达标', () => {
    expect(check.errorCount).toBe(0);
    expect(check.results.map((r) => [r.key, r.status, r.met])).toEqual([
      ['H1', 'warning', true],
      ['H2', 'warning', true],
      ['H3', 'short', false],
      ['H4', 'met', true],
    ]);
    expect(h1!.years.map(yearVerdict)).toEqual(['达标', '基本达标：专业科目一般不少于 60，差 2']);
    expect(h2!.years.map(yearVerdict)).toEqual(['基本达标：专业科目一般不少于 60，差 20', '达标']);
    expect(h3!.years.map(yearVerdict)).toEqual(['达标', '未达标；专业科目一般不少于 60，差 10']);
    expect(h4!.years.map(yearVerdict)).toEqual(['达标', '达标']);
    // 专业差 is the real shortfall; only the required ones are gaps (最常见的缺口, 缺口学时多在前).
    expect(h1!.years[1]).toMatchObject({ shortProfessional: 2, shortTotal: 0, advisory: [{ part: 'professional', required: 60, hours: 2 }] });
    expect([h1!.gaps, h2!.gaps, h3!.gaps]).toEqual([[], [], [{ year: 2019, part: 'total', hours: 10 }]]);
    expect(advisoryNote(h2!)).toBe('2018年专业科目一般不少于 60，差 20');
  });

  test('says what the PDF worksheet says of the year: 基本达标, 专业 一般不少于 60, 差 2', () => {
    const person = check.people[0]!;
    // As drawn: the word joiners that keep a figure whole are not drawn, a no-break space is a space.
    const worksheet = JSON.stringify(composeWorksheet(calculate(person.draft), person.draft, { includeName: false, includeEmployer: false, generatedAt: new Date(2026, 0, 2), shareLink: null })).replace(/\u2060/g, '').replace(/\u00a0/g, ' ');
    expect(worksheet).toContain('基本达标：专业科目一般不少于 60，差 2');
    // Counted as the calculator's page and its floating summary count it (it said 达标 2 个（其中 1 个有提示）).
    expect(composeWorksheet(calculate(person.draft), person.draft, { includeName: false, includeEmployer: false, generatedAt: new Date(2026, 0, 2), shareLink: null }).summary).toBe('核认跨度内共 2 个年度：达标 1 个，基本达标 1 个，未达标 0 个。');
    expect(yearVerdict(h1!.years[1]!)).toMatch(/^基本达标：专业科目一般不少于 60，差 2$/);
  });

  test('is counted apart in the summary line and the figures, found by 只看基本达标 (overall or in a year), and ordered after 未达标', () => {
    expect(summaryLine(check.results)).toBe('共 4 人，达标 1 人，基本达标 2 人，未达标 1 人；最常见的缺口：2019年合计（1 人）。');
    expect(overviewOf(check.results)).toMatchObject({ count: 4, metCount: 1, warningCount: 2, shortCount: 1 });
    const all: Omit<ViewQuery, 'page'> = { status: '', department: '', year: '', find: '', sort: 'key' };
    const keys = (q: Partial<ViewQuery>) => shownIndexes(check.results, { ...all, ...q }).map((i) => check.results[i]!.key);
    expect(keys({ status: 'warning' })).toEqual(['H1', 'H2']);
    expect(keys({ status: 'warning', year: '2019' })).toEqual(['H1']);
    expect(keys({ status: 'short' })).toEqual(['H3']);
    expect(keys({ status: 'short', year: '2018' })).toEqual([]);
    expect(keys({ sort: 'short-first' })).toEqual(['H3', 'H1', 'H2', 'H4']);
  });

  test('the exported 汇总 and 逐年 say 基本达标 with the part and the shortfall, 专业差 is the real one, and it imports to the same results', async () => {
    const blob = await buildResultsWorkbook(ruleSet, check.people, check.results, new Date(2026, 0, 2));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await blob.arrayBuffer());
    const rows = (name: string, headings: string[]) => {
      const sheet = book.getWorksheet(name)!;
      const head = (sheet.getRow(2).values as unknown[]).slice(1);
      const out: unknown[][] = [];
      sheet.eachRow((row, n) => n > 2 && out.push(headings.map((h) => row.getCell(head.indexOf(h) + 1).value ?? '')));
      return out;
    };
    expect(rows('汇总', ['工号', '结果', '缺口'])).toEqual([
      ['H1', '基本达标', '2019年专业科目一般不少于 60，差 2'],
      ['H2', '基本达标', '2018年专业科目一般不少于 60，差 20'],
      ['H3', '未达标', '2019年合计差 10；2019年专业科目一般不少于 60，差 10'],
      ['H4', '达标', ''],
    ]);
    expect(rows('逐年', ['工号', '年度', `公需科目（${ruleSet.hoursUnit}）`, `专业科目（${ruleSet.hoursUnit}）`, `合计（${ruleSet.hoursUnit}）`, '专业差', '合计差', '年度结果']).filter((r) => r[0] !== 'H4')).toEqual([
      ['H1', 2018, 30, 60, 90, 0, 0, '达标'],
      ['H1', 2019, 32, 58, 90, 2, 0, '基本达标：专业科目一般不少于 60，差 2'],
      ['H2', 2018, 50, 40, 90, 20, 0, '基本达标：专业科目一般不少于 60，差 20'],
      ['H2', 2019, 30, 60, 90, 0, 0, '达标'],
      ['H3', 2018, 30, 60, 90, 0, 0, '达标'],
      ['H3', 2019, 30, 50, 80, 10, 10, '未达标；专业科目一般不少于 60，差 10'],
    ]);
    const again = checkBatch(await readXlsx(new Uint8Array(await blob.arrayBuffer())), ruleSet);
    expect(again.errorCount).toBe(0);
    expect(again.results).toEqual(check.results);
  });
});
