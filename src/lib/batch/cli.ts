/**
 * `npm run batch -- file.xlsx --round zhuzhou-2024 --out results.xlsx`: the page's check in Node, with the same
 * reading, checking and workbook code. Prints the summary line and every problem; exits 1 while errors are left.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { getRuleSet, yearInChina } from '../rules/core';
import { currentRuleSet } from '../rules/rule-sets';
import { ruleSets } from '../rules/rule-sets';
import { checkBatch, nobodysRows } from './check';
import type { Table } from './cells';
import { BatchReadError, readFileBytes } from './read';
import { advisoryNote, excludedNote, gapText, repeatedNote, STATUS_WORDS, summaryLine, uncountedNote } from './results';
import { buildResultsWorkbook, buildTemplate, templateFileName } from './workbooks';

const USAGE = `用法：npm run batch -- <文件.xlsx|文件.csv> [--round ${ruleSets.map((r) => r.id).join('|')}] [--out 结果.xlsx] [--exclude 表!行 …]
      npm run batch -- --template [--round …] [--out 模板.xlsx]`;

/** Runs the command line; returns the exit code. */
export async function main(args: readonly string[], print: (line: string) => void = console.log): Promise<number> {
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const values = new Set(['--round', '--out', '--exclude'].map((n) => args.indexOf(n) + 1).filter((i) => i > 0));
  const file = args.find((a, i) => !a.startsWith('--') && !values.has(i));
  const ruleSet = getRuleSet(option('--round') ?? currentRuleSet.id);
  if (!ruleSet) {
    print(`未知的政策年度：${option('--round')}\n${USAGE}`);
    return 2;
  }
  if (args.includes('--template')) {
    const out = option('--out') ?? templateFileName(ruleSet);
    await writeFile(out, new Uint8Array(await (await buildTemplate(ruleSet)).arrayBuffer()));
    print(`模板已写入 ${out}`);
    return 0;
  }
  if (!file) {
    print(USAGE);
    return 2;
  }
  const excluded = new Set(args.flatMap((a, i) => (args[i - 1] === '--exclude' ? a.split(',') : [])));
  let tables: Table[];
  try {
    tables = await readFileBytes(new Uint8Array(await readFile(file)), basename(file));
  } catch (error) {
    if (!(error instanceof BatchReadError)) throw error;
    print(error.message);
    return 1;
  }
  const check = checkBatch(tables, ruleSet, { excluded });
  print(`依据 ${ruleSet.docNumber}；读取 ${check.rowsRead} 行。`);
  if (check.otherRound) print(check.otherRound.message);
  if (check.fileProblem) print(check.fileProblem);
  for (const i of check.issues) print(`${i.level === 'error' ? '错误' : '提示'}  ${i.sheet} 第${i.row}行${i.column ? `「${i.column}」` : ''}：${i.message}`);
  if (check.needsMapping) {
    print('列名须与模板相同（或为常见叫法，如 职工号、名字、年份）。');
    return 1;
  }
  if (check.fileProblem) return 1;
  if (check.errorCount > 0) {
    print(`发现 ${check.errorCount} 处错误，未计算。改正文件后重试，或用 --exclude 表!行 排除。`);
    return 1;
  }
  for (const r of check.results) print(`${r.key}\t${r.name}\t${r.department}\t${STATUS_WORDS[r.status]}\t${[gapText(r), advisoryNote(r), excludedNote(r), repeatedNote(r), uncountedNote(r)].filter(Boolean).join('；')}`);
  for (const u of check.unchecked) print(`${u.key}\t${u.name}\t${u.department}\t未核对\t${u.reason}`);
  print(summaryLine(check.results, check.unchecked.length, yearInChina(new Date()), nobodysRows(check)));
  const out = option('--out');
  if (out) {
    await writeFile(out, new Uint8Array(await (await buildResultsWorkbook(ruleSet, check.people, check.results, new Date(), check.unchecked, check.issues, check.notChecked)).arrayBuffer()));
    print(`结果已写入 ${out}`);
  }
  return 0;
}
