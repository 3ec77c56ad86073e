/**
 * One row per conversion clause of both notices (POLICY-NOTES.md, "Conversion").
 * Each row: the notice, the clause, an activity, the hours expected, and the citation the item must carry.
 */
import { describe, expect, it } from 'vitest';
import { scoreOne } from './helpers';

type Row = [notice: 'zhuzhou-2024' | 'hunan-2020', clause: string, what: string, activity: Parameters<typeof scoreOne>[1], hours: number, anchor: string];

const Z = 'zhuzhou-2024' as const;
const H = 'hunan-2020' as const;
const y = 2020;

const counted: Row[] = [
  // Training and meetings
  [Z, '附件1 二 1', 'a full day of training is 8 hours', { kind: 'training', year: y, subject: 'professional', format: 'training', days: 1, halfDays: 0 }, 8, 'fj1-2-1'],
  [Z, '附件1 二 1', 'a half day is 4 hours', { kind: 'training', year: y, subject: 'professional', format: 'training', days: 0, halfDays: 1 }, 4, 'fj1-2-1'],
  [Z, '附件1 二 1', '3 days and a half day of a conference are 28 hours', { kind: 'training', year: y, subject: 'public', format: 'conference', days: 3, halfDays: 1 }, 28, 'fj1-2-1'],
  [H, '附件 二 1', 'a full day of training is 10 hours', { kind: 'training', year: y, subject: 'professional', format: 'training', days: 1, halfDays: 0 }, 10, 'fj1-2-1'],
  [H, '附件 二 1', 'a half day is 4 hours', { kind: 'training', year: y, subject: 'professional', format: 'training', days: 0, halfDays: 1 }, 4, 'fj1-2-1'],
  [H, '附件 二 1', 'an evening is 2 hours', { kind: 'training', year: y, subject: 'professional', format: 'training', days: 0, halfDays: 0, evenings: 1 }, 2, 'fj1-2-1'],
  [H, '附件 二 1', '2 days, 1 half day and 3 evenings are 30 hours', { kind: 'training', year: y, subject: 'public', format: 'training', days: 2, halfDays: 1, evenings: 3 }, 30, 'fj1-2-1'],
  // Courses with stated hours
  [Z, '附件1 一 3', 'an online course counts the hours on its certificate', { kind: 'course', year: y, subject: 'professional', source: 'online', hours: 24.5 }, 24.5, 'fj1-1-3'],
  [Z, '通知 三（二）', 'a 事业单位 platform certificate counts its hours', { kind: 'course', year: y, subject: 'public', source: 'platform', hours: 30 }, 30, 'tz-3-2'],
  [Z, '通知 三（一）', 'registered employer training counts its hours', { kind: 'course', year: y, subject: 'professional', source: 'employer', hours: 16 }, 16, 'tz-3-1'],
  [H, '通知 四（二）', 'employer public-subject training counts its hours', { kind: 'course', year: y, subject: 'public', source: 'employer', hours: 12.5 }, 12.5, 'tz-4-2'],
  [H, '附件 一 3', 'an online course counts its hours', { kind: 'course', year: y, subject: 'professional', source: 'online', hours: 40 }, 40, 'fj1-1-3'],
  // Research projects
  [Z, '附件1 二 2', 'a provincial project host gets 60', { kind: 'project', year: y, level: 'provincial', role: 'host' }, 60, 'fj1-2-2'],
  [Z, '附件1 二 2', 'a provincial project main completer gets 30', { kind: 'project', year: y, level: 'provincial', role: 'main' }, 30, 'fj1-2-2'],
  [Z, '附件1 二 2', 'another provincial participant gets 10', { kind: 'project', year: y, level: 'provincial', role: 'other' }, 10, 'fj1-2-2'],
  [Z, '附件1 二 2', 'a municipal project host gets 30', { kind: 'project', year: y, level: 'municipal', role: 'host' }, 30, 'fj1-2-2'],
  [Z, '附件1 二 2', 'any other municipal participant gets 10', { kind: 'project', year: y, level: 'municipal', role: 'other' }, 10, 'fj1-2-2'],
  [Z, '附件1 二 2', 'a municipal "main completer" is another participant: 10', { kind: 'project', year: y, level: 'municipal', role: 'main' }, 10, 'fj1-2-2'],
  [H, '附件 二 2', 'a project host gets 90', { kind: 'project', year: y, role: 'host' }, 90, 'fj1-2-2'],
  [H, '附件 二 2', 'a project participant gets 60', { kind: 'project', year: y, role: 'other' }, 60, 'fj1-2-2'],
  // Books
  [Z, '附件1 二 3', 'a sole or first author of a book gets 60', { kind: 'book', year: y, role: 'first' }, 60, 'fj1-2-3'],
  [Z, '附件1 二 3', 'another author of a book gets 30', { kind: 'book', year: y, role: 'other' }, 30, 'fj1-2-3'],
  [H, '附件 二 3', 'a sole or first author of a book gets 90', { kind: 'book', year: y, role: 'first' }, 90, 'fj1-2-3'],
  [H, '附件 二 3', 'another author of a book gets 60', { kind: 'book', year: y, role: 'other' }, 60, 'fj1-2-3'],
  // Papers
  [Z, '附件1 二 3', 'a first-author paper gets 30', { kind: 'paper', year: y, role: 'first' }, 30, 'fj1-2-3'],
  [Z, '附件1 二 3', 'another author of a paper gets 10', { kind: 'paper', year: y, role: 'other' }, 10, 'fj1-2-3'],
  [Z, '附件1 二 3', 'a first-author paper in a foreign journal gets 30', { kind: 'paper', year: y, role: 'first', foreign: true }, 30, 'fj1-2-3'],
  [Z, '附件1 二 3', 'three first-author papers get 90', { kind: 'paper', year: y, role: 'first', count: 3 }, 90, 'fj1-2-3'],
  [H, '附件 二 3', 'a first-author paper in a domestic journal gets 30', { kind: 'paper', year: y, role: 'first' }, 30, 'fj1-2-3'],
  [H, '附件 二 3', 'another author of a domestic paper gets 10', { kind: 'paper', year: y, role: 'other' }, 10, 'fj1-2-3'],
  // Patents
  [Z, '附件1 二 4', 'an invention patent ranked 1st gets 60', { kind: 'patent', year: y, patentType: 'invention', rank: 1 }, 60, 'fj1-2-4'],
  [Z, '附件1 二 4', 'an invention patent ranked 2nd gets 30', { kind: 'patent', year: y, patentType: 'invention', rank: 2 }, 30, 'fj1-2-4'],
  [Z, '附件1 二 4', 'an invention patent ranked 3rd gets 30', { kind: 'patent', year: y, patentType: 'invention', rank: 3 }, 30, 'fj1-2-4'],
  [Z, '附件1 二 4', 'an invention patent ranked 4th gets 10', { kind: 'patent', year: y, patentType: 'invention', rank: 4 }, 10, 'fj1-2-4'],
  [Z, '附件1 二 4', 'a utility model ranked 1st gets 30', { kind: 'patent', year: y, patentType: 'utility', rank: 1 }, 30, 'fj1-2-4'],
  [Z, '附件1 二 4', 'a utility model ranked 3rd gets 10', { kind: 'patent', year: y, patentType: 'utility', rank: 3 }, 10, 'fj1-2-4'],
  [H, '附件 二 4', 'an invention patent ranked 1st gets 90', { kind: 'patent', year: y, patentType: 'invention', rank: 1 }, 90, 'fj1-2-4'],
  [H, '附件 二 4', 'a utility model ranked 2nd gets 60', { kind: 'patent', year: y, patentType: 'utility', rank: 2 }, 60, 'fj1-2-4'],
  [H, '附件 二 4', 'a design patent ranked 1st gets 90', { kind: 'patent', year: y, patentType: 'design', rank: 1 }, 90, 'fj1-2-4'],
  [H, '附件 二 4', 'a design patent ranked 5th gets 60', { kind: 'patent', year: y, patentType: 'design', rank: 5 }, 60, 'fj1-2-4'],
  // Awards
  [Z, '附件1 二 5', 'a provincial first prize gets 60', { kind: 'award', year: y, level: 'provincial', grade: 'first' }, 60, 'fj1-2-5'],
  [Z, '附件1 二 5', 'a provincial second prize gets 30', { kind: 'award', year: y, level: 'provincial', grade: 'second' }, 30, 'fj1-2-5'],
  [Z, '附件1 二 5', 'a provincial third prize gets 10', { kind: 'award', year: y, level: 'provincial', grade: 'third' }, 10, 'fj1-2-5'],
  [Z, '附件1 二 5', 'a municipal first prize gets 30', { kind: 'award', year: y, level: 'municipal', grade: 'first' }, 30, 'fj1-2-5'],
  [Z, '附件1 二 5', 'a municipal second prize gets 10', { kind: 'award', year: y, level: 'municipal', grade: 'second' }, 10, 'fj1-2-5'],
  [Z, '附件1 二 5', 'a municipal third prize gets 5', { kind: 'award', year: y, level: 'municipal', grade: 'third' }, 5, 'fj1-2-5'],
  [Z, '附件1 二 5', 'personal rank is not used for awards', { kind: 'award', year: y, level: 'provincial', grade: 'first', rank: 9 }, 60, 'fj1-2-5'],
  [H, '附件 二 5', 'a provincial award gets 90 whatever the grade', { kind: 'award', year: y, level: 'provincial', grade: 'third' }, 90, 'fj1-2-5'],
  [H, '附件 二 5', 'a 地厅级 award ranked 5th gets 60', { kind: 'award', year: y, level: 'municipal', rank: 5 }, 60, 'fj1-2-5'],
  [H, '附件 二 5', 'a 地厅级 award ranked 6th gets 30', { kind: 'award', year: y, level: 'municipal', rank: 6 }, 30, 'fj1-2-5'],
  // Exams, degree courses, qualification subjects
  [Z, '附件1 二 6', 'each 数字技术应用能力 module passed gets 20', { kind: 'exam', year: y, count: 2 }, 40, 'fj1-2-6'],
  [H, '附件 二 6', 'each 计算机应用能力 module passed gets 20', { kind: 'exam', year: y, count: 3 }, 60, 'fj1-2-6'],
  [Z, '附件1 二 8', 'each degree course passed gets 30', { kind: 'degree', year: y, count: 2 }, 60, 'fj1-2-8'],
  [H, '附件 二 8', 'each degree course passed gets 90', { kind: 'degree', year: y, count: 1 }, 90, 'fj1-2-8'],
  [Z, '附件1 二 9', 'each qualification exam subject passed gets 30', { kind: 'qualification', year: y, count: 3 }, 90, 'fj1-2-9'],
  [H, '附件 二 9', 'each qualification exam subject passed gets 90', { kind: 'qualification', year: y, count: 2 }, 180, 'fj1-2-9'],
];

const notCovered: Row[] = [
  [Z, '附件1 二 1', 'an evening is not converted in 2024 (evenings not in the rules)', { kind: 'training', year: y, subject: 'professional', format: 'training', days: 0, halfDays: 0, evenings: 2 }, 0, 'fj1-2-1'],
  [Z, '附件1 二 2', 'a project below 市（厅）级 is not covered', { kind: 'project', year: y, level: 'lower', role: 'host' }, 0, 'fj1-2-2'],
  [Z, '附件1 二 4', 'a utility model ranked 4th is not covered', { kind: 'patent', year: y, patentType: 'utility', rank: 4 }, 0, 'fj1-2-4'],
  [Z, '附件1 二 4', 'a design patent is not covered in 2024', { kind: 'patent', year: y, patentType: 'design', rank: 1 }, 0, 'fj1-2-4'],
  [Z, '附件1 二 5', 'an award below 市厅级 is not covered', { kind: 'award', year: y, level: 'lower', grade: 'first' }, 0, 'fj1-2-5'],
  [H, '附件 二 3', 'a paper in a foreign journal is not covered in 2020', { kind: 'paper', year: y, role: 'first', foreign: true }, 0, 'fj1-2-3'],
  [H, '附件 二 5', 'an award below 地厅级 is not covered', { kind: 'award', year: y, level: 'lower', rank: 1 }, 0, 'fj1-2-5'],
];

describe('conversion clauses that count', () => {
  it.each(counted)('%s %s: %s', (notice, _clause, _what, activity, hours, anchor) => {
    const item = scoreOne(notice, activity);
    expect(item.errors).toEqual([]);
    expect(item.status).toBe('counted');
    expect(item.hours).toBe(hours);
    expect(item.cite.anchor).toBe(anchor);
    expect(item.cite.notice).toBe(notice);
    expect(item.cite.href).toBe(`/notices/${notice}/#${anchor}`);
  });
});

describe('conversion cases that are not covered', () => {
  it.each(notCovered)('%s %s: %s', (notice, _clause, _what, activity, _hours, anchor) => {
    const item = scoreOne(notice, activity);
    expect(item.hours).toBe(0);
    expect(item.cite.anchor).toBe(anchor);
    // Never silently dropped: the item is there, with the reason in Chinese.
    expect(item.reason).toMatch(/不/);
    expect(item.status === 'not-covered' || (activity.kind === 'training' && item.status === 'counted')).toBe(true);
  });
});

describe('subjects', () => {
  it('counts training as 公需 or 专业 as the user says (附件1 二 1, subject-choice)', () => {
    expect(scoreOne(Z, { kind: 'training', year: y, subject: 'public', format: 'training', days: 1, halfDays: 0 }).subject).toBe('public');
    expect(scoreOne(Z, { kind: 'training', year: y, subject: 'professional', format: 'training', days: 1, halfDays: 0 }).subject).toBe('professional');
  });

  it('counts every converted item as 专业科目 (附件1 二 2–9)', () => {
    for (const a of counted.filter((r) => !['training', 'course'].includes(r[3].kind))) {
      expect(scoreOne(a[0], a[3]).subject).toBe('professional');
    }
  });

  it('notes the 检索材料 needed for a foreign paper (附件2 材料上传说明 2)', () => {
    const item = scoreOne(Z, { kind: 'paper', year: y, role: 'first', foreign: true });
    expect(item.notes.map((n) => n.id)).toContain('foreign-paper-retrieval');
    expect(item.notes.find((n) => n.id === 'foreign-paper-retrieval')?.cite.anchor).toBe('fj2-3-n2');
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

  it('adds stated hours with one decimal without float drift (附件1 一 3)', () => {
    const item = scoreOne(Z, { kind: 'course', year: y, subject: 'public', source: 'online', hours: 0.1 });
    expect(item.hours).toBe(0.1);
  });
});
