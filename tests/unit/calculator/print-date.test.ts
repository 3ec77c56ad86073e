/** The print header's date: written as the browser writes a Chinese date, without asking the browser's date formats. */
import { describe, expect, it } from 'vitest';
import { printDate } from '../../../src/components/calculator/print-date';

describe('the print header date', () => {
  it('reads as toLocaleDateString("zh-CN") does on every day of a leap year', () => {
    for (let day = 0; day < 366; day++) {
      const date = new Date(2024, 0, 1 + day, 23, 59);
      expect(printDate(date)).toBe(date.toLocaleDateString('zh-CN'));
    }
  });

  it('writes the year, month and day without leading zeros', () => {
    expect(printDate(new Date(2026, 0, 5))).toBe('2026/1/5');
    expect(printDate(new Date(2026, 11, 31))).toBe('2026/12/31');
  });
});
