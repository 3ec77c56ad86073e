/** The rounds (rule sets) as content pages list them, and their citations as links. */
import type { RuleSet } from '../rules';
import { dayOf, firstDay, lastDay, roundStatus, type RoundStatus } from './round-status';

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

/** The newest round the site holds (by year): the one the home page and the calculator speak of. */
export function latestRound(sets: readonly RuleSet[]): RuleSet | undefined {
  return [...sets].sort((a, b) => b.year - a.year)[0];
}

/** The last key date of a round (its deadlines are over after this day), if it has dates. */
export function roundLastDay(ruleSet: RuleSet): string | undefined {
  return lastDay(ruleSet.dates);
}

/** The day a round's first key date opens, if all of them open on a stated day. */
export function roundFirstDay(ruleSet: RuleSet): string | undefined {
  return firstDay(ruleSet.dates);
}

/**
 * The first day a round's notice is known to exist: its issue date where the notice states one (湘人社函〔2020〕11号,
 * 2020-02-11), else 1 January of the year in its document number (株人社函〔2024〕5号 states no date but cannot
 * predate 2024), else undefined (no claim). Before it, pages call the round 尚未发布, never 进行中.
 * @example roundIssued(zhuzhou2024) // '2024-01-01'
 */
export function roundIssued(ruleSet: RuleSet): string | undefined {
  if (ruleSet.date !== undefined) return ruleSet.date;
  const year = /〔(\d{4})〕/.exec(ruleSet.docNumber)?.[1];
  return year === undefined ? undefined : `${year}-01-01`;
}

/** The day the site was built, in the notices' time zone: what the HTML's states are computed for. */
export const buildDay: string = dayOf(new Date());

/** The two rounds the 新旧对比 page compares: the newest and the one before it (older first), if there are two. */
export function comparedRounds(sets: readonly RuleSet[]): { before: RuleSet; after: RuleSet } | undefined {
  const [after, before] = [...sets].sort((a, b) => b.year - a.year);
  return after !== undefined && before !== undefined ? { before, after } : undefined;
}

/**
 * A round's status on the build day, what the HTML says before RoundClock recomputes it for the visitor's day (the
 * status badge, the ended sentence and the calculator's round notice all start from it), and `data`: the attributes
 * RoundClock reads to recompute it (its year, first and last key dates, and the day its notice is known to exist), one
 * set for every element it updates (the ended sentence had been left without the first date the others were given).
 */
export function roundOnBuildDay(ruleSet: RuleSet): { status: RoundStatus; data: Record<`data-round-${'year' | 'first' | 'last' | 'issued'}`, string | number | undefined> } {
  const first = roundFirstDay(ruleSet);
  const last = roundLastDay(ruleSet);
  const issued = roundIssued(ruleSet);
  return {
    status: roundStatus(last, ruleSet.year, buildDay, issued, first),
    data: { 'data-round-year': ruleSet.year, 'data-round-first': first, 'data-round-last': last, 'data-round-issued': issued },
  };
}
