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

/**
 * The same reason for any open form, complete or not, with the field whose choice decided it (the last of the row's
 * conditions in the form's order): said under that field, where the person just chose, and not only in the form's
 * last line a screen further down on a phone (a new user's finding).
 */
export function notCoveredChoice(calc: CalculatorState, id: string): { field: string; text: string } | undefined {
  const editor = calc.editors[id];
  const conversion = editor === undefined ? undefined : conversionOf(calc.ruleSet, editor.kind);
  if (editor === undefined || conversion?.method !== 'table') return undefined;
  const order = calc.specsFor(editor.kind, id).map((s) => s.name);
  for (const row of conversion.rows) {
    const conditions = Object.entries(row.when);
    if (row.notCovered === undefined || conditions.length === 0 || !conditions.every(([name, c]) => typeof c === 'string' && editor.values[name] === c)) continue;
    const names = conditions.map(([name]) => name).sort((a, b) => order.indexOf(a) - order.indexOf(b));
    const field = names[names.length - 1];
    if (field !== undefined) return { field, text: row.notCovered };
  }
  return undefined;
}
