/** What a short year still needs, said as one plan (POLICY-NOTES.md "Annual requirement"; 通知 一（二）). */
import { describe, expect, it } from 'vitest';
import { calculate, figureParts, needText, yearNeed } from '../../../src/lib/rules/core';
import { draft, yearOf } from './helpers';

const span = { from: 2020, to: 2021 };
const pub = (hours: number) => ({ kind: 'course' as const, year: 2020, subject: 'public' as const, source: 'online', hours });
const pro = (hours: number) => ({ kind: 'course' as const, year: 2020, subject: 'professional' as const, source: 'online', hours });
const year2020 = (ruleSet: 'zhuzhou-2024' | 'hunan-2020', activities: (ReturnType<typeof pub> | ReturnType<typeof pro>)[]) => yearOf(calculate(draft(ruleSet, activities, { span })), 2020);

describe('zhuzhou-2024: 90 in all, 公需 ≥ 30, 专业 ≥ 60 (通知 一（二）)', () => {
  it('公需 0 and 专业 70: the 30 公需 also make up the total, so 30 is all it needs', () => {
    const y = year2020('zhuzhou-2024', [pro(70)]);
    expect(y.parts.total.shortfall).toBe(20);
    expect(yearNeed(y.parts)).toEqual({ public: 30, professional: 0, either: 0, total: 30 });
    expect(needText(y.parts, '学时')).toBe('还需公需科目 30 学时');
  });

  it('公需 10 and 专业 20: 公需 20 and 专业 40 make 90, nothing more', () => {
    const y = year2020('zhuzhou-2024', [pub(10), pro(20)]);
    expect(needText(y.parts, '学时')).toBe('还需公需科目 20、专业科目 40 学时，共 60 学时');
  });

  it('nothing yet: 公需 30 and 专业 60, 90 in all', () => {
    const y = year2020('zhuzhou-2024', []);
    expect(needText(y.parts, '学时')).toBe('还需公需科目 30、专业科目 60 学时，共 90 学时');
  });

  it('公需 30 and 专业 59.5: half an hour of 专业', () => {
    const y = year2020('zhuzhou-2024', [pub(30), pro(59.5)]);
    expect(needText(y.parts, '学时')).toBe('还需专业科目 0.5 学时');
  });

  it('a met year needs nothing', () => {
    const y = year2020('zhuzhou-2024', [pub(30), pro(60)]);
    expect(yearNeed(y.parts).total).toBe(0);
    expect(needText(y.parts, '学时')).toBe('');
  });
});

describe('hunan-2020: 90 in all, 专业 一般不少于 60 (通知 一（二）)', () => {
  it('公需 40 alone: the total lacks 50 of either kind; the advisory 专业 is not a need', () => {
    const y = year2020('hunan-2020', [pub(40)]);
    expect(yearNeed(y.parts)).toEqual({ public: 0, professional: 0, either: 50, total: 50 });
    expect(needText(y.parts, '学时')).toBe('合计还差 50 学时（公需科目、专业科目均可）');
  });

  it('decimals stay in tenths: 62.4 and 12.5 leave 15.1', () => {
    const y = year2020('hunan-2020', [pub(12.5), pro(62.4)]);
    expect(yearNeed(y.parts).either).toBe(15.1);
  });
});

describe('figureParts: the figures the page and the PDF worksheet keep on one line', () => {
  it('parts each figure with its unit, or with 一般不少于 or ≥ before it; a bare number is no figure', () => {
    const figures = (text: string, unit = '学时') => figureParts(text, unit).filter((p) => p.figure).map((p) => p.text);
    expect(figures('还需公需科目 2、专业科目 60 学时，共 62 学时')).toEqual(['60 学时', '62 学时']);
    expect(figures('专业科目 一般不少于 60')).toEqual(['一般不少于 60']);
    expect(figures('满6个月（结束日不早于开始日加6个月再减1天），例如2022年3月1日')).toEqual(['6个月', '6个月', '1天', '2022年', '3月', '1日']);
    // The round's own unit first: 学时（分） whole, not 学时 and a bracket left behind.
    expect(figures('闰年 366 天为 3660学时（分）', '学时（分）')).toEqual(['366 天', '3660学时（分）']);
    // The text is all there, in order.
    const text = '未达标：还需专业科目 6 学时';
    expect(figureParts(text, '学时').map((p) => p.text).join('')).toBe(text);
  });
});
