/**
 * A draft is checked as a whole, wherever it comes from: activity ids unique, dates within the years the notices
 * can mean, an assignment no longer than a span, choice values short. Each bound here stops an input that once
 * stopped or froze the calculator (issue 9).
 */
import { describe, expect, it } from 'vitest';
import { calculate, describePath, parseActivity, parseDraft, type Draft } from '../../../src/lib/rules';

const training = (id: string, year = 2020) => ({ id, kind: 'training', year, subject: 'public', format: 'training', days: 1, halfDays: 0 });
const assignment = (start: string, end: string, id = 'x1') => ({ id, kind: 'assignment', mission: 'tibet', start, end, passed: true });
const draftWith = (activities: unknown[]) => ({
  format: 'hunan-jxjy-draft',
  version: 1,
  ruleSet: 'zhuzhou-2024',
  profile: { titleLevel: 'deputy-senior', degree: 'master' },
  span: { from: 2019, to: 2023 },
  activities,
});

function accepted(input: unknown) {
  const parsed = parseDraft(input);
  if (!parsed.ok) throw new Error(`expected the draft to be read, got ${JSON.stringify(parsed.issues)}`);
  return parsed;
}

function refusal(input: unknown): string[] {
  const parsed = parseDraft(input);
  if (parsed.ok) throw new Error('expected the draft to be refused');
  return parsed.issues.map((i) => `${i.field}：${i.message}`);
}

describe('activity ids', () => {
  it('gives an activity whose id repeats an earlier one’s a new id, and says which positions were concerned', () => {
    const read = accepted(draftWith([training('a1', 2020), training('b', 2021), training('a1', 2022)]));
    expect(read.draft.activities.map((a) => a.id)).toEqual(['a1', 'b', 'a1-2']);
    expect(read.draft.activities.map((a) => a.kind === 'training' && a.year)).toEqual([2020, 2021, 2022]);
    expect(read.repairs).toEqual(['活动编号重复：第3项（与第1项相同），已重新编号，活动内容未变。']);
  });

  it('never gives a new id that another activity already has, even 64 characters long', () => {
    const long = 'z'.repeat(64);
    const read = accepted(draftWith([training(long), training(`${'z'.repeat(56)}-2`), training(long), training(long)]));
    const ids = read.draft.activities.map((a) => a.id);
    expect(new Set(ids).size).toBe(4);
    expect(ids.every((id) => /^[A-Za-z0-9_-]{1,64}$/.test(id))).toBe(true);
  });

  it('counts the activities the note leaves out when many repeat', () => {
    const read = accepted(draftWith(Array.from({ length: 9 }, () => training('same'))));
    expect(read.repairs[0]).toMatch(/^活动编号重复：第2项（与第1项相同）、.*第6项（与第1项相同）等 8 项，已重新编号/);
  });

  it('reads a draft with unique ids as it is, with no note', () => {
    const read = accepted(draftWith([training('a1'), training('a2')]));
    expect(read.repairs).toEqual([]);
  });
});

describe('dates and years', () => {
  it.each([
    ['0001-01-01', '第1项活动「开始日期」：日期须在 1980 年至 2100 年之间'],
    ['1979-12-31', '第1项活动「开始日期」：日期须在 1980 年至 2100 年之间'],
  ])('refuses an assignment starting on %s, naming the field', (start, message) => {
    expect(refusal(draftWith([assignment(start, '2020-01-01')]))).toContain(message);
  });

  it('refuses an assignment ending after 2100', () => {
    expect(refusal(draftWith([assignment('2020-01-01', '9999-12-31')]))).toContain('第1项活动「结束日期」：日期须在 1980 年至 2100 年之间');
  });

  it('refuses an assignment touching more than 20 calendar years, on its end date', () => {
    expect(refusal(draftWith([assignment('2000-01-01', '2020-01-01')]))).toEqual(['第1项活动「结束日期」：开始至结束日期不能跨越 20 个以上年度']);
  });

  it('accepts an assignment touching exactly 20 calendar years, and the earliest and latest dates', () => {
    accepted(draftWith([assignment('2001-01-01', '2020-12-31'), assignment('1980-01-01', '1980-06-30', 'x2'), assignment('2100-01-01', '2100-12-31', 'x3')]));
  });

  it('gives the calculator’s form the same answer, field by field', () => {
    const result = parseActivity(assignment('1990-01-01', '2099-12-31'));
    expect(result).toMatchObject({ ok: false, issues: [{ path: ['end'], message: '开始至结束日期不能跨越 20 个以上年度' }] });
  });

  it('still refuses a wrongly written date with the format message only', () => {
    expect(refusal(draftWith([assignment('2020/01/01', '2020-06-30')]))).not.toContain('第1项活动「开始日期」：日期须在 1980 年至 2100 年之间');
  });
});

describe('how many items a draft can hold', () => {
  it('refuses a 51st special assignment, since each may be listed under 20 years', () => {
    const many = Array.from({ length: 51 }, (_, i) => assignment('2020-01-01', '2020-12-31', `x${i}`));
    expect(refusal(draftWith(many))).toEqual(['活动：特定工作任务最多 50 项']);
    accepted(draftWith(many.slice(1)));
  });
});

describe('text fields', () => {
  it('refuses a choice value longer than any option id (64 characters)', () => {
    expect(refusal(draftWith([{ ...training('a1'), format: 'a'.repeat(65) }]))).toEqual(['第1项活动「形式」：形式的取值无效']);
    expect(refusal({ ...draftWith([]), ruleSet: `z${'a'.repeat(64)}` })).toEqual(['政策年度：政策年度无效']);
  });

  it('names a field called like an Object method by its own name, not by the method', () => {
    expect(describePath(['activities', 0, 'constructor'])).toBe('第1项活动「constructor」');
    expect(describePath(['__proto__'])).toBe('__proto__');
  });
});

describe('the engine’s own bound', () => {
  it('marks an assignment over 20 years as an error instead of meeting ten thousand years', () => {
    const draft = { ...accepted(draftWith([])).draft, activities: [assignment('0001-01-01', '9999-12-31')] } as unknown as Draft;
    const result = calculate(draft);
    expect(result.items[0]).toMatchObject({ status: 'invalid', years: [9999], errors: [{ field: 'end', message: '开始至结束日期不能跨越 20 个以上年度' }] });
    expect(result.items[0]?.reason ?? '').not.toContain('1、2、3');
  });

  it('calculates 50 assignments of the longest allowed length, each meeting its 20 years', () => {
    const read = accepted({ ...draftWith(Array.from({ length: 50 }, (_, i) => assignment('2001-01-01', '2020-12-31', `x${i}`))), span: { from: 2004, to: 2023 } });
    const result = calculate(read.draft);
    expect(result.years).toHaveLength(20);
    expect(result.items.every((i) => i.status === 'met-in-full' && i.years.length === 17)).toBe(true);
  });
});

describe('a training within one calendar year (附件1 二 1)', () => {
  const withDays = (days: number, halfDays: number, evenings = 0) => calculate(accepted(draftWith([{ ...training('t1'), days, halfDays, evenings }])).draft).items[0]!;

  it('counts up to the days of a year: 366 full days, or 300 days and 132 half days', () => {
    expect(withDays(366, 0)).toMatchObject({ status: 'counted', hours: 2928 });
    expect(withDays(300, 132).status).toBe('counted');
  });

  it('refuses more days than a year has (400 typed for 40) instead of counting thousands of 学时', () => {
    const item = withDays(400, 900);
    expect(item.status).toBe('invalid');
    expect(item.hours).toBe(0);
    expect(item.errors).toEqual([expect.objectContaining({ field: 'days', message: '全天天数与半天次数合计超过2020年的天数（366 天），请核对' })]);
    expect(withDays(300, 134).status).toBe('invalid');
    expect(withDays(0, 0, 367).errors).toEqual([expect.objectContaining({ field: 'evenings', message: '晚上次数超过2020年的天数（366 天），请核对' })]);
  });

  it('knows a year of 365 days from a leap year: 366 days in 2023 is an error, in 2020 they count', () => {
    const inYear = (year: number, days: number) => calculate(accepted(draftWith([{ ...training('t1', year), days }])).draft).items[0]!;
    expect(inYear(2023, 365)).toMatchObject({ status: 'counted', hours: 2920 });
    expect(inYear(2023, 366).errors).toEqual([expect.objectContaining({ field: 'days', message: '全天天数与半天次数合计超过2023年的天数（365 天），请核对' })]);
    expect(inYear(2020, 366)).toMatchObject({ status: 'counted', hours: 2928 });
  });
});

describe('stated hours of a course, read from a stored or imported draft', () => {
  const course = (hours: unknown) => draftWith([{ id: 'c1', kind: 'course', year: 2021, subject: 'public', source: 'platform', hours }]);

  it('refuses a figure too large once, as too large, not also as having too many decimals (a tester’s 1e308)', () => {
    expect(refusal(course(1e308)).map((m) => m.replace(/^.*：/, ''))).toEqual(['不能超过 10000']);
    expect(refusal(course(10000.05)).map((m) => m.replace(/^.*：/, ''))).toEqual(['不能超过 10000']);
    expect(refusal(course(12.25)).map((m) => m.replace(/^.*：/, ''))).toEqual(['学时最多保留一位小数']);
    expect(accepted(course(12.5)).draft.activities[0]).toMatchObject({ hours: 12.5 });
  });
});
