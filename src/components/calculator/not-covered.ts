/** What the activity form says of a choice that counts nothing, loaded with the form. */
import { conversionOf } from './activity-form';
import type { CalculatorState } from './calculator-state.svelte';

/**
 * The round's reason an open form's activity will count nothing, once its choices so far decide it (外观设计专利
 * under the 2024 notice), with the field whose choice decided it (the last of the row's conditions in the form's
 * order). Said as it is chosen, not only once the rank is filled in too, and under that field, not only in the form's
 * last line a screen further down on a phone (new users' findings). Only rows whose every condition is an option
 * already chosen.
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
