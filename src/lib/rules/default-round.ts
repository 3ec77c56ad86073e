/**
 * The round a new user of the calculator gets, bundled with the calculator's page (it is shown at once, and the page
 * is rendered with it at build time); a unit test checks that it is the rule set marked `current`. In the browser
 * without its notes and materials lists (browserRuleCore, applied by the build to `?core`): the sections that show
 * them wait for completeRuleSet (browser-rule-sets.ts). Elsewhere (Node, the tests) the whole file. Only the
 * calculator imports this: the batch page registers every round whole (rule-sets.ts) and would carry both copies.
 */
import defaultRound from '../../../content/rules/zhuzhou-2024.json?core' with { type: 'json' };
import { registerRuleSets } from './registry';
import type { RuleSet } from './rule-set-schema';

/** The default round, registered for the engine. */
export const currentRuleSet: RuleSet = defaultRound as unknown as RuleSet;
registerRuleSets([currentRuleSet]);
