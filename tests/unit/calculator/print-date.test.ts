/**
 * The print header's date: the day in Beijing (the site's dates are Beijing's, as its round status says), written as
 * the browser writes a Chinese date, without asking the browser's date formats.
 */
import { describe, expect, it } from 'vitest';
import { printDate } from '../../../src/components/calculator/print-date';
import { compactDate } from '../../../src/lib/rules/core';
import { formatDate } from '../../../src/lib/pdf/labels';

describe('the print header date', () => {
  it('reads as toLocaleDateString("zh-CN") writes a long date in Beijing, on every day of a leap year', () => {
    for (let day = 0; day < 366; day++) {
      const date = new Date(Date.UTC(2024, 0, 1 + day, 15, 59));
      expect(printDate(date)).toBe(date.toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric' }));
    }
  });

  it('writes the year, month and day without leading zeros, as the PDF worksheet’s 生成日期 does', () => {
    expect(printDate(new Date('2026-01-05T09:00:00+08:00'))).toBe('2026年1月5日');
    expect(printDate(new Date('2026-12-31T09:00:00+08:00'))).toBe('2026年12月31日');
    expect(printDate(new Date('2026-12-31T09:00:00+08:00'))).toBe(formatDate(new Date('2026-12-31T09:00:00+08:00')));
  });
});

describe('the site’s dates are Beijing’s whatever the device’s time zone', () => {
  // 20:00 UTC on 1 December is 04:00 on 2 December in Beijing: a device set to UTC (or abroad) still gets the day the
  // page's round status names (按北京时间2026年12月2日).
  const evening = new Date('2026-12-01T20:00:00Z');
  it('in the print header, the PDF worksheet’s 生成日期 and the file names', () => {
    expect(printDate(evening)).toBe('2026年12月2日');
    expect(formatDate(evening)).toBe('2026年12月2日');
    expect(compactDate(evening)).toBe('20261202');
  });
  it('and the day before until midnight in Beijing', () => {
    const before = new Date('2026-12-01T15:59:00Z');
    expect(printDate(before)).toBe('2026年12月1日');
    expect(formatDate(before)).toBe('2026年12月1日');
    expect(compactDate(before)).toBe('20261201');
  });
});
