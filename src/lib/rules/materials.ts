/** Material checklists: the evidence a rule set asks for, per form of education. */
import type { MaterialsEntry, RuleSet } from './rule-set-schema';

/** One set of materials; where an entry has several sets, any one set is enough. */
export type MaterialSet = MaterialsEntry['sets'][number];

/** The rule set's material entries in the notice's order (forms 1–12, then others). */
export function materialsInOrder(ruleSet: RuleSet): MaterialsEntry[] {
  return [...ruleSet.materials].sort((a, b) => (a.form ?? 99) - (b.form ?? 99));
}

const entriesById = new WeakMap<RuleSet, Map<string, MaterialsEntry>>();

/**
 * The entry with this id (the first, should two share it), looked up in a map made once per rule set: calculate()
 * asks for every item of every year.
 */
export function materialsEntry(ruleSet: RuleSet, id: string): MaterialsEntry | undefined {
  let byId = entriesById.get(ruleSet);
  if (byId === undefined) {
    byId = new Map();
    for (const entry of ruleSet.materials) if (!byId.has(entry.id)) byId.set(entry.id, entry);
    entriesById.set(ruleSet, byId);
  }
  return byId.get(id);
}
