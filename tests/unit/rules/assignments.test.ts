/** Special assignments: length arithmetic and input errors (附件1 二 7 / 附件 二 7). */
import { describe, expect, it } from 'vitest';
import { calculate, classifyLength, parseDay } from '../../../src/lib/rules';
import { draft, yearOf } from './helpers';

const span = { from: 2019, to: 2024 };
const assignment = (start: string, end: string, passed = true) => ({ kind: 'assignment' as const, mission: 'xinjiang', start, end, passed });

// The lengths (6 months, exactly a year, longer, across years) are policy cases in content/rules/*.cases.yaml.

describe.each(['zhuzhou-2024', 'hunan-2020'] as const)('%s assignments (附件 二 7)', (notice) => {
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
