/** A file filled in from the other notice's template is recognised, and said once, before the errors it explains. */
import { describe, expect, test } from 'vitest';
import type { Table } from '../../../src/lib/batch/cells';
import { checkBatch } from '../../../src/lib/batch/check';
import { readXlsx } from '../../../src/lib/batch/read';
import { buildResultsWorkbook, buildTemplate } from '../../../src/lib/batch/workbooks';
import { getRuleSet } from '../../../src/lib/rules';
import { GOOD_ACTIVITIES, GOOD_PEOPLE } from './fixtures';

const zz = getRuleSet('zhuzhou-2024')!;
const hn = getRuleSet('hunan-2020')!;

/** A round's template as imported, with rows written under its 人员 and 活动 headings (by heading). */
async function filledTemplate(round: typeof zz, people: string[][], activities: string[][]): Promise<Table[]> {
  const tables = await readXlsx(new Uint8Array(await (await buildTemplate(round)).arrayBuffer()));
  for (const [name, rows] of [['人员', people], ['活动', activities]] as const) {
    const table = tables.find((t) => t.name === name)!;
    const head = table.rows[0]!.map(String);
    for (const r of rows.slice(1)) table.rows.push(head.map((h) => r[rows[0]!.indexOf(h)] ?? ''));
  }
  return tables;
}

const zzMessage = (evidence: string) => `此文件按株人社函〔2024〕5号的模板填写（${evidence}），而当前选择的是湘人社函〔2020〕11号：请改选该通知，或下载本通知的模板重新填写。`;

describe('the 2024 template filled in and checked against the 2020 notice', () => {
  test('is recognised by its 说明 sheet, with the errors it explains still listed', async () => {
    const tables = await filledTemplate(zz, GOOD_PEOPLE, GOOD_ACTIVITIES);
    const check = checkBatch(tables, hn);
    expect(check.otherRound).toEqual({ ruleSetId: 'zhuzhou-2024', docNumber: '株人社函〔2024〕5号', message: zzMessage('见「说明」表') });
    expect(check.issues.some((i) => i.message.includes('是株人社函〔2024〕5号的'))).toBe(true);
    expect(checkBatch(tables, zz).otherRound).toBeNull();
  });

  test('is recognised by the columns only that template has when the 说明 sheet was deleted', async () => {
    const tables = (await filledTemplate(zz, GOOD_PEOPLE, GOOD_ACTIVITIES)).filter((t) => t.name !== '说明');
    expect(checkBatch(tables, hn).otherRound?.message).toBe(zzMessage('有该通知特有的列「课题级别」「专利证书排名」「获奖等级」'));
    expect(checkBatch(tables, zz).otherRound).toBeNull();
  });

  test('is not claimed once the officer has mapped those columns (here to 忽略此列)', async () => {
    const tables = (await filledTemplate(zz, GOOD_PEOPLE, GOOD_ACTIVITIES)).filter((t) => t.name !== '说明');
    const head = tables.find((t) => t.name === '活动')!.rows[0]!.map(String);
    const mapping = { 活动: Object.fromEntries(['课题级别', '专利证书排名', '获奖等级'].map((h) => [head.indexOf(h), null])) };
    expect(checkBatch(tables, hn, { mapping }).otherRound).toBeNull();
  });
});

test('the 2020 template checked against the 2024 notice is recognised by 说明, then by its 完成人排名 column', async () => {
  const people = [GOOD_PEOPLE[0]!, GOOD_PEOPLE[1]!];
  const activities = [['工号', '活动形式', '年度', '专利类型', '完成人排名'], ['A001', '获得专利', '2022', '发明专利', '1']];
  const tables = await filledTemplate(hn, people, activities);
  const message = (evidence: string) => `此文件按湘人社函〔2020〕11号的模板填写（${evidence}），而当前选择的是株人社函〔2024〕5号：请改选该通知，或下载本通知的模板重新填写。`;
  expect(checkBatch(tables, zz).otherRound?.message).toBe(message('见「说明」表'));
  expect(checkBatch(tables.filter((t) => t.name !== '说明'), zz).otherRound?.message).toBe(message('有该通知特有的列「完成人排名」'));
  expect(checkBatch(tables, hn).otherRound).toBeNull();
});

test('an exported result names its round in 说明; a hand-made table with columns both rounds have is not claimed', async () => {
  const check = checkBatch([{ name: '人员', rows: GOOD_PEOPLE }, { name: '活动', rows: GOOD_ACTIVITIES }], zz);
  const exported = await readXlsx(new Uint8Array(await (await buildResultsWorkbook(zz, check.people, check.results, new Date())).arrayBuffer()));
  expect(checkBatch(exported, hn).otherRound?.ruleSetId).toBe('zhuzhou-2024');
  const common = GOOD_ACTIVITIES.map((r) => r.slice(0, 8)); // 工号 … 学时: no column of one round only
  expect(checkBatch([{ name: '人员', rows: GOOD_PEOPLE }, { name: '活动', rows: common }], hn).otherRound).toBeNull();
});
