/** The results table's figures, filters, order and pages, as the worker works them out for the page. */
import { describe, expect, test } from 'vitest';
import { checkBatch } from '../../../src/lib/batch/check';
import { generatePeople } from '../../../src/lib/batch/generate';
import { summaryLine, type PersonResult } from '../../../src/lib/batch/results';
import { peopleRows, activityRows } from '../../../src/lib/batch/rows';
import { overviewOf, PAGE_SIZE, pageOf, resultsPager, shownIndexes, type ViewQuery } from '../../../src/lib/batch/view';
import { getRuleSet } from '../../../src/lib/rules';
import { matchKey } from '../../../src/lib/batch/cells';

/** A person's row with only what the view looks at. */
function person(key: string, department: string, years: number[], gaps: PersonResult['gaps'] = [], name = key): PersonResult {
  return {
    key,
    name,
    department,
    met: gaps.length === 0,
    status: gaps.length === 0 ? 'met' : 'short',
    span: { from: years[0]!, to: years.at(-1)! },
    applying: '副高级，大学本科',
    years: years.map((year) => ({ year, public: 0, professional: 0, total: 0, shortPublic: 0, shortProfessional: 0, shortTotal: 0, status: 'met', advisory: [], metInFull: null })),
    gaps,
    activityCount: 0,
    excludedRows: [],
    excludedOwnRows: [],
    otherNameRows: [],
    repeatedRows: [],
    uncountedRows: [],
  };
}

const all: Omit<ViewQuery, 'page'> = { status: '', department: '', year: '', find: '', sort: 'key' };
const keysOf = (results: PersonResult[], indexes: number[]) => indexes.map((i) => results[i]!.key);

describe('a small hand-made batch', () => {
  const results = [
    person('A10', '财务科', [2021, 2022, 2023], [{ year: 2023, part: 'professional', hours: 20 }], '李四'),
    person('A2', '办公室', [2019, 2020, 2021, 2022, 2023], [], '张三'),
    person('A3', '财务科', [2022, 2023], [{ year: 2022, part: 'public', hours: 5 }, { year: 2023, part: 'total', hours: 10 }], '王五'),
    person('A1', '', [2020, 2021], [], '赵六'),
  ];

  test('counts who met and who is short, lists departments and years once each, and words the summary as summaryLine does', () => {
    expect(overviewOf(results)).toEqual({
      count: 4,
      metCount: 2,
      warningCount: 0,
      shortCount: 2,
      uncheckedCount: 0,
      repeatedCount: 0,
      line: summaryLine(results),
      departments: ['办公室', '财务科'],
      years: [2019, 2020, 2021, 2022, 2023],
    });
  });

  test('counts the people with a row typed twice, whose figures the officer is asked to check', () => {
    const twice = results.map((r, i) => (i === 1 ? { ...r, repeatedRows: [{ ref: '活动!7', sameAs: '活动!5' }] } : r));
    expect(overviewOf(twice).repeatedCount).toBe(1);
  });

  test('orders 工号 with their numbers read as numbers (A2 before A10)', () => {
    expect(keysOf(results, shownIndexes(results, all))).toEqual(['A1', 'A2', 'A3', 'A10']);
  });

  test('shows one department, or the people whose span covers a year', () => {
    expect(keysOf(results, shownIndexes(results, { ...all, department: '财务科' }))).toEqual(['A3', 'A10']);
    expect(keysOf(results, shownIndexes(results, { ...all, year: '2020' }))).toEqual(['A1', 'A2']);
  });

  test('只看未达标 with a year shows only the people short in that year', () => {
    expect(keysOf(results, shownIndexes(results, { ...all, status: 'short' }))).toEqual(['A3', 'A10']);
    expect(keysOf(results, shownIndexes(results, { ...all, status: 'short', year: '2022' }))).toEqual(['A3']);
    expect(keysOf(results, shownIndexes(results, { ...all, status: 'short', year: '2021' }))).toEqual([]);
  });

  test('查找人员 finds part of a 工号 or a name, typed in full-width, in another case or with spaces, within the other filters', () => {
    expect(keysOf(results, shownIndexes(results, { ...all, find: '李' }))).toEqual(['A10']);
    expect(keysOf(results, shownIndexes(results, { ...all, find: 'a1' }))).toEqual(['A1', 'A10']);
    expect(keysOf(results, shownIndexes(results, { ...all, find: 'Ａ１０' }))).toEqual(['A10']);
    expect(keysOf(results, shownIndexes(results, { ...all, find: ' 王 五 ' }))).toEqual(['A3']);
    expect(keysOf(results, shownIndexes(results, { ...all, find: '   ' }))).toEqual(['A1', 'A2', 'A3', 'A10']);
    expect(keysOf(results, shownIndexes(results, { ...all, find: 'A', department: '财务科', status: 'short' }))).toEqual(['A3', 'A10']);
    expect(keysOf(results, shownIndexes(results, { ...all, find: '钱七' }))).toEqual([]);
    expect(matchKey('Ａ００１　张三')).toBe('a001张三');
  });

  test('puts the largest gap first and the short before the met, ties in the file order', () => {
    expect(keysOf(results, shownIndexes(results, { ...all, sort: 'gap' }))).toEqual(['A10', 'A3', 'A2', 'A1']);
    expect(keysOf(results, shownIndexes(results, { ...all, sort: 'short-first' }))).toEqual(['A10', 'A3', 'A2', 'A1']);
    expect(keysOf(results, shownIndexes(results, { ...all, sort: 'department' }))).toEqual(['A1', 'A2', 'A10', 'A3']);
  });
});

describe('a batch of 220 generated people', () => {
  const zz = getRuleSet('zhuzhou-2024')!;
  const people = generatePeople(zz, 220, 8, 3);
  const { results } = checkBatch([
    { name: '人员', rows: peopleRows(people) },
    { name: '活动', rows: activityRows(people, zz) },
  ], zz);

  test('is shown in pages of 50 that together hold every person shown once, in order, the last page clamped', () => {
    const shown = shownIndexes(results, { ...all, sort: 'name' });
    expect(shown).toHaveLength(220);
    const pages = [0, 1, 2, 3, 4].map((page) => pageOf(results, shown, { ...all, sort: 'name', page }));
    expect(pages.map((p) => p.rows.length)).toEqual([PAGE_SIZE, PAGE_SIZE, PAGE_SIZE, PAGE_SIZE, 20]);
    expect(pages.flatMap((p) => p.rows.map((r) => r.index))).toEqual(shown);
    expect(pages[0]!.rows[0]!.r).toBe(results[shown[0]!]);
    const past = pageOf(results, shown, { ...all, sort: 'name', page: 9 });
    expect([past.query.page, past.pageCount, past.shownCount]).toEqual([4, 5, 220]);
  });

  test('打印结果 asks for every person shown on one page, in the same order (a printout of page 1 of 5 left out 170 people)', () => {
    const shown = shownIndexes(results, { ...all, sort: 'name' });
    const printed = pageOf(results, shown, { ...all, sort: 'name', page: 2, all: true });
    expect(printed.rows.map((r) => r.index)).toEqual(shown);
    expect([printed.pageCount, printed.shownCount]).toEqual([5, 220]);
  });

  test('each person says what their span follows, as their 人员 row gave it (an HR officer’s check: a printout did not say why years began at 2021)', () => {
    const levels = new Set(results.map((r) => r.applying));
    expect([...levels].every((t) => /^(正高级|副高级|中级|初级)，(博士研究生|硕士研究生|大学本科|其他)$/.test(t))).toBe(true);
    expect(levels.size).toBeGreaterThan(1);
  });

  test('gives each filter its own list when the officer goes back and forth between them', () => {
    const pager = resultsPager(results);
    const short = pager({ ...all, status: 'short', page: 0 });
    const everyone = pager({ ...all, page: 0 });
    const shortAgain = pager({ ...all, status: 'short', page: 1 });
    const shortCount = results.filter((r) => !r.met).length;
    expect(shortCount).toBeGreaterThan(PAGE_SIZE);
    expect([short.shownCount, everyone.shownCount, shortAgain.shownCount]).toEqual([shortCount, 220, shortCount]);
    expect([...short.rows, ...shortAgain.rows].every(({ r }) => !r.met)).toBe(true);
    expect(shortAgain.rows[0]!.index).toBe(shownIndexes(results, { ...all, status: 'short' })[PAGE_SIZE]);
  });

  test('gives 查找人员 its own list, and an empty page (not an error) when nobody matches', () => {
    const pager = resultsPager(results);
    const everyone = pager({ ...all, page: 1 });
    const someone = results[137]!;
    const found = pager({ ...all, find: someone.key, page: 0 });
    expect(found.rows.map(({ r }) => r.key)).toContain(someone.key);
    expect(found.rows.every(({ r }) => r.key.includes(someone.key) || r.name.includes(someone.key))).toBe(true);
    expect(pager({ ...all, page: 1 })).toEqual(everyone);
    const none = pager({ ...all, find: '没有这个人', page: 3 });
    expect([none.shownCount, none.pageCount, none.query.page, none.rows]).toEqual([0, 1, 0, []]);
  });

  test('counts the same people met and short as the results say', () => {
    const o = overviewOf(results);
    expect([o.count, o.metCount, o.shortCount]).toEqual([220, results.filter((r) => r.met).length, results.filter((r) => !r.met).length]);
    expect(o.metCount).toBeGreaterThan(0);
    expect(o.shortCount).toBeGreaterThan(0);
  });
});
