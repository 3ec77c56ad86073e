/**
 * The rule data digest written into exports: the same value as the site's (rule-digest.ts: the first 8 hex digits of
 * SHA-256 over the rule set's canonical JSON), computed with the browser's own SHA-256 in the batch worker, so the
 * worker ships no hash library. Where the browser offers none (crypto.subtle needs https or localhost), the export
 * says so instead of a wrong value.
 */
import { canonicalJson } from '../rules/canonical-json';
import { setRoundCatalogue, type RuleSet } from '../rules/core';

/** The rule set's version digest, as the calculator and the PDF worksheet show it. */
export async function ruleDataDigest(ruleSet: RuleSet): Promise<string> {
  if (globalThis.crypto?.subtle === undefined) return '（此浏览器在非 https 地址下无法计算）';
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalJson(ruleSet))));
  return [...hash.slice(0, 4)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The round list with digests, as the calculator page passes it to its island: the PDF worksheets made in the worker
 * print the same 规则数据版本 as the calculator's.
 */
export async function setRoundsWithDigests(ruleSets: readonly RuleSet[]): Promise<void> {
  const entries = await Promise.all(
    ruleSets.map(async (r) => ({ id: r.id, year: r.year, current: r.current === true, docNumber: r.docNumber, shortTitle: r.shortTitle, digest: await ruleDataDigest(r) })),
  );
  setRoundCatalogue(entries);
}
