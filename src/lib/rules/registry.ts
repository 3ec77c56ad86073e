/**
 * The rule sets known in this program, by id. The build and the tests register every data file at once
 * (rule-sets.ts); the calculator page registers the default round at once, without its notes and materials lists
 * (default-round.ts), and loads the others when they are chosen and that round's whole file when its sections below
 * the results need it (browser-rule-sets.ts), so the engine reads them synchronously either way.
 */
import type { RuleSet } from './rule-set-schema';

const registered = new Map<string, RuleSet>();

/**
 * Whether this is the calculator's bundled copy of a round, without its notes and materials lists
 * (browserRuleCore in browser-rule-data.mjs marks it).
 */
export function isPartial(ruleSet: RuleSet): boolean {
  return (ruleSet as { partial?: unknown }).partial === true;
}

/**
 * Makes rule sets known to the engine. The same id again replaces nothing (the data of a build never changes), except
 * that the whole round replaces its partial copy.
 */
export function registerRuleSets(list: readonly RuleSet[]): void {
  for (const ruleSet of list) {
    const known = registered.get(ruleSet.id);
    if (known === undefined || (isPartial(known) && !isPartial(ruleSet))) registered.set(ruleSet.id, ruleSet);
  }
}

/** The rule set with this id, if it is known (registered). */
export function getRuleSet(id: string): RuleSet | undefined {
  return registered.get(id);
}
