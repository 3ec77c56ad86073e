/**
 * The columns of the batch template and the names officers give them, built from a round's rule data: the person
 * columns, the activity columns common to every form, and one column per field label of the round's forms
 * (本人角色, 作者排名, 专利证书排名 …) in the notice's words.
 */
import type { ActivityKind, Conversion, FieldDef, RuleSet } from '../rules/core';
import { matchKey } from './cells';
import { rankOptional } from '../rules/draft-limits';

/** A column the batch check understands. Field columns are `field:<label>`, e.g. `field:本人角色`. */
export type ColumnId =
  | 'key'
  | 'name'
  | 'department'
  | 'titleLevel'
  | 'degree'
  | 'medical'
  | 'teacher'
  | 'coveredYears'
  | 'spanFrom'
  | 'spanTo'
  | 'form'
  | 'title'
  | 'year'
  | 'start'
  | 'end'
  | 'subject'
  | 'days'
  | 'halfDays'
  | 'evenings'
  | 'hours'
  | 'count'
  | `field:${string}`;

/** One column: its heading in the template, other headings that mean it, and what it says. */
export interface ColumnDef {
  id: ColumnId;
  /** The heading the template writes. */
  label: string;
  /** Other headings officers use for it. */
  synonyms: readonly string[];
  /**
   * Headings that name it only when no heading in the table names it otherwise: 序号 is a person's number where a unit
   * has no 工号, but in most WPS sheets it is the row's number beside a 工号 column (read as 工号 before it, it gave
   * each colleague another's hours: an HR officer's check).
   */
  fallback?: readonly string[];
  /** One line for the 说明 sheet. */
  hint: string;
  /** The file must have this column (the check asks for a mapping without it). Which forms must fill it: `requiredIn`. */
  required: boolean;
  /** For a field column: the forms that have a field with this label, and the draft property it fills. */
  fields?: { kind: ActivityKind; name: string; type: 'choice' | 'rank' | 'flag' }[];
}

/** Person columns (the 人员 sheet; in a single table, repeated on each activity row). */
export const PERSON_COLUMNS: readonly ColumnDef[] = [
  { id: 'key', label: '工号', synonyms: ['职工号', '员工号', '人员编号', '人员工号', '工作证号'], fallback: ['序号', '编号'], hint: '每人唯一，活动表用它找到本人。没有工号可填序号。', required: true },
  { id: 'name', label: '姓名', synonyms: ['名字', '人员姓名', '职工姓名', '员工姓名'], hint: '用于结果和工作表。', required: false },
  { id: 'department', label: '部门', synonyms: ['科室', '所在部门', '部门名称', '所在科室', '处室', '单位', '所在单位'], hint: '用于筛选。', required: false },
  { id: 'titleLevel', label: '拟申报级别', synonyms: ['申报级别', '拟申报职称级别', '申报职称级别', '职称级别', '拟申报职称', '申报职称', '拟评职称', '申报资格'], hint: '正高级、副高级、中级或初级。', required: true },
  { id: 'degree', label: '学历', synonyms: ['最高学历', '学历学位', '最高学历（学位）', '学历（学位）', '学位'], hint: '博士研究生、硕士研究生、大学本科或其他。', required: true },
  { id: 'medical', label: '医学类', synonyms: ['是否医学类', '医学类职称'], hint: '是或否，不填为否。', required: false },
  { id: 'teacher', label: '中小学教师', synonyms: ['是否中小学教师'], hint: '是或否，不填为否。', required: false },
  { id: 'coveredYears', label: '已认定年度', synonyms: ['已认定年份', '已核认年度', '已取得认定单年度'], hint: '已取得《学时认定单》或《合格证明》的年度，多个用顿号或逗号分隔，如 2019、2020。', required: false },
  { id: 'spanFrom', label: '核认跨度起始年份', synonyms: ['跨度起始年份', '跨度起', '起始年份'], hint: '选填：按本人情况另定跨度时填写，与结束年份同时填写。', required: false },
  { id: 'spanTo', label: '核认跨度结束年份', synonyms: ['跨度结束年份', '跨度止', '结束年份'], hint: '选填：与起始年份同时填写。', required: false },
];

/** Activity columns every round has. */
const ACTIVITY_BASE: readonly ColumnDef[] = [
  { id: 'form', label: '活动形式', synonyms: ['继续教育形式', '形式类别', '活动类型', '类型', '学习形式', '学习类型', '继续教育类型'], hint: '从下拉列表选择，见「取值」表。', required: true },
  { id: 'title', label: '活动名称', synonyms: ['名称', '课程名称', '项目名称', '内容', '培训名称', '培训内容', '活动内容'], hint: '选填：课程、课题、论文等的名称。', required: false },
  { id: 'year', label: '年度', synonyms: ['年份', '参加年份', '完成年份', '结题年份', '出版年份', '发表年份', '授权年份', '获奖年份', '合格年份', '通过年份'], hint: '四位年份。特定工作任务填开始、结束日期，不填年度。', required: false },
  { id: 'start', label: '开始日期', synonyms: ['起始日期', '开始时间'], hint: '特定工作任务：如 2022-03-01。', required: false },
  { id: 'end', label: '结束日期', synonyms: ['截止日期', '结束时间'], hint: '特定工作任务：如 2022-12-31。', required: false },
  { id: 'subject', label: '科目', synonyms: ['科目类别', '公需/专业', '学时类别'], hint: '培训和课程填公需科目或专业科目；其他形式计入专业科目，不填。', required: false },
  { id: 'days', label: '全天（天）', synonyms: ['天数', '全天', '全天天数'], hint: '按天折算的形式：全天天数。', required: false },
  // Counted in 次, as the calculator's form asks for them (半天次数, 晚上次数); templates made before say （个）.
  { id: 'halfDays', label: '半天（次）', synonyms: ['半天', '半天数', '半天次数', '半天（个）'], hint: '按天折算的形式：半天次数。', required: false },
  { id: 'evenings', label: '晚上（次）', synonyms: ['晚上', '晚上数', '晚上次数', '晚上（个）'], hint: '按天折算的形式：晚上次数（本轮通知未规定的不计）。', required: false },
  { id: 'hours', label: '学时', synonyms: ['证明学时', '课程学时', '学时数'], hint: '有学时证明的课程：证明上的学时，最多一位小数。', required: false },
  { id: 'count', label: '数量', synonyms: ['件数', '篇数', '项数', '模块数', '门数', '个数'], hint: '按项折算的形式：项、部、篇、模块或门数，不填为 1。', required: false },
];

/** A day count with a half in it, in the words of the template's columns (the calculator's own names its field 半天次数). */
export const DAYS_NOT_WHOLE_IN_FILE = `须为整数；半天请填在“${ACTIVITY_BASE.find((c) => c.id === 'halfDays')?.label ?? ''}”列`;

/** Headings for activity and person columns that a round's field labels may also use. */
const FIELD_SYNONYMS: Record<string, readonly string[]> = {
  rank: ['排名', '本人排名'],
  patentType: ['专利种类'],
  foreign: ['是否国外刊物'],
  passed: ['是否考核合格', '考核结果'],
  mission: ['任务'],
  source: ['来源'],
};

/** The activity columns of a round: the common ones, then one per field label, in the order the forms ask. */
export function activityColumns(ruleSet: RuleSet): ColumnDef[] {
  const byLabel = new Map<string, ColumnDef>();
  for (const c of ruleSet.conversions) {
    for (const f of c.fields) {
      if (f.name === 'subject') continue; // the common 科目 column
      const id = `field:${f.label}` as const;
      const def = byLabel.get(f.label) ?? { id, label: f.label, synonyms: [], hint: fieldHint(f.type), required: false, fields: [] };
      def.fields?.push({ kind: c.kind, name: f.name, type: f.type });
      byLabel.set(f.label, def);
    }
  }
  return [...ACTIVITY_BASE, ...byLabel.values()];
}

function fieldHint(type: 'choice' | 'rank' | 'flag'): string {
  if (type === 'rank') return '名次，独立或第一填 1。';
  if (type === 'flag') return '是或否，不填为否。';
  return '从下拉列表选择，见「取值」表。';
}

/** Every column of a round (person columns first). */
export function allColumns(ruleSet: RuleSet): ColumnDef[] {
  return [...PERSON_COLUMNS, ...activityColumns(ruleSet)];
}

/**
 * Whether a form must fill a field: a rank, or a choice without the rule data's default. A flag left blank is 否, a
 * choice with a default takes it, as in the calculator. 课程来源 and 形式 have none on purpose: each answer
 * brings its own materials (and 用人单位备案的线下专业培训 only counts as 专业科目), and neither notice names a usual one.
 */
export function fieldRequired(field: FieldDef, kind: string): boolean {
  return field.type === 'rank' ? !rankOptional(kind) : field.type === 'choice' && field.default === undefined;
}

/**
 * Whether a form must fill an activity column: the import reports a blank there as an error, and the template's 必填
 * says so. Counts of days, half days and evenings are 0 when blank, 数量 is 1.
 * @example requiredIn(course, 'field:课程来源') // true
 */
export function requiredIn(conversion: Conversion, id: ColumnId): boolean {
  switch (id) {
    case 'form':
      return true;
    case 'year':
      return conversion.method !== 'assignment';
    case 'start':
    case 'end':
      return conversion.method === 'assignment';
    case 'subject':
      return conversion.subject === 'user';
    case 'hours':
      return conversion.method === 'stated';
    default: {
      const field = conversion.fields.find((f) => f.name !== 'subject' && `field:${f.label}` === id);
      return field !== undefined && fieldRequired(field, conversion.kind);
    }
  }
}

/** A form's name in a 必填 note: the notice's label without a trailing aside (培训、会议等（按天折算） → 培训、会议等). */
const formName = (c: Conversion) => c.label.replace(/（[^（）]*）$/, '');

/**
 * What the template's 必填 says of an activity column: 是 when every form must fill it, the forms that must (or, when
 * all but a few must, the few that need not; several forms each in 「」, as their labels hold 、), or '' when none must.
 * @example requiredText(sourceColumn, zhuzhou2024) // '有学时证明的课程必填'
 */
export function requiredText(column: ColumnDef, ruleSet: RuleSet): string {
  const must = ruleSet.conversions.filter((c) => requiredIn(c, column.id));
  if (must.length === ruleSet.conversions.length) return '是';
  if (must.length === 0) return '';
  const names = (list: Conversion[]) => (list.length === 1 ? formName(list[0] as Conversion) : list.map((c) => `「${formName(c)}」`).join(''));
  const exempt = ruleSet.conversions.filter((c) => !must.includes(c));
  if (exempt.length < must.length) return `除${names(exempt)}外必填`;
  return `${names(must)}必填`;
}

/**
 * Columns of earlier templates that the rule data no longer asks for, by the draft property they filled: recognised by
 * heading, so that an older file is read without 未识别的列, but never written to a template nor offered in the mapping.
 * 计入年度 (结束当年 / 开始当年): a 6–12 month assignment across two calendar years now counts in its end year (附件1 二 7;
 * POLICY-NOTES.md); the check passes 开始当年 on, for the engine to say where it no longer applies.
 */
export const RETIRED_COLUMNS = { countYear: '计入年度' } as const;

/**
 * The retired column a heading names, or undefined.
 * @example retiredColumnOf('*计入年度') // 'countYear'
 */
export function retiredColumnOf(heading: string): keyof typeof RETIRED_COLUMNS | undefined {
  const key = headingKey(heading);
  if (key === '') return undefined;
  return (Object.keys(RETIRED_COLUMNS) as (keyof typeof RETIRED_COLUMNS)[]).find((name) => headingKey(RETIRED_COLUMNS[name]) === key);
}

/** Heading text without marks officers add: 「*工号」「工号（必填）」「姓名:」. */
function headingKey(text: string): string {
  return matchKey(text)
    .replace(/^[*＊]+|[*＊:：]+$/g, '')
    .replace(/\((必填|选填|可选|可不填)\)$/, '');
}

/**
 * Which column a heading names, by the template's label, a synonym, or a field's other names; undefined when none.
 * Field synonyms (排名) name a field column only when the round has one column for that field.
 * @example columnForHeading('职工号', columns) // 'key'
 */
export function columnForHeading(heading: string, columns: readonly ColumnDef[]): ColumnId | undefined {
  return headingMatch(heading, columns)?.id;
}

/**
 * The column a heading names and how closely (0 the template's label, 1 a synonym, 2 a field's other name, 3 a
 * fallback such as 序号): where two headings of a table name one column, the closer is read.
 */
export function headingMatch(heading: string, columns: readonly ColumnDef[]): { id: ColumnId; rank: number } | undefined {
  const key = headingKey(heading);
  if (key === '') return undefined;
  for (const c of columns) if (headingKey(c.label) === key) return { id: c.id, rank: 0 };
  for (const c of columns) if (c.synonyms.some((s) => headingKey(s) === key)) return { id: c.id, rank: 1 };
  for (const [name, synonyms] of Object.entries(FIELD_SYNONYMS)) {
    if (!synonyms.some((s) => headingKey(s) === key)) continue;
    const owners = columns.filter((c) => c.fields?.some((f) => f.name === name));
    if (owners.length === 1) return { id: (owners[0] as ColumnDef).id, rank: 2 };
  }
  for (const c of columns) if (c.fallback?.some((s) => headingKey(s) === key)) return { id: c.id, rank: 3 };
  return undefined;
}

/** The field columns of one form, by draft property name. */
export function fieldColumnsOf(conversion: Conversion, columns: readonly ColumnDef[]): Map<string, ColumnDef[]> {
  const out = new Map<string, ColumnDef[]>();
  for (const f of conversion.fields) {
    if (f.name === 'subject') continue;
    // The form's own label first; other columns filling the same property as a fallback (排名 under 完成人排名).
    const own = columns.filter((c) => c.id === `field:${f.label}`);
    const others = columns.filter((c) => c.id !== `field:${f.label}` && c.fields?.some((x) => x.name === f.name));
    out.set(f.name, [...own, ...others]);
  }
  return out;
}
