/**
 * The rules engine's one public entry: rule sets, the draft format, and calculate().
 * Pure TypeScript: no DOM, no framework, no storage. Browser code imports ./core (the same without the
 * rule-set schema, to keep the page small).
 */
export * from './core';
// The build and the tests know every rule set at once (the calculator page fetches all but the default on use).
export { ruleSets, currentRuleSet, ruleSetSources } from './rule-sets';
export { ruleSetDigest, canonicalJson } from './rule-digest';
export { roundEntry } from './round-entry';
export { ruleSetSchema } from './rule-set-schema';
// The draft schema (valibot): the calculator page loads it only to read stored, imported or shared drafts.
export { draftSchema, activitySchema, parseDraft, parseActivity, formatIssues, describePath } from './draft-schema';
export { loadRuleSet, loadRuleSetFile, validateRuleSets } from './rule-set-load';
