/**
 * The rules engine's one public entry: rule sets, the draft format, and calculate().
 * Pure TypeScript: no DOM, no framework, no storage. Browser code imports ./core (the same without the
 * rule-set schema, to keep the page small).
 */
export * from './core';
export { ruleSetSchema } from './rule-set-schema';
export { loadRuleSet, loadRuleSetFile, validateRuleSets } from './rule-set-load';
