/**
 * The engine as the browser needs it: calculate(), the rule sets and the draft format, without the rule-set
 * schema (which validates the data files at build time and in tests). Browser code imports from here;
 * build-time code and tests may use index.ts, which adds the schema and its validation.
 */
export { calculate, countsInYear, deemedWithoutHours, formatHours, laterThanRound, requiredByYear, shortYears, statedHoursWarning, statedOverYear, yearsToCome } from './calculate';
export { roundCatalogue, roundDigest, setRoundCatalogue, fetchRuleSet, completeRuleSet } from './browser-rule-sets';
// The calculator's default round is in default-round.ts, imported by the calculator alone.
export type { RoundEntry } from './browser-rule-sets';
export { getRuleSet } from './registry';
export type { RuleSet, Citation, Conversion, TableConversion, FieldDef, Note, MaterialsEntry, KeyDate, SpanRule, TitleLevel, Degree } from './rule-set-schema';
export {
  DRAFT_FORMAT,
  DRAFT_VERSION,
  YEAR_MIN,
  YEAR_MAX,
  MAX_ACTIVITIES,
  MAX_ASSIGNMENTS,
  MAX_COUNT,
  MAX_SPAN_YEARS,
  MAX_TITLE_LENGTH,
  MAX_NAME_LENGTH,
  MAX_EMPLOYER_LENGTH,
  lookalike,
  isRealDate,
  rankOptional,
  DAYS_NOT_WHOLE,
} from './draft-limits';
export type { Draft, DraftInput, Activity, ActivityKind, Profile, DraftIssue, ParseDraftResult } from './draft-schema';
export type * from './result-types';
export { matchSpanRule, profileComplete, spanYears } from './span';
export { materialsInOrder, materialsEntry } from './materials';
export { statedBasis } from './activities/stated';
export type { MaterialSet } from './materials';
export { citeRef, clauseHref, formatTenths } from './context';
export { TITLE_LEVELS, DEGREES, SUBJECTS, TITLE_LEVEL_LABELS, DEGREE_LABELS, SUBJECT_LABELS, KIND_LABELS, ITEM_STATUS_LABELS, itemStatusText, itemExplanation, spanRuleLabel, figureParts } from './labels';
export { classifyLength, addMonths, parseDay, compactDate, dayInChina, laterYearsWarning, timeInChina, yearInChina } from './dates';
export { needText, yearNeed } from './shortfall';
export type { YearNeed } from './shortfall';
