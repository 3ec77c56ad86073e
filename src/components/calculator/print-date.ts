/** The print header's date. */
import { dayInChina } from '../../lib/rules/dates';

/**
 * The day in Beijing (dayInChina: the site's dates are Beijing's) as the PDF worksheet's 生成日期 writes it (2026年12月1日,
 * without leading zeros: a reviewer found 2026/12/6 on the printed page and 2026年12月6日 on the worksheet), built from
 * the day's own fields: the first `toLocaleDateString` a page calls loads the browser's Chinese date formats, 26–38 ms
 * on this machine and four times that on a slow phone, in the calculator's start-up.
 * @example printDate(new Date('2026-12-01T09:00:00+08:00')) // '2026年12月1日'
 */
export function printDate(date: Date): string {
  const { y, m, d } = dayInChina(date);
  return `${y}年${m}月${d}日`;
}
