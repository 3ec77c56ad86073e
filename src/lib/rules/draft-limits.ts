/**
 * The draft format's version and limits, and the date helpers its checks use: plain values, without the schema
 * (valibot), so that the calculator page can check what people type without loading the schema, which is fetched
 * only when a stored, imported or shared draft is read.
 */

/** Current draft format version. Older versions are migrated by src/lib/drafts before parsing. */
export const DRAFT_VERSION = 1;
/** Marker that tells a draft file from any other JSON file. */
export const DRAFT_FORMAT = 'hunan-jxjy-draft';

/** Earliest and latest calendar years a draft may mention. */
export const YEAR_MIN = 1980;
export const YEAR_MAX = 2100;
/**
 * Upper bounds that keep a hostile file from exhausting the page. Activities: a career's five-year span holds a few
 * dozen; the calculator shows 1000 in about 0.6 s on a 2-core machine, 2000 took 1.3–1.9 s (measured), over the
 * one-second bound on opening any draft.
 */
export const MAX_ACTIVITIES = 1000;
/**
 * Upper bound of special assignments in a draft. Each may meet up to MAX_SPAN_YEARS years and is listed under each
 * of them, so 2000 of them would be 40,000 rows (5 s to open in the calculator, measured); 50 (far more than a
 * career holds) add at most 1,000.
 */
export const MAX_ASSIGNMENTS = 50;
/** Upper bound of any count or stated hours. */
export const MAX_COUNT = 10000;
/** Longest activity 名称 a draft holds (the form says so: the browser cut a longer paste silently). */
export const MAX_TITLE_LENGTH = 200;
/** Longest 姓名 and 工作单位 a draft holds (the form says so: a longer paste was cut at 50 without a word). */
export const MAX_NAME_LENGTH = 50;
export const MAX_EMPLOYER_LENGTH = 100;

/**
 * The days of the calendar year an activity is dated in (365, or 366 in a leap year): not a figure of the notices but
 * of the calendar. A training is dated by one year, so its full days and half days together (a half day counting
 * half), and its evenings, cannot exceed it; more is a slip (400 for 40) that would otherwise count as thousands of
 * 学时. The messages name the year and its days (they said 一年的天数（366 天） of 2023 too).
 */
export function daysInYear(year: number): number {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365;
}
/**
 * Whether the draft format lets an activity of this kind leave out its rank (the draft schema: optional for an award,
 * required for a patent). 湘人社函〔2020〕11号 converts a 省部级 award at 90 whatever the rank and only a 地厅级 one by
 * rank (附件 二 5), so the engine asks for the rank where a row needs it; every patent row of both rounds needs one.
 */
export const rankOptional = (kind: string): boolean => kind === 'award';
/** A span covers fewer than this many years (to - from < MAX_SPAN_YEARS). */
export const MAX_SPAN_YEARS = 20;

/** An id the site makes (an activity's, a tab's): letters, digits, _ and -, at most 64. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** True for a YYYY-MM-DD string naming a day that exists. */
export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** Message of 全天天数 typed with a fraction (8.5 天): the half day has its own field. The calculator and the batch check. */
export const DAYS_NOT_WHOLE = '须为整数；半天请填在“半天次数”中';

/** Message of an assignment that touches more than MAX_SPAN_YEARS calendar years. */
export const ASSIGNMENT_TOO_LONG = `开始至结束日期不能跨越 ${MAX_SPAN_YEARS} 个以上年度`;

/** How many calendar years an assignment from `start` to `end` (YYYY-MM-DD) touches; 1 when the end comes first. */
export function assignmentYears(start: string, end: string): number {
  return Math.max(1, Number(end.slice(0, 4)) - Number(start.slice(0, 4)) + 1);
}

/**
 * A letter typed for the digit it looks like (2O22 with the letter O, 20l9 with a small L): named in the message, never
 * read as the digit (a figure is never one the person did not type). For the calculator's fields and the batch check's
 * cells, which word the same slip the same way; here, in the engine's shared file, so that neither page fetches a file
 * of its own for it.
 */
const LOOKALIKE_DIGITS: Record<string, string> = { O: '0', o: '0', l: '1', I: '1' };

/**
 * “O”是字母，请改为数字“0” when `text`, with such letters put right, would have the `shape` asked for; undefined when
 * it has none of them or would still not (2Oxx).
 * @example lookalike('2O22', /^\d{4}$/) // '“O”是字母，请改为数字“0”'
 */
export function lookalike(text: string, shape: RegExp): string | undefined {
  const letter = [...text].find((ch) => ch in LOOKALIKE_DIGITS);
  if (letter === undefined || !shape.test(text.replace(/./g, (ch) => LOOKALIKE_DIGITS[ch] ?? ch))) return undefined;
  return `“${letter}”是字母，请改为数字“${LOOKALIKE_DIGITS[letter]}”`;
}

/**
 * A person's own text in a draft (姓名, 工作单位, an activity's 名称) as the site keeps it: without invisible
 * formatting characters (Unicode's Cf: the bidirectional marks, embeddings, overrides and isolates, which turn the
 * text after them backwards, U+202E in a name reversed the printed line around it; zero-width spaces and joiners,
 * the byte-order mark, the soft hyphen), and with control characters (C0 and C1: NUL, BEL, ESC, U+0085 …) and line
 * and paragraph separators read as a space. None of them is drawn, and the PDF worksheet refused a name holding one
 * (its font has no glyph for them; a tester's re-check). Typed, imported, stored or shared alike; any other character
 * is kept as given.
 * @example personText('\u202e恶意\u200b\u0007') // '恶意 '
 */
export function personText(text: string): string {
  return text.replace(/\p{Cf}+/gu, '').replace(/[\p{Cc}\u2028\u2029]+/gu, ' ');
}
