/** The verification span (核认跨度): from the profile by the rule set's span rules, or the user's override. */
import type { Profile } from './draft-schema';
import type { RuleSet, SpanRule } from './rule-set-schema';

/** The first span rule whose conditions match the profile. */
export function matchSpanRule(ruleSet: RuleSet, profile: Profile): SpanRule | undefined {
  const { titleLevel, degree } = profile;
  if (titleLevel === undefined || degree === undefined) return undefined;
  return ruleSet.spans.find(
    (rule) =>
      rule.match.titleLevels.includes(titleLevel) &&
      (rule.match.degrees === undefined || rule.match.degrees.includes(degree)) &&
      (rule.match.medical === undefined || rule.match.medical === profile.medical),
  );
}

/** The years from..to inclusive. */
export function spanYears(from: number, to: number): number[] {
  const years: number[] = [];
  for (let y = from; y <= to; y++) years.push(y);
  return years;
}

/** True when the profile names both the title level and the degree, which the span and the worksheet need. */
export function profileComplete(profile: Profile): boolean {
  return profile.titleLevel !== undefined && profile.degree !== undefined;
}
