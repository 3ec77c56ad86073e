/** The calculator page's rule sets: the default round bundled, the others fetched on use. */
import { describe, expect, it } from 'vitest';
import { fetchRuleSet, roundCatalogue, roundDigest, setRoundCatalogue } from '../../../src/lib/rules/browser-rule-sets';
import { currentRuleSet as bundled } from '../../../src/lib/rules/default-round';
import { ruleSetDigest } from '../../../src/lib/rules/rule-digest';
import { roundEntry } from '../../../src/lib/rules/round-entry';
import { ruleSets } from '../../../src/lib/rules/rule-sets';

describe('the calculator page’s rule sets', () => {
  it('bundles the rule set marked current as the default round', () => {
    expect(bundled.id).toBe(ruleSets.find((r) => r.current)?.id);
  });

  it('lists the rounds the page passes, newest first, with what the round choice shows', () => {
    setRoundCatalogue([...ruleSets].reverse().map(roundEntry));
    expect(roundCatalogue().map((r) => r.id)).toEqual(ruleSets.map((r) => r.id));
    for (const entry of roundCatalogue()) {
      const full = ruleSets.find((r) => r.id === entry.id);
      expect(entry).toEqual({ id: full?.id, year: full?.year, current: full?.current === true, docNumber: full?.docNumber, shortTitle: full?.shortTitle, digest: full ? ruleSetDigest(full) : '' });
      expect(roundDigest(entry.id)).toBe(entry.digest);
    }
  });

  it('names each data file by its rule set’s id, which is how a round is fetched', async () => {
    const files = Object.keys(import.meta.glob('../../../content/rules/*.json'));
    expect(files.map((f) => f.replace(/^.*\//, '').replace(/\.json$/, '')).sort()).toEqual(ruleSets.map((r) => r.id).sort());
  });

  it('fetches a round by id, and answers undefined for a round the site does not hold', async () => {
    expect((await fetchRuleSet('hunan-2020'))?.docNumber).toBe('湘人社函〔2020〕11号');
    expect(await fetchRuleSet('shanghai-2030')).toBeUndefined();
  });
});
