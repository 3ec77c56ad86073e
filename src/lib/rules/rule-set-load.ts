/** Validation of rule-set data files against the schema: run at build time and in tests, never shipped to the browser. */
import { ruleSetSchema, type RuleSet } from './rule-set-schema';
import { ruleSetSources } from './rule-sets';
import { issueAt, parseLocated } from './source-position';

/** Parses a rule set, throwing a message that names the file and field on any error. */
export function loadRuleSet(name: string, data: unknown): RuleSet {
  const result = ruleSetSchema.safeParse(data);
  if (!result.success) {
    const first = result.error.issues[0];
    const unknown = first?.code === 'unrecognized_keys' ? `未知字段 ${first.keys.join('、')}` : (first?.message ?? '');
    throw new Error(`规则数据 ${name} 无效：${first?.path.join('.') ?? ''} ${unknown}`);
  }
  return result.data;
}

/**
 * Parses a rule-set file's text, throwing `file:line:column: path: message` for the first problem (a JSON syntax
 * error, an unknown key, a missing or wrong value), so that CI points at the line to fix.
 * @example loadRuleSetFile('content/rules/zhuzhou-2024.json', text) // throws "content/rules/zhuzhou-2024.json:212:11: conversions.2.rows.0.hourz：未知字段「hourz」…"
 */
export function loadRuleSetFile(file: string, text: string): RuleSet {
  const doc = parseLocated(text);
  const syntax = doc.errors[0];
  if (syntax !== undefined) throw new Error(`${file}:${syntax.position.line}:${syntax.position.column}: ${syntax.message}`);
  const result = ruleSetSchema.safeParse(JSON.parse(text));
  if (!result.success) throw new Error(result.error.issues.slice(0, 5).map((issue) => issueAt(file, doc, issue)).join('\n'));
  return result.data;
}

/** Validates every shipped rule set; throws on the first invalid one, so a build with bad data fails. */
export function validateRuleSets(): void {
  for (const [name, data] of Object.entries(ruleSetSources)) loadRuleSet(name, data);
}
