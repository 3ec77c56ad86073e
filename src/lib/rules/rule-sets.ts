/** The rule sets the site knows, validated once when loaded. Adding a notice means adding a data file here. */
import hunan2020 from '../../../content/rules/hunan-2020.json';
import zhuzhou2024 from '../../../content/rules/zhuzhou-2024.json';
import { ruleSetSchema, type RuleSet } from './rule-set-schema';

const sources: Record<string, unknown> = { 'zhuzhou-2024': zhuzhou2024, 'hunan-2020': hunan2020 };

/** Parses a rule set, throwing a message that names the file and field on any error. */
export function loadRuleSet(name: string, data: unknown): RuleSet {
  const result = ruleSetSchema.safeParse(data);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new Error(`规则数据 ${name} 无效：${first?.path.join('.') ?? ''} ${first?.message ?? ''}`);
  }
  return result.data;
}

/** All rule sets, newest first. */
export const ruleSets: readonly RuleSet[] = Object.entries(sources)
  .map(([name, data]) => loadRuleSet(name, data))
  .sort((a, b) => b.year - a.year);

/** The round a new user gets by default. */
export const currentRuleSet: RuleSet = ruleSets.find((r) => r.current) ?? (ruleSets[0] as RuleSet);

/** The rule set with this id, if known. */
export function getRuleSet(id: string): RuleSet | undefined {
  return ruleSets.find((r) => r.id === id);
}
