/** Verification spans (核认跨度) by applicant, per POLICY-NOTES.md "Verification span". */
import { describe, expect, it } from 'vitest';
import { calculate } from '../../../src/lib/rules';
import { draft, type DraftOptions } from './helpers';

type Profile = DraftOptions['profile'];
type Row = [notice: 'zhuzhou-2024' | 'hunan-2020', clause: string, who: string, profile: Profile, span: [number, number] | null];

const rows: Row[] = [
  ['zhuzhou-2024', '通知 二', 'a 正高 applicant: 2019–2023', { titleLevel: 'full-senior', degree: 'bachelor' }, [2019, 2023]],
  ['zhuzhou-2024', '通知 二', 'a 副高 applicant: 2019–2023', { titleLevel: 'deputy-senior', degree: 'master' }, [2019, 2023]],
  ['zhuzhou-2024', '通知 二', 'a doctor applying for 副高: no span given, the user enters it', { titleLevel: 'deputy-senior', degree: 'doctor' }, null],
  ['zhuzhou-2024', '通知 二', 'a doctor applying for 正高: the senior span', { titleLevel: 'full-senior', degree: 'doctor' }, [2019, 2023]],
  ['zhuzhou-2024', '通知 二', 'an intermediate applicant: 2020–2023', { titleLevel: 'intermediate', degree: 'bachelor' }, [2020, 2023]],
  ['zhuzhou-2024', '通知 二', 'a master applying for 中级: 2021–2023', { titleLevel: 'intermediate', degree: 'master' }, [2021, 2023]],
  ['zhuzhou-2024', '通知 二', 'a doctor applying for 中级: the intermediate span (decision doctor-intermediate)', { titleLevel: 'intermediate', degree: 'doctor' }, [2020, 2023]],
  ['zhuzhou-2024', '通知 二', 'a teacher applying for 中级: as above by title (参照执行)', { titleLevel: 'intermediate', degree: 'bachelor', teacher: true }, [2020, 2023]],
  ['zhuzhou-2024', '通知 二', 'a junior applicant: not set (decision junior-span)', { titleLevel: 'junior', degree: 'bachelor' }, null],
  ['hunan-2020', '通知 三', 'a senior applicant: 2015–2019', { titleLevel: 'full-senior', degree: 'bachelor' }, [2015, 2019]],
  ['hunan-2020', '通知 三', 'a doctor applying for 副高: 2018–2019', { titleLevel: 'deputy-senior', degree: 'doctor' }, [2018, 2019]],
  ['hunan-2020', '通知 三', 'a master applying for a medical 副高: 2016–2019', { titleLevel: 'deputy-senior', degree: 'master', medical: true }, [2016, 2019]],
  ['hunan-2020', '通知 三', 'a master applying for a non-medical 副高: 2015–2019', { titleLevel: 'deputy-senior', degree: 'master', medical: false }, [2015, 2019]],
  ['hunan-2020', '通知 三（三）', 'an intermediate applicant: set by the 市州, the user enters it', { titleLevel: 'intermediate', degree: 'bachelor' }, null],
];

describe('spans derived from the profile', () => {
  it.each(rows)('%s %s: %s', (notice, _clause, _who, profile, span) => {
    const result = calculate(draft(notice, [], { profile }));
    if (span === null) {
      expect(result.span).toBeNull();
      expect(result.years).toEqual([]);
      expect(result.problems[0]?.field).toBe('span');
      expect(result.problems[0]?.message).toMatch(/核认跨度/);
    } else {
      expect(result.span).toMatchObject({ from: span[0], to: span[1], source: 'rule' });
      expect(result.years.map((y) => y.year)).toEqual(Array.from({ length: span[1] - span[0] + 1 }, (_, i) => span[0] + i));
    }
  });

  it('shows the 按相关规定执行 note to a doctor applying for 副高 in 2024 (通知 二)', () => {
    const result = calculate(draft('zhuzhou-2024', [], { profile: { titleLevel: 'deputy-senior', degree: 'doctor' } }));
    expect(result.notes.map((n) => n.id)).toContain('doctor-span');
  });

  it('shows the 参照执行 note to teachers (通知 二)', () => {
    const result = calculate(draft('zhuzhou-2024', [], { profile: { titleLevel: 'intermediate', degree: 'bachelor', teacher: true } }));
    expect(result.notes.find((n) => n.id === 'teacher-span')?.cite.anchor).toBe('tz-2');
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
    expect(item?.reason).toContain('2019~2023');
    expect(result.years.every((y) => y.total === 0)).toBe(true);
  });

  it('counts the in-span years of an assignment that starts before the span (附件1 二 7)', () => {
    const result = calculate(
      draft('zhuzhou-2024', [{ kind: 'assignment', mission: 'tibet', start: '2017-07-01', end: '2019-08-31', passed: true }]),
    );
    expect(result.items[0]?.years).toEqual([2019]);
    expect(result.years.find((y) => y.year === 2019)?.metInFull?.by).toBe('assignment');
  });

  it('ignores covered-year marks outside the span and says so', () => {
    const result = calculate(draft('zhuzhou-2024', [], { coveredYears: [2012] }));
    expect(result.problems.find((p) => p.field === 'coveredYears')?.message).toContain('2012');
  });
});
