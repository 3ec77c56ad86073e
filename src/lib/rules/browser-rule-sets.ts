/**
 * The rule sets as the calculator page gets them: the default round bundled with the page (default-round.ts), every
 * other round fetched when it is chosen or a draft needs it, and the default round's notes and materials lists when
 * the sections below the results need them. Each round is one data file in content/rules/; nothing here names a round.
 */
import { getRuleSet, isPartial, registerRuleSets } from './registry';
import type { RuleSet } from './rule-set-schema';

/** What the round choice shows of each round, without its rules. */
export interface RoundEntry {
  id: string;
  year: number;
  current: boolean;
  docNumber: string;
  shortTitle: string;
  /** Version digest of its rule data (rule-digest.ts), computed when the page is built. */
  digest: string;
}

/** One loader per data file, made by the bundler (Vite); none where this runs without it (Node scripts and tests). */
let loaders: Record<string, () => Promise<RuleSet>> = {};
try {
  loaders = import.meta.glob<RuleSet>('../../../content/rules/*.json', { import: 'default' });
} catch {
  // Outside Vite there is no import.meta.glob: such code registers every rule set itself (rule-sets.ts).
}

let catalogue: readonly RoundEntry[] = [];

/**
 * Every round the site holds, newest first, as the page was built with them (the calculator page passes them to
 * the island: the rules of the other rounds are not in the page's JavaScript).
 */
export function roundCatalogue(): readonly RoundEntry[] {
  return catalogue;
}

/** The version digest of a round's rule data, as the page was built with it; undefined for a round it does not list. */
export function roundDigest(id: string): string | undefined {
  return catalogue.find((r) => r.id === id)?.digest;
}

/** Sets the list of rounds (from the page). */
export function setRoundCatalogue(entries: readonly RoundEntry[]): void {
  catalogue = [...entries].sort((a, b) => b.year - a.year);
}

/**
 * Makes the rule set with this id known to the engine, fetching its data file if needed; undefined when the site
 * has no such round or its file cannot be fetched (offline, or the site was updated since the page loaded).
 */
export async function fetchRuleSet(id: string): Promise<RuleSet | undefined> {
  const known = getRuleSet(id);
  if (known !== undefined) return known;
  return load(id);
}

/**
 * Like fetchRuleSet, and the whole round where the engine has only its partial copy (the default round's notes and
 * materials lists, for the sections below the results and the PDF). Undefined when that cannot be fetched.
 */
export async function completeRuleSet(id: string): Promise<RuleSet | undefined> {
  const known = getRuleSet(id);
  if (known !== undefined && !isPartial(known)) return known;
  const whole = await load(id);
  return whole === undefined || isPartial(whole) ? undefined : whole;
}

async function load(id: string): Promise<RuleSet | undefined> {
  // Data files are named by their id (content/rules/<id>.json; the rule-set tests check it).
  const loader = loaders[`../../../content/rules/${id}.json`];
  if (loader === undefined) return undefined;
  try {
    registerRuleSets([await loader()]);
  } catch {
    return undefined;
  }
  return getRuleSet(id);
}
