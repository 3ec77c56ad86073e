/**
 * Calendar arithmetic for special assignments, as POLICY-NOTES.md defines lengths:
 * start and end both inclusive, months added on the calendar, a missing day falls back
 * to the month's last day.
 */

/** A calendar day. */
export interface CalendarDay {
  y: number;
  m: number;
  d: number;
}

/** Parses YYYY-MM-DD; the caller has validated that the day exists. */
export function parseDay(iso: string): CalendarDay {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Adds calendar months; 2023-08-31 + 6 months = 2024-02-29. */
export function addMonths(day: CalendarDay, months: number): CalendarDay {
  const index = day.y * 12 + (day.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

/** The day before. */
export function previousDay(day: CalendarDay): CalendarDay {
  if (day.d > 1) return { ...day, d: day.d - 1 };
  const m = day.m === 1 ? 12 : day.m - 1;
  const y = day.m === 1 ? day.y - 1 : day.y;
  return { y, m, d: daysInMonth(y, m) };
}

/** Orders two days: negative when a is earlier. */
export function compareDays(a: CalendarDay, b: CalendarDay): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** How long an assignment lasted, in the notice's terms. */
export type AssignmentLength = 'under-min' | 'min-to-max' | 'over-max';

/**
 * Classifies an assignment from start to end (both inclusive).
 * @example classifyLength(parseDay('2022-03-01'), parseDay('2022-08-31'), 6, 12) // 'min-to-max'
 */
export function classifyLength(start: CalendarDay, end: CalendarDay, minMonths: number, overMonths: number): AssignmentLength {
  if (compareDays(end, addMonths(start, overMonths)) >= 0) return 'over-max';
  if (compareDays(end, previousDay(addMonths(start, minMonths))) >= 0) return 'min-to-max';
  return 'under-min';
}

/**
 * The calendar day in China (UTC+8 all year) of an instant: the site's dates are Beijing's, as its round status says
 * (按北京时间), whatever time zone the device is set to: 生成日期, the print header, file names, 今年.
 * @example dayInChina(new Date('2026-12-01T20:00:00Z')) // { y: 2026, m: 12, d: 2 }
 */
export function dayInChina(instant: Date): CalendarDay {
  const shifted = inChina(instant);
  return { y: shifted.getUTCFullYear(), m: shifted.getUTCMonth() + 1, d: shifted.getUTCDate() };
}

/**
 * The clock time in China of an instant, hours and minutes (the batch's 生成于).
 * @example timeInChina(new Date('2026-12-05T20:33:00Z')) // { h: 4, min: 33 }
 */
export function timeInChina(instant: Date): { h: number; min: number } {
  const shifted = inChina(instant);
  return { h: shifted.getUTCHours(), min: shifted.getUTCMinutes() };
}

/** The instant moved by China's offset (UTC+8 all year), read with the getUTC… methods. */
function inChina(instant: Date): Date {
  return new Date(instant.getTime() + 8 * 60 * 60 * 1000);
}

/** YYYYMMDD, the day in Beijing, for file names (exported drafts, the PDF worksheet, the batch's files). */
export function compactDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const { y, m, d } = dayInChina(date);
  return `${y}${pad(m)}${pad(d)}`;
}

/**
 * The calendar year in China (UTC+8 all year) of an instant: 今年 for the warnings on years still to come, in the
 * calculator and the batch check. The pages' round status computes the same day in lib/content/round-status.ts
 * (dayOf); it is not imported from there, so that the calculator and those pages' script share no module, which
 * would make that script two more files on every page showing a round's status (a unit test holds the two together).
 * @example yearInChina(new Date('2026-12-31T16:00:00Z')) // 2027 (midnight in Beijing)
 */
export function yearInChina(instant: Date): number {
  return dayInChina(instant).y;
}

/**
 * The warning for years later than this year, or undefined: the calculator's and the batch check's words. Most likely a
 * slip (2032 for 2023), but a person may plan ahead, so the year is still used.
 * @example laterYearsWarning([2025, 2030], 2026) // '2030年晚于今年（2026年），请核对'
 */
export function laterYearsWarning(years: readonly number[], thisYear: number): string | undefined {
  const later = years.filter((y) => y > thisYear);
  return later.length === 0 ? undefined : `${later.join('、')}年晚于今年（${thisYear}年），请核对`;
}
