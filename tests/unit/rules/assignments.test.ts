/** Special assignments: lengths as POLICY-NOTES.md defines them (附件1 二 7 / 附件 二 7). */
import { describe, expect, it } from 'vitest';
import { calculate, classifyLength, parseDay } from '../../../src/lib/rules';
import { draft, yearOf } from './helpers';

const span = { from: 2019, to: 2024 };
const assignment = (start: string, end: string, passed = true) => ({ kind: 'assignment' as const, mission: 'xinjiang', start, end, passed });

type Row = [what: string, start: string, end: string, years: number[]];
const rows: Row[] = [
  ['just under 6 months is not covered', '2022-03-01', '2022-08-30', []],
  ['exactly 6 months meets its end year', '2022-03-01', '2022-08-31', [2022]],
  ['6 months ending in the next year meets the end year', '2022-09-15', '2023-03-14', [2023]],
  ['exactly 1 year (at most 1 year) meets only its end year', '2022-03-01', '2023-02-28', [2023]],
  ['just over 1 year meets every year it touches', '2022-03-01', '2023-03-01', [2022, 2023]],
  ['one touching three calendar years meets all three', '2021-12-01', '2023-01-31', [2021, 2022, 2023]],
  ['a month-end start falls back to the last day: 2023-08-31 + 6 months − 1 day = 2024-02-28', '2023-08-31', '2024-02-28', [2024]],
];

describe.each(['zhuzhou-2024', 'hunan-2020'] as const)('%s assignments (附件 二 7)', (notice) => {
  it.each(rows)('%s (%s..%s)', (_what, start, end, years) => {
    const result = calculate(draft(notice, [assignment(start, end)], { span }));
    const item = result.items[0];
    if (years.length === 0) {
      expect(item?.status).toBe('not-covered');
      expect(item?.reason).toContain('不满6个月');
      expect(result.years.every((y) => y.metInFull === null)).toBe(true);
    } else {
      expect(item?.status).toBe('met-in-full');
      expect(item?.years).toEqual(years);
      for (const y of result.years) {
        const full = years.includes(y.year);
        expect(y.metInFull?.by === 'assignment').toBe(full);
        // "Met in full": every part of the requirement is met, whatever else is recorded (met-in-full).
        if (full) expect(y.status).toBe('met');
      }
    }
    expect(item?.cite.anchor).toBe('fj1-2-7');
  });

  it('does not cover an assignment without a pass (assignment-pass)', () => {
    const item = calculate(draft(notice, [assignment('2021-01-01', '2022-12-31', false)], { span })).items[0];
    expect(item?.status).toBe('not-covered');
    expect(item?.reason).toContain('考核合格');
  });

  it('refuses an end before the start as an input error', () => {
    const result = calculate(draft(notice, [assignment('2022-05-01', '2022-04-30')], { span }));
    expect(result.items[0]?.status).toBe('invalid');
    expect(result.errors[0]).toMatchObject({ field: 'end', message: '结束日期不能早于开始日期' });
  });
});

describe('assignment length arithmetic', () => {
  it('treats 2022-03-01..2022-08-31 as exactly 6 months and 2022-03-01..2023-02-28 as at most a year', () => {
    expect(classifyLength(parseDay('2022-03-01'), parseDay('2022-08-31'), 6, 12)).toBe('min-to-max');
    expect(classifyLength(parseDay('2022-03-01'), parseDay('2023-02-28'), 6, 12)).toBe('min-to-max');
    expect(classifyLength(parseDay('2022-03-01'), parseDay('2023-03-01'), 6, 12)).toBe('over-max');
  });

  it('shows the met-in-full year as 90 hours deemed in the working (附件1 二 7)', () => {
    const result = calculate(draft('zhuzhou-2024', [assignment('2022-03-01', '2022-08-31')], { span }));
    expect(yearOf(result, 2022).metInFull?.text).toContain('90学时');
  });
});
