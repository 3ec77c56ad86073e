/** The rounds (rule sets) as content pages list them, and their citations as links. */
import type { RuleSet } from '../rules';

/** Content pages resolve citations as the engine does. */
export { citeRef } from '../rules';

/** Rule sets with the current round first, then newest first. */
export function roundsCurrentFirst(sets: readonly RuleSet[]): RuleSet[] {
  return [...sets].sort((a, b) => Number(b.current) - Number(a.current) || b.year - a.year);
}

/** "株洲市 2024 年度（株人社函〔2024〕5号）". */
export function roundLabel(ruleSet: RuleSet): string {
  return `${ruleSet.shortTitle}（${ruleSet.docNumber}）`;
}
