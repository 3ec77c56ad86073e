/**
 * The rules engine's one public entry: rule sets, the draft format, and calculate().
 * Pure TypeScript: no DOM, no framework, no storage. Browser code imports ./core (the same without the
 * rule-set schema, to keep the page small).
 */
export * from './core';
// The build and the tests know every rule set at once (the calculator page fetches all but the default on use).
export { ruleSets, currentRuleSet, ruleSetSources } from './rule-sets';
export { ruleSetSchema } from './rule-set-schema';
export { loadRuleSet, loadRuleSetFile, validateRuleSets } from './rule-set-load';
