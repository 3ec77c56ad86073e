/**
 * Fidelity: each rule the site states (a note, an option, a label, a notice page's text) against the sentence of the
 * notice it rests on, read from content/notices/*.md. Issue 11 item 2, one block per bullet.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calculate, getRuleSet, type Conversion, type FieldDef, type RuleSet } from '../../../src/lib/rules';
import { checklistFor } from '../../../src/lib/content/checklists';
import { draft, scoreOne } from './helpers';

const notices = new URL('../../../content/notices/', import.meta.url);
const file = (name: string) => readFileSync(new URL(`${name}.md`, notices), 'utf8');

/** The text of a clause: from its `{#anchor}` to the next anchor, without anchors or heading marks. */
function clause(name: string, anchor: string): string {
  const lines = file(name).split('\n');
  const start = lines.findIndex((l) => l.includes(`{#${anchor}}`));
  if (start < 0) throw new Error(`${name} has no anchor ${anchor}`);
  const end = lines.findIndex((l, i) => i > start && /\{#[a-z0-9-]+\}/.test(l));
  return lines
    .slice(start, end < 0 ? undefined : end)
    .join('\n')
    .replace(/\{#[a-z0-9-]+\}/g, '')
    .replace(/^#+\s*/gm, '')
    .trim();
}

function rules(id: string): RuleSet {
  const rs = getRuleSet(id);
  if (rs === undefined) throw new Error(id);
  return rs;
}
const conversion = (rs: RuleSet, kind: Conversion['kind']) => rs.conversions.find((c) => c.kind === kind) as Conversion;
const choice = (c: Conversion, name: string) => c.fields.find((f): f is Extract<FieldDef, { type: 'choice' }> => f.type === 'choice' && f.name === name) as Extract<FieldDef, { type: 'choice' }>;
const option = (c: Conversion, field: string, value: string) => choice(c, field).options.find((o) => o.value === value);
const note = (rs: RuleSet, id: string) => rs.notes.find((n) => n.id === id);

const z24 = rules('zhuzhou-2024');
const h20 = rules('hunan-2020');

describe('hunan-2020 papers: the note says what 附件 二 3 says', () => {
  it('names domestic journals only, as the clause does (“在国内统一刊号刊物发表论文的”)', () => {
    expect(clause('hunan-2020-fj1', 'fj1-2-3')).toContain('在国内统一刊号刊物发表论文的');
    const text = note(h20, 'unified-number-journal')?.text ?? '';
    expect(text).toContain('国内统一刊号刊物');
    expect(text).not.toContain('国内外');
    expect(note(h20, 'unified-number-journal')?.cite.anchor).toBe('fj1-2-3');
  });

  it('keeps “国内外” for 2024, whose clause says it', () => {
    expect(clause('zhuzhou-2024-fj1', 'fj1-2-3')).toContain('在国内外统一刊号刊物发表论文的');
    expect(note(z24, 'unified-number-journal')?.text).toContain('国内外统一刊号刊物');
  });
});

describe('zhuzhou-2024 exam: the name in 二 6 and the certificate in 一 9', () => {
  it('tells the user beside the exam that 一 9 names a 计算机应用能力考试 certificate', () => {
    expect(clause('zhuzhou-2024-fj1', 'fj1-2-6')).toContain('数字技术应用能力水平考试');
    expect(clause('zhuzhou-2024-fj1', 'fj1-1-9')).toContain('计算机应用能力考试合格的提供合格证书');
    const exam = conversion(z24, 'exam');
    expect(exam.label).toBe('数字技术应用能力水平考试');
    const item = scoreOne('zhuzhou-2024', { kind: 'exam', year: 2022, count: 1 });
    const shown = item.notes.find((n) => n.id === 'exam-certificate-name');
    expect(shown?.text).toContain('数字技术应用能力水平考试');
    expect(shown?.text).toContain('计算机应用能力考试合格证书');
    expect(shown?.cite.anchor).toBe('fj1-1-9');
  });

  it('shows the same on the checklist entry for form 9', () => {
    const entry = checklistFor(z24).find((e) => e.form === 9);
    expect(entry?.title).toContain('计算机应用能力考试');
    expect(entry?.extras.map((x) => x.text).join('')).toContain('数字技术应用能力水平考试');
  });
});

describe('zhuzhou-2024 事业单位 training platform: limited to 事业单位专业技术人员 (通知 三（二）)', () => {
  it('says so in the option and in a note on the item', () => {
    expect(clause('zhuzhou-2024', 'tz-3-2')).toMatch(/^（二）事业单位专业技术人员参加湖南省事业单位工作人员培训取得的学时/);
    expect(option(conversion(z24, 'course'), 'source', 'platform')?.label).toContain('限事业单位专业技术人员');
    const item = scoreOne('zhuzhou-2024', { kind: 'course', year: 2022, subject: 'professional', source: 'platform', hours: 12 });
    const shown = item.notes.find((n) => n.id === 'platform-public-institution');
    expect(shown?.text).toContain('事业单位专业技术人员');
    expect(shown?.cite.anchor).toBe('tz-3-2');
  });
});

describe('a course counted at its certificate hours cites what the notice asks of it', () => {
  it('2020: the notice sets no rate for online and base courses; 附件 一 3（2） asks for 课程时长 and 结业证书, cited as such', () => {
    // A reviewer's check: the note cited 通知 四（二）, which speaks only of employer-run 公需科目 training.
    expect(clause('hunan-2020-fj1', 'fj1-1-3-2')).toContain('课程时长（或课程内容）、结业证书');
    const note = h20.notes.find((n) => n.id === 'stated-hours');
    expect(note).toMatchObject({ kind: 'decision', cite: { clause: '附件 一 3（2）', anchor: 'fj1-1-3-2' } });
    expect(note?.text).toMatch(/^通知未规定网络课程和基地培训的折算标准/);
    expect(note?.text).toContain('（通知 四（二））');
  });
});

describe('employer-run training counts towards the subject its clause names', () => {
  it('2024: 用人单位自行开展的线下专业培训 is 专业科目 filed with the city (通知 三（一）)', () => {
    const text = clause('zhuzhou-2024', 'tz-3-1');
    expect(text).toContain('鼓励用人单位自行开展线下继续教育专业培训');
    expect(text).toContain('专业科目报市人力资源和社会保障局专业技术人员管理科备案');
    const employer = option(conversion(z24, 'course'), 'source', 'employer');
    expect(employer).toMatchObject({ subject: 'professional', cite: { anchor: 'tz-3-1' } });
    const counted = scoreOne('zhuzhou-2024', { kind: 'course', year: 2022, subject: 'professional', source: 'employer', hours: 16 });
    expect(counted).toMatchObject({ status: 'counted', subject: 'professional', hours: 16 });
    const refused = scoreOne('zhuzhou-2024', { kind: 'course', year: 2022, subject: 'public', source: 'employer', hours: 16 });
    expect(refused.status).toBe('invalid');
    expect(refused.errors).toEqual([expect.objectContaining({ field: 'subject', message: expect.stringContaining('按通知 三（一）计入专业科目') })]);
  });

  it('2020: training organised by the employer is 公需科目 (通知 四（二）)', () => {
    expect(clause('hunan-2020', 'tz-4-2')).toContain('培训结果直接认定为继续教育公需科目学时（分）');
    expect(option(conversion(h20, 'course'), 'source', 'employer')).toMatchObject({ subject: 'public', cite: { anchor: 'tz-4-2' } });
    expect(scoreOne('hunan-2020', { kind: 'course', year: 2019, subject: 'public', source: 'employer', hours: 8 })).toMatchObject({ status: 'counted', subject: 'public' });
    const refused = scoreOne('hunan-2020', { kind: 'course', year: 2019, subject: 'professional', source: 'employer', hours: 8 });
    expect(refused.status).toBe('invalid');
    expect(refused.errors[0]?.message).toContain('按通知 四（二）计入公需科目');
  });
});

describe('hunan-2020 training-base courses: results not recognised unless reviewed and key B filed (通知 四（四）、四（五）)', () => {
  it('shows both conditions as notes on that source', () => {
    expect(clause('hunan-2020', 'tz-4-4')).toContain('否则培训结果不予认可');
    expect(clause('hunan-2020', 'tz-4-5')).toContain('逾期不交的培训结果不予认可');
    const item = scoreOne('hunan-2020', { kind: 'course', year: 2019, subject: 'professional', source: 'base', hours: 30 });
    const review = item.notes.find((n) => n.cite.anchor === 'tz-4-4' && n.kind === 'rule');
    const key = item.notes.find((n) => n.cite.anchor === 'tz-4-5');
    expect(review?.text).toContain('否则培训结果不予认可');
    expect(key?.text).toContain('逾期不交的培训结果不予认可');
  });
});

describe('zhuzhou-2024 qualifiers in the conversion clauses are told to the user', () => {
  it.each([
    ['project', 'fj1-2-2', '参加政府或行业组织课题研究与项目开发', { kind: 'project', year: 2022, level: 'provincial', role: 'host' }, '政府或行业组织'],
    ['patent', 'fj1-2-4', '获得国家发明专利', { kind: 'patent', year: 2022, patentType: 'invention', rank: 1 }, '国家发明专利'],
    ['patent', 'fj1-2-4', '获得国家实用新型专利', { kind: 'patent', year: 2022, patentType: 'utility', rank: 1 }, '国家实用新型专利'],
    ['degree', 'fj1-2-8', '参加国家教育行政主管部门承认的学历（学位）教育', { kind: 'degree', year: 2022, count: 1 }, '国家教育行政主管部门承认的'],
  ] as const)('%s (%s “%s”)', (_kind, anchor, words, activity, inNote) => {
    expect(clause('zhuzhou-2024-fj1', anchor)).toContain(words);
    const item = scoreOne('zhuzhou-2024', activity);
    expect(item.notes.some((n) => n.cite.anchor === anchor && n.text.includes(inNote))).toBe(true);
  });
});

describe('notice pages carry only the notices’ text', () => {
  it('has no sentence of ours after the 附件6 heading', () => {
    expect(file('zhuzhou-2024-fj6')).not.toMatch(/共6家|名单如下/);
  });

  it('has no “左侧” in the employer guide (the screenshot shows no position)', () => {
    expect(file('zhuzhou-2024-fj3')).not.toContain('左侧');
  });

  it.each(['zhuzhou-2024', 'hunan-2020'])('quotes the 主送 line of %s as the notice writes it', (name) => {
    const text = file(name);
    const scope = /^scope: (.+)$/m.exec(text)?.[1] ?? '';
    const body = text.split('---')[2]?.trim() ?? '';
    expect(body.split('\n')[0]).toBe(`${scope}：`);
  });
});

describe('zhuzhou-2024: which document goes with which level (通知 二)', () => {
  // 通知 二 and its paragraph on the online system, which has its own link (tz-2-n2).
  const words = clause('zhuzhou-2024', 'tz-2') + clause('zhuzhou-2024', 'tz-2-n2');

  it('reads 高级 《学时认定单》 through the online system and 中级 《合格证明》 offline in the clause', () => {
    expect(words).toContain('在高级职称评审（聘）时，核实时全省统一的《湖南省专业技术人员继续教育学时认定单》');
    expect(words).toContain('全面启用网上核认系统');
    expect(words).toContain('参评中级职称继续教育学时核认方式为线下开具《合格证明》');
  });

  it('says it where the checklist names the earlier certificate', () => {
    const entry = checklistFor(z24).find((e) => e.id === 'certificate');
    const extra = entry?.extras.map((x) => x.text).join('') ?? '';
    expect(extra).toMatch(/高级职称的，通过网上核认系统办理《学时认定单》/);
    expect(extra).toMatch(/中级职称的，线下开具《合格证明》/);
  });

  it('says it in the calculator: in the materials of a covered year and as a note for senior and intermediate applicants', () => {
    const result = calculate(draft('zhuzhou-2024', [], { profile: { titleLevel: 'intermediate' }, coveredYears: [2020] }));
    const need = result.materials.find((m) => m.year === 2020)?.needs.find((n) => n.id === 'certificate');
    expect(need?.extras[0]?.text).toContain('线下开具《合格证明》');
    expect(result.notes.find((n) => n.id === 'certificate-by-level')?.cite.anchor).toBe('tz-2');
    const junior = calculate(draft('zhuzhou-2024', [], { profile: { titleLevel: 'junior' }, span: { from: 2020, to: 2023 } }));
    expect(junior.notes.some((n) => n.id === 'certificate-by-level')).toBe(false);
  });
});

describe.each([
  ['zhuzhou-2024', '附件1 二 7', 'zhuzhou-2024-fj1'],
  ['hunan-2020', '附件 二 7', 'hunan-2020-fj1'],
] as const)('%s: a 6–12 month assignment across two calendar years counts in its end year (%s “视为完成当年”, POLICY-NOTES.md)', (id, clauseName, fj) => {
  const span = { from: 2019, to: 2024 };
  const crossing = { kind: 'assignment', mission: 'tibet', start: '2022-09-01', end: '2023-04-30', passed: true } as const;
  const years = (activity: Parameters<typeof scoreOne>[1]) => calculate(draft(id, [activity], { span })).years.filter((y) => y.metInFull?.by === 'assignment').map((y) => y.year);

  it(`meets the end year and not the start year, with the working and a note citing ${clauseName}`, () => {
    expect(clause(fj, 'fj1-2-7')).toContain('考核合格者视为完成当年继续教育90学时');
    expect(years(crossing)).toEqual([2023]);
    const item = scoreOne(id, crossing);
    expect(item.working).toContain('满6个月、不超过1年，按结束当年，2023年视为完成');
    expect(item.cite.clause).toBe(clauseName);
    const note = item.notes.find((n) => n.id === 'assignment-end-year');
    expect(note?.cite).toMatchObject({ clause: clauseName, anchor: 'fj1-2-7' });
    expect(note?.text).toContain('跨两个自然年度的，计入结束当年');
    expect(note?.text).toContain('以评审部门的认定为准');
    expect(note?.text).not.toContain('也可理解为');
    expect(note?.text).not.toContain('可改为开始当年');
    expect(item.warnings).toEqual([]);
  });

  it('offers no 计入年度 choice: the rule data asks only for the mission, the dates and the pass', () => {
    expect(conversion(rules(id), 'assignment').fields.map((f) => f.name)).toEqual(['mission', 'passed']);
    expect(rules(id).notes.some((n) => n.text.includes('开始当年'))).toBe(false);
  });

  it('counts an older draft’s 开始当年 in the end year, and says so beside the item', () => {
    expect(years({ ...crossing, countYear: 'start' })).toEqual([2023]);
    const item = scoreOne(id, { ...crossing, countYear: 'start' });
    expect(item.status).toBe('met-in-full');
    expect(item.working).toContain('按结束当年，2023年视为完成');
    expect(item.warnings).toEqual(['计入年度已按通知改为结束当年（2023年），原选择的开始当年不再适用']);
  });

  it('says nothing of an older choice where it decided nothing: 结束当年, within one year, longer than a year, too short, not passed', () => {
    const quiet: Parameters<typeof scoreOne>[1][] = [
      { ...crossing, countYear: 'end' },
      { ...crossing, start: '2022-01-01', end: '2022-09-30', countYear: 'start' },
      { ...crossing, start: '2021-09-01', end: '2023-04-30', countYear: 'start' },
      { ...crossing, start: '2022-12-01', end: '2023-04-30', countYear: 'start' },
      { ...crossing, passed: false, countYear: 'start' },
    ];
    for (const activity of quiet) expect(scoreOne(id, activity).warnings, JSON.stringify(activity)).toEqual([]);
    expect(years({ ...crossing, start: '2022-01-01', end: '2022-09-30', countYear: 'start' })).toEqual([2022]);
    expect(years({ ...crossing, start: '2021-09-01', end: '2023-04-30', countYear: 'start' })).toEqual([2021, 2022, 2023]);
  });

  it('reads any older 计入年度 value without an error, as it decides nothing now', () => {
    for (const countYear of ['middle', 'START', 7, null, { year: 2022 }]) {
      const item = scoreOne(id, { ...crossing, countYear } as Parameters<typeof scoreOne>[1]);
      expect(item.status, String(countYear)).toBe('met-in-full');
      expect(item.years).toEqual([2023]);
      expect(item.errors).toEqual([]);
      expect(item.warnings).toEqual([]);
    }
  });
});
