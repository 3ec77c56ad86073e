/**
 * The policy cases beside each rule set (content/rules/<id>.cases.yaml), one test per case, named by the case:
 * hours and verdicts worked out by hand from the notice, checked against the engine.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleSets } from '../../../src/lib/rules';
import { expectedOutcome, loadCasesFile, runCase } from '../../../src/lib/rules/policy-cases';

const loaded = ruleSets.map((ruleSet) => {
  const file = `content/rules/${ruleSet.id}.cases.yaml`;
  return loadCasesFile(file, readFileSync(file, 'utf8'), ruleSet);
});

describe.each(loaded.map((f) => [f.ruleSet, f] as const))('%s policy cases', (id, file) => {
  it('holds at least 40 cases', () => {
    expect(file.cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(file.cases.map((c) => [`${c.case.名称}（${c.case.条款}）`, c] as const))('%s', (_name, { case: c, line }) => {
    const actual = runCase(c, id);
    expect(actual, `${file.file}:${line}`).toEqual(expectedOutcome(c));
  });
});

describe('a cases file with a mistake', () => {
  const ruleSet = ruleSets.find((r) => r.id === 'zhuzhou-2024');
  if (ruleSet === undefined) throw new Error('zhuzhou-2024 missing');
  const file = 'content/rules/zhuzhou-2024.cases.yaml';
  const one = (lines: string[]) => ['政策年度: zhuzhou-2024', '案例:', ...lines].join('\n');
  const base = [
    '  - 名称: 培训班全天1天折算8学时',
    '    条款: 附件1 二 1',
    '    申报人: { 职称: 副高级, 学历: 本科 }',
    '    活动:',
    '      - { 形式: 培训班, 科目: 专业科目, 年份: 2020, 全天: 1 }',
    '    计算: 1×8=8。',
    '    核认跨度: 2019~2023',
    '    预期:',
    '      2020: { 公需: 0, 专业: 8, 合计: 8, 结论: 未达标 }',
  ];
  const edit = (line: number, text: string) => one(base.map((l, i) => (i === line ? text : l)));

  it('accepts the well-formed case the mistakes below are made from', () => {
    expect(loadCasesFile(file, one(base), ruleSet).cases).toHaveLength(1);
  });

  it('refuses a misspelt field name and names its file, line and column', () => {
    expect(() => loadCasesFile(file, edit(6, '    算式: 1×8=8。'), ruleSet)).toThrow(`${file}:9:5: 案例.0.算式：未知字段「算式」`);
  });

  it('refuses a misspelt field inside an activity, on its line', () => {
    expect(() => loadCasesFile(file, edit(4, '      - { 形式: 培训班, 科目: 专业科目, 年份: 2020, 全日: 1 }'), ruleSet)).toThrow(/^content\/rules\/zhuzhou-2024\.cases\.yaml:7:\d+: 案例\.0\.活动\.0\.全日：未知字段「全日」/);
  });

  it('refuses a word that is not in the vocabulary', () => {
    expect(() => loadCasesFile(file, edit(4, '      - { 形式: 培训会, 科目: 专业科目, 年份: 2020, 全天: 1 }'), ruleSet)).toThrow(/cases\.yaml:7:\d+: 案例\.0\.活动\.0\.形式/);
  });

  it('refuses a clause the rule set does not cite', () => {
    expect(() => loadCasesFile(file, edit(1, '    条款: 附件1 二 10'), ruleSet)).toThrow(`${file}:4:9: 案例.0.条款：规则数据没有引用条款「附件1 二 10」`);
  });

  it('refuses a year whose 合计 is not 公需 plus 专业', () => {
    expect(() => loadCasesFile(file, edit(8, '      2020: { 公需: 0, 专业: 8, 合计: 9, 结论: 未达标 }'), ruleSet)).toThrow(/cases\.yaml:11:\d+: 案例\.0\.预期\.2020\.合计：合计应等于公需与专业之和/);
  });

  it('refuses a cases file placed beside another round', () => {
    expect(() => loadCasesFile(file, one(base).replace('zhuzhou-2024', 'hunan-2020'), ruleSet)).toThrow(`${file}:1:7: 政策年度：应为 zhuzhou-2024`);
  });
});
