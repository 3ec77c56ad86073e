/**
 * Helpers for scripts/batch-measure.mjs: writing generated batches as .xlsx and CSV, and reading and checking one
 * file with timings and memory, in Node (the page's code, the same path as its worker).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import Papa from 'papaparse';
import { getRuleSet, type RuleSet } from '../rules/core';
import { checkBatch } from './check';
import { generatePeople } from './generate';
import { readFileBytes } from './read';
import { activityRows, combinedRows, peopleRows } from './rows';
import { writeWorkbook } from './write-xlsx';

const zz = () => getRuleSet('zhuzhou-2024') as RuleSet;

/** Writes `people` × `per` generated people as the template's two sheets (.xlsx) and as one CSV table. */
export async function writeSample(people: number, per: number, xlsxPath: string, csvPath: string): Promise<void> {
  const rs = zz();
  const list = generatePeople(rs, people, per, 42, false);
  const blob = await writeWorkbook([
    { name: '人员', rows: peopleRows(list) },
    { name: '活动', rows: activityRows(list, rs) },
  ]);
  await writeFile(xlsxPath, new Uint8Array(await blob.arrayBuffer()));
  await writeFile(csvPath, '\ufeff' + Papa.unparse(combinedRows(list, rs)));
}

/** Reads and checks one file; times in ms, heap in MB. */
export async function measureFile(path: string, ruleSetId: string): Promise<{ readMs: number; checkMs: number; heapMB: number; people: number; errors: number }> {
  const bytes = new Uint8Array(await readFile(path));
  const t0 = performance.now();
  const tables = await readFileBytes(bytes, basename(path));
  const t1 = performance.now();
  const check = checkBatch(tables, getRuleSet(ruleSetId) as RuleSet);
  const t2 = performance.now();
  return { readMs: Math.round(t1 - t0), checkMs: Math.round(t2 - t1), heapMB: Math.round(process.memoryUsage().heapUsed / 2 ** 20), people: check.results.length, errors: check.errorCount };
}
