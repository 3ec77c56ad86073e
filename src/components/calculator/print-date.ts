/** The print header's date. */

/**
 * The visitor's day as `toLocaleDateString('zh-CN')` writes it (year/month/day, without leading zeros), built from the
 * date's own fields: the first `toLocaleDateString` a page calls loads the browser's Chinese date formats, 26–38 ms on
 * this machine and four times that on a slow phone, in the calculator's start-up.
 * @example printDate(new Date(2026, 11, 1)) // '2026/12/1'
 */
export function printDate(date: Date): string {
  return `${date.getFullYear()}/${date.getMonth() + 1}/${date.getDate()}`;
}
