/**
 * Cells as the readers hand them over (a spreadsheet gives numbers, dates and booleans; CSV and pasted cells give
 * text) and the text forms the batch check compares: full-width digits and letters folded, stray spaces dropped.
 */

/** One cell of an imported table. */
export type Cell = string | number | boolean | Date | null | undefined;

const PLAIN = /^[\x21-\x7e]*$/;

/** One imported table: a sheet of a workbook, a CSV file or pasted cells. `rows[i]` is spreadsheet row i + 1. */
export interface Table {
  /** The sheet's name, or 「CSV 文件」/「粘贴内容」. */
  name: string;
  rows: Cell[][];
  /** An .xlsx workbook that counts dates from 1904 (old Mac Excel): how a date typed as its serial number is read. */
  date1904?: true;
}

/**
 * The text of a cell as a person typed it, trimmed, with full-width digits, letters, spaces and brackets folded to
 * their ASCII forms (NFKC). Numbers print without float noise; dates as YYYY-MM-DD.
 * @example cellText('　２０２３ ') // '2023'
 */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return isoDay(cell);
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(Math.round(cell * 1e9) / 1e9) : '';
  if (typeof cell === 'boolean') return cell ? '是' : '否';
  // Most cells are plain ASCII without spaces (codes, numbers, dates): nothing to fold.
  if (PLAIN.test(cell)) return cell;
  return cell.normalize('NFKC').replace(/[\s\u00a0\u3000\ufeff]+/g, ' ').trim();
}

/** Free text (a name, a department, an activity name) as written: trimmed, spaces inside kept, nothing folded. */
export function plainText(cell: Cell): string {
  if (typeof cell !== 'string') return cellText(cell);
  return cell.replace(/^[\s\u00a0\u3000\ufeff]+|[\s\u00a0\u3000\ufeff]+$/g, '');
}

/**
 * The key two texts are compared by: cellText without any spaces, in lower case, with Chinese and ASCII brackets
 * alike. 「市（厅）级」, 「市(厅)级」 and 「 市 (厅) 级」 have one key.
 */
export function matchKey(text: string): string {
  return cellText(text).replace(/\s+/g, '').toLowerCase();
}

/** A date as YYYY-MM-DD in UTC (the readers give spreadsheet dates as UTC midnight). */
export function isoDay(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

/** True when every cell of a row is empty. */
export function isBlankRow(row: readonly Cell[] | undefined): boolean {
  return row === undefined || row.every((c) => cellText(c) === '');
}
