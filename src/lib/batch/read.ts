/**
 * What officers have, read as tables: an .xlsx workbook (every sheet; xlsx-scan.ts, else read-excel-file), a CSV file in UTF-8 (with or
 * without BOM) or GBK/GB18030 as Excel on Chinese Windows saves it (papaparse after decoding), and cells pasted from
 * Excel or WPS (tab-separated text). The same code runs in the page's worker and in Node.
 */
import Papa from 'papaparse';
import type { Cell, Table } from './cells';
import { scanXlsx } from './xlsx-scan';

/** Names the tables get when the input has none. */
export const CSV_TABLE = 'CSV 文件';
export const PASTE_TABLE = '粘贴内容';

/** Thrown with a Chinese message when a file cannot be read at all. */
export class BatchReadError extends Error {
  override name = 'BatchReadError';
}

/** The kinds of file the check reads, by their first bytes and name. */
export type FileKind = 'xlsx' | 'csv';

/** Tells an .xlsx (a ZIP: PK\x03\x04) from text; refuses the old binary .xls (an OLE file). */
export function fileKind(bytes: Uint8Array, name: string): FileKind {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new BatchReadError('这是旧版 Excel 97-2003（.xls）文件，请在 Excel 或 WPS 中“另存为”.xlsx 或 CSV 后再导入。');
  }
  if (/\.(xlsx|xlsm)$/i.test(name)) throw new BatchReadError('文件不是有效的 .xlsx 工作簿，可能已损坏。');
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
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { delimiter: delimiter ?? '', skipEmptyLines: false });
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

/** Every sheet of an .xlsx workbook as read-excel-file reads it. */
export async function readXlsxFull(bytes: Uint8Array): Promise<Table[]> {
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  try {
    const sheets = await readXlsxFile(bytes.slice().buffer as ArrayBuffer, { trim: false });
    return sheets.map((s) => ({ name: s.sheet, rows: s.data as unknown as Cell[][] }));
  } catch {
    throw new BatchReadError('无法读取该 .xlsx 工作簿，文件可能已损坏或已加密。');
  }
}

/** Reads a dropped or chosen file as tables. */
export async function readFileBytes(bytes: Uint8Array, name: string): Promise<Table[]> {
  if (bytes.byteLength === 0) throw new BatchReadError('文件为空。');
  if (fileKind(bytes, name) === 'xlsx') return readXlsx(bytes);
  return [parseDelimited(decodeText(bytes), CSV_TABLE)];
}
