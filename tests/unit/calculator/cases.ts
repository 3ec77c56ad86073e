/** Calculator states the unit tests start from, built as a person fills the form. */
import { CalculatorState } from '../../../src/components/calculator/calculator-state.svelte';
import { activityReader } from '../../../src/lib/drafts/read-draft';
import { readWork } from '../../../src/lib/drafts/work';

/** A new state for a 副高级 applicant with a 大学本科 degree (span 2019–2023, 株人社函〔2024〕5号 二). */
export function applicant(): CalculatorState {
  const calc = new CalculatorState();
  calc.setProfile({ titleLevel: 'deputy-senior', degree: 'bachelor' });
  return calc;
}

/**
 * A new state with one public training in 2020 of `days` days, its form still open (3 days are 24 学时 under 附件1
 * 二 1). The days are typed and left: the next edit of the field starts from them.
 */
export function trainingOf(days: string) {
  const calc = applicant();
  const id = calc.addActivity('training')!;
  calc.setValue(id, 'year', '2020');
  calc.setValue(id, 'format', 'training');
  calc.setValue(id, 'subject', 'public');
  calc.setValue(id, 'days', days);
  calc.leave(id, 'days');
  return { calc, id };
}

/** An assignment of `mission` from `start` to `end`, passed, its form still open. */
export function assignmentOf(calc: CalculatorState, start: string, end: string, mission = 'tibet'): string {
  const id = calc.addActivity('assignment')!;
  calc.setValue(id, 'mission', mission);
  calc.setValue(id, 'start', start);
  calc.setValue(id, 'end', end);
  calc.setValue(id, 'passed', true);
  return id;
}

/**
 * The state as the next visit finds it: the draft and its work in progress as stored (plain JSON), read back as the
 * draft session reads a stored record (readWork, untrusted). `stored` is what was kept.
 */
export function reloadedFrom(calc: CalculatorState) {
  const stored = JSON.parse(JSON.stringify({ draft: calc.draft, work: calc.work() }));
  const reloaded = new CalculatorState();
  reloaded.load(stored.draft, readWork(stored.work, stored.draft.activities.map((a: { id: string }) => a.id), activityReader(stored.draft)));
  return { stored, reloaded };
}
