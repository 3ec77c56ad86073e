/**
 * Cells as the readers hand them over (a spreadsheet gives numbers, dates and booleans; CSV and pasted cells give
 * text) and the text forms the batch check compares: full-width digits and letters folded, stray spaces dropped.
 */

/** One cell of an imported table. */
export type Cell = string | number | boolean | Date | null | undefined;

const PLAIN = /^[\x21-\x7e]*$/;

/** The name of the one table of a CSV file, and of pasted cells (a workbook's tables have their sheets' names). */
export const CSV_TABLE = 'CSV 文件';
export const PASTE_TABLE = '粘贴内容';
/** Before rows of the imported file named in the results workbook, whose own sheets are numbered otherwise. */
export const IN_SOURCE = '原文件中的';

/**
 * A table's name as rows are referred to in it: 人员表, 活动表 for sheets; a CSV file or pasted cells as they are
 * (CSV 文件第3行, not CSV 文件表第3行).
 */
export function tableLabel(name: string): string {
  // A sheet named 表 (or 人员表) is not made 表表 (已排除表表第5行: a tester's sheet).
  return name === CSV_TABLE || name === PASTE_TABLE || name.endsWith('表') ? name : `${name}表`;
}

/**
 * Two pieces of a sentence, with a space where Chinese meets a Latin letter or digit, as Chinese text is set:
 * 已排除 CSV 文件第4行, not 已排除CSV 文件第4行 (a new user's finding); 已排除人员表第5行 as before.
 */
export function joinText(before: string, after: string): string {
  // A CSV file or pasted cells are the original file itself: 已排除原 CSV 文件第25行, not 原文件中的 CSV 文件第25行 (an
  // HR officer's check of the results workbook); 原文件中的人员表第5行 as before.
  if (before.endsWith(IN_SOURCE) && (after.startsWith(CSV_TABLE) || after.startsWith(PASTE_TABLE))) before = `${before.slice(0, -IN_SOURCE.length)}原`;
  return /[\u3400-\u9fff]$/.test(before) && /^[A-Za-z0-9]/.test(after) ? `${before} ${after}` : before + after;
}

/** One imported table: a sheet of a workbook, a CSV file or pasted cells. `rows[i]` is spreadsheet row i + 1. */
export interface Table {
  /** The sheet's name, or 「CSV 文件」/「粘贴内容」. */
  name: string;
  rows: Cell[][];
  /** An .xlsx workbook that counts dates from 1904 (old Mac Excel): how a date typed as its serial number is read. */
  date1904?: true;
  /**
   * An .xlsx sheet's merged ranges (A1 references such as A2:A11), when it has any. The file holds a merged range's
   * value in its first cell only; the check spreads it over the range's data rows (spreadMerged).
   */
  merged?: string[];
  /**
   * An .xlsx sheet's cells that hold a formula and no saved result (a tool that writes formulas without computing
   * them, or a workbook saved without recalculating), as `row:column` indexes into `rows` (0-based). Read as empty; the
   * check says why instead of asking for a value the officer sees in Excel.
   */
  unsaved?: string[];
  /**
   * An .xlsx sheet's cells that hold an error value (#REF!, #VALUE!, #N/A …) by `row:column` as in `unsaved`. Read as
   * empty; the check names the error instead of asking for a value (须填写学时 for a cell showing #REF!: a tester's file).
   */
  errorValues?: Record<string, string>;
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

/**
 * A spreadsheet serial date as a UTC timestamp (read-excel-file's `parseExcelTimestamp`): the reader's date cells, and
 * a date typed as its serial number (values.ts). Day 60 is Excel's 29 February 1900, which never was.
 */
export function excelDate(serial: number, epoch1904: boolean): Date {
  const days = epoch1904 ? serial + 4 * 365 + 2 : serial;
  return new Date(Math.floor((days - (2 + 70 * 365 + 17)) * 86_400_000));
}

/** True when every cell of a row is empty. */
export function isBlankRow(row: readonly Cell[] | undefined): boolean {
  return row === undefined || row.every((c) => cellText(c) === '');
}

/** A1 reference → 0-based row and column index (A1 is 0, 0). */
export function cellAt(ref: string): { row: number; column: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return undefined;
  let column = 0;
  for (const ch of m[1] as string) column = column * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, column: column - 1 };
}

/**
 * The table with each merged range that starts at or below `firstData` (0-based: the row under the headings) read as
 * officers mean it: the range's value in each of its cells, as Excel shows it across the range. Only rows that hold
 * something of their own are filled (a blank row a merge runs into stays blank), and a cell with a value of its own
 * keeps it. A merge in the headings or a title above them is left as it is. `spread`: the ranges that filled a cell.
 */
export function spreadMerged(table: Table, firstData: number): { table: Table; spread: string[] } {
  if (table.merged === undefined || table.merged.length === 0) return { table, spread: [] };
  const rows = table.rows.slice();
  const copied = new Set<number>();
  const spread: string[] = [];
  for (const ref of table.merged) {
    const [from, to = from] = ref.split(':').map(cellAt);
    if (from === undefined || to === undefined || from.row < firstData || from.row >= rows.length) continue;
    const value = rows[from.row]?.[from.column];
    if (cellText(value) === '') continue;
    let filled = false;
    for (let r = from.row; r <= Math.min(to.row, rows.length - 1); r++) {
      if (r !== from.row && isBlankRow(table.rows[r])) continue;
      for (let c = from.column; c <= to.column && c < (rows[r] as Cell[]).length; c++) {
        if (cellText((rows[r] as Cell[])[c]) !== '') continue;
        if (!copied.has(r)) rows[r] = (rows[r] as Cell[]).slice(), copied.add(r);
        (rows[r] as Cell[])[c] = value;
        filled = true;
      }
    }
    if (filled) spread.push(ref);
  }
  return spread.length === 0 ? { table, spread } : { table: { ...table, rows }, spread };
}
