/**
 * The applicant's title levels and degrees and the two subjects: the ids the draft and rule sets use, in the
 * order forms offer them, and the plain Chinese the site, the calculator and the PDF show for them; and what became of
 * each activity, in the words the calculator, the batch check and its export use.
 */
import type { ActivityKind } from './draft-schema';
import type { ItemResult, ItemStatus } from './result-types';

/** 拟申报职称级别, highest first. */
export const TITLE_LEVELS = ['full-senior', 'deputy-senior', 'intermediate', 'junior'] as const;
/** 最高学历（学位）, highest first. */
export const DEGREES = ['doctor', 'master', 'bachelor', 'other'] as const;
/** 公需科目 and 专业科目. */
export const SUBJECTS = ['public', 'professional'] as const;

export const TITLE_LEVEL_LABELS: Record<(typeof TITLE_LEVELS)[number], string> = {
  'full-senior': '正高级',
  'deputy-senior': '副高级',
  intermediate: '中级',
  junior: '初级',
};

/** As the calculator asks it; the worksheet repeats the person's answer, nothing more (no degree is implied). */
export const DEGREE_LABELS: Record<(typeof DEGREES)[number], string> = {
  doctor: '博士研究生',
  master: '硕士研究生',
  bachelor: '大学本科',
  other: '其他',
};

export const SUBJECT_LABELS: Record<(typeof SUBJECTS)[number], string> = {
  public: '公需科目',
  professional: '专业科目',
};

/**
 * An activity's kind where its round's rules are not known (a shared case or a stored draft naming a round the site
 * does not hold): in the words both rounds use, without what only one round says (计算机应用能力考试 / 数字技术应用能力
 * 水平考试). The list showed the kind's id (第1项：training: a tester's check). Otherwise the round's own label.
 */
export const KIND_LABELS: Record<ActivityKind, string> = {
  training: '培训、会议等',
  course: '有学时证明的课程',
  project: '课题研究与项目开发',
  book: '出版著作（译作）、教材',
  paper: '发表论文',
  patent: '获得专利',
  award: '科技（社科）奖项',
  exam: '应用能力考试',
  assignment: '特定工作任务',
  degree: '学历（学位）教育',
  qualification: '专业技术人员职业资格考试',
};

/** What became of an item, as the calculator's table, the batch's detail and the batch's export name it. */
export const ITEM_STATUS_LABELS: Record<ItemStatus, string> = {
  counted: '计入',
  'not-covered': '不予折算',
  'outside-span': '不在核认跨度内',
  'met-in-full': '视为完成',
  invalid: '待修改',
};

/**
 * An item's status in words. A counted item with a reason had part of it left out by the notice (3个晚上未计 …):
 * 不予折算 when nothing is left, 部分计入 when some hours are.
 * @example itemStatusText({ status: 'counted', hours: 0, reason: '3个晚上未计：…' }) // '不予折算'
 */
export function itemStatusText(item: Pick<ItemResult, 'status' | 'hours' | 'reason'>): string {
  if (item.status === 'counted' && item.reason) return item.hours === 0 ? ITEM_STATUS_LABELS['not-covered'] : '部分计入';
  return ITEM_STATUS_LABELS[item.status];
}

/**
 * How an item's figure was reached and, where the notice leaves some or all of it out, why: the engine's working and
 * reason for a counted item, the reason for one not counted.
 * @example itemExplanation({ status: 'counted', working: '0学时', reason: '3个晚上未计：…' }) // '0学时；3个晚上未计：…'
 */
export function itemExplanation(item: Pick<ItemResult, 'status' | 'working' | 'reason'>): string {
  if (item.status === 'counted' || item.status === 'met-in-full') return item.reason ? `${item.working}；${item.reason}` : item.working;
  return item.reason ?? '';
}

/**
 * Whose span a span rule gives, in the notice's words (2024 年度参评中级职称…核认跨度为…): the applicants of the round's
 * year. Said with the year wherever the span's basis is shown: a person applying in a later year took the span for theirs.
 * @example spanRuleLabel(2024, '参评中级职称') // '2024年度参评中级职称'
 */
export function spanRuleLabel(year: number, label: string): string {
  return `${year}年度${label}`;
}

/** Units a figure is kept with besides the round's hours unit (the notes' 满6个月, 2023年2月28日, the counts). */
const FIGURE_UNITS = ['学时', '个月', '年', '月', '日', '天', '次', '项', '篇', '部', '门', '模块'];
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A text in parts, each figure (a number with its unit, or with 一般不少于 or ≥ before it) a part of its own, which the
 * page and the PDF worksheet keep on one line: 共 85 学 / 时, 一般不少于 / 60 and 满6 / 个月 broke there (new users' and a
 * reviewer's checks). `unit`: the round's hours unit (学时, 学时（分）). A bare number is no figure part.
 * @example figureParts('还需专业科目 6 学时', '学时') // [{ text: '还需专业科目 ', figure: false }, { text: '6 学时', figure: true }]
 */
export function figureParts(text: string, unit: string): { text: string; figure: boolean }[] {
  const units = [unit, ...FIGURE_UNITS].map(escaped).join('|');
  // split() with a group: the matches are every second part.
  const figure = new RegExp(`((?:(?:一般不少于|不少于|≥)\\s?)?\\d+(?:\\.\\d+)?(?:\\s?(?:${units}))?)`);
  return text
    .split(figure)
    .map((part, i) => ({ text: part, figure: i % 2 === 1 && /\D/.test(part) }))
    .filter((part) => part.text !== '');
}
