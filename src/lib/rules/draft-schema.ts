/**
 * The draft: a user's whole case. Versioned; untrusted drafts (stored, imported, shared) are
 * parsed here and nowhere else, and every problem is reported in Chinese with the field it concerns.
 */
// zod/mini, not classic zod: parseDraft runs in the calculator page, and the mini build is a fraction of the bytes
// with the same validation and messages (classic zod alone would take half the page's JavaScript budget).
import * as z from 'zod/mini';

/** Current draft format version. Older versions are migrated by src/lib/drafts before parsing. */
export const DRAFT_VERSION = 1;
/** Marker that tells a draft file from any other JSON file. */
export const DRAFT_FORMAT = 'hunan-jxjy-draft';

/** Earliest and latest calendar years a draft may mention. */
export const YEAR_MIN = 1980;
export const YEAR_MAX = 2100;
/** Upper bounds that keep a hostile file from exhausting the page. */
export const MAX_ACTIVITIES = 2000;
const MAX_COUNT = 10000;

const year = z.number({ error: '须填写年份（四位数字）' }).check(
  z.int({ error: '年份须为整数' }),
  z.minimum(YEAR_MIN, { error: `年份不能早于 ${YEAR_MIN} 年` }),
  z.maximum(YEAR_MAX, { error: `年份不能晚于 ${YEAR_MAX} 年` }),
);

const wholeCount = z.number({ error: '须填写数字' }).check(
  z.int({ error: '须为整数' }),
  z.minimum(0, { error: '不能为负数' }),
  z.maximum(MAX_COUNT, { error: `不能超过 ${MAX_COUNT}` }),
);

const choice = (label: string) =>
  z.string({ error: `请选择${label}` }).check(z.regex(/^[a-z][a-z0-9-]*$/, { error: `${label}的取值无效` }));

const isoDate = z.string({ error: '须填写日期' }).check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期格式应为 年-月-日，如 2022-03-01' }),
  z.refine(isRealDate, { error: '日期不存在，请检查月份和日' }),
);

/** True for a YYYY-MM-DD string naming a day that exists. */
export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

const base = {
  /** Stable id within the draft, used by the UI and in results. */
  id: z.string({ error: '缺少编号' }).check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, { error: '编号无效' })),
  /** Free description, e.g. the course name. Optional. */
  title: z.optional(z.string({ error: '名称须为文字' }).check(z.maxLength(200, { error: '名称不能超过 200 字' }))),
};

const subject = z.enum(['public', 'professional'], { error: '请选择公需科目或专业科目' });

/** 培训班、研修班、实践活动、学术会议等，按天、半天、晚折算. */
export const trainingActivitySchema = z.object({
  kind: z.literal('training'),
  ...base,
  year,
  subject,
  format: choice('形式'),
  days: wholeCount,
  halfDays: wholeCount,
  evenings: z._default(wholeCount, 0),
});

/** 有学时证明的课程（网络课程、平台证书、单位备案培训、基地培训）. */
export const courseActivitySchema = z.object({
  kind: z.literal('course'),
  ...base,
  year,
  subject,
  source: choice('课程来源'),
  hours: z.number({ error: '须填写数字' }).check(
    z.minimum(0, { error: '不能为负数' }),
    z.maximum(MAX_COUNT, { error: `不能超过 ${MAX_COUNT}` }),
    z.refine((h: number) => Math.abs(h * 10 - Math.round(h * 10)) < 1e-9, { error: '学时最多保留一位小数' }),
  ),
});

const countField = z._default(wholeCount, 1);

export const projectActivitySchema = z.object({
  kind: z.literal('project'),
  ...base,
  year,
  level: z.optional(choice('课题级别')),
  role: choice('本人角色'),
  count: countField,
});

export const bookActivitySchema = z.object({ kind: z.literal('book'), ...base, year, role: choice('作者排名'), count: countField });

export const paperActivitySchema = z.object({
  kind: z.literal('paper'),
  ...base,
  year,
  role: choice('作者排名'),
  foreign: z._default(z.boolean({ error: '请选择是否为国外刊物' }), false),
  count: countField,
});

const rank = z.number({ error: '须填写排名' }).check(
  z.int({ error: '排名须为整数' }),
  z.minimum(1, { error: '排名从 1 开始' }),
  z.maximum(100, { error: '排名不能超过 100' }),
);

export const patentActivitySchema = z.object({
  kind: z.literal('patent'),
  ...base,
  year,
  patentType: choice('专利类型'),
  rank,
  count: countField,
});

export const awardActivitySchema = z.object({
  kind: z.literal('award'),
  ...base,
  year,
  level: choice('奖项级别'),
  grade: z.optional(choice('获奖等级')),
  rank: z.optional(rank),
  count: countField,
});

const perUnit = (kind: 'exam' | 'degree' | 'qualification') => z.object({ kind: z.literal(kind), ...base, year, count: wholeCount });

export const examActivitySchema = perUnit('exam');
export const degreeActivitySchema = perUnit('degree');
export const qualificationActivitySchema = perUnit('qualification');

export const assignmentActivitySchema = z.object({
  kind: z.literal('assignment'),
  ...base,
  mission: choice('任务类型'),
  start: isoDate,
  end: isoDate,
  passed: z.boolean({ error: '请选择是否考核合格' }),
});

/** Every form of activity a draft can hold. */
export const activitySchema = z.discriminatedUnion(
  'kind',
  [
    trainingActivitySchema,
    courseActivitySchema,
    projectActivitySchema,
    bookActivitySchema,
    paperActivitySchema,
    patentActivitySchema,
    awardActivitySchema,
    examActivitySchema,
    assignmentActivitySchema,
    degreeActivitySchema,
    qualificationActivitySchema,
  ],
  { error: '活动类型无效' },
);

export const profileSchema = z.object({
  /** 拟申报职称级别. */
  titleLevel: z.enum(['full-senior', 'deputy-senior', 'intermediate', 'junior'], { error: '请选择申报职称级别' }),
  /** 最高学历（学位）. */
  degree: z.enum(['doctor', 'master', 'bachelor', 'other'], { error: '请选择最高学历（学位）' }),
  /** 医学类职称（2020 年通知对硕士参评医学类副高另定跨度）. */
  medical: z._default(z.boolean({ error: '请选择是否医学类' }), false),
  /** 中小学教师（参照执行）. */
  teacher: z._default(z.boolean({ error: '请选择是否中小学教师' }), false),
  /** Personal fields: optional, never shared, only printed when the user chooses. */
  name: z.optional(z.string({ error: '姓名须为文字' }).check(z.maxLength(50, { error: '姓名不能超过 50 字' }))),
  employer: z.optional(z.string({ error: '工作单位须为文字' }).check(z.maxLength(100, { error: '工作单位不能超过 100 字' }))),
});

export const spanSchema = z.object({ from: year, to: year }).check(
  z.refine((s: { from: number; to: number }) => s.from <= s.to, { error: '核认跨度的起始年份不能晚于结束年份', path: ['to'] }),
  z.refine((s: { from: number; to: number }) => s.to - s.from < 20, { error: '核认跨度不能超过 20 年', path: ['to'] }),
);

export const draftSchema = z.object({
  format: z.literal(DRAFT_FORMAT, { error: '不是本站的测算草稿文件' }),
  version: z.literal(DRAFT_VERSION, { error: `草稿版本无效，应为 ${DRAFT_VERSION}` }),
  /** Rule set (notice) id, e.g. zhuzhou-2024. */
  ruleSet: z.string({ error: '请选择政策年度' }).check(z.regex(/^[a-z][a-z0-9-]*$/, { error: '政策年度无效' })),
  profile: profileSchema,
  /** Span override; null or absent: the span follows the profile. */
  span: z._default(z.nullable(spanSchema), null),
  /** Years already covered by an earlier 《学时认定单》/《合格证明》. */
  coveredYears: z._default(z.array(year).check(z.maxLength(50, { error: '已认定年度过多' })), []),
  activities: z.array(activitySchema).check(z.maxLength(MAX_ACTIVITIES, { error: `活动最多 ${MAX_ACTIVITIES} 项` })),
});

/** A parsed, valid draft. */
export type Draft = z.output<typeof draftSchema>;
/** A draft as written to a file (defaults may be omitted). */
export type DraftInput = z.input<typeof draftSchema>;
/** One activity of a draft. */
export type Activity = z.output<typeof activitySchema>;
/** The kinds of activity. */
export type ActivityKind = Activity['kind'];
/** Applicant profile. */
export type Profile = z.output<typeof profileSchema>;

/** One problem found in a draft, in Chinese, with the field it concerns. */
export interface DraftIssue {
  /** Machine path, e.g. ["activities", 2, "days"]. */
  path: (string | number)[];
  /** Human-readable location, e.g. 第3项活动「全天（天）」. */
  field: string;
  message: string;
}

const FIELD_LABELS: Record<string, string> = {
  format: '文件标识',
  version: '版本',
  ruleSet: '政策年度',
  profile: '申报信息',
  titleLevel: '申报职称级别',
  degree: '最高学历（学位）',
  medical: '医学类',
  teacher: '中小学教师',
  name: '姓名',
  employer: '工作单位',
  span: '核认跨度',
  from: '起始年份',
  to: '结束年份',
  coveredYears: '已认定年度',
  activities: '活动',
  kind: '活动类型',
  id: '编号',
  title: '名称',
  year: '年份',
  subject: '科目',
  source: '课程来源',
  hours: '学时',
  days: '全天（天）',
  halfDays: '半天（个）',
  evenings: '晚上（个）',
  level: '级别',
  role: '本人角色',
  count: '数量',
  foreign: '国外刊物',
  patentType: '专利类型',
  rank: '排名',
  grade: '获奖等级',
  mission: '任务类型',
  start: '开始日期',
  end: '结束日期',
  passed: '考核合格',
};

/** Chinese label for a path, e.g. ["activities", 2, "days"] → 第3项活动「全天（天）」. */
export function describePath(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next = path[i + 1];
    if (key === 'activities' && typeof next === 'number') {
      parts.push(`第${next + 1}项活动`);
      i++;
    } else if (key === 'coveredYears' && typeof next === 'number') {
      parts.push(`已认定年度第${next + 1}个`);
      i++;
    } else if (typeof key === 'string') {
      const label = FIELD_LABELS[key] ?? key;
      parts.push(parts.length === 0 ? label : `「${label}」`);
    }
  }
  return parts.join('') || '草稿';
}

/** The outcome of parsing untrusted input as a draft. */
export type ParseDraftResult = { ok: true; draft: Draft } | { ok: false; issues: DraftIssue[] };

/**
 * Parses untrusted input (a stored draft, an imported file, a shared link) into a draft.
 * Never throws; every problem comes back with the field it concerns.
 * @example parseDraft(JSON.parse(text)) // { ok: false, issues: [{ field: '第1项活动「全天（天）」', message: '不能为负数' }] }
 */
export function parseDraft(input: unknown): ParseDraftResult {
  const result = draftSchema.safeParse(input);
  if (result.success) return { ok: true, draft: result.data };
  const issues = result.error.issues.slice(0, 50).map((issue) => ({
    path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    field: describePath(issue.path),
    message: issue.message,
  }));
  return { ok: false, issues };
}

/** Formats issues as one message per line, for an error summary. */
export function formatIssues(issues: readonly DraftIssue[]): string {
  return issues.map((i) => `${i.field}：${i.message}`).join('\n');
}
