/** Activity forms come from each rule set's data: fields, units, year labels and choices. */
import { describe, expect, it } from 'vitest';
import { blankValues, conversionOf, fieldLabel, formSpecs, readForm, valuesOf, type FieldSpec, type FormValues } from '../../../src/components/calculator/activity-form';
import { calculate, DRAFT_FORMAT, DRAFT_VERSION, getRuleSet, parseActivity, ruleSets, type Activity, type ActivityKind, type Draft, type RuleSet } from '../../../src/lib/rules';

function rs(id: string): RuleSet {
  const r = getRuleSet(id);
  if (!r) throw new Error(id);
  return r;
}
function specsOf(id: string, kind: ActivityKind) {
  const ruleSet = rs(id);
  const conversion = conversionOf(ruleSet, kind);
  if (!conversion) throw new Error(kind);
  return formSpecs(conversion, ruleSet);
}
const labels = (id: string, kind: ActivityKind) => specsOf(id, kind).map(fieldLabel);

describe('generated activity forms', () => {
  it('asks for evenings only where the rule set has an evening rate (2020 附件 二 1; not in 2024 附件1 二 1)', () => {
    expect(labels('zhuzhou-2024', 'training')).toEqual(['参加年份', '形式', '科目', '全天天数（天）', '半天次数（次）']);
    expect(labels('hunan-2020', 'training')).toContain('晚上次数（次）');
  });

  it('shows the day rate and unit of the round in the hint (附件1 二 1: 8 学时; 2020 附件 二 1: 10 学时（分）)', () => {
    const hint = (id: string) => specsOf(id, 'training').find((s) => s.name === 'days')?.hint;
    expect(hint('zhuzhou-2024')).toBe('每天折算 8 学时');
    expect(hint('hunan-2020')).toBe('每天折算 10 学时（分）');
  });

  it('keeps an evening count visible under 2024 when the activity still has one, so it can be cleared', () => {
    const ruleSet = rs('zhuzhou-2024');
    const conversion = conversionOf(ruleSet, 'training');
    if (!conversion) throw new Error();
    const specs = formSpecs(conversion, ruleSet, { id: 'a', kind: 'training', year: 2020, subject: 'public', format: 'training', days: 1, halfDays: 0, evenings: 2 });
    expect(specs.find((s) => s.name === 'evenings')?.hint).toContain('晚上不计学时');
  });

  it('labels counts with the rule set’s units (篇, 项, 模块, 门) and stated hours in 学时', () => {
    expect(labels('zhuzhou-2024', 'paper')).toEqual(['发表年份', '作者排名', '国外刊物', '篇数（篇）']);
    expect(labels('zhuzhou-2024', 'patent')).toEqual(['授权年份', '专利类型', '专利证书排名（第几名）', '数量（项）']);
    expect(labels('zhuzhou-2024', 'exam')).toEqual(['合格年份', '合格模块数（模块）']);
    expect(labels('zhuzhou-2024', 'degree')).toEqual(['通过年份', '当年通过课程数（门）']);
    expect(labels('zhuzhou-2024', 'course')).toContain('证书载明学时');
    expect(labels('hunan-2020', 'course')).toContain('证书载明学时（分）');
  });

  it('asks for the project level only in 2024 (附件1 二 2), and offers 主要完成人 only there', () => {
    expect(labels('zhuzhou-2024', 'project')).toEqual(['结题年份', '课题级别', '本人角色', '数量（项）']);
    expect(labels('hunan-2020', 'project')).toEqual(['结题年份', '本人角色', '数量（项）']);
  });

  it.each([
    ['zhuzhou-2024', '附件1 二 7'],
    ['hunan-2020', '附件 二 7'],
  ] as const)('asks for a special assignment’s dates and its pass, not a year nor 计入年度: a cross-year one counts in its end year (%s, %s)', (id, _clause) => {
    expect(labels(id, 'assignment')).toEqual(['任务类型', '开始日期', '结束日期', '考核合格']);
    expect(Object.keys(blankValues(specsOf(id, 'assignment')))).not.toContain('countYear');
  });

  it.each(['zhuzhou-2024', 'hunan-2020'] as const)('shows every choice of %s as radios, each option read in full (形式, 课程来源, 任务类型: four or five options)', (id) => {
    const rs = getRuleSet(id) as RuleSet;
    const choices = rs.conversions.flatMap((c) => formSpecs(c, rs)).filter((s) => s.type === 'choice');
    expect(choices.map((s) => s.name)).toEqual(expect.arrayContaining(['format', 'mission']));
    for (const spec of choices) expect(spec, spec.label).toMatchObject({ control: 'radios' });
  });
});

describe('reading a form', () => {
  const specs = specsOf('zhuzhou-2024', 'training');

  it('builds the activity when every field is valid; blank half days mean none', () => {
    const values = { ...blankValues(specs), year: '2020', format: 'training', subject: 'public', days: '3' };
    expect(readForm('training', 'a1', specs, values, ' 公需课 ')).toEqual({
      activity: { id: 'a1', kind: 'training', title: '公需课', year: 2020, format: 'training', subject: 'public', days: 3, halfDays: 0, evenings: 0 },
      errors: {},
    });
  });

  it('keeps the activity out while a field is wrong, with a message for that field', () => {
    const values = { ...blankValues(specs), year: '2020', format: 'training', subject: 'public', days: '-3' };
    expect(readForm('training', 'a1', specs, values, '')).toEqual({ activity: null, errors: { days: '不能为负数' } });
  });

  it('asks for the required choices by their labels', () => {
    const { activity, errors } = readForm('training', 'a1', specs, blankValues(specs), '');
    expect(activity).toBeNull();
    expect(errors).toEqual({ year: '请填写参加年份', format: '请选择形式', subject: '请选择科目', days: '请填写全天天数、半天次数中的至少一项' });
  });

  it('asks for days or half days instead of counting a training of neither as 0 (附件1 二 1)', () => {
    const values = { ...blankValues(specs), year: '2021', format: 'training', subject: 'public' };
    expect(readForm('training', 'a1', specs, values, '')).toEqual({ activity: null, errors: { days: '请填写全天天数、半天次数中的至少一项' } });
    expect(readForm('training', 'a1', specs, { ...values, halfDays: '1' }, '').activity).toMatchObject({ days: 0, halfDays: 1 });
  });

  it('points 8.5 days to 半天次数, where the half day belongs (附件1 二 1); other whole numbers keep the plain message', () => {
    const values = { ...blankValues(specs), year: '2021', format: 'training', subject: 'public' };
    expect(readForm('training', 'a1', specs, { ...values, days: '8.5' }, '').errors).toEqual({ days: '须为整数；半天请填在“半天次数”中' });
    expect(readForm('training', 'a1', specs, { ...values, days: '８．５' }, '').errors).toEqual({ days: '须为整数；半天请填在“半天次数”中' });
    expect(readForm('training', 'a1', specs, { ...values, days: '1', halfDays: '1.5' }, '').errors).toEqual({ halfDays: '须为整数，不能有小数' });
  });

  it('says the figures cannot all be 0 when the person wrote 0, rather than asking them to fill in what they filled in (附件1 二 1)', () => {
    const values = { ...blankValues(specs), year: '2021', format: 'training', subject: 'public', days: '0', halfDays: '0' };
    expect(readForm('training', 'a1', specs, values, '').errors).toEqual({ days: '全天天数、半天次数不能都为 0' });
    expect(readForm('training', 'a1', specs, { ...values, halfDays: '' }, '').errors).toEqual({ days: '全天天数、半天次数不能都为 0' });
  });

  it('refuses a count that was cleared instead of silently counting 1', () => {
    const paper = specsOf('zhuzhou-2024', 'paper');
    const values = { ...blankValues(paper), year: '2022', role: 'first', count: '' };
    expect(readForm('paper', 'p', paper, values, '').errors).toEqual({ count: '请填写篇数' });
  });

  it('refuses 0 篇 and a certificate of 0 学时 as it refuses 0 days, instead of counting 0 (附件1 二 3, 附件1 一 3)', () => {
    const paper = specsOf('zhuzhou-2024', 'paper');
    const values = { ...blankValues(paper), year: '2022', role: 'first', count: '0' };
    expect(readForm('paper', 'p', paper, values, '').errors).toEqual({ count: '篇数至少为 1' });
    expect(readForm('paper', 'p', paper, { ...values, count: '1' }, '').errors).toEqual({});
    const course = specsOf('zhuzhou-2024', 'course');
    const stated = { ...blankValues(course), year: '2022', source: 'online', subject: 'public', hours: '0' };
    expect(readForm('course', 'c', course, stated, '').errors).toEqual({ hours: '证书载明学时不能为 0' });
    expect(readForm('course', 'c', course, { ...stated, hours: '0.5' }, '').errors).toEqual({});
  });

  it('refuses an impossible date before it reaches the draft', () => {
    const a = specsOf('zhuzhou-2024', 'assignment');
    const values = { ...blankValues(a), mission: 'tibet', start: '2022-02-30', end: '2022-12-31', passed: true };
    expect(readForm('assignment', 'x', a, values, '').errors).toEqual({ start: '日期不存在：2022年2月没有30日' });
  });

  it('refuses an end date before the start, keeping the activity out of the draft', () => {
    const a = specsOf('zhuzhou-2024', 'assignment');
    const values = { ...blankValues(a), mission: 'tibet', start: '2022-03-01', end: '2021-12-31', passed: true };
    expect(readForm('assignment', 'x', a, values, '')).toEqual({ activity: null, errors: { end: '结束日期不能早于开始日期' } });
  });

  it('shows an activity from the draft as the text it was typed as', () => {
    const course = specsOf('zhuzhou-2024', 'course');
    expect(valuesOf({ id: 'c', kind: 'course', year: 2020, subject: 'professional', source: 'online', hours: 24.5 }, course)).toEqual({
      year: '2020',
      source: 'online',
      subject: 'professional',
      hours: '24.5',
    });
  });

  it('shows a training’s half days and evenings left blank as blank again, and reads them back to the same activity (附件1 二 1, 2020 四（一）)', () => {
    for (const id of ['zhuzhou-2024', 'hunan-2020']) {
      const training = specsOf(id, 'training');
      const activity = readForm('training', 't', training, { ...blankValues(training), year: '2023', format: 'training', subject: 'professional', days: '3' }, '').activity;
      expect(activity, id).toMatchObject({ days: 3, halfDays: 0, evenings: 0 });
      const shown = valuesOf(activity as Activity, training);
      expect(shown, id).toMatchObject({ days: '3', halfDays: '' });
      if (id === 'hunan-2020') expect(shown['evenings'], id).toBe('');
      expect(readForm('training', 't', training, shown, '').activity, id).toEqual(activity);
    }
    // A training of half days only: 全天天数 comes back blank, 半天次数 as typed.
    const training = specsOf('zhuzhou-2024', 'training');
    const halfOnly = readForm('training', 'h', training, { ...blankValues(training), year: '2023', format: 'training', subject: 'professional', halfDays: '2' }, '').activity as Activity;
    expect(valuesOf(halfOnly, training)).toMatchObject({ days: '', halfDays: '2' });
  });
});

describe('a rank that decides nothing may stay empty', () => {
  const specs = specsOf('hunan-2020', 'award');
  /** A 副高 case whose span (set by hand) holds 2021. */
  const caseDraftFor = (ruleSet: string): Draft => ({ format: DRAFT_FORMAT, version: DRAFT_VERSION, ruleSet, profile: { titleLevel: 'deputy-senior' as const, degree: 'bachelor' as const, medical: false, teacher: false }, span: { from: 2019, to: 2023 }, coveredYears: [], activities: [] as Activity[] });
  const values = (level: string, rank = '') => ({ ...blankValues(specs), year: '2021', level, rank });

  it('reads a 2020 省部级 award without a rank: 90 学时 whatever the rank (附件 二 5)', () => {
    const reading = readForm('award', 'a1', specs, values('provincial'), '');
    expect(reading.errors).toEqual({});
    expect(reading.activity).not.toHaveProperty('rank');
    const draft = { ...caseDraftFor('hunan-2020'), activities: [reading.activity!] };
    expect(calculate(draft).items[0]).toMatchObject({ status: 'counted', hours: 90 });
  });

  it('has the engine ask for it where the level is converted by rank: 地厅级 (附件 二 5)', () => {
    const reading = readForm('award', 'a1', specs, values('municipal'), '');
    expect(reading.errors).toEqual({});
    const draft = { ...caseDraftFor('hunan-2020'), activities: [reading.activity!] };
    expect(calculate(draft).items[0]).toMatchObject({ status: 'invalid', errors: [expect.objectContaining({ field: 'rank', message: '请填写完成人排名' })] });
  });

  it('still asks for a patent’s rank in the form: every patent row of both notices needs it', () => {
    for (const id of ['hunan-2020', 'zhuzhou-2024']) {
      const patentSpecs = specsOf(id, 'patent');
      const filled = { ...blankValues(patentSpecs), year: '2021', patentType: 'utility' };
      expect(readForm('patent', 'p1', patentSpecs, filled, '').errors).toHaveProperty('rank');
    }
  });
});

describe('an activity read from a form is one the draft format accepts as it is', () => {
  /** A plausible answer for each kind of field, as a person would type or choose it. */
  function filled(specs: readonly FieldSpec[]): FormValues {
    const values = blankValues(specs);
    for (const spec of specs) {
      if (spec.type === 'year') values[spec.name] = '2021';
      else if (spec.type === 'choice') values[spec.name] = spec.default ?? spec.options[0]?.value ?? '';
      else if (spec.type === 'rank') values[spec.name] = '2';
      else if (spec.type === 'flag') values[spec.name] = true;
      else if (spec.type === 'hours') values[spec.name] = '12.5';
      else if (spec.type === 'date') values[spec.name] = spec.name === 'start' ? '2021-03-01' : '2021-12-31';
      else if (spec.type === 'whole') values[spec.name] = '2';
    }
    return values;
  }

  for (const ruleSet of ruleSets) {
    for (const conversion of ruleSet.conversions) {
      it(`${ruleSet.id} ${conversion.kind} (${conversion.cite.clause}): the form's activity equals the schema's reading of it`, () => {
        const specs = formSpecs(conversion, ruleSet);
        const reading = readForm(conversion.kind, 'a1', specs, filled(specs), '网络课程');
        expect(reading.errors).toEqual({});
        const parsed = parseActivity(reading.activity);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
        expect(reading.activity).toEqual(parsed.activity);
      });
    }
  }
});
