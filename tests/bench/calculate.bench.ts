/** calculate() on a 5-year draft with 500 activities of every kind (issue: under 2 ms median). */
import { test } from 'vitest';
import { calculate, parseDraft, type Draft } from '../../src/lib/rules';

function bigDraft(): Draft {
  const kinds = [
    (i: number) => ({ kind: 'training', year: 2019 + (i % 5), subject: i % 2 ? 'public' : 'professional', format: 'training', days: i % 4, halfDays: 1 }),
    (i: number) => ({ kind: 'course', year: 2019 + (i % 5), subject: 'public', source: 'online', hours: 2.5 }),
    (i: number) => ({ kind: 'project', year: 2019 + (i % 5), level: 'provincial', role: 'main' }),
    (i: number) => ({ kind: 'paper', year: 2019 + (i % 5), role: 'other', foreign: i % 3 === 0 }),
    (i: number) => ({ kind: 'patent', year: 2019 + (i % 5), patentType: 'invention', rank: 1 + (i % 5) }),
    (i: number) => ({ kind: 'award', year: 2019 + (i % 5), level: 'municipal', grade: 'third' }),
    (i: number) => ({ kind: 'exam', year: 2019 + (i % 5), count: 1 }),
    (i: number) => ({ kind: 'book', year: 2019 + (i % 5), role: 'first' }),
    (i: number) => ({ kind: 'degree', year: 2019 + (i % 5), count: 1 }),
    (i: number) => ({ kind: 'qualification', year: 2019 + (i % 5), count: 1 }),
  ];
  const activities = Array.from({ length: 500 }, (_, i) => ({ id: `a${i}`, ...(kinds[i % kinds.length] as (i: number) => object)(i) }));
  activities[499] = { id: 'a499', kind: 'assignment', mission: 'tibet', start: '2020-03-01', end: '2021-06-30', passed: true } as never;
  const parsed = parseDraft({ format: 'hunan-jxjy-draft', version: 1, ruleSet: 'zhuzhou-2024', profile: { titleLevel: 'full-senior', degree: 'bachelor' }, activities });
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
