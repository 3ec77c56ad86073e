/** calculate() on a 5-year draft with 500 activities of every kind (issue: under 2 ms median). */
import { test } from 'vitest';
import { calculate, parseDraft, type Draft } from '../../src/lib/rules';
import { bigDraftInput } from '../fixtures/big-draft';

function bigDraft(): Draft {
  const parsed = parseDraft(bigDraftInput({ withAssignment: true }));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.draft;
}

const draft = bigDraft();

test('calculate: 5-year span, 500 activities (zhuzhou-2024)', async ({ bench }) => {
  const result = await bench('calculate 500 activities', () => {
    calculate(draft);
  }).run();
  const { p50, mean, p99, samplesCount } = result.latency;
  console.log(`calculate, 5 years × 500 activities: median ${p50?.toFixed(3)} ms, mean ${mean?.toFixed(3)} ms, p99 ${p99?.toFixed(3)} ms over ${samplesCount} runs`);
});
