/** The rule data's version digest: stable for the same data, different for any change. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getRuleSet, ruleSetDigest, type RuleSet } from '../../../src/lib/rules';
import { canonicalJson } from '../../../src/lib/rules/rule-digest';

const zhuzhou = getRuleSet('zhuzhou-2024') as RuleSet;

describe('ruleSetDigest', () => {
  it('is the first 8 hex digits of the SHA-256 of the data with its keys sorted', () => {
    const sorted = JSON.stringify(JSON.parse(readFileSync('content/rules/zhuzhou-2024.json', 'utf8')), (_k, v: unknown) =>
      v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
    );
    expect(ruleSetDigest(zhuzhou)).toBe(createHash('sha256').update(sorted).digest('hex').slice(0, 8));
  });

  it('does not change when the keys are written in another order', () => {
    const reordered = Object.fromEntries(Object.entries(structuredClone(zhuzhou)).reverse()) as RuleSet;
    expect(ruleSetDigest(reordered)).toBe(ruleSetDigest(zhuzhou));
  });

  it('changes when one figure changes', () => {
    const changed = structuredClone(zhuzhou);
    changed.requirement.total.hours = 91;
    expect(ruleSetDigest(changed)).not.toBe(ruleSetDigest(zhuzhou));
  });

  it('differs between the two rounds', () => {
    expect(ruleSetDigest(getRuleSet('hunan-2020') as RuleSet)).not.toBe(ruleSetDigest(zhuzhou));
    expect(ruleSetDigest(zhuzhou)).toMatch(/^[0-9a-f]{8}$/);
  });

  it('writes nested keys in code-point order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: '学时' }] })).toBe('{"a":[{"c":"学时","d":2}],"b":1}');
  });
});
