/**
 * A long case in the calculator's state: the page of the activity list follows what the person does, and a change
 * to one activity leaves everything else as it was (the same objects, so the page re-renders only what changed).
 */
import { describe, expect, it } from 'vitest';
import { ACTIVITY_PAGE_SIZE, CalculatorState } from '../../../src/components/calculator/calculator-state.svelte';
import { undoRemove } from '../../../src/components/calculator/undo-remove';
import { parseDraft } from '../../../src/lib/rules';
import { bigDraftInput } from '../../fixtures/big-draft';

/** A state holding `count` activities of every kind over 2019–2023 (ids a0, a1, …); 第75项 (a74) dated 2015. */
function longCase(count: number): CalculatorState {
  const input = bigDraftInput();
  const activities = (input.activities as Record<string, unknown>[]).slice(0, count);
  if (count > 74) activities[74] = { ...activities[74], year: 2015 };
  const parsed = parseDraft({ ...input, activities });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const calc = new CalculatorState();
  calc.load(parsed.draft);
  return calc;
}

describe('the pages of a long activity list', () => {
  it('shows the first 50 of 120 activities on opening, on three pages', () => {
    const calc = longCase(120);
    expect(ACTIVITY_PAGE_SIZE).toBe(50);
    expect(calc.activityPageCount).toBe(3);
    expect(calc.activityPage).toBe(0);
    expect(calc.pageIds).toEqual(Array.from({ length: 50 }, (_, i) => `a${i}`));
  });

  it('keeps a case of up to 50 activities on one page', () => {
    expect(longCase(50).activityPageCount).toBe(1);
    expect(longCase(51).activityPageCount).toBe(2);
  });

  it('goes to the last page for a new activity, and to the page of a copy that falls on the next page', () => {
    const calc = longCase(120);
    const added = calc.addActivity('training');
    expect(calc.activityPage).toBe(2);
    expect(calc.pageIds.at(-1)).toBe(added);
    calc.setActivityPage(0);
    const copy = calc.duplicate('a49');
    expect(calc.activityPage).toBe(1);
    expect(calc.pageIds[0]).toBe(copy);
  });

  it('opens the page of an activity the error summary points to', () => {
    const calc = longCase(120);
    const issue = calc.issues.find((i) => i.activityId === 'a74');
    expect(issue?.where).toBe('第75项「授权年份」');
    calc.reveal(issue!);
    expect(calc.activityPage).toBe(1);
    expect(calc.pageIds).toContain('a74');
    expect(calc.editors['a74']).toBeDefined();
  });

  it('puts an activity back on its own page when its removal is undone', () => {
    const calc = longCase(120);
    calc.setActivityPage(1);
    calc.removeActivity('a60');
    calc.setActivityPage(0);
    expect(undoRemove(calc)).toBe('a60');
    expect(calc.activityPage).toBe(1);
    expect(calc.pageIds[10]).toBe('a60');
  });

  it('shows the new last page when removing the only activity of the last page', () => {
    const calc = longCase(101);
    calc.setActivityPage(2);
    calc.removeActivity('a100');
    expect(calc.activityPageCount).toBe(2);
    expect(calc.activityPage).toBe(1);
  });

  it('goes back to the first page when another draft is opened', () => {
    const calc = longCase(120);
    calc.setActivityPage(2);
    calc.load(longCase(120).draft);
    expect(calc.activityPage).toBe(0);
  });
});

describe('a change to one activity of 500', () => {
  it('leaves every other activity’s result, and the list of messages, the same objects', () => {
    const calc = longCase(500);
    calc.openEditor('a0');
    const items = calc.items;
    const issues = calc.issues;
    const index = calc.indexById;
    calc.setValue('a0', 'days', '5');
    expect(calc.result.years.find((y) => y.year === 2019)?.professional).not.toBe(undefined);
    expect(calc.items).not.toBe(items);
    expect(calc.items[0]).not.toBe(items[0]);
    expect(calc.items.slice(1).every((item, i) => item === items[i + 1])).toBe(true);
    expect(calc.issues).toBe(issues);
    expect(calc.indexById).toBe(index);
  });

  it('still counts the changed activity: 5 days of training is 40 学时 in its year (附件1 二 1)', () => {
    const calc = longCase(500);
    const before = calc.result.years.find((y) => y.year === 2019)!.professional;
    calc.openEditor('a0');
    calc.setValue('a0', 'days', '5');
    // a0 was 0 days and a half day (4 学时); now 5 days and a half day.
    expect(calc.result.years.find((y) => y.year === 2019)!.professional).toBe(before + 40);
  });
});
