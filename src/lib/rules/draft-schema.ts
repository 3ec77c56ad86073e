/**
 * The draft: a user's whole case. Versioned; untrusted drafts (stored, imported, shared) are
 * parsed here and nowhere else, and every problem is reported in Chinese with the field it concerns.
 */
// valibot, not zod: parseDraft and activitySchema run in the calculator page on load and on every keystroke, and
// valibot's modular functions tree-shake to a fraction of zod/mini's bytes. The helpers below keep zod's answers
// (messages, issue order, which checks run after a failure) so that the messages users see did not change.
import * as v from 'valibot';
import { DEGREES, SUBJECTS, TITLE_LEVELS } from './labels';
import { ASSIGNMENT_TOO_LONG, assignmentYears, DRAFT_FORMAT, DRAFT_VERSION, ID_PATTERN, isRealDate, MAX_ACTIVITIES, MAX_ASSIGNMENTS, MAX_COUNT, MAX_EMPLOYER_LENGTH, MAX_NAME_LENGTH, MAX_SPAN_YEARS, MAX_TITLE_LENGTH, personText, YEAR_MAX, YEAR_MIN } from './draft-limits';

export { ASSIGNMENT_TOO_LONG, assignmentYears, DRAFT_FORMAT, DRAFT_VERSION, isRealDate, MAX_ACTIVITIES, MAX_ASSIGNMENTS, MAX_COUNT, MAX_SPAN_YEARS, YEAR_MAX, YEAR_MIN };


/** Message of an object or a list of the wrong type (the draft itself, the profile, the span, the lists). */
const INVALID = '格式无效';

/**
 * Ends a pipe here when an earlier step failed, like a type error (the later checks do not run, and the objects
 * around it skip their own checks). Stands for zod's rule that a failed integer or finiteness check ends the checks.
 */
const stop = v.transform((n: number) => n);

/** A finite number (valibot's number takes Infinity, which JSON.parse gives for 1e400; zod refused it as a type error). */
const finiteNumber = (message: string) => v.pipe(v.number(message), v.finite(message), stop);

/** A whole number: as zod's int(), an unsafe integer gets the integer message, then the range checks still run. */
const integer = (message: string, min: number, max: number, messages: { int: string; min: string; max: string }) =>
  v.pipe(finiteNumber(message), v.integer(messages.int), stop, v.safeInteger(messages.int), v.minValue(min, messages.min), v.maxValue(max, messages.max));

/**
 * An object whose missing keys get the message of the field's own schema (valibot would give the object's), and that
 * refuses an array as a whole (valibot would read an array as an object with every key missing).
 */
function object<const E extends v.ObjectEntries>(entries: E) {
  return notArray(
    v.object(entries, (issue) => {
      const key = issue.path?.[0]?.key;
      const missing = typeof key === 'string' ? v.safeParse(entries[key]!, undefined).issues?.[0]?.message : undefined;
      return missing ?? INVALID;
    }),
  );
}

/** Arrays and objects that are not plain (a Map, a Date, a class instance from storage) are no draft objects. */
function isPlainObject(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The schema, refusing an array or a non-plain object (a Map, a Date…) with its own type error at its own place. */
function notArray<S extends v.GenericSchema>(schema: S): S {
  return { ...schema, '~run': (dataset, config) => schema['~run'](dataset.value !== null && typeof dataset.value === 'object' && !isPlainObject(dataset.value) ? { value: null } : dataset, config) };
}

/**
 * The schema with a maximum length, checked as zod did: a list that is too long is refused with that one message
 * before its items are read (a hostile file is not parsed item by item), and a value of the wrong type that has a
 * length too great gets the length message after the type message.
 */
function withMaxLength<S extends v.GenericSchema<unknown, v.LengthInput>>(schema: S, max: number, message: string): S {
  const limit = v.maxLength<v.InferOutput<S>, number, string>(max, message);
  const checked = v.pipe(schema, limit);
  // The length issue only carries its message, so it is made from a stand-in value that is too long.
  const lengthIssues = (config: v.Config<v.BaseIssue<unknown>>) => limit['~run']({ typed: true, value: { length: Infinity } }, config).issues ?? [];
  return {
    ...checked,
    '~run': (dataset: v.UnknownDataset, config: v.Config<v.BaseIssue<unknown>>) => {
      const value: unknown = dataset.value;
      const length = value === null || value === undefined ? undefined : (value as { length?: unknown }).length;
      const tooLong = length !== undefined && !((length as number) <= max);
      if (tooLong && schema.type === 'array' && Array.isArray(value)) return { typed: false, value, issues: lengthIssues(config) };
      const out = checked['~run'](dataset, config);
      if (tooLong && !out.typed) out.issues = [...(out.issues ?? []), ...lengthIssues(config)];
      return out;
    },
  } as unknown as S; // the same input and output types as the schema without the limit
}

/**
 * The object schema with a check across its fields, run once its fields are valid. Unlike v.pipe, the result is
 * still an object schema, which v.variant needs to pick the option by `kind` (and TypeScript to infer the union).
 */
function refined<S extends v.GenericSchema<unknown, Record<string, unknown>>>(schema: S, field: keyof v.InferOutput<S> & string, ok: (value: v.InferOutput<S>) => boolean, message: string): S {
  // valibot cannot check a generic schema's key against its output type here; `field` is typed by the signature.
  const piped = v.pipe(schema, v.forward(v.check(ok, message), [field] as never));
  return { ...schema, '~run': (dataset, config) => piped['~run'](dataset, config) };
}

const year = integer('须填写年份（四位数字）', YEAR_MIN, YEAR_MAX, {
  int: '年份须为整数',
  min: `年份不能早于 ${YEAR_MIN} 年`,
  max: `年份不能晚于 ${YEAR_MAX} 年`,
});

const wholeCount = integer('须填写数字', 0, MAX_COUNT, { int: '须为整数', min: '不能为负数', max: `不能超过 ${MAX_COUNT}` });

/** A choice value (a rule set's option id): short, so a hostile file cannot pass a megabyte through it. */
const choice = (label: string) => v.pipe(v.string(`请选择${label}`), v.regex(/^[a-z][a-z0-9-]{0,63}$/, `${label}的取值无效`));

const isoDate = v.pipe(
  v.string('须填写日期'),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 年-月-日，如 2022-03-01'),
  // The years a draft may mention; a date that is not written as YYYY-MM-DD has its message already.
  v.check((d: string) => !/^\d{4}-/.test(d) || (Number(d.slice(0, 4)) >= YEAR_MIN && Number(d.slice(0, 4)) <= YEAR_MAX), `日期须在 ${YEAR_MIN} 年至 ${YEAR_MAX} 年之间`),
  v.check(isRealDate, '日期不存在，请检查月份和日'),
);


const base = {
  /** Stable id within the draft, used by the UI and in results. */
  id: v.pipe(v.string('缺少编号'), v.regex(ID_PATTERN, '编号无效')),
  /** Free description, e.g. the course name. Optional. */
  title: v.optional(v.pipe(withMaxLength(v.string('名称须为文字'), MAX_TITLE_LENGTH, `名称不能超过 ${MAX_TITLE_LENGTH} 字`), v.transform(personText))),
};

const subject = v.picklist(SUBJECTS, '请选择公需科目或专业科目');

/** 培训班、研修班、实践活动、学术会议等，按天、半天、晚折算. */
export const trainingActivitySchema = object({
  kind: v.literal('training'),
  ...base,
  year,
  subject,
  format: choice('形式'),
  days: wholeCount,
  halfDays: wholeCount,
  evenings: v.optional(wholeCount, 0),
});

/** 有学时证明的课程（网络课程、平台证书、单位备案培训、基地培训）. */
export const courseActivitySchema = object({
  kind: v.literal('course'),
  ...base,
  year,
  subject,
  source: choice('课程来源'),
  hours: v.pipe(
    finiteNumber('须填写数字'),
    v.minValue(0, '不能为负数'),
    v.maxValue(MAX_COUNT, `不能超过 ${MAX_COUNT}`),
    // Not said of a figure already refused as too large: 1e308 was also told 最多保留一位小数 (a tester's file).
    v.check((h: number) => h > MAX_COUNT || Math.abs(h * 10 - Math.round(h * 10)) < 1e-9, '学时最多保留一位小数'),
  ),
});

const countField = v.optional(wholeCount, 1);

export const projectActivitySchema = object({
  kind: v.literal('project'),
  ...base,
  year,
  level: v.optional(choice('课题级别')),
  role: choice('本人角色'),
  count: countField,
});

export const bookActivitySchema = object({ kind: v.literal('book'), ...base, year, role: choice('作者排名'), count: countField });

export const paperActivitySchema = object({
  kind: v.literal('paper'),
  ...base,
  year,
  role: choice('作者排名'),
  foreign: v.optional(v.boolean('请选择是否为国外刊物'), false),
  count: countField,
});

const rank = integer('须填写排名', 1, 100, { int: '排名须为整数', min: '排名从 1 开始', max: '排名不能超过 100' });

export const patentActivitySchema = object({
  kind: v.literal('patent'),
  ...base,
  year,
  patentType: choice('专利类型'),
  rank,
  count: countField,
});

export const awardActivitySchema = object({
  kind: v.literal('award'),
  ...base,
  year,
  level: choice('奖项级别'),
  grade: v.optional(choice('获奖等级')),
  rank: v.optional(rank),
  count: countField,
});

const perUnit = <K extends 'exam' | 'degree' | 'qualification'>(kind: K) => object({ kind: v.literal(kind), ...base, year, count: wholeCount });

export const examActivitySchema = perUnit('exam');
export const degreeActivitySchema = perUnit('degree');
export const qualificationActivitySchema = perUnit('qualification');


/**
 * 计入年度 (结束当年 / 开始当年), a choice until the site read the notices' “视为完成当年” as the end year only: a 6–12
 * month assignment across two calendar years counts in the year it ends (附件1 二 7; POLICY-NOTES.md, special
 * assignment). Drafts, files and share links made before may hold it. Any value is read without an error, since it no
 * longer decides anything; 'start' is kept so that the engine can tell the person, where that choice had decided the
 * year, that it no longer applies. Anything else is dropped.
 */
const retiredCountYear = v.pipe(
  v.unknown(),
  v.metadata({ deprecated: true }),
  v.description('已停用：跨两个自然年度、满6个月且不超过1年的任务计入结束当年，不再选择。旧草稿中的取值可以读取，不影响测算结果。'),
  v.transform((value): 'start' | undefined => (value === 'start' ? 'start' : undefined)),
);

/**
 * 特定工作任务. An assignment meets every calendar year it touches, so the years from start to end are bounded like a
 * span's (MAX_SPAN_YEARS): a hostile 0001…9999 assignment would otherwise make ten thousand years of results.
 */
export const assignmentActivitySchema = refined(
  object({
    kind: v.literal('assignment'),
    ...base,
    mission: choice('任务类型'),
    start: isoDate,
    end: isoDate,
    passed: v.boolean('请选择是否考核合格'),
    /** 计入年度, no longer asked (see retiredCountYear): read from older drafts, never an error, only 'start' kept. */
    countYear: v.optional(retiredCountYear),
  }),
  'end',
  (a) => assignmentYears(a.start, a.end) <= MAX_SPAN_YEARS,
  ASSIGNMENT_TOO_LONG,
);


/** Every form of activity a draft can hold. */
export const activitySchema = notArray(
  v.variant(
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
    '活动类型无效',
  ),
);

export const profileSchema = object({
  /** 拟申报职称级别; absent until the person chooses (no answer is chosen for them). */
  titleLevel: v.optional(v.picklist(TITLE_LEVELS, '请选择申报职称级别')),
  /** 最高学历（学位）; absent until the person chooses. */
  degree: v.optional(v.picklist(DEGREES, '请选择最高学历（学位）')),
  /** 医学类职称（2020 年通知对硕士参评医学类副高另定跨度）. */
  medical: v.optional(v.boolean('请选择是否医学类'), false),
  /** 中小学教师（参照执行）. */
  teacher: v.optional(v.boolean('请选择是否中小学教师'), false),
  /** Personal fields: optional, never shared, only printed when the user chooses. */
  // Without invisible marks that turn the text around them backwards, nor control characters (personText).
  name: v.optional(v.pipe(withMaxLength(v.string('姓名须为文字'), MAX_NAME_LENGTH, `姓名不能超过 ${MAX_NAME_LENGTH} 字`), v.transform(personText))),
  employer: v.optional(v.pipe(withMaxLength(v.string('工作单位须为文字'), MAX_EMPLOYER_LENGTH, `工作单位不能超过 ${MAX_EMPLOYER_LENGTH} 字`), v.transform(personText))),
});

export const spanSchema = v.pipe(
  object({ from: year, to: year }),
  v.forward(
    v.check((s: { from: number; to: number }) => s.from <= s.to, '核认跨度的起始年份不能晚于结束年份'),
    ['to'],
  ),
  v.forward(
    v.check((s: { from: number; to: number }) => s.to - s.from < MAX_SPAN_YEARS, `核认跨度不能超过 ${MAX_SPAN_YEARS} 年`),
    ['to'],
  ),
);

export const draftSchema = object({
  format: v.literal(DRAFT_FORMAT, '不是本站的测算草稿文件'),
  version: v.literal(DRAFT_VERSION, `草稿版本无效，应为 ${DRAFT_VERSION}`),
  /** Rule set (notice) id, e.g. zhuzhou-2024. */
  ruleSet: v.pipe(v.string('请选择政策年度'), v.regex(/^[a-z][a-z0-9-]{0,63}$/, '政策年度无效')),
  profile: profileSchema,
  /** Span override; null or absent: the span follows the profile. */
  span: v.nullish(spanSchema, null),
  /** Years already covered by an earlier 《学时认定单》/《合格证明》. */
  coveredYears: v.optional(withMaxLength(v.array(year, INVALID), 50, '已认定年度过多'), () => []),
  activities: v.pipe(
    withMaxLength(v.array(activitySchema, INVALID), MAX_ACTIVITIES, `活动最多 ${MAX_ACTIVITIES} 项`),
    v.check((list) => list.filter((a) => a.kind === 'assignment').length <= MAX_ASSIGNMENTS, `特定工作任务最多 ${MAX_ASSIGNMENTS} 项`),
  ),
});

/** A parsed, valid draft. */
export type Draft = v.InferOutput<typeof draftSchema>;
/** A draft as written to a file (defaults may be omitted). */
export type DraftInput = v.InferInput<typeof draftSchema>;
/** One activity of a draft. */
export type Activity = v.InferOutput<typeof activitySchema>;
/** The kinds of activity. */
export type ActivityKind = Activity['kind'];
/** Applicant profile. */
export type Profile = v.InferOutput<typeof profileSchema>;

/** One problem found in a draft, in Chinese, with the field it concerns. */
export interface DraftIssue {
  /** Machine path, e.g. ["activities", 2, "days"]. */
  path: (string | number)[];
  /** Human-readable location, e.g. 第3项活动「全天天数（天）」. */
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
  // As the calculator's form labels them (fieldLabel: label and unit), so that an import error names the field shown.
  days: '全天天数（天）',
  halfDays: '半天次数（次）',
  evenings: '晚上次数（次）',
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
  countYear: '计入年度',
};

/** Labels that differ inside an activity: a training's `format` is its 形式, not the file's marker. */
const ACTIVITY_FIELD_LABELS: Record<string, string> = { format: '形式' };

// Object.hasOwn is Chromium 93+ / Safari 15.4+; the site runs in Chromium 87+ and Safari 14+ (README).
const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/** Chinese label for a path, e.g. ["activities", 2, "days"] → 第3项活动「全天天数（天）」. */
export function describePath(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let labels: Record<string, string> = {};
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next = path[i + 1];
    if (key === 'activities' && typeof next === 'number') {
      parts.push(`第${next + 1}项活动`);
      labels = ACTIVITY_FIELD_LABELS;
      i++;
    } else if (key === 'coveredYears' && typeof next === 'number') {
      parts.push(`已认定年度第${next + 1}个`);
      i++;
    } else if (typeof key === 'string') {
      const label = hasOwn(labels, key) ? (labels[key] as string) : hasOwn(FIELD_LABELS, key) ? (FIELD_LABELS[key] as string) : key;
      parts.push(parts.length === 0 ? label : `「${label}」`);
    }
  }
  return parts.join('') || '草稿';
}

/**
 * The outcome of parsing untrusted input as a draft. `repairs` says, in Chinese, what was put right on the way
 * (duplicate activity ids renumbered); empty for a draft read as it was.
 */
export type ParseDraftResult = { ok: true; draft: Draft; repairs: string[] } | { ok: false; issues: DraftIssue[] };

/**
 * Parses untrusted input (a stored draft, an imported file, a shared link) into a draft.
 * Never throws; every problem comes back with the field it concerns. Activity ids come out unique: an activity
 * whose id repeats an earlier one's gets a new id (ids are internal, so nothing the user sees changes).
 * @example parseDraft(JSON.parse(text)) // { ok: false, issues: [{ field: '第1项活动「全天天数（天）」', message: '不能为负数' }] }
 */
export function parseDraft(input: unknown): ParseDraftResult {
  const result = v.safeParse(draftSchema, input);
  if (!result.success) return { ok: false, issues: toDraftIssues(result.issues.slice(0, 50)) };
  return { ok: true, ...withUniqueIds(result.output) };
}

/**
 * The draft with every activity id unique: the calculator keys its lists by id, and two activities with one id
 * would stop it. Each repeat gets `<id>-<n>`, the first free such id; the note names both positions.
 */
function withUniqueIds(draft: Draft): { draft: Draft; repairs: string[] } {
  const firstAt = new Map<string, number>();
  const repeats: number[] = [];
  draft.activities.forEach((a, i) => {
    if (firstAt.has(a.id)) repeats.push(i);
    else firstAt.set(a.id, i);
  });
  if (repeats.length === 0) return { draft, repairs: [] };
  const taken = new Set(firstAt.keys());
  const next = new Map<string, number>();
  const activities = [...draft.activities];
  for (const i of repeats) {
    const activity = activities[i] as Activity;
    const stem = activity.id.slice(0, 56); // room for "-<n>" within the 64 characters an id may have
    let n = next.get(stem) ?? 2;
    while (taken.has(`${stem}-${n}`)) n++;
    next.set(stem, n + 1);
    taken.add(`${stem}-${n}`);
    activities[i] = { ...activity, id: `${stem}-${n}` };
  }
  const named = repeats.slice(0, 5).map((i) => `第${i + 1}项（与第${(firstAt.get((draft.activities[i] as Activity).id) as number) + 1}项相同）`);
  const more = repeats.length > 5 ? `等 ${repeats.length} 项` : '';
  return { draft: { ...draft, activities }, repairs: [`活动编号重复：${named.join('、')}${more}，已重新编号，活动内容未变。`] };
}

/**
 * Checks one activity (the calculator's form does, on every keystroke), with the messages parseDraft gives;
 * the paths start at the activity, e.g. ["days"].
 */
export function parseActivity(input: unknown): { ok: true; activity: Activity } | { ok: false; issues: DraftIssue[] } {
  const result = v.safeParse(activitySchema, input);
  return result.success ? { ok: true, activity: result.output } : { ok: false, issues: toDraftIssues(result.issues) };
}

function toDraftIssues(issues: readonly v.BaseIssue<unknown>[]): DraftIssue[] {
  return issues.map((issue) => {
    const path = (issue.path ?? []).map((item) => item.key).filter((k): k is string | number => typeof k === 'string' || typeof k === 'number');
    return { path, field: describePath(path), message: issue.message };
  });
}

/** Formats issues as one message per line, for an error summary. */
export function formatIssues(issues: readonly DraftIssue[]): string {
  return issues.map((i) => `${i.field}：${i.message}`).join('\n');
}
