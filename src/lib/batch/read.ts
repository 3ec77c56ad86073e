/**
 * What officers have, read as tables: an .xlsx workbook (every sheet; xlsx-scan.ts, else read-excel-file), a CSV file in UTF-8 (with or
 * without BOM) or GBK/GB18030 as Excel on Chinese Windows saves it (papaparse after decoding), and cells pasted from
 * Excel or WPS (tab-separated text). The same code runs in the page's worker and in Node.
 */
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { CSV_TABLE, PASTE_TABLE, type Cell, type Table } from './cells';
import { scanXlsx, workbookExtras } from './xlsx-scan';

/** Names the tables get when the input has none. */
export { CSV_TABLE, PASTE_TABLE } from './cells';

/** Thrown with a Chinese message when a file cannot be read at all. */
export class BatchReadError extends Error {
  override name = 'BatchReadError';
}

/** The kinds of file the check reads, by their first bytes and name. */
export type FileKind = 'xlsx' | 'csv';

/** What is said of a file that holds no table the check can read (a PDF, a picture, a Word document …). */
export function notATableMessage(name: string): string {
  return `「${name}」不是可读取的表格文件，请选择 .xlsx 或 .csv 文件（旧版 .xls 等格式请先在 Excel 或 WPS 中另存为 .xlsx）。`;
}

const startsWith = (bytes: Uint8Array, ...head: number[]) => head.every((b, i) => bytes[i] === b);

/**
 * The most one part of a workbook (a sheet's XML) may hold unpacked. A sheet of 20,000 activity rows is some 5 MB; a
 * part past the browser's longest string (about 512 MB) could not be read at all, and its sheet came out empty, so that
 * every person was computed at 0 学时 without a word (a tester's padded file). Both readers unpack each part into the
 * size the file states for it, which is what is checked.
 */
export const MAX_PART_BYTES = 256 * 2 ** 20;

/**
 * Whether a ZIP holds an .xlsx workbook's parts (xl/…): a .docx or an .ods is a ZIP too, and an .xlsb's binary parts
 * cannot be read; and the largest size a part of it states. Throws when it is no ZIP.
 */
function zipHoldsWorkbook(bytes: Uint8Array): { workbook: boolean; largest: number } {
  let parts = false;
  let binary = false;
  let largest = 0;
  // Only the names and stated sizes are looked at: nothing is inflated.
  unzipSync(bytes, {
    filter: (f) => {
      parts ||= f.name.startsWith('xl/');
      binary ||= f.name === 'xl/workbook.bin';
      if (f.name.startsWith('xl/')) largest = Math.max(largest, f.originalSize);
      return false;
    },
  });
  return { workbook: parts && !binary, largest };
}

/**
 * Whether bytes are text a table can be read from. A NUL byte is never in a CSV in UTF-8 or GBK (UTF-16 has its
 * byte-order mark, checked first); other control characters only by mistake, so a few are let through.
 */
export function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) return true;
  if (bytes.indexOf(0) >= 0) return false;
  const head = bytes.subarray(0, 65536);
  let control = 0;
  for (const b of head) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1a) control++;
  return control <= head.length / 100;
}

/**
 * Tells an .xlsx (a ZIP with a workbook in it) from text by the content, not the name, and refuses what is neither
 * with a message that says what to do: the old binary .xls (an OLE file), a PDF, a Word document, a picture.
 */
export function fileKind(bytes: Uint8Array, name: string): FileKind {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06)) {
    let zip: { workbook: boolean; largest: number };
    try {
      zip = zipHoldsWorkbook(bytes);
    } catch {
      throw new BatchReadError(`「${name}」不是有效的 .xlsx 工作簿，可能已损坏。`);
    }
    if (!zip.workbook) throw new BatchReadError(notATableMessage(name));
    if (zip.largest > MAX_PART_BYTES) throw new BatchReadError(`「${name}」中有工作表解压后超过 ${MAX_PART_BYTES / 2 ** 20} MB，远大于人员和活动表，无法读取。请删去表中无关的内容，或分成几个文件后再导入。`);
    return 'xlsx';
  }
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) {
    // An OLE file: an old .xls (or WPS .et), a workbook with a password to open, or a Word or PowerPoint file.
    if (/\.(xlsx|xlsm)$/i.test(name)) throw new BatchReadError(`「${name}」设有打开密码，请在 Excel 或 WPS 中取消密码后另存为 .xlsx 再导入。`);
    if (/\.(doc|ppt|msg|wps|dps)$/i.test(name)) throw new BatchReadError(notATableMessage(name));
    throw new BatchReadError('这是旧版 Excel 97-2003（.xls）文件，请在 Excel 或 WPS 中“另存为”.xlsx 或 CSV 后再导入。');
  }
  if (/\.(xlsx|xlsm)$/i.test(name)) throw new BatchReadError(`「${name}」不是有效的 .xlsx 工作簿，可能已损坏。`);
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46) || !looksLikeText(bytes)) throw new BatchReadError(notATableMessage(name));
  return 'csv';
}

/**
 * Decodes CSV bytes: a UTF-8 BOM or valid UTF-8 is read as UTF-8, anything else as GB18030 (a superset of GBK,
 * what Excel on Chinese Windows writes for "CSV"). UTF-16 with a BOM (Excel's "Unicode text") is read too.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Delimited text as one table. Pasted cells are tab-separated; a CSV's delimiter (, ; tab) is detected. */
export function parseDelimited(text: string, name: string, delimiter?: string): Table {
  const body = text.replace(/^\ufeff/, '');
  // Guessed on the first rows without blank lines: papaparse's guess counts the empty line after the last line break
  // (every file Excel saves has one) as a row of one cell, and so read tab-separated text (Excel's 文本文件(制表符分隔)
  // and Unicode 文本, .txt) as one column.
  const sep = delimiter ?? Papa.parse<string[]>(body, { preview: 10, delimiter: '', skipEmptyLines: 'greedy' }).meta.delimiter;
  const parsed = Papa.parse<string[]>(body, { delimiter: sep, skipEmptyLines: false });
  const rows: Cell[][] = parsed.data;
  // A trailing newline leaves one empty row.
  while (rows.length > 0 && (rows[rows.length - 1] as Cell[]).every((c) => c === '')) rows.pop();
  return { name, rows };
}

/** Cells pasted from Excel or WPS: tab-separated rows. */
export function readPasted(text: string): Table[] {
  if (text.trim() === '') throw new BatchReadError('粘贴的内容为空。');
  return [parseDelimited(text, PASTE_TABLE, text.includes('\t') ? '\t' : undefined)];
}

/**
 * Every sheet of an .xlsx workbook: the fast scanner for the workbooks it reads with certainty, read-excel-file
 * (universal build: no DOM, runs in a worker and in Node) for the rest.
 */
export async function readXlsx(bytes: Uint8Array): Promise<Table[]> {
  return scanXlsx(bytes) ?? readXlsxFull(bytes);
}

/** Every sheet of an .xlsx workbook as read-excel-file reads it, with what it does not give (merged ranges, 1904 dates). */
export async function readXlsxFull(bytes: Uint8Array): Promise<Table[]> {
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  try {
    const sheets = await readXlsxFile(bytes.slice().buffer as ArrayBuffer, { trim: false });
    const { date1904, merged } = workbookExtras(bytes);
    return sheets.map((s) => {
      const ranges = merged.get(s.sheet);
      return { name: s.sheet, rows: s.data as unknown as Cell[][], ...(date1904 ? { date1904: true as const } : {}), ...(ranges ? { merged: ranges } : {}) };
    });
  } catch {
    throw new BatchReadError('无法读取该 .xlsx 工作簿，文件可能已损坏或已加密。');
  }
}

/** Reads a dropped or chosen file as tables. */
export async function readFileBytes(bytes: Uint8Array, name: string): Promise<Table[]> {
  // Named, with what to do, as every other refused file is (it said only 文件为空。; a new user's check).
  if (bytes.byteLength === 0) throw new BatchReadError(`「${name}」是空文件（0 字节），请选择填好人员和活动的 .xlsx 或 .csv 文件。`);
  if (fileKind(bytes, name) === 'xlsx') return readXlsx(bytes);
  return [parseDelimited(decodeText(bytes), CSV_TABLE)];
}
