/**
 * Policy test cases: per round, a YAML file beside the rule set (content/rules/<id>.cases.yaml) that a 人社 officer can
 * read and write — an applicant, activities in the notice's words, and the hours and verdict expected per year, each
 * worked out by hand from the notice. The unit tests run every case through the engine; /rules/<id>/cases/ prints them.
 * Build time and tests only (zod and yaml stay out of the browser).
 */
import { z } from 'zod';
import { calculate } from './calculate';
import { DRAFT_FORMAT, DRAFT_VERSION, parseDraft, type Draft, type DraftInput } from './draft-schema';
import type { YearResult } from './result-types';
import type { Citation, RuleSet } from './rule-set-schema';
import { issueAt, parseLocated, formatAt } from './source-position';
import {
  AUTHOR_WORDS,
  AWARD_GRADES,
  AWARD_LEVELS,
  COURSE_SOURCES,
  DEGREE_WORDS,
  JOURNAL_WORDS,
  MISSION_WORDS,
  PATENT_WORDS,
  PROJECT_LEVELS,
  PROJECT_ROLES,
  SUBJECT_WORDS,
  TITLE_WORDS,
  TRAINING_FORMS,
  VERDICT_WORDS,
  YES_NO,
  wordsOf,
  type VerdictWord,
} from './case-words';

const year = z.number().int().min(1980).max(2100);
const count = z.number().int().min(0).max(10000);
const yesNo = z.enum(wordsOf(YES_NO));
const spanText = z.string().regex(/^\d{4}~\d{4}$/, '写作“起始年~结束年”，如 2019~2023');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '写作 年-月-日，如 2022-03-01');
const subject = z.enum(wordsOf(SUBJECT_WORDS));

const activity = z.discriminatedUnion('形式', [
  z.strictObject({ 形式: z.enum(wordsOf(TRAINING_FORMS)), 科目: subject, 年份: year, 全天: count.optional(), 半天: count.optional(), 晚上: count.optional() }),
  z.strictObject({ 形式: z.enum(wordsOf(COURSE_SOURCES)), 科目: subject, 年份: year, 学时: z.number().min(0).max(10000) }),
  z.strictObject({ 形式: z.literal('课题'), 级别: z.enum(wordsOf(PROJECT_LEVELS)).optional(), 角色: z.enum(wordsOf(PROJECT_ROLES)), 年份: year, 数量: count.optional() }),
  z.strictObject({ 形式: z.enum(['著作', '译作', '教材']), 作者: z.enum(wordsOf(AUTHOR_WORDS)), 年份: year, 数量: count.optional() }),
  z.strictObject({ 形式: z.literal('论文'), 作者: z.enum(wordsOf(AUTHOR_WORDS)), 刊物: z.enum(wordsOf(JOURNAL_WORDS)).optional(), 年份: year, 数量: count.optional() }),
  z.strictObject({ 形式: z.literal('专利'), 类型: z.enum(wordsOf(PATENT_WORDS)), 排名: z.number().int().min(1).max(100), 年份: year, 数量: count.optional() }),
  z.strictObject({
    形式: z.literal('奖项'),
    级别: z.enum(wordsOf(AWARD_LEVELS)),
    等级: z.enum(wordsOf(AWARD_GRADES)).optional(),
    排名: z.number().int().min(1).max(100).optional(),
    年份: year,
    数量: count.optional(),
  }),
  z.strictObject({ 形式: z.enum(['数字技术应用能力水平考试', '计算机应用能力考试', '学历教育', '职业资格考试']), 年份: year, 数量: count }),
  z.strictObject({ 形式: z.literal('特定工作任务'), 任务: z.enum(wordsOf(MISSION_WORDS)), 开始: isoDate, 结束: isoDate, 考核合格: yesNo }),
]);

const yearExpectation = z
  .strictObject({ 公需: z.number().min(0), 专业: z.number().min(0), 合计: z.number().min(0), 结论: z.enum(VERDICT_WORDS) })
  .refine((y) => Math.round(y.公需 * 10) + Math.round(y.专业 * 10) === Math.round(y.合计 * 10), { message: '合计应等于公需与专业之和', path: ['合计'] });

const caseSchema = z
  .strictObject({
    /** Reads as a sentence; the unit test is named by it. */
    名称: z.string().min(4),
    /** The clause the case checks, as the rule set cites it (附件1 二 2). */
    条款: z.string().min(1),
    申报人: z.strictObject({ 职称: z.enum(wordsOf(TITLE_WORDS)), 学历: z.enum(wordsOf(DEGREE_WORDS)), 医学类: yesNo.optional(), 中小学教师: yesNo.optional() }),
    /** The span the applicant enters (the calculator's override), when the case needs one. */
    自填核认跨度: spanText.optional(),
    /** Years already covered by an earlier 《学时认定单》/《合格证明》. */
    已认定年度: z.array(year).optional(),
    活动: z.array(activity).default([]),
    /** The working by hand, from the notice: what a reader checks the figures against. */
    计算: z.string().min(1),
    /** The span expected: years, or 本人填写 where the notice sets none. */
    核认跨度: z.union([spanText, z.literal('本人填写')]),
    /** Hours and verdict per year; a year of the span not listed has no hours and is 未达标. */
    预期: z.record(z.string().regex(/^\d{4}$/, '年度写作四位数字'), yearExpectation).default({}),
  })
  .superRefine((c, ctx) => {
    const years = Object.keys(c.预期).map(Number);
    if (c.核认跨度 === '本人填写') {
      if (years.length > 0) ctx.addIssue({ code: 'custom', path: ['预期'], message: '核认跨度须本人填写时，不能逐年预期' });
      return;
    }
    const [from, to] = c.核认跨度.split('~').map(Number) as [number, number];
    for (const y of years) if (y < from || y > to) ctx.addIssue({ code: 'custom', path: ['预期', String(y)], message: `${y}年不在核认跨度 ${c.核认跨度} 内` });
  });

const fileSchema = z
  .strictObject({ 政策年度: z.string().regex(/^[a-z][a-z0-9-]*$/), 案例: z.array(caseSchema).min(1) })
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    f.案例.forEach((c, i) => {
      if (seen.has(c.名称)) ctx.addIssue({ code: 'custom', path: ['案例', i, '名称'], message: `案例名称重复：${c.名称}` });
      seen.add(c.名称);
    });
  });

/** One policy case, as written. */
export type PolicyCase = z.infer<typeof caseSchema>;
/** One activity of a case, in the notice's words. */
export type CaseActivity = z.infer<typeof activity>;
/** A year's expected figures. */
export type YearExpectation = z.infer<typeof yearExpectation>;

/** A cases file: its round and cases, each with the line it starts on. */
export interface PolicyCasesFile {
  file: string;
  ruleSet: string;
  cases: { case: PolicyCase; line: number }[];
}

/** Every clause a rule set cites, with its anchor: the clauses a case may name. */
export function citedClauses(ruleSet: RuleSet): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      const c = node as Partial<Citation>;
      if (typeof c.clause === 'string' && typeof c.anchor === 'string' && c.notice === undefined) out.set(c.clause, c.anchor);
      Object.values(node).forEach(walk);
    }
  };
  walk(ruleSet);
  return out;
}

/**
 * Parses and checks a cases file against its rule set, throwing `file:line:column: path: message` for every
 * problem found (up to 10): YAML syntax, an unknown key, a word not in the vocabulary, a clause the rule set does
 * not cite, figures that do not add up.
 */
export function loadCasesFile(file: string, text: string, ruleSet: RuleSet): PolicyCasesFile {
  const doc = parseLocated(text);
  if (doc.errors.length > 0) throw new Error(doc.errors.map((e) => `${file}:${e.position.line}:${e.position.column}: ${e.message}`).join('\n'));
  const parsed = fileSchema.safeParse(doc.data);
  if (!parsed.success) throw new Error(parsed.error.issues.slice(0, 10).map((issue) => issueAt(file, doc, issue)).join('\n'));
  const problems: string[] = [];
  if (parsed.data.政策年度 !== ruleSet.id) problems.push(formatAt(file, doc.locate(['政策年度']), ['政策年度'], `应为 ${ruleSet.id}（本文件所在的规则数据）`));
  const clauses = citedClauses(ruleSet);
  parsed.data.案例.forEach((c, i) => {
    if (!clauses.has(c.条款)) problems.push(formatAt(file, doc.locate(['案例', i, '条款']), ['案例', i, '条款'], `规则数据没有引用条款「${c.条款}」，请按规则数据中的写法填写，如 ${[...clauses.keys()].slice(0, 3).join('、')}`));
  });
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return { file, ruleSet: ruleSet.id, cases: parsed.data.案例.map((c, i) => ({ case: c, line: doc.locate(['案例', i]).line })) };
}

const times = (n: number | undefined) => n ?? 1;

function toActivity(a: CaseActivity, i: number): DraftInput['activities'][number] {
  const id = `c${i + 1}`;
  switch (a.形式) {
    case '培训班':
    case '研修班':
    case '进修班':
    case '实践活动':
    case '学术会议':
    case '讲座':
    case '访问':
    case '交流':
    case '海外交换':
      return { kind: 'training', id, year: a.年份, subject: SUBJECT_WORDS[a.科目], format: TRAINING_FORMS[a.形式], days: a.全天 ?? 0, halfDays: a.半天 ?? 0, evenings: a.晚上 ?? 0 };
    case '网络课程':
    case '基地培训':
    case '单位备案培训':
    case '单位公需培训':
    case '事业单位培训':
      return { kind: 'course', id, year: a.年份, subject: SUBJECT_WORDS[a.科目], source: COURSE_SOURCES[a.形式], hours: a.学时 };
    case '课题':
      return { kind: 'project', id, year: a.年份, ...(a.级别 ? { level: PROJECT_LEVELS[a.级别] } : {}), role: PROJECT_ROLES[a.角色], count: times(a.数量) };
    case '著作':
    case '译作':
    case '教材':
      return { kind: 'book', id, year: a.年份, role: AUTHOR_WORDS[a.作者], count: times(a.数量) };
    case '论文':
      return { kind: 'paper', id, year: a.年份, role: AUTHOR_WORDS[a.作者], foreign: JOURNAL_WORDS[a.刊物 ?? '国内统一刊号刊物'], count: times(a.数量) };
    case '专利':
      return { kind: 'patent', id, year: a.年份, patentType: PATENT_WORDS[a.类型], rank: a.排名, count: times(a.数量) };
    case '奖项':
      return {
        kind: 'award',
        id,
        year: a.年份,
        level: AWARD_LEVELS[a.级别],
        ...(a.等级 ? { grade: AWARD_GRADES[a.等级] } : {}),
        ...(a.排名 !== undefined ? { rank: a.排名 } : {}),
        count: times(a.数量),
      };
    case '数字技术应用能力水平考试':
    case '计算机应用能力考试':
      return { kind: 'exam', id, year: a.年份, count: a.数量 };
    case '学历教育':
      return { kind: 'degree', id, year: a.年份, count: a.数量 };
    case '职业资格考试':
      return { kind: 'qualification', id, year: a.年份, count: a.数量 };
    case '特定工作任务':
      return { kind: 'assignment', id, mission: MISSION_WORDS[a.任务], start: a.开始, end: a.结束, passed: YES_NO[a.考核合格] };
  }
}

/** The draft a case describes, parsed like any draft (a case the draft format refuses fails here). */
export function caseDraft(c: PolicyCase, ruleSetId: string): Draft {
  const span = c.自填核认跨度?.split('~').map(Number);
  const input: DraftInput = {
    format: DRAFT_FORMAT,
    version: DRAFT_VERSION,
    ruleSet: ruleSetId,
    profile: {
      titleLevel: TITLE_WORDS[c.申报人.职称],
      degree: DEGREE_WORDS[c.申报人.学历],
      medical: c.申报人.医学类 === '是',
      teacher: c.申报人.中小学教师 === '是',
    },
    span: span ? { from: span[0] as number, to: span[1] as number } : null,
    coveredYears: c.已认定年度 ?? [],
    activities: c.活动.map(toActivity),
  };
  const parsed = parseDraft(input);
  if (!parsed.ok) throw new Error(`案例「${c.名称}」不是有效的测算：${parsed.issues.map((i) => `${i.field}：${i.message}`).join('；')}`);
  return parsed.draft;
}

/** A year's verdict in words: 视为达标 (met in full), 达标, 基本达标 (an advisory part short), 未达标. */
export function verdictWord(y: YearResult): VerdictWord {
  if (y.metInFull !== null) return '视为达标';
  return y.status === 'met' ? '达标' : y.status === 'warning' ? '基本达标' : '未达标';
}

/** What the engine gives for a case, in the case's own terms. */
export interface CaseOutcome {
  /** 2019~2023, or 本人填写 when the engine has no span. */
  span: string;
  /** Every year of the span. */
  years: Record<string, YearExpectation>;
}

/** Runs a case through the engine. */
export function runCase(c: PolicyCase, ruleSetId: string): CaseOutcome {
  const result = calculate(caseDraft(c, ruleSetId));
  const years: Record<string, YearExpectation> = {};
  for (const y of result.years) years[String(y.year)] = { 公需: y.public, 专业: y.professional, 合计: y.total, 结论: verdictWord(y) };
  return { span: result.span ? `${result.span.from}~${result.span.to}` : '本人填写', years };
}

/** What the case expects for every year of its span (a year not listed: no hours, 未达标). */
export function expectedOutcome(c: PolicyCase): CaseOutcome {
  if (c.核认跨度 === '本人填写') return { span: c.核认跨度, years: {} };
  const [from, to] = c.核认跨度.split('~').map(Number) as [number, number];
  const years: Record<string, YearExpectation> = {};
  for (let y = from; y <= to; y++) years[String(y)] = c.预期[String(y)] ?? { 公需: 0, 专业: 0, 合计: 0, 结论: '未达标' };
  return { span: c.核认跨度, years };
}
