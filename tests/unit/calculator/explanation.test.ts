/**
 * 计算过程 for a case of 500 activities: what each year lists, and a keystroke in one activity giving a new object for
 * its own year alone (the page then re-renders that year's lines, not all of them).
 */
import { describe, expect, it } from 'vitest';
import { CalculatorState } from '../../../src/components/calculator/calculator-state.svelte';
import { ExplanationMemo } from '../../../src/components/calculator/explanation';
import { parseDraft } from '../../../src/lib/rules';
import { bigDraftInput } from '../../fixtures/big-draft';

function bigCase(): CalculatorState {
  const parsed = parseDraft(bigDraftInput({ withAssignment: true }));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const calc = new CalculatorState();
  calc.load(parsed.draft);
  return calc;
}

describe('计算过程 of a long case', () => {
  it('lists in each year exactly the items that count in it, with the year’s figures', () => {
    const calc = bigCase();
    const years = new ExplanationMemo().next(calc.result);
    expect(years.map((y) => y.year)).toEqual(calc.result.years.map((y) => y.year));
    for (const [i, y] of years.entries()) {
      const result = calc.result.years[i]!;
      expect(y.total).toBe(result.total);
      expect(y.rows.length).toBeGreaterThan(0);
      expect(y.rows).toEqual(result.items.filter((item) => (item.status === 'counted' && item.hours > 0) || item.status === 'met-in-full'));
    }
    // The assignment of 2020-03 to 2021-06 (over 12 months) meets 2021, and is listed there.
    expect(years.find((y) => y.year === 2021)?.rows.some((r) => r.activityId === 'a499' && r.status === 'met-in-full')).toBe(true);
  });

  it('gives a new object for the year of the activity typed into, and keeps every other year and its lines', () => {
    const calc = bigCase();
    const memo = new ExplanationMemo();
    const before = memo.next(calc.result);
    calc.openEditor('a0');
    calc.setValue('a0', 'days', '5');
    const after = memo.next(calc.result);
    const changed = after.filter((y, i) => y !== before[i]).map((y) => y.year);
    expect(changed).toEqual([2019]);
    const y2019 = after.find((y) => y.year === 2019)!;
    expect(y2019.total).toBe(calc.result.years.find((y) => y.year === 2019)!.total);
    expect(y2019.rows.find((r) => r.activityId === 'a0')?.working).toMatch(/^5天 × 8学时 \+ 半天1次 × 4学时 = 44学时$/);
    // Only the changed line is a new object within its year.
    const old2019 = before.find((y) => y.year === 2019)!;
    expect(y2019.rows.filter((r, i) => r !== old2019.rows[i]).map((r) => r.activityId)).toEqual(['a0']);
  });

  it('drops an activity from its year’s lines when it stops counting, and leaves the other years as they were', () => {
    const calc = bigCase();
    const memo = new ExplanationMemo();
    const before = memo.next(calc.result);
    calc.openEditor('a1');
    // Moved to a year before the span (a form refuses 0 学时, which this test typed before).
    calc.setValue('a1', 'year', '2010');
    const after = memo.next(calc.result);
    expect(after.filter((y, i) => y !== before[i]).map((y) => y.year)).toEqual([2020]);
    const y2020 = after.find((y) => y.year === 2020)!;
    expect(calc.itemsById.get('a1')?.status).not.toBe('counted');
    expect(y2020.rows.some((r) => r.activityId === 'a1')).toBe(false);
    expect(y2020.rows.length).toBe(before.find((y) => y.year === 2020)!.rows.length - 1);
  });
});
