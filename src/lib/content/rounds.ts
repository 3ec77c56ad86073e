/** The rounds (rule sets) as content pages list them, and their citations as links. */
import { clauseHref, type Citation, type CitationRef, type RuleSet } from '../rules';

/** Rule sets with the current round first, then newest first. */
export function roundsCurrentFirst(sets: readonly RuleSet[]): RuleSet[] {
  return [...sets].sort((a, b) => Number(b.current) - Number(a.current) || b.year - a.year);
}

/** A citation of a rule set resolved to its notice and site-relative clause link (prefix the base before use). */
export function citeRef(ruleSet: RuleSet, cite: Citation): CitationRef {
  const notice = cite.notice ?? ruleSet.id;
  return { notice, clause: cite.clause, anchor: cite.anchor, href: clauseHref(notice, cite.anchor) };
}

/** "株洲市 2024 年度（株人社函〔2024〕5号）". */
export function roundLabel(ruleSet: RuleSet): string {
  return `${ruleSet.shortTitle}（${ruleSet.docNumber}）`;
}
