/** The batch check gives every person exactly what the calculator's engine gives their draft. */
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { checkBatch } from '../../../src/lib/batch/check';
import { generatePeople } from '../../../src/lib/batch/generate';
import { readFileBytes, readPasted } from '../../../src/lib/batch/read';
import { summarizePerson } from '../../../src/lib/batch/results';
import { activityRows, combinedRows, peopleRows, type RowValue } from '../../../src/lib/batch/rows';
import { calculate, ruleSets } from '../../../src/lib/rules';

describe.each(ruleSets.map((r) => [r.id, r] as const))('under %s', (_id, ruleSet) => {
  const people = generatePeople(ruleSet, 220, 12, 7);

  test('every one of 220 generated people gets the result calculate() gives their draft, read from one CSV table', async () => {
    const csv = Papa.unparse(combinedRows(people, ruleSet));
    const check = checkBatch(await readFileBytes(new TextEncoder().encode(csv), 'people.csv'), ruleSet);
    expect(check.issues.filter((i) => i.level === 'error')).toEqual([]);
    expect(check.results).toHaveLength(people.length);
    const strip = (d: (typeof people)[number]['draft']) => ({ ...d, activities: d.activities.map(({ id: _, ...a }) => a) });
    people.forEach((p, i) => {
      // The generator draws some activities twice alike: the check names those rows (counted, see below), nothing else.
      const { repeatedRows, ...result } = check.results[i]!;
      // The draft read back is the same case (ids aside: the batch numbers activities by row).
      const read = check.people[i]!;
      // Rows counting 0 (outside the span, 不予折算) are named by the rows the activities were read from.
      const { repeatedRows: none, ...expected } = summarizePerson({ ...p, activityRefs: read.activityRefs }, calculate(p.draft));
      expect(result).toEqual(expected);
      expect(none).toEqual([]);
      expect(strip(read.draft)).toEqual(strip(p.draft));
      const activityAt = (ref: string) => strip(read.draft).activities[read.activityRefs.indexOf(ref)];
      for (const r of repeatedRows) expect(activityAt(r.ref)).toEqual(activityAt(r.sameAs));
    });
    expect(check.results.some((r) => r.repeatedRows.length > 0)).toBe(true);
    expect(check.results.some((r) => r.uncountedRows.length > 0)).toBe(true);
    expect(check.results.some((r) => r.met) && check.results.some((r) => !r.met)).toBe(true);
  });

  test('the 人员 and 活动 sheets as pasted cells give the same results as one table', async () => {
    const tsv = (rows: RowValue[][]) => rows.map((r) => r.join('\t')).join('\n');
    const sheets = [
      { name: '人员', rows: peopleRows(people) },
      { name: '活动', rows: activityRows(people, ruleSet) },
    ];
    const fromSheets = checkBatch(sheets, ruleSet);
    const fromPaste = checkBatch(readPasted(tsv(combinedRows(people, ruleSet))), ruleSet);
    expect(fromSheets.errorCount).toBe(0);
    // The same rows typed twice, named on their own sheets.
    const rowNumbers = (results: typeof fromSheets.results) => results.map((r) => ({ ...r, repeatedRows: r.repeatedRows.map((x) => [x.ref, x.sameAs].map((ref) => ref.split('!')[1])), uncountedRows: r.uncountedRows.map((x) => [x.ref.split('!')[1], x.why]) }));
    expect(rowNumbers(fromPaste.results)).toEqual(rowNumbers(fromSheets.results));
  });
});
