// The tests know every rule set at once, as the build does (the calculator page fetches all but the default on use:
// tests/unit/rules/browser-rule-sets.test.ts and the e2e tests of the 2020 round cover that path), and the round list
// with its digests, as the calculator page passes it to the island.
import { setRoundCatalogue } from '../../src/lib/rules/browser-rule-sets';
import { roundEntry } from '../../src/lib/rules/round-entry';
import { ruleSets } from '../../src/lib/rules/rule-sets';

setRoundCatalogue(ruleSets.map(roundEntry));
