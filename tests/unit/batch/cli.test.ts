/** `npm run batch`: the page's check on the command line, with its exit code. */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, expect, test, vi } from 'vitest';
import { main } from '../../../src/lib/batch/cli';
import { checkBatch } from '../../../src/lib/batch/check';
import { readXlsx } from '../../../src/lib/batch/read';
import { getRuleSet } from '../../../src/lib/rules';
import { GOOD_ACTIVITIES, GOOD_PEOPLE, MISTAKES } from './fixtures';

function flat(people: string[][], activities: string[][]): string[][] {
  const [ph, ...pr] = people as [string[], ...string[][]];
  const [ah, ...ar] = activities as [string[], ...string[][]];
  return [[...ph, ...ah.slice(1)], ...pr.flatMap((p) => ar.filter((a) => a[0] === p[0]).map((a) => [...p, ...a.slice(1)]))];
}

test('prints each person and the summary line, writes a results workbook that imports again, and exits 0', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'batch-cli-'));
  const input = join(dir, '本单位.csv');
  await writeFile(input, Papa.unparse(flat(GOOD_PEOPLE, GOOD_ACTIVITIES)));
  const lines: string[] = [];
  const code = await main([input, '--round', 'zhuzhou-2024', '--out', join(dir, 'out.xlsx')], (l) => lines.push(l));
  expect(code).toBe(0);
  expect(lines).toContain('A002\t李四\t财务科\t未达标\t2023年专业科目差 20；CSV 文件第12、13行不在核认跨度内，均计 0 学时');
  expect(lines).toContain('共 3 人，达标 2 人，未达标 1 人；最常见的缺口：2023年专业科目（1 人）。');
  const again = checkBatch(await readXlsx(new Uint8Array(await readFile(join(dir, 'out.xlsx')))), getRuleSet('zhuzhou-2024')!);
  expect(again.results.map((r) => [r.key, r.met])).toEqual([
    ['A001', true],
    ['A002', false],
    ['A003', true],
  ]);
});

test('lists every error with sheet and row and exits 1 without computing', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'batch-cli-'));
  const input = join(dir, '有错误.csv');
  await writeFile(input, Papa.unparse([...MISTAKES.activities.slice(0, 1).map(() => flat(GOOD_PEOPLE, GOOD_ACTIVITIES)[0]!), ...flat(GOOD_PEOPLE, MISTAKES.activities).slice(1), ['A009', '孙九', '', '副高', '本科', '', '', '', '', '', '讲座', '2023']]));
  const lines: string[] = [];
  expect(await main([input], (l) => lines.push(l))).toBe(1);
  expect(lines.some((l) => /^错误 {2}CSV 文件 第\d+行「活动形式」：「讲座」不是可选的活动形式/.test(l))).toBe(true);
  expect(lines.at(-1)).toMatch(/^发现 \d+ 处错误，未计算。/);
  expect(lines.some((l) => l.startsWith('共 '))).toBe(false);
});

test('refuses an unknown round with the usage', async () => {
  const lines: string[] = [];
  expect(await main(['x.csv', '--round', 'beijing-2024'], (l) => lines.push(l))).toBe(2);
  expect(lines[0]).toContain('未知的政策年度：beijing-2024');
});

test('says a PDF is no table and exits 1', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'batch-cli-'));
  const input = join(dir, '名单.pdf');
  await writeFile(input, '%PDF-1.3\n%\u00ba\u00df\n');
  const lines: string[] = [];
  expect(await main([input], (l) => lines.push(l))).toBe(1);
  expect(lines).toEqual(['「名单.pdf」不是可读取的表格文件，请选择 .xlsx 或 .csv 文件（旧版 .xls 等格式请先在 Excel 或 WPS 中另存为 .xlsx）。']);
});

test('warns of a year to come by Beijing’s year, as the page does: at 2026-12-31 17:00 UTC a 2027 course is this year', async () => {
  vi.stubEnv('TZ', 'UTC');
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-31T17:00:00Z'));
  const dir = await mkdtemp(join(tmpdir(), 'batch-cli-'));
  const input = join(dir, '跨年.csv');
  await writeFile(input, Papa.unparse([['工号', '姓名', '拟申报级别', '学历', '活动形式', '年度', '科目', '课程来源', '学时'], ['A1', '冯十二', '副高级', '大学本科', '课程', '2027', '公需', '网络平台课程等远程教育', '30']]));
  const lines: string[] = [];
  expect(await main([input], (l) => lines.push(l))).toBe(0);
  expect(lines.filter((l) => l.includes('晚于今年'))).toEqual([]);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});
