/**
 * Conversion mechanics. The hours per clause of both notices are policy cases in content/rules/*.cases.yaml, run by
 * policy-cases.test.ts; this file checks what every scored item carries (its clause, its reason) and the edges.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calculate, ruleSets } from '../../../src/lib/rules';
import { caseDraft, loadCasesFile } from '../../../src/lib/rules/policy-cases';
import { scoreOne } from './helpers';

const Z = 'zhuzhou-2024' as const;
const y = 2020;

/** Single-activity policy cases that check a clause of 附件 or of the notice's course rules. */
const perClause = ruleSets.flatMap((ruleSet) => {
  const file = `content/rules/${ruleSet.id}.cases.yaml`;
  return loadCasesFile(file, readFileSync(file, 'utf8'), ruleSet)
    .cases.filter(({ case: c }) => c.活动.length === 1 && !c.条款.startsWith('通知 一') && !c.条款.startsWith('通知 二') && !['通知 三', '通知 三（三）', '通知 四（三）'].includes(c.条款))
    .map(({ case: c }) => [`${ruleSet.id} ${c.名称}`, ruleSet.id, c] as const);
});

describe('every item a policy case scores', () => {
  // The figures per clause are in content/rules/*.cases.yaml (tests/unit/rules/policy-cases.test.ts); here, what
  // each scored item carries besides its figure.
  it.each(perClause)('%s: cites the clause the case checks, with its link', (_name, id, c) => {
    const item = calculate(caseDraft(c, id)).items[0];
    expect(item?.errors).toEqual([]);
    expect(item?.cite.clause).toBe(c.条款);
    expect(item?.cite.notice).toBe(id);
    expect(item?.cite.href).toBe(`/notices/${id}/#${item?.cite.anchor}`);
  });

  it.each(perClause)('%s: gives the reason when it scores nothing, and none when it counts', (_name, id, c) => {
    const item = calculate(caseDraft(c, id)).items[0];
    if (item?.hours === 0 && item.status !== 'met-in-full') expect(item.reason).toMatch(/不/);
    if (item?.status === 'counted' && item.hours > 0) expect(item.reason).toBeUndefined();
  });
});

describe('subjects', () => {
  it('counts training as 公需 or 专业 as the user says (附件1 二 1, subject-choice)', () => {
    expect(scoreOne(Z, { kind: 'training', year: y, subject: 'public', format: 'training', days: 1, halfDays: 0 }).subject).toBe('public');
    expect(scoreOne(Z, { kind: 'training', year: y, subject: 'professional', format: 'training', days: 1, halfDays: 0 }).subject).toBe('professional');
  });

  it('counts every converted item as 专业科目 (附件1 二 2–9)', () => {
    const converted = perClause.filter(([, id, c]) => !['training', 'course', 'assignment'].includes(caseDraft(c, id).activities[0]?.kind ?? ''));
    expect(converted.length).toBeGreaterThan(30);
    for (const [, id, c] of converted) expect(calculate(caseDraft(c, id)).items[0]?.subject).toBe('professional');
  });

  it('notes the 检索材料 needed for a foreign paper (附件2 材料上传说明 2)', () => {
    const item = scoreOne(Z, { kind: 'paper', year: y, role: 'first', foreign: true });
    expect(item.notes.map((n) => n.id)).toContain('foreign-paper-retrieval');
    expect(item.notes.find((n) => n.id === 'foreign-paper-retrieval')?.cite.anchor).toBe('fj2-3-n2');
  });

  it('says, at the award form and beside an award counted, that only 科技（社科）奖项 convert (附件1 二 5; 2020 附件 二 5), under either round', () => {
    // A teacher's check: a 省级教学成果奖 entered as an award counted in full without a word; the clause names 科技（社科）奖项.
    for (const round of ['zhuzhou-2024', 'hunan-2020'] as const) {
      const item = scoreOne(round, { kind: 'award', year: y, level: 'provincial', grade: 'first', rank: 1 });
      expect(item.notes.find((n) => n.id === 'award-kind')).toMatchObject({ kind: 'decision', cite: { anchor: 'fj1-2-5' } });
      expect(item.notes.find((n) => n.id === 'award-kind')?.text).toContain('教学成果奖');
      const award = ruleSets.find((r) => r.id === round)?.conversions.find((c) => c.kind === 'award');
      const level = award?.method === 'table' ? award.fields.find((f) => f.name === 'level') : undefined;
      expect(level && 'hint' in level ? level.hint : undefined).toBe('限科技（社科）奖项，教学成果奖等不在此列。');
    }
  });
});

describe('the working of days, half days and evenings', () => {
  // Each count as the form asks for it (全天天数, 半天次数, 晚上次数): "1半天" read oddly, and "1个半天" can be read
  // as a day and a half.
  it('2024: 3 days and 1 half day are 3天 × 8学时 + 半天1次 × 4学时 = 28学时 (附件1 二 1)', () => {
    const item = scoreOne(Z, { kind: 'training', year: y, subject: 'public', format: 'training', days: 3, halfDays: 1 });
    expect(item.working).toBe('3天 × 8学时 + 半天1次 × 4学时 = 28学时');
  });

  it('2020: 2 days, 3 half days and 2 evenings are 2天 × 10学时（分） + 半天3次 × 4学时（分） + 晚上2次 × 2学时（分） = 36学时（分） (附件 二 1; the 2020 notice’s unit is 学时（分）)', () => {
    const item = scoreOne('hunan-2020', { kind: 'training', year: 2018, subject: 'public', format: 'training', days: 2, halfDays: 3, evenings: 2 });
    expect(item.working).toBe('2天 × 10学时（分） + 半天3次 × 4学时（分） + 晚上2次 × 2学时（分） = 36学时（分）');
  });
});

describe('edge counts', () => {
  it('scores zero days as zero hours, not an error (附件1 二 1)', () => {
    const item = scoreOne(Z, { kind: 'training', year: y, subject: 'public', format: 'training', days: 0, halfDays: 0 });
    expect(item.status).toBe('counted');
    expect(item.hours).toBe(0);
  });

  it('multiplies large counts exactly: 365 days are 2920 hours (附件1 二 1)', () => {
    expect(scoreOne(Z, { kind: 'training', year: y, subject: 'public', format: 'training', days: 365, halfDays: 0 }).hours).toBe(2920);
  });

  it('cites the 课程来源’s own clause for a course it refuses, as for one it counts: 用人单位备案的线下专业培训 as 公需科目 is refused under 通知 三（一）', () => {
    // A reviewer's check: the open form said 折算依据：通知 三（一） and 逐项明细 依据 附件1 一 3 for the same item.
    const item = scoreOne(Z, { kind: 'course', year: y, subject: 'public', source: 'employer', hours: 24 });
    expect(item.status).toBe('invalid');
    expect(item.cite.clause).toBe('通知 三（一）');
    expect(scoreOne(Z, { kind: 'course', year: y, subject: 'professional', source: 'online', hours: 2928.5 })).toMatchObject({ status: 'invalid', cite: { clause: '附件1 一 3' } });
  });

  it('refuses a certificate of more hours than a year of full training days: 2928 counts, 2928.5 is an error (通知 三（一）, stated-hours; 附件1 二 1 gives 8 a day)', () => {
    const course = (hours: number) => scoreOne(Z, { kind: 'course', year: y, subject: 'professional', source: 'online', hours });
    expect(course(2928)).toMatchObject({ status: 'counted', hours: 2928 });
    expect(course(2928.5).status).toBe('invalid');
    expect(course(2928.5).errors).toEqual([expect.objectContaining({ field: 'hours', message: '学时超过2020年每天按全天折算的学时（366 天 × 8学时 = 2928学时），请核对' })]);
    // 2020: 10 a day (附件 二 1).
    expect(scoreOne('hunan-2020', { kind: 'course', year: 2018, subject: 'professional', source: 'online', hours: 5000 }).errors[0]?.message).toBe('学时超过2018年每天按全天折算的学时（365 天 × 10学时（分） = 3650学时（分）），请核对');
    // 2023 is not a leap year: 365 days × 8 (附件1 二 1).
    expect(scoreOne(Z, { kind: 'course', year: 2023, subject: 'professional', source: 'online', hours: 2921 }).errors[0]?.message).toBe('学时超过2023年每天按全天折算的学时（365 天 × 8学时 = 2920学时），请核对');
    expect(scoreOne(Z, { kind: 'course', year: 2023, subject: 'professional', source: 'online', hours: 2920 })).toMatchObject({ status: 'counted', hours: 2920 });
  });

  it('adds stated hours with one decimal without float drift (附件1 一 3)', () => {
    const item = scoreOne(Z, { kind: 'course', year: y, subject: 'public', source: 'online', hours: 0.1 });
    expect(item.hours).toBe(0.1);
  });
});
