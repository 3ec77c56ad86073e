/**
 * Cell values read as the draft format's values: Chinese labels or the format's codes for closed lists, 是/否 for
 * flags, years and dates as officers write them. Each reader returns the value or a Chinese message.
 */
import type { ActivityKind, Conversion, RuleSet } from '../rules/core';
import { ruleSets } from '../rules/rule-sets';
import { TITLE_LEVEL_LABELS, TITLE_LEVELS, DEGREES, SUBJECTS, SUBJECT_LABELS, isRealDate, lookalike, YEAR_MIN, YEAR_MAX, MAX_COUNT } from '../rules/core';
import { cellText, excelDate, isoDay, matchKey, plainText, type Cell } from './cells';
import { DECIMAL_TEXT } from '../decimal-text';

/** A value read from a cell, or why it could not be. `note`: how a value was read that the officer should check. */
export type Read<T> = { ok: true; value: T; note?: string } | { ok: false; message: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const no = <T>(message: string): Read<T> => ({ ok: false, message });

/** One entry of a closed list: the code, the label the template writes, and other words that mean it. */
export interface ListEntry<T extends string = string> {
  value: T;
  label: string;
  synonyms: readonly string[];
}

/**
 * The titles of the commonest 职称系列, by the level each is (卫生、工程、中小学教师、高校教师、会计、经济、研究): a hospital's
 * 人事科 writes the title applied for (主管护师, 副主任医师), and every one of its rows was refused as no 拟申报级别 (an
 * HR officer's check). Each name is one level only, so it is read as that level without a note.
 */
const TITLE_NAMES: Record<(typeof TITLE_LEVELS)[number], readonly string[]> = {
  'full-senior': ['正高级工程师', '正高级教师', '教授', '正高级会计师', '正高级经济师', '研究员'],
  'deputy-senior': ['高级工程师', '高级教师', '副教授', '高级会计师', '高级经济师', '副研究员'],
  intermediate: ['工程师', '一级教师', '讲师', '会计师', '经济师', '助理研究员'],
  junior: ['助理工程师', '技术员', '二级教师', '三级教师', '助教', '助理会计师', '助理经济师', '研究实习员'],
};

/**
 * The 卫生 series' titles, whatever the speciality between the rank and the title (主任中医师, 主管检验技师, 副主任中药师,
 * 主治医生: a re-check's hospital list had them refused): 主任… 正高级, 副主任… 副高级, 主治… / 主管… 中级, …师 or …士
 * alone 初级. Each is a 医学类 title (the 2020 notice's 硕士参评医学类副高级职称 has a span of its own).
 */
const HEALTH_TITLE = /^(副主任|主任|主治|主管)?([\u4e00-\u9fff]{0,6}?)(医师|医生|护师|药师|技师|医士|护士|药士|技士)$/;
const HEALTH_LEVEL = { 主任: 'full-senior', 副主任: 'deputy-senior', 主治: 'intermediate', 主管: 'intermediate' } as const;

/** The level a 卫生 title is (HEALTH_TITLE), or undefined for any other text. */
function healthLevel(text: string): (typeof TITLE_LEVELS)[number] | undefined {
  const m = HEALTH_TITLE.exec(text);
  if (m === null) return undefined;
  const rank = m[1] as keyof typeof HEALTH_LEVEL | undefined;
  if (rank !== undefined) return HEALTH_LEVEL[rank];
  // …医生 alone is what a doctor is called, not a title; 高级技师 is a skilled worker's grade, not a 卫生 title.
  return m[3] === '医生' || !HEALTH_SPECIALITIES.has(m[2] ?? '') ? undefined : 'junior';
}
/** What may stand before 医师, 药师, 技师 … in a title without a rank (中医师, 中药师, 检验技师). */
const HEALTH_SPECIALITIES = new Set(['', '中', '中西医结合', '检验', '放射', '康复', '口腔', '影像', '病理', '心电', '超声', '麻醉']);

/** The text of a 拟申报级别 cell without a note in brackets or a trailing 职称: 主治医师（中级）, 副高级职称. */
const titleCore = (text: string): string => plainText(text).replace(/[（(][^）)]*[）)]/g, '').replace(/职称$/, '').trim();

/** Whether a 拟申报级别 cell names a 卫生 title (a 医学类 one): read as 医学类 where that column is left blank. */
export const isHealthTitle = (text: string): boolean => healthLevel(titleCore(text)) !== undefined;

/**
 * 拟申报级别: a level (副高级, 副高), a title of one level (主管护师, 高级工程师), with a note in brackets or 职称 after it
 * (主治医师（中级）, 副高级职称: a re-check's hospital list).
 */
export function readTitleLevel(text: string, ruleSet: RuleSet): Read<(typeof TITLE_LEVELS)[number]> {
  const core = titleCore(text);
  const entry = findEntry(TITLE_LEVEL_LIST, text) ?? findEntry(TITLE_LEVEL_LIST, core);
  if (entry) return ok(entry.value as (typeof TITLE_LEVELS)[number]);
  const health = healthLevel(core);
  if (health) return ok(health);
  return readChoice(text, TITLE_LEVEL_LIST, '拟申报级别', ruleSet) as Read<(typeof TITLE_LEVELS)[number]>;
}

/** 拟申报级别: the levels, 副高 for 副高级, and the titles of each level (TITLE_NAMES). */
export const TITLE_LEVEL_LIST: readonly ListEntry[] = TITLE_LEVELS.map((value) => ({
  value,
  label: TITLE_LEVEL_LABELS[value],
  synonyms: [TITLE_LEVEL_LABELS[value].replace(/级$/, ''), ...TITLE_NAMES[value]],
}));

/** 最高学历（学位）, with the calculator's labels. */
export const DEGREE_LIST: readonly ListEntry[] = [
  { value: 'doctor', label: '博士研究生', synonyms: ['博士', '博士学位'] },
  { value: 'master', label: '硕士研究生', synonyms: ['硕士', '硕士学位'] },
  { value: 'bachelor', label: '大学本科', synonyms: ['本科', '学士', '学士学位'] },
  { value: 'other', label: '其他', synonyms: ['大专', '专科', '大学专科', '中专', '高中'] },
];
void DEGREES;

/** 公需科目 / 专业科目, also 公需, 专业 and 公需课, 专业课 (专业课 was refused beside 专业: an HR officer's check). */
export const SUBJECT_LIST: readonly ListEntry[] = SUBJECTS.map((value) => {
  const short = SUBJECT_LABELS[value].replace(/科目$/, '');
  return { value, label: SUBJECT_LABELS[value], synonyms: [short, `${short}课`] };
});

/** Short names officers use for the forms. */
const FORM_SYNONYMS: Record<ActivityKind, readonly string[]> = {
  training: ['培训', '培训班', '研修班', '进修班', '会议', '学术会议', '实践活动', '海外交换', '培训、会议等'],
  course: ['课程', '网络课程', '有学时证明课程'],
  project: ['课题', '课题研究', '项目开发'],
  book: ['著作', '出版著作', '教材', '译作'],
  paper: ['论文'],
  patent: ['专利'],
  award: ['奖项', '科技奖项', '获奖'],
  exam: ['考试', '数字技术应用能力考试', '计算机应用能力考试'],
  assignment: ['特定工作任务', '三援', '东西部扶贫协作'],
  degree: ['学历教育', '学历（学位）教育', '学位教育'],
  qualification: ['职业资格考试', '职业资格'],
};

/**
 * Short names officers use for a course's 课程来源 (the option values both rounds share; 2024's 事业单位 platform is
 * its own). Only names that point to one option: 培训 alone could be any of them.
 */
const SOURCE_SYNONYMS: Record<string, readonly string[]> = {
  online: ['网络', '网络平台', '网络课程', '网课', '远程教育', '线上', '线上课程'],
  base: ['继续教育基地', '基地', '基地培训'],
  employer: ['用人单位', '单位组织', '单位培训'],
  platform: ['事业单位培训', '事业单位工作人员培训'],
};

/**
 * An author's place as officers write it, for 出版著作 and 发表论文 (附件1 二 3, 附件 二 3: 独立或第一作者, 其他作者):
 * 「第一作者」 was refused, the very words the site's own search offers (an HR officer's check).
 */
const AUTHOR_SYNONYMS: Record<string, readonly string[]> = {
  first: ['第一作者', '独立作者', '独著', '独立', '第一'],
  other: ['其他', '第二作者', '第三作者'],
};

/** The forms of a round as a closed list (labels from the rule data). */
export function formList(ruleSet: RuleSet): ListEntry<ActivityKind>[] {
  let list = formLists.get(ruleSet);
  if (!list) formLists.set(ruleSet, (list = ruleSet.conversions.map((c) => ({ value: c.kind, label: c.label, synonyms: FORM_SYNONYMS[c.kind] }))));
  return list;
}
const formLists = new WeakMap<RuleSet, ListEntry<ActivityKind>[]>();
const optionLists = new WeakMap<Conversion, Map<string, ListEntry[]>>();

/** The options of one choice field of a form as a closed list; 公需 for 公需科目, 发明 for 发明专利 (an officer's short form). */
export function optionList(conversion: Conversion, name: string): ListEntry[] {
  const byName = optionLists.get(conversion) ?? new Map<string, ListEntry[]>();
  optionLists.set(conversion, byName);
  let list = byName.get(name);
  if (!list) {
    const field = conversion.fields.find((f) => f.name === name);
    list = field?.type !== 'choice' ? [] : field.options.map((o) => ({ value: o.value, label: o.label, synonyms: name === 'subject' ? [o.label.replace(/科目$/, '')] : name === 'source' ? (SOURCE_SYNONYMS[o.value] ?? []) : name === 'patentType' ? [o.label.replace(/专利$/, '')] : name === 'role' && (conversion.kind === 'paper' || conversion.kind === 'book') ? (AUTHOR_SYNONYMS[o.value] ?? []) : [] }));
    byName.set(name, list);
  }
  return list;
}

/** The entry a text names (label, code or synonym), if any. */
export function findEntry<T extends string>(list: readonly ListEntry<T>[], text: string): ListEntry<T> | undefined {
  let index = indexes.get(list) as Map<string, ListEntry<T>> | undefined;
  if (!index) {
    index = new Map();
    // Later entries never shadow earlier ones: labels first, then codes, then synonyms.
    for (const e of list) if (!index.has(matchKey(e.label))) index.set(matchKey(e.label), e);
    for (const e of list) if (!index.has(e.value)) index.set(e.value, e);
    for (const e of list) for (const s of e.synonyms) if (!index.has(matchKey(s))) index.set(matchKey(s), e);
    indexes.set(list, index);
  }
  return index.get(matchKey(text));
}
/** Each list's entries by match key, built once per list (a batch reads the same lists on every row). */
const indexes = new WeakMap<readonly ListEntry[], Map<string, ListEntry>>();

/**
 * Reads a closed-list value. A value that another round offers but this one does not gets its own message (that is
 * the commonest mistake when last round's sheet is reused).
 */
export function readChoice<T extends string>(text: string, list: readonly ListEntry<T>[], what: string, ruleSet: RuleSet, otherRounds?: (rs: RuleSet) => readonly ListEntry[]): Read<T> {
  const entry = findEntry(list, text);
  if (entry) return ok(entry.value);
  if (otherRounds) {
    for (const rs of ruleSets) {
      if (rs.id === ruleSet.id) continue;
      const other = findEntry(otherRounds(rs), text);
      if (other) return no(`「${text}」是${rs.docNumber}的${what}，本轮（${ruleSet.docNumber}）没有此项`);
    }
  }
  return no(`「${text}」不是可选的${what}，可选：${optionsText(list.map((e) => e.label))}`);
}

/**
 * A list of options in a message: 正高级、副高级; where an option itself holds 、 (培训班、研修班、进修班), each in 「」 so
 * that one can tell where an option ends.
 * @example optionsText(['培训班、研修班、进修班', '继续教育实践活动']) // '「培训班、研修班、进修班」「继续教育实践活动」'
 */
export function optionsText(labels: readonly string[]): string {
  return labels.some((l) => l.includes('、')) ? labels.map((l) => `「${l}」`).join('') : labels.join('、');
}

const YES = new Set(['是', 'y', 'yes', 'true', '1', '√', '✓', '✔', '合格', '有', '对']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '×', '✗', '不合格', '无', '']);

/** 是/否 (and Y/N, 1/0, √/×); an empty cell is 否. */
export function readFlag(cell: Cell): Read<boolean> {
  if (typeof cell === 'boolean') return ok(cell);
  const key = matchKey(cellText(cell));
  if (YES.has(key)) return ok(true);
  if (NO.has(key)) return ok(false);
  return no(`「${cellText(cell)}」应填是或否`);
}

/** A four-digit year; 「2023年」 and 「２０２３」 are read too. */
export function readYear(cell: Cell, dates?: { date1904: boolean }): Read<number> {
  if (cell instanceof Date) {
    // A date cell in an activity's 年度 is said as its typed date is (a re-check: 2022-05-06 was counted in 2022 unsaid).
    const year = cell.getUTCFullYear();
    return dates === undefined ? ok(year) : { ok: true, value: year, note: `「${isoDay(cell)}」按 ${year} 年计，请核对` };
  }
  const text = cellText(cell).replace(/年(度)?$/, '');
  if (!/^\d{4}$/.test(text)) {
    // An activity's 年度 typed as its date or month (2022.3.5, 2024年3月, or a date cell set to 常规: 45361), as the date
    // columns read them: its year, with a warning saying how it was read (an HR officer's sheet had them refused).
    const month = /^(\d{4})[-/.年](\d{1,2})月?$/.exec(text);
    const date = dates === undefined ? undefined : month ? (Number(month[2]) >= 1 && Number(month[2]) <= 12 ? ok(month[1] as string) : undefined) : readDate(cell, dates.date1904);
    if (date?.ok) {
      const year = Number(date.value.slice(0, 4));
      const serial = /^\d{5}$/.test(text) ? `按 Excel 日期序号读作 ${date.value}，` : '';
      return { ok: true, value: year, note: `「${cellText(cell)}」${serial}按 ${year} 年计，请核对` };
    }
    // Worded as the calculator words it (a new user's re-check): 「2O22」不是四位年份：“O”是字母，请改为数字“0”.
    const letter = lookalike(text, /^\d{4}$/);
    return no(`「${cellText(cell)}」不是四位年份${letter ? `：${letter}` : '，应如 2022'}`);
  }
  const year = Number(text);
  if (year < YEAR_MIN || year > YEAR_MAX) return no(`年份应在 ${YEAR_MIN}～${YEAR_MAX} 之间`);
  return ok(year);
}

/**
 * A whole number ≥ 0 (days, counts); empty gives `empty`. `unit`: the unit the column counts in, read after the number
 * (3天 in 全天（天）, 2篇 in 数量), as 学时 is after hours: 「8天」 was refused as 不是数字 beside 「30学时」 read as 30 (an HR
 * officer's check).
 */
export function readWhole(cell: Cell, empty: number | undefined, fraction = '须为整数', unit?: RegExp): Read<number> {
  const text = unit === undefined ? cellText(cell) : cellText(cell).replace(unit, '');
  if (text === '') return empty === undefined ? no('须填写') : ok(empty);
  // Quoted as typed (「３天」, not 「3天」 as read): the officer finds the cell by it.
  const typed = plainText(cell);
  if (!DECIMAL_TEXT.test(text)) return no(`「${typed}」不是数字`);
  const n = Number(text);
  if (n < 0) return no(`「${typed}」：不能为负数`);
  if (!Number.isInteger(n)) return no(`「${typed}」：${fraction}`);
  if (n > MAX_COUNT) return no(`不能超过 ${MAX_COUNT}`);
  return ok(n);
}

const CHINESE_RANKS = '一二三四五六七八九十';
const RANK_WORDED = new RegExp(`^第?([${CHINESE_RANKS}]|\\d+)名?$`);

/**
 * A rank on a certificate (专利证书排名, 获奖排名): a whole number from 1, also as written on the certificate or said:
 * 第2名, 第二, 二 (「第一」 was refused as 不是数字: an HR officer's check).
 */
export function readRank(cell: Cell): Read<number> {
  const text = cellText(cell);
  const worded = RANK_WORDED.exec(text);
  if (worded === null || /^\d+$/.test(text)) return readWhole(cell, undefined);
  const n = CHINESE_RANKS.indexOf(worded[1] as string) + 1 || Number(worded[1]);
  return readWhole(n, undefined);
}

/**
 * Stated hours: ≥ 0, at most one decimal; 「30学时」 is read as 30. 「30小时」 (or 课时, h) is refused with the reason:
 * the notices count 学时 as the certificate states them, and an hour of the clock is not always one.
 */
export function readHours(cell: Cell): Read<number> {
  const text = cellText(cell).replace(/\s*学时$/, '');
  if (text === '') return no('须填写学时');
  const typed = plainText(cell);
  const unit = /^[\d.]+\s*(小时|课时|h)$/i.exec(text)?.[1];
  if (unit !== undefined) return no(`「${typed}」：请只填数字，按证书载明的学时填写（不带单位「${unit}」）`);
  if (!DECIMAL_TEXT.test(text)) return no(`「${typed}」不是数字`);
  const n = Number(text);
  if (n < 0) return no(`「${typed}」：不能为负数`);
  if (n > MAX_COUNT) return no(`不能超过 ${MAX_COUNT}`);
  if (Math.abs(n * 10 - Math.round(n * 10)) > 1e-9) return no(`「${typed}」：学时最多保留一位小数`);
  return ok(Math.round(n * 10) / 10);
}

/**
 * A date as YYYY-MM-DD: a spreadsheet date, 2022-03-01, 2022/3/1, 2022.3.1, 2022年3月1日, or 20220301. A day that
 * does not exist (2月30日) is refused. A five-digit whole number is read as Excel's serial number of a day (a date cell
 * whose format was set to 常规 or 数值 shows 44986 for 2023-03-01), with a note saying which day, for the officer to
 * check: `date1904` when the workbook counts from 1904.
 */
export function readDate(cell: Cell, date1904 = false): Read<string> {
  if (cell instanceof Date) return ok(isoDay(cell));
  const text = cellText(cell);
  if (text === '') return no('须填写日期');
  if (/^\d{5}$/.test(text)) {
    const day = serialDay(Number(text), date1904);
    if (day !== undefined) return { ok: true, value: day, note: `「${text}」按 Excel 日期序号${date1904 ? '（1904 日期系统）' : ''}读作 ${day}，请核对` };
  }
  const m = /^(\d{4})(?:[-/.年])(\d{1,2})(?:[-/.月])(\d{1,2})日?$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!m) return no(`「${text}」不是日期，应如 2022-03-01`);
  const iso = `${m[1]}-${(m[2] as string).padStart(2, '0')}-${(m[3] as string).padStart(2, '0')}`;
  const year = Number(m[1]);
  if (year < YEAR_MIN || year > YEAR_MAX) return no(`日期须在 ${YEAR_MIN} 年至 ${YEAR_MAX} 年之间`);
  if (!isRealDate(iso)) return no(`${text} 这一天不存在`);
  return ok(iso);
}

/**
 * The day an Excel serial number stands for, when it falls in the years a draft allows (1980–2100: serials 29221 to
 * 73415 from 1900). Day 1 is 1900-01-01 and Excel counts a 29 February 1900 that never was (day 60), so from day 61
 * on, day n is n days after 1899-12-30 (excelDate, as the readers read date cells); the 1904 system counts from 1904-01-01 as day 0.
 */
function serialDay(serial: number, date1904: boolean): string | undefined {
  if (serial < 61) return undefined;
  const day = isoDay(excelDate(serial, date1904));
  const year = Number(day.slice(0, 4));
  return year >= YEAR_MIN && year <= YEAR_MAX ? day : undefined;
}

/** Years separated by 、，, ; or spaces: 「2019、2020」. */
export function readYears(cell: Cell): Read<number[]> {
  const text = cellText(cell);
  if (text === '') return ok([]);
  const years: number[] = [];
  for (const part of text.split(/[、,，;；\s/]+/).filter((p) => p !== '')) {
    const y = readYear(part);
    if (!y.ok) return y.message.startsWith('「') ? y : no(`「${part}」：${y.message}`);
    if (!years.includes(y.value)) years.push(y.value);
  }
  return ok(years.sort((a, b) => a - b));
}
