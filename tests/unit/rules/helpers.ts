/** Builders for test drafts: valid by construction, parsed through the same schema as user input. */
import { calculate, parseDraft, type CalculationResult, type Draft, type DraftInput } from '../../../src/lib/rules';

type ActivityInput = DraftInput['activities'][number];
type Distribute<T> = T extends unknown ? Omit<T, 'id'> : never;
/** An activity without its id (ids are filled in); a union of the kinds. */
export type ActivityWithoutId = Distribute<ActivityInput>;
type ProfileInput = DraftInput['profile'];

let counter = 0;

/** Profile, span override and covered years of a test draft. */
export interface DraftOptions {
  profile?: Partial<ProfileInput> | undefined;
  span?: { from: number; to: number } | null;
  coveredYears?: number[];
}

/** A draft for a rule set with the given activities; ids are filled in. */
export function draft(
  ruleSet: 'zhuzhou-2024' | 'hunan-2020',
  activities: ActivityWithoutId[],
  options: DraftOptions = {},
): Draft {
  const input = {
    format: 'hunan-jxjy-draft',
    version: 1,
    ruleSet,
    profile: { titleLevel: 'deputy-senior', degree: 'bachelor', ...options.profile },
    span: options.span ?? null,
    coveredYears: options.coveredYears ?? [],
    activities: activities.map((a) => ({ id: `a${++counter}`, ...a })),
  };
  const parsed = parseDraft(input);
  if (!parsed.ok) throw new Error(`test draft invalid: ${JSON.stringify(parsed.issues)}`);
  return parsed.draft;
}

/** Calculates a one-activity draft and returns its single item. */
export function scoreOne(ruleSet: 'zhuzhou-2024' | 'hunan-2020', activity: ActivityWithoutId, span = { from: 2015, to: 2030 }) {
  const result = calculate(draft(ruleSet, [activity], { span }));
  const item = result.items[0];
  if (item === undefined) throw new Error('no item');
  return item;
}

/** The year result for a year, failing loudly when absent. */
export function yearOf(result: CalculationResult, year: number) {
  const y = result.years.find((r) => r.year === year);
  if (y === undefined) throw new Error(`year ${year} not in result`);
  return y;
}
