/**
 * calculate() remembers each activity's scored item between calls, per activity object and rule set. These tests hold
 * it to the one thing that matters: every result equals a fresh calculation of the same draft, whatever came before.
 */
import { describe, expect, it } from 'vitest';
import { calculate, type Activity, type Draft } from '../../../src/lib/rules';
import { draft, type ActivityWithoutId } from './helpers';

const Z = 'zhuzhou-2024' as const;

/**
 * A mixed case: every kind, years inside and outside the span, an item in error, assignments across years (one from an
 * older draft that chose 开始当年: counted in its end year, with the warning that says so, 附件1 二 7).
 */
function mixed(): ActivityWithoutId[] {
  const list: ActivityWithoutId[] = [];
  for (let y = 2014; y <= 2025; y++) {
    list.push({ kind: 'training', year: y, subject: y % 2 ? 'public' : 'professional', format: y % 3 ? 'training' : 'conference', days: y % 4, halfDays: 1, evenings: y % 2 });
    list.push({ kind: 'course', year: y, subject: 'professional', source: y % 2 ? 'platform' : 'online', hours: 12.5 });
    list.push({ kind: 'project', year: y, level: 'provincial', role: y % 2 ? 'host' : 'main' });
    list.push({ kind: 'paper', year: y, role: 'first', foreign: y % 2 === 0 });
    list.push({ kind: 'patent', year: y, patentType: 'utility', rank: (y % 3) + 1 });
    list.push({ kind: 'award', year: y, level: 'municipal', grade: 'second', rank: 2 } as ActivityWithoutId);
  }
  list.push({ kind: 'exam', year: 2021, count: 1 });
  list.push({ kind: 'assignment', mission: 'tibet', start: '2017-07-01', end: '2019-08-31', passed: true });
  list.push({ kind: 'assignment', mission: 'east-west', start: '2020-09-01', end: '2021-06-30', passed: true, countYear: 'start' });
  list.push({ kind: 'assignment', mission: 'xinjiang', start: '2022-01-01', end: '2022-03-31', passed: true });
  return list;
}

/** The same draft with new objects throughout, so that nothing can be remembered for it. */
const fresh = (d: Draft): Draft => structuredClone(d);

/** Replaces activity `i` as the calculator does on an edit: a new activity object in a new draft. */
function edit(d: Draft, i: number, patch: Record<string, unknown>): Draft {
  const activities = [...d.activities];
  activities[i] = { ...(activities[i] as Activity), ...patch } as Activity;
  return { ...d, activities };
}

describe('calculate() remembering each activity', () => {
  it('gives the same result as a fresh calculation after every edit, removal, addition, span, round and profile change', () => {
    let d = draft(Z, mixed(), { span: { from: 2016, to: 2020 } });
    const steps: [string, (d: Draft) => Draft][] = [
      ['first calculation', (x) => x],
      ['the same draft again', (x) => x],
      ['one activity edited', (x) => edit(x, 0, { days: 5 })],
      ['the edit undone', (x) => edit(x, 0, { days: 0 })],
      ['an activity moved out of the span', (x) => edit(x, 7, { year: 2024 })],
      ['a field made wrong', (x) => edit(x, 10, { rank: 0 })],
      ['an activity removed', (x) => ({ ...x, activities: x.activities.filter((_, i) => i !== 3) })],
      ['an activity added', (x) => ({ ...x, activities: [...x.activities, { id: 'new1', kind: 'training', year: 2018, subject: 'public', format: 'training', days: 2, halfDays: 0, evenings: 0 }] })],
      ['the span widened', (x) => ({ ...x, span: { from: 2014, to: 2025 } })],
      ['the span narrowed', (x) => ({ ...x, span: { from: 2019, to: 2021 } })],
      ['the span back to the rule', (x) => ({ ...x, span: null })],
      ['a covered year', (x) => ({ ...x, coveredYears: [2020] })],
      ['the round switched', (x) => ({ ...x, ruleSet: 'hunan-2020' })],
      ['an edit under the other round', (x) => edit(x, 1, { hours: 30 })],
      ['the round switched back', (x) => ({ ...x, ruleSet: Z })],
      ['the profile unanswered', (x) => ({ ...x, profile: { medical: false, teacher: false } })],
      ['the profile answered again', (x) => ({ ...x, profile: { medical: false, teacher: false, titleLevel: 'full-senior', degree: 'master' } })],
      ['every activity in reverse order', (x) => ({ ...x, activities: [...x.activities].reverse() })],
    ];
    for (const [name, step] of steps) {
      d = step(d);
      expect(calculate(d), name).toEqual(calculate(fresh(d)));
    }
  });

  it('carries the older 开始当年 warning through every step as a fresh calculation does (附件1 二 7)', () => {
    const d = draft(Z, mixed(), { span: { from: 2016, to: 2022 } });
    const told = (r: ReturnType<typeof calculate>) => r.items.filter((i) => i.warnings.length > 0).map((i) => [i.years, i.warnings]);
    const expected = [[[2021], ['计入年度已按通知改为结束当年（2021年），原选择的开始当年不再适用']]];
    expect(told(calculate(d))).toEqual(expected);
    expect(told(calculate({ ...d, span: { from: 2021, to: 2021 } }))).toEqual(expected);
    expect(told(calculate(fresh(d)))).toEqual(expected);
  });

  it('keeps the item objects of activities a keystroke did not change, and only those', () => {
    const d = draft(Z, mixed(), { span: { from: 2016, to: 2020 } });
    const before = calculate(d).items;
    const after = calculate(edit(d, 5, { days: 2 })).items;
    const changed = after.filter((item, i) => item !== before[i]).map((item) => item.activityId);
    expect(changed).toEqual([d.activities[5]?.id]);
  });

  it('leaves the results it gave earlier as they were when the span changes', () => {
    const d = draft(Z, mixed(), { span: { from: 2016, to: 2020 } });
    const first = calculate(d);
    const copy = structuredClone(first);
    calculate({ ...d, span: { from: 2019, to: 2019 } });
    calculate({ ...d, ruleSet: 'hunan-2020' });
    expect(first).toEqual(copy);
  });
});
