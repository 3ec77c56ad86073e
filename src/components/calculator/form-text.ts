/**
 * Reading what people type into number and date fields. The raw text stays in the form; only a value that
 * passes these checks reaches the draft, so a half-typed or wrong entry never changes a figure.
 */
import { isRealDate, lookalike, MAX_COUNT, YEAR_MAX, YEAR_MIN } from '../../lib/rules/core';

/** A typed text: nothing yet, a value, or a Chinese message for the field. */
export type TextCheck<T> = { state: 'empty' } | { state: 'ok'; value: T } | { state: 'error'; message: string };

const EMPTY = { state: 'empty' } as const;
const ok = <T>(value: T): TextCheck<T> => ({ state: 'ok', value });
const error = (message: string): TextCheck<never> => ({ state: 'error', message });

/**
 * Turns full-width digits and punctuation from a Chinese input method into ASCII and drops spaces.
 * @example normalizeTyped(' １２．５ ') // '12.5'
 */
export function normalizeTyped(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[－—–]/g, '-')
    .replace(/／/g, '/')
    .replace(/[\s\u3000]+/g, '');
}

/**
 * Digits with a space between them (1 2, 20 21, １ ２): read as one number they would give a figure nobody typed
 * (1 2 papers counted as 12), so a number or year field asks instead. Spaces around the figure are dropped as before.
 */
const SPLIT_DIGITS = /[\d\uFF10-\uFF19][\s\u3000]+[\d\uFF10-\uFF19.．]|[\d\uFF10-\uFF19.．][\s\u3000]+[\d\uFF10-\uFF19]/;
export const SPLIT_MESSAGE = '数字中间不能有空格，请核对';

/** The message for a decimal where a whole number is asked. */
export const WHOLE_NOT_DECIMAL = '须为整数，不能有小数';

const DECIMAL_COMMA = /^\d+[,，]\d{1,2}$/;

/**
 * A figure over the draft format's technical bound (MAX_COUNT): said without the bound, which is no policy figure and
 * contradicted the real one beside it (不能超过 10000, then 学时超过2020年每天按全天折算的学时（… 2928学时） for 5000;
 * a new user, on a phone). The year's own bounds are the engine's messages.
 */
export const TOO_LARGE = '数字过大，请核对';

/**
 * A number as people write one (the batch check's DECIMAL_TEXT, src/lib/decimal-text.ts, is the same pattern): kept
 * here, not imported, since a module the calculator and the batch page share is a file of its own at start-up (one
 * more request, 54 B brotli of the 60 KB budget).
 */
const DECIMAL_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** A whole number ≥ `min`, e.g. days, counts. */
export function checkWhole(text: string, min = 0, max = MAX_COUNT): TextCheck<number> {
  const t = normalizeTyped(text);
  if (t === '') return EMPTY;
  if (SPLIT_DIGITS.test(text)) return error(SPLIT_MESSAGE);
  if (!DECIMAL_TEXT.test(t)) return error('请输入数字，如 3');
  const n = Number(t);
  if (n < 0) return error('不能为负数');
  if (!Number.isInteger(n)) return error(WHOLE_NOT_DECIMAL);
  if (n < min) return error(`不能小于 ${min}`);
  if (n > max) return error(max === MAX_COUNT ? TOO_LARGE : `不能超过 ${max}`);
  return ok(n);
}

/** The one message for a date that is not in a form people write dates in. */
export const DATE_FORMAT_MESSAGE = '日期格式应为 年-月-日，如 2022-03-01（也可写作 2022/3/1、20220301 或 2022年3月1日）';

const CHINESE_DIGITS = ['零', '一', '两', '三'];

/** A number ≥ 0 with at most `decimals` decimal places, e.g. stated hours 24.5. */
export function checkDecimal(text: string, decimals: number, max = MAX_COUNT): TextCheck<number> {
  const t = normalizeTyped(text);
  if (t === '') return EMPTY;
  if (SPLIT_DIGITS.test(text)) return error(SPLIT_MESSAGE);
  // A comma before one or two digits is a decimal point as many write it (31,5): said so, not 请输入数字 to a person who
  // typed a number (a new user's check). Three digits after it would be a thousands separator: no stated hours run so high.
  // The figure as the hint writes figures: 31,50 is offered as 31.5, not 31.50 (a new user's re-check).
  if (DECIMAL_COMMA.test(t)) return error(`小数点请用“.”，如 ${Number(t.replace(/[,，]/, '.'))}`);
  if (!DECIMAL_TEXT.test(t)) return error('请输入数字，如 24.5');
  const n = Number(t);
  if (n < 0) return error('不能为负数');
  const places = (t.split('.')[1] ?? '').replace(/0+$/, '').length;
  if (places > decimals) return error(decimals === 0 ? WHOLE_NOT_DECIMAL : `最多保留${CHINESE_DIGITS[decimals] ?? decimals}位小数`);
  if (n > max) return error(max === MAX_COUNT ? TOO_LARGE : `不能超过 ${max}`);
  return ok(n);
}

/**
 * The example year each year field gives, in its hint and in its message: the message repeats the hint's example
 * (结束年份 said 如 2023 beside it and 如 2021 in its message).
 */
export const YEAR_EXAMPLE = { activity: '2021', spanFrom: '2019', spanTo: '2023' } as const;

/** The hint of a year field. */
export const yearHint = (example: string): string => `四位数字，如 ${example}`;

/** A calendar year within the draft format's range; `example` is the field's own (YEAR_EXAMPLE). */
export function checkYear(text: string, example: string = YEAR_EXAMPLE.activity): TextCheck<number> {
  const t = normalizeTyped(text).replace(/年$/, '');
  if (t === '') return EMPTY;
  if (SPLIT_DIGITS.test(text)) return error(SPLIT_MESSAGE);
  if (!/^\d{4}$/.test(t)) return error(lookalike(t, /^\d{4}$/) ?? `请填写四位数字的年份，如 ${example}`);
  const n = Number(t);
  if (n < YEAR_MIN || n > YEAR_MAX) return error(`年份应在 ${YEAR_MIN} 至 ${YEAR_MAX} 之间`);
  return ok(n);
}

/** A rank: 1 for the first or only completer. */
export function checkRank(text: string): TextCheck<number> {
  const n = checkWhole(text, 0, 100);
  if (n.state === 'ok' && n.value === 0) return error('排名从 1 开始');
  if (n.state === 'error' && n.message.startsWith('不能超过')) return error('排名不能超过 100');
  return n;
}

/**
 * A calendar date written as 2022-03-01, 2022-3-1, 2022/3/1, 2022.3.1, 20220301 or 2022年3月1日; value is
 * YYYY-MM-DD. Every form is read the same way; anything else gets one message showing the expected form.
 * @example checkDate('2022年2月30日') // { state: 'error', message: '日期不存在：2022年2月没有30日' }
 */
export function checkDate(text: string): TextCheck<string> {
  const t = normalizeTyped(text);
  if (t === '') return EMPTY;
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (!m) return error(lookalike(t, /^\d{4}([-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{4})$/) ?? DATE_FORMAT_MESSAGE);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < YEAR_MIN || y > YEAR_MAX) return error(`年份应在 ${YEAR_MIN} 至 ${YEAR_MAX} 之间`);
  if (mo < 1 || mo > 12) return error(`月份应在 1 至 12 之间`);
  const iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (!isRealDate(iso)) return error(`日期不存在：${y}年${mo}月没有${d}日`);
  return ok(iso);
}
