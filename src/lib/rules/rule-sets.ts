/** The rule sets the site knows. Adding a notice means adding a data file here. */
import hunan2020 from '../../../content/rules/hunan-2020.json' with { type: 'json' };
import zhuzhou2024 from '../../../content/rules/zhuzhou-2024.json' with { type: 'json' };
import { getRuleSet, registerRuleSets } from './registry';
import type { RuleSet } from './rule-set-schema';

/**
 * The data files as shipped, by id. They are checked against the rule-set schema by `validateRuleSets()`
 * at build time (src/pages/calculator/index.astro) and in the unit tests, not in the browser: the schema and
 * classic zod would take more than a third of the calculator page's JavaScript budget.
 */
export const ruleSetSources: Readonly<Record<string, unknown>> = { 'zhuzhou-2024': zhuzhou2024, 'hunan-2020': hunan2020 };

/** All rule sets, newest first. */
export const ruleSets: readonly RuleSet[] = (Object.values(ruleSetSources) as RuleSet[]).sort((a, b) => b.year - a.year);

/** The round a new user gets by default. */
export const currentRuleSet: RuleSet = ruleSets.find((r) => r.current) ?? (ruleSets[0] as RuleSet);

registerRuleSets(ruleSets);

export { getRuleSet };
