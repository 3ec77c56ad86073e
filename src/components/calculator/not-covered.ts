/** What the activity form says before a form is complete, loaded with the form. */
import { conversionOf } from './activity-form';
import type { CalculatorState } from './calculator-state.svelte';

/**
 * For a form not complete yet, the round's reason the activity will count nothing once its choices so far decide it
 * (外观设计专利 under the 2024 notice): said as it is chosen, not only once the rank is filled in too (a new user's
 * finding). Only rows whose every condition is an option already chosen.
 */
export function notCoveredYet(calc: CalculatorState, id: string): string | undefined {
  const editor = calc.editors[id];
  const conversion = editor === undefined ? undefined : conversionOf(calc.ruleSet, editor.kind);
  if (editor === undefined || conversion?.method !== 'table') return undefined;
  for (const row of conversion.rows) {
    const conditions = Object.entries(row.when);
    if (row.notCovered !== undefined && conditions.length > 0 && conditions.every(([name, c]) => typeof c === 'string' && editor.values[name] === c)) return row.notCovered;
  }
  return undefined;
}
