/** Material checklists: the evidence a rule set asks for, per form of education. */
import type { MaterialsEntry, RuleSet } from './rule-set-schema';

/** One set of materials; where an entry has several sets, any one set is enough. */
export type MaterialSet = MaterialsEntry['sets'][number];

/** The rule set's material entries in the notice's order (forms 1–12, then others). */
export function materialsInOrder(ruleSet: RuleSet): MaterialsEntry[] {
  return [...ruleSet.materials].sort((a, b) => (a.form ?? 99) - (b.form ?? 99));
}

/** The entry with this id. */
export function materialsEntry(ruleSet: RuleSet, id: string): MaterialsEntry | undefined {
  return ruleSet.materials.find((m) => m.id === id);
}
