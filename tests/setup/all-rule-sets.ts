// The tests know every rule set at once, as the build does (the calculator page fetches all but the default on use:
// tests/unit/rules/browser-rule-sets.test.ts and the e2e tests of the 2020 round cover that path).
import '../../src/lib/rules/rule-sets';
