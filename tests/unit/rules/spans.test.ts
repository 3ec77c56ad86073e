/** Verification spans (核认跨度) by applicant, per POLICY-NOTES.md "Verification span". */
import { describe, expect, it } from 'vitest';
import { calculate } from '../../../src/lib/rules';
import { draft } from './helpers';

// The span of each applicant (通知 二 of 2024, 通知 三 of 2020) is a policy case in content/rules/*.cases.yaml.
describe('spans derived from the profile', () => {
  it('reports the span as a problem to fix, with no years, where the notice sets none (通知 二: 博士参评副高)', () => {
    const result = calculate(draft('zhuzhou-2024', [], { profile: { titleLevel: 'deputy-senior', degree: 'doctor' } }));
    expect(result.span).toBeNull();
    expect(result.years).toEqual([]);
    expect(result.problems[0]?.field).toBe('span');
    expect(result.problems[0]?.message).toMatch(/核认跨度/);
  });

  it('shows the 按相关规定执行 note to a doctor applying for 副高 in 2024 (通知 二)', () => {
    const result = calculate(draft('zhuzhou-2024', [], { profile: { titleLevel: 'deputy-senior', degree: 'doctor' } }));
    expect(result.notes.map((n) => n.id)).toContain('doctor-span');
  });

  it('shows the 参照执行 note to teachers (通知 二)', () => {
    const result = calculate(draft('zhuzhou-2024', [], { profile: { titleLevel: 'intermediate', degree: 'bachelor', teacher: true } }));
    expect(result.notes.find((n) => n.id === 'teacher-span')?.cite.anchor).toBe('tz-2');
  });

  it('tells a 医学类 applicant, under either round, that 继续医学教育学分 are not converted (neither notice says how)', () => {
    // A doctor's walk found nothing said of them: the notices count 学时（分） and are silent on CME credits.
    for (const round of ['zhuzhou-2024', 'hunan-2020'] as const) {
      const medical = calculate(draft(round, [], { profile: { titleLevel: 'deputy-senior', degree: 'bachelor', medical: true } }));
      expect(medical.notes.find((n) => n.id === 'medical-credits')).toMatchObject({ kind: 'decision', cite: { anchor: 'fj1-1-3' } });
      expect(medical.notes.find((n) => n.id === 'medical-credits')?.text).toContain('本站不作折算');
      const other = calculate(draft(round, [], { profile: { titleLevel: 'deputy-senior', degree: 'bachelor' } }));
      expect(other.notes.map((n) => n.id)).not.toContain('medical-credits');
    }
  });

  it('lets the user override the span, and the override wins over the rule (span-override)', () => {
    const result = calculate(draft('zhuzhou-2024', [], { span: { from: 2017, to: 2018 } }));
    expect(result.span).toMatchObject({ from: 2017, to: 2018, source: 'override' });
    expect(result.years.map((y) => y.year)).toEqual([2017, 2018]);
  });

  it('accepts an entered span where the notice gives none (通知 二: 博士参评副高)', () => {
    const result = calculate(draft('zhuzhou-2024', [], { profile: { titleLevel: 'deputy-senior', degree: 'doctor' }, span: { from: 2021, to: 2023 } }));
    expect(result.years).toHaveLength(3);
    expect(result.problems).toEqual([]);
  });
});

describe('items outside the span', () => {
  it('lists an activity dated outside the span as outside, not counted (outside-span)', () => {
    const result = calculate(
      draft('zhuzhou-2024', [{ kind: 'paper', year: 2018, role: 'first' }], { profile: { titleLevel: 'full-senior', degree: 'bachelor' } }),
    );
    const item = result.items[0];
    expect(item?.status).toBe('outside-span');
    expect(item?.hours).toBe(0);
    expect(item?.reason).toContain('2019～2023');
    expect(result.years.every((y) => y.total === 0)).toBe(true);
  });

  it('counts the in-span years of an assignment that starts before the span (附件1 二 7)', () => {
    const result = calculate(
      draft('zhuzhou-2024', [{ kind: 'assignment', mission: 'tibet', start: '2017-07-01', end: '2019-08-31', passed: true }]),
    );
    expect(result.items[0]?.years).toEqual([2019]);
    expect(result.years.find((y) => y.year === 2019)?.metInFull?.by).toBe('assignment');
    // The years left out are named as such, not only in the reason's words (the calculator warns of them by this).
    expect(result.items[0]?.yearsOutside).toEqual([2017, 2018]);
    expect(result.items[0]?.reason).toBe('2017、2018年不在核认跨度（2019～2023年）内，不计入。');
  });

  it('ignores covered-year marks outside the span and says so', () => {
    const result = calculate(draft('zhuzhou-2024', [], { coveredYears: [2012] }));
    expect(result.problems.find((p) => p.field === 'coveredYears')?.message).toContain('2012');
  });
});
