/**
 * The rules engine's one public entry: rule sets, the draft format, and calculate().
 * Pure TypeScript: no DOM, no framework, no storage.
 */
export { calculate, formatHours } from './calculate';
export { ruleSets, currentRuleSet, getRuleSet, loadRuleSet } from './rule-sets';
export { ruleSetSchema } from './rule-set-schema';
export type { RuleSet, Citation, Conversion, TableConversion, FieldDef, Note, MaterialsEntry, KeyDate, SpanRule, TitleLevel, Degree } from './rule-set-schema';
export {
  draftSchema,
  parseDraft,
  formatIssues,
  describePath,
  isRealDate,
  DRAFT_FORMAT,
  DRAFT_VERSION,
  YEAR_MIN,
  YEAR_MAX,
  MAX_ACTIVITIES,
} from './draft-schema';
export type { Draft, DraftInput, Activity, ActivityKind, Profile, DraftIssue, ParseDraftResult } from './draft-schema';
export type * from './result-types';
export { matchSpanRule, spanYears } from './span';
export { materialsInOrder, materialsEntry } from './materials';
export type { MaterialSet } from './materials';
export { clauseHref, formatTenths } from './context';
export { classifyLength, addMonths, parseDay } from './dates';
