/**
 * The version digest of a rule set's data: the first 8 hex digits of the SHA-256 of its canonical JSON (keys sorted
 * at every level, no spaces). Any change to a figure, a citation or a note changes it; reordering keys in the file
 * does not. The calculator, the PDF worksheet, share links and the cases page all show this one value.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from './canonical-json';
import type { RuleSet } from './rule-set-schema';

export { canonicalJson };


const digests = new WeakMap<object, string>();

/**
 * The rule set's version digest, computed once per rule set.
 * @example ruleSetDigest(getRuleSet('zhuzhou-2024')) // '3f9a0c1e'
 */
export function ruleSetDigest(ruleSet: RuleSet): string {
  let digest = digests.get(ruleSet);
  if (digest === undefined) {
    digest = bytesToHex(sha256(utf8ToBytes(canonicalJson(ruleSet)))).slice(0, 8);
    digests.set(ruleSet, digest);
  }
  return digest;
}
