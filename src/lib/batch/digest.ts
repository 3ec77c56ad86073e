/**
 * The rule data digest written into exports: SHA-256 of the round's rule data as shipped, so a result can be tied to
 * the exact conversions it used. Kept here until src/lib/rules has its own (another branch adds one for the PDF).
 */
import type { RuleSet } from '../rules/core';

/** First 16 hex digits of SHA-256 over the rule set's JSON. */
export async function ruleDataDigest(ruleSet: RuleSet): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(ruleSet));
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...hash.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
