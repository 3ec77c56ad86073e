/** The span's years after the notice's own, said on the results and the worksheet (株人社函〔2024〕5号 is 2024's round). */
import { describe, expect, it } from 'vitest';
import { laterThanRound } from '../../../src/lib/rules/core';

describe('laterThanRound', () => {
  it('names the years after the round’s own, from the year after it or from the span’s start', () => {
    expect(laterThanRound({ from: 2022, to: 2026 }, 2024)).toBe('2025～2026年晚于本通知的年度（2024年度），按本通知的要求测算');
    expect(laterThanRound({ from: 2022, to: 2025 }, 2024)).toBe('2025年晚于本通知的年度（2024年度），按本通知的要求测算');
    expect(laterThanRound({ from: 2026, to: 2028 }, 2024)).toBe('2026～2028年晚于本通知的年度（2024年度），按本通知的要求测算');
  });

  it('says nothing of a span within the round’s year (通知 二: 2019～2023 for 2024) or of none', () => {
    expect(laterThanRound({ from: 2019, to: 2023 }, 2024)).toBeUndefined();
    expect(laterThanRound({ from: 2020, to: 2024 }, 2024)).toBeUndefined();
    expect(laterThanRound(null, 2024)).toBeUndefined();
  });
});
