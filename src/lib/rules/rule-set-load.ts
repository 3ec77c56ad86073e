/** Validation of rule-set data files against the schema: run at build time and in tests, never shipped to the browser. */
import { ruleSetSchema, type RuleSet } from './rule-set-schema';
import { ruleSetSources } from './rule-sets';

/** Parses a rule set, throwing a message that names the file and field on any error. */
export function loadRuleSet(name: string, data: unknown): RuleSet {
  const result = ruleSetSchema.safeParse(data);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new Error(`规则数据 ${name} 无效：${first?.path.join('.') ?? ''} ${first?.message ?? ''}`);
  }
  return result.data;
}

/** Validates every shipped rule set; throws on the first invalid one, so a build with bad data fails. */
export function validateRuleSets(): void {
  for (const [name, data] of Object.entries(ruleSetSources)) loadRuleSet(name, data);
}
