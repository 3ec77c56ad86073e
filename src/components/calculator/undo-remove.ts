/**
 * 撤销 of a removal (删除, or 取消添加 of a form with something typed), loaded on first use: a rare action, kept out of
 * the calculator's start-up code (the 60 KB budget; it had grown with putting back a half-filled form).
 */
import type { ActivityKind } from '../../lib/rules/core';
import { removedId } from '../../lib/drafts/work';
import { conversionOf } from './activity-form';
import { editorOf, type CalculatorState } from './calculator-state.svelte';

/** Puts back the activity or form removed last, in its place; its id, or null when there is none. */
export function undoRemove(calc: CalculatorState): string | null {
  calc.readWaiting();
  const removed = calc.lastRemoved;
  if (removed === undefined) return null;
  calc.removed = calc.removed.slice(0, -1);
  const { form } = removed;
  const id = removedId(removed);
  const order = [...calc.order];
  order.splice(Math.min(removed.index, order.length), 0, id);
  if (form !== undefined) {
    // A new activity's form, open again with what was typed (in the draft at once if it reads as complete).
    if (conversionOf(calc.ruleSet, form.kind as ActivityKind) === undefined) return null;
    calc.editors[id] = editorOf(form);
    calc.before.set(id, null);
    calc.openedHere.add(id);
    calc.order = order;
    calc.reread(id, true);
    calc.showActivity(id);
    calc.edited();
    return id;
  }
  calc.order = order;
  const before = calc.order.slice(0, removed.index).filter((other) => calc.indexById.has(other)).length;
  const activities = [...calc.draft.activities];
  activities.splice(before, 0, removed.activity);
  calc.setDraft({ ...calc.draft, activities });
  calc.showActivity(id);
  return id;
}
