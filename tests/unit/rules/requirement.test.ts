/** The annual requirement, each calendar year on its own (POLICY-NOTES.md "Annual requirement"). */
import { describe, expect, it } from 'vitest';
import { calculate } from '../../../src/lib/rules';
import { draft, yearOf } from './helpers';

const span = { from: 2020, to: 2021 };
const pub = (hours: number, year = 2020) => ({ kind: 'course' as const, year, subject: 'public' as const, source: 'online', hours });
const pro = (hours: number, year = 2020) => ({ kind: 'course' as const, year, subject: 'professional' as const, source: 'online', hours });

describe('zhuzhou-2024 requirement: 90 in all, 公需 ≥ 30, 专业 ≥ 60 (通知 一（二）)', () => {
  it('meets a year with exactly 30 公需 and 60 专业', () => {
    const y = yearOf(calculate(draft('zhuzhou-2024', [pub(30), pro(60)], { span })), 2020);
    expect(y.status).toBe('met');
    expect(y.parts.total).toMatchObject({ required: 90, actual: 90, met: true, shortfall: 0 });
    expect(y.parts.total.cite.anchor).toBe('tz-1-2');
  });

  it('is short of 公需 even when the total passes 90', () => {
    const y = yearOf(calculate(draft('zhuzhou-2024', [pub(20), pro(100)], { span })), 2020);
    expect(y.status).toBe('short');
    expect(y.parts.total.met).toBe(true);
    expect(y.parts.public).toMatchObject({ met: false, shortfall: 10 });
    expect(y.parts.professional.met).toBe(true);
  });

  it('is short of 专业 by 0.5 with 59.5 hours', () => {
    const y = yearOf(calculate(draft('zhuzhou-2024', [pub(40), pro(59.5)], { span })), 2020);
    expect(y.parts.professional).toMatchObject({ met: false, shortfall: 0.5, strength: 'required' });
    expect(y.status).toBe('short');
  });

  it('sums decimal hours exactly (0.1 + 0.2 = 0.3)', () => {
    const y = yearOf(calculate(draft('zhuzhou-2024', [pub(0.1), pub(0.2)], { span })), 2020);
    expect(y.public).toBe(0.3);
    expect(y.parts.public?.shortfall).toBe(29.7);
  });

  it('never carries hours above the minimum to another year (no-carry-over)', () => {
    const result = calculate(draft('zhuzhou-2024', [pub(100, 2020), pro(200, 2020)], { span }));
    expect(yearOf(result, 2020).status).toBe('met');
    expect(yearOf(result, 2021)).toMatchObject({ total: 0, status: 'short' });
    expect(yearOf(result, 2021).parts.total.shortfall).toBe(90);
    expect(result.summary).toMatchObject({ yearsMet: 1, yearsShort: 1, allMet: false });
  });
});

describe('hunan-2020 requirement: 90 in all, 专业 一般不少于 60, no 公需 figure (通知 一（二）)', () => {
  it('has no 公需 part', () => {
    const y = yearOf(calculate(draft('hunan-2020', [pro(90)], { span })), 2020);
    expect(y.parts.public).toBeNull();
    expect(y.status).toBe('met');
  });

  it('warns, not fails, when 专业 is below 60 but the total reaches 90 (professional-advisory)', () => {
    const y = yearOf(calculate(draft('hunan-2020', [pub(50), pro(40)], { span })), 2020);
    expect(y.status).toBe('warning');
    expect(y.parts.professional).toMatchObject({ met: false, shortfall: 20, strength: 'advisory' });
    expect(y.parts.total.met).toBe(true);
  });

  it('fails a year below 90 in total', () => {
    const y = yearOf(calculate(draft('hunan-2020', [pro(89)], { span })), 2020);
    expect(y.status).toBe('short');
    expect(y.parts.total.shortfall).toBe(1);
  });
});

describe('years covered by an earlier certificate (2024 通知 三（三）, 2020 通知 四（三）)', () => {
  it('marks a covered year as met by the certificate, whatever else it holds', () => {
    const result = calculate(draft('zhuzhou-2024', [pub(5, 2021)], { span, coveredYears: [2021] }));
    const y = yearOf(result, 2021);
    expect(y.status).toBe('met');
    expect(y.metInFull).toMatchObject({ by: 'certificate' });
    expect(y.metInFull?.cite.anchor).toBe('tz-3-3');
    expect(y.parts.public?.shortfall).toBe(0);
    expect(result.materials.find((m) => m.year === 2021)?.needs.map((n) => n.id)).toContain('certificate');
  });

  it('cites 通知 四（三） for hunan-2020', () => {
    const y = yearOf(calculate(draft('hunan-2020', [], { span, coveredYears: [2020] })), 2020);
    expect(y.metInFull?.cite.anchor).toBe('tz-4-3');
  });
});
