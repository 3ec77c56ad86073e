/**
 * Answers of the draft schema on edge cases where valibot's defaults differ from zod's, pinned to what the
 * zod/mini schema answered before the switch (draft-schema.ts keeps them with small helpers).
 */
import { describe, expect, it } from 'vitest';
import { parseActivity, parseDraft } from '../../../src/lib/rules';

const training = { id: 'a1', kind: 'training', year: 2020, subject: 'public', format: 'training', days: 3, halfDays: 0 };
const course = { id: 'c1', kind: 'course', year: 2020, subject: 'public', source: 'online', hours: 2 };
const valid = (patch: Record<string, unknown> = {}) => ({
  format: 'hunan-jxjy-draft',
  version: 1,
  ruleSet: 'zhuzhou-2024',
  profile: { titleLevel: 'deputy-senior', degree: 'master' },
  activities: [training],
  ...patch,
});

function issuesOf(input: unknown) {
  const parsed = parseDraft(input);
  if (parsed.ok) throw new Error('expected the draft to be refused');
  return parsed.issues.map(({ path, message }) => ({ path, message }));
}

describe('draft schema edge cases (as zod answered them)', () => {
  it('gives a missing field its own message', () => {
    const { year: _y, ...noYear } = training;
    expect(issuesOf(valid({ activities: [noYear] }))).toEqual([{ path: ['activities', 0, 'year'], message: '须填写年份（四位数字）' }]);
  });

  it('refuses an array in place of an object as a whole', () => {
    expect(issuesOf(valid({ profile: [] }))).toEqual([{ path: ['profile'], message: '格式无效' }]);
    expect(issuesOf(valid({ activities: [[]] }))).toEqual([{ path: ['activities', 0], message: '活动类型无效' }]);
  });

  it('takes Infinity (JSON.parse of 1e400) for a wrong type', () => {
    expect(issuesOf(valid({ activities: [{ ...course, hours: JSON.parse('1e400') }] }))).toEqual([
      { path: ['activities', 0, 'hours'], message: '须填写数字' },
    ]);
  });

  it('stops a number’s checks, and the span’s, at a failed integer check', () => {
    expect(issuesOf(valid({ activities: [{ ...training, days: -1.5 }] }))).toEqual([{ path: ['activities', 0, 'days'], message: '须为整数' }]);
    expect(issuesOf(valid({ span: { from: 2000.5, to: 1990 } }))).toEqual([{ path: ['span', 'from'], message: '年份须为整数' }]);
  });

  it('gives an unsafe integer the integer message, then the range message', () => {
    expect(issuesOf(valid({ activities: [{ ...training, days: -1e20 }] }))).toEqual([
      { path: ['activities', 0, 'days'], message: '须为整数' },
      { path: ['activities', 0, 'days'], message: '不能为负数' },
    ]);
  });

  it('refuses a list over its maximum with one message, without reading its items', () => {
    const activities = Array.from({ length: 1001 }, (_, i) => ({ id: `a${i}`, kind: 'exam', year: 1900, count: 1 }));
    expect(issuesOf(valid({ activities }))).toEqual([{ path: ['activities'], message: '活动最多 1000 项' }]);
  });

  it('adds the length message to a wrong-typed value that is too long', () => {
    const title = Array.from({ length: 201 }, () => 'a');
    expect(issuesOf(valid({ activities: [{ ...training, title }] }))).toEqual([
      { path: ['activities', 0, 'title'], message: '名称须为文字' },
      { path: ['activities', 0, 'title'], message: '名称不能超过 200 字' },
    ]);
  });

  it('checks one activity with the same messages, paths from the activity', () => {
    expect(parseActivity({ ...training, days: -1 })).toEqual({ ok: false, issues: [{ path: ['days'], field: '全天天数（天）', message: '不能为负数' }] });
    expect(parseActivity(training)).toEqual({ ok: true, activity: { ...training, evenings: 0 } });
  });
});
