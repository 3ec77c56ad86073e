/** Untrusted drafts: refused with a Chinese message naming the field, never a crash or a wrong figure. */
import { describe, expect, it } from 'vitest';
import { calculate, parseDraft } from '../../../src/lib/rules';
import { draft } from './helpers';

const valid = () => ({
  format: 'hunan-jxjy-draft',
  version: 1,
  ruleSet: 'zhuzhou-2024',
  profile: { titleLevel: 'deputy-senior', degree: 'master' },
  activities: [{ id: 'a1', kind: 'training', year: 2020, subject: 'public', format: 'training', days: 3, halfDays: 0 }],
});

function issuesOf(input: unknown) {
  const parsed = parseDraft(input);
  if (parsed.ok) throw new Error('expected the draft to be refused');
  return parsed.issues;
}

describe('parseDraft', () => {
  it('accepts a minimal valid draft and fills defaults', () => {
    const parsed = parseDraft(valid());
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.draft.span).toBeNull();
      expect(parsed.draft.coveredYears).toEqual([]);
      expect(parsed.draft.profile.medical).toBe(false);
    }
  });

  it.each([
    ['a negative day count', { days: -1 }, '第1项活动「全天天数（天）」', '不能为负数'],
    ['a decimal day count', { days: 1.5 }, '第1项活动「全天天数（天）」', '须为整数'],
    ['a day count that is not a number', { days: '三' }, '第1项活动「全天天数（天）」', '须填写数字'],
    ['a year out of range', { year: 1900 }, '第1项活动「年份」', '年份不能早于'],
    ['an unknown subject', { subject: 'x' }, '第1项活动「科目」', '请选择公需科目或专业科目'],
  ])('refuses %s, naming the field', (_what, patch, field, message) => {
    const input = valid();
    Object.assign(input.activities[0] as object, patch);
    const issues = issuesOf(input);
    expect(issues[0]?.field).toBe(field);
    expect(issues[0]?.message).toContain(message);
  });

  it('refuses stated hours with two decimals (stated hours allow one decimal)', () => {
    const input = { ...valid(), activities: [{ id: 'c', kind: 'course', year: 2020, subject: 'public', source: 'online', hours: 1.25 }] };
    expect(issuesOf(input)[0]).toMatchObject({ field: '第1项活动「学时」', message: '学时最多保留一位小数' });
  });

  it('refuses an impossible date', () => {
    const input = { ...valid(), activities: [{ id: 'x', kind: 'assignment', mission: 'tibet', start: '2022-02-30', end: '2022-12-31', passed: true }] };
    expect(issuesOf(input)[0]).toMatchObject({ field: '第1项活动「开始日期」', message: '日期不存在，请检查月份和日' });
  });

  it('refuses a span whose start is after its end', () => {
    expect(issuesOf({ ...valid(), span: { from: 2023, to: 2019 } })[0]).toMatchObject({ field: '核认跨度「结束年份」' });
  });

  it('refuses an unknown activity kind', () => {
    const input = { ...valid(), activities: [{ id: 'x', kind: 'lottery', year: 2020 }] };
    expect(issuesOf(input)[0]).toMatchObject({ field: '第1项活动「活动类型」', message: '活动类型无效' });
  });

  it.each([
    ['null', null],
    ['a string', 'hello'],
    ['an array', []],
    ['another JSON file', { name: 'package', version: '1.0.0' }],
  ])('refuses %s without throwing', (_what, input) => {
    const issues = issuesOf(input);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.message.length > 0)).toBe(true);
  });

  it('refuses a draft from an unknown format version', () => {
    expect(issuesOf({ ...valid(), version: 99 })[0]).toMatchObject({ field: '版本' });
  });

  it('refuses a hostile draft with too many activities', () => {
    const activities = Array.from({ length: 1001 }, (_, i) => ({ id: `a${i}`, kind: 'exam', year: 2020, count: 1 }));
    expect(issuesOf({ ...valid(), activities })[0]).toMatchObject({ field: '活动', message: '活动最多 1000 项' });
  });

  it('drops unknown properties instead of carrying them along', () => {
    const parsed = parseDraft({ ...valid(), evil: '<script>' });
    expect(parsed.ok && 'evil' in parsed.draft).toBe(false);
  });
});

describe('calculate on drafts that parse but do not fit the rule set', () => {
  it('reports an unknown rule set instead of a figure', () => {
    const d = { ...draft('zhuzhou-2024', []), ruleSet: 'beijing-2030' };
    const result = calculate(d);
    expect(result.years).toEqual([]);
    expect(result.problems[0]).toMatchObject({ field: 'ruleSet' });
  });

  it('flags a choice the notice does not offer (a 2024 project level under the 2020 rules has no effect, a 2024-only course source is an error)', () => {
    const result = calculate(draft('hunan-2020', [{ kind: 'course', year: 2016, subject: 'public', source: 'platform', hours: 10 }]));
    expect(result.items[0]?.status).toBe('invalid');
    expect(result.items[0]?.hours).toBe(0);
    expect(result.errors[0]).toMatchObject({ field: 'source', message: '所选课程来源不在本通知的选项中，请重新选择' });
  });

  it('asks for the missing field rather than guessing (附件1 二 2: a project needs its level)', () => {
    const result = calculate(draft('zhuzhou-2024', [{ kind: 'project', year: 2020, role: 'host' }]));
    expect(result.errors[0]).toMatchObject({ field: 'level', message: '请选择课题级别' });
  });

  it('asks for the rank of a 地厅级 award under 2020 rules (附件 二 5)', () => {
    const result = calculate(draft('hunan-2020', [{ kind: 'award', year: 2016, level: 'municipal' }]));
    expect(result.errors[0]).toMatchObject({ field: 'rank', message: '请填写完成人排名' });
  });
});
