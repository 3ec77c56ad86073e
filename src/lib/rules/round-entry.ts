/** What the calculator page passes to its island about each round (built at build time, with the data digest). */
import type { RoundEntry } from './browser-rule-sets';
import { ruleSetDigest } from './rule-digest';
import type { RuleSet } from './rule-set-schema';

/** What the round choice shows of a rule set, and its data digest (hashed here, not in the browser). */
export function roundEntry(ruleSet: RuleSet): RoundEntry {
  return { id: ruleSet.id, year: ruleSet.year, current: ruleSet.current === true, docNumber: ruleSet.docNumber, shortTitle: ruleSet.shortTitle, digest: ruleSetDigest(ruleSet) };
}
