/**
 * A fast reader for the workbooks officers bring (Excel, WPS, this site's template and its results): the sheet XML is
 * scanned with `indexOf` for rows and cells instead of going through a general XML parser. It gives the same tables as
 * read-excel-file (a unit test compares the two on every kind of workbook the tests write) in about a third of the
 * time (20,000 activity rows in Node: 60–110 ms instead of 220–440 ms), which is what keeps 1,000 people × 20
 * activities within the batch check's one second.
 *
 * It reads only what it recognises with certainty and answers `undefined` for anything else (XML with namespace
 * prefixes, CDATA or comments in a sheet, a missing part, cells out of order); the caller then reads the file with
 * read-excel-file. Cell values follow read-excel-file's rules (its `parseCell`, MIT licence): shared, inline and
 * formula strings as text, '' as empty; numbers as numbers; numbers in a date format (built-in date formats and
 * custom formats made only of date tokens) as Dates at UTC; booleans; error cells (#N/A …) as empty.
 */
import { unzipSync } from 'fflate';
import { excelDate, type Cell, type Table } from './cells';

/** The scanner met something it does not read with certainty: the caller uses the full reader. */
class Unsupported extends Error {}

const decoder = new TextDecoder('utf-8');

/** Every sheet of the workbook in workbook order, or undefined when the workbook needs the full reader. */
export function scanXlsx(bytes: Uint8Array): Table[] | undefined {
  try {
    return scan(bytes);
  } catch {
    return undefined;
  }
}

function scan(bytes: Uint8Array): Table[] {
  const files = unzipSync(bytes, { filter: (f) => f.name.startsWith('xl/') && (f.name.endsWith('.xml') || f.name.endsWith('.rels')) });
  const text = (path: string): string | undefined => {
    const file = files[path];
    return file === undefined ? undefined : decoder.decode(file);
  };
  const workbook = text('xl/workbook.xml');
  const rels = text('xl/_rels/workbook.xml.rels');
  if (workbook === undefined || rels === undefined) throw new Unsupported();

  const targets = new Map<string, { type: string; path: string }>();
  for (const attrs of tags(rels, 'Relationship')) {
    const target = attrs['Target'] ?? '';
    targets.set(attrs['Id'] ?? '', { type: attrs['Type'] ?? '', path: target.startsWith('/') ? target.slice(1) : `xl/${target}` });
  }
  const pathOf = (type: string) => [...targets.values()].find((t) => t.type.endsWith(`/${type}`))?.path;
  const sharedStrings = readSharedStrings(text(pathOf('sharedStrings') ?? 'xl/sharedStrings.xml'));
  const dateStyles = readDateStyles(text(pathOf('styles') ?? 'xl/styles.xml'));
  const pr = tags(workbook, 'workbookPr')[0];
  const epoch1904 = pr?.['date1904'] === '1' || pr?.['date1904'] === 'true';

  const sheets = tags(workbook, 'sheet');
  if (sheets.length === 0) throw new Unsupported();
  const out: Table[] = [];
  for (const attrs of sheets) {
    const idKey = Object.keys(attrs).find((k) => k === 'r:id' || k.endsWith(':id'));
    const target = idKey ? targets.get(attrs[idKey] as string) : undefined;
    if (!target || !target.type.endsWith('/worksheet')) continue; // chart sheets, macro sheets: no cells to read
    const xml = text(target.path);
    if (xml === undefined) throw new Unsupported();
    const merged = mergedRanges(xml);
    const unsaved: string[] = [];
    const errorValues: Record<string, string> = {};
    const rows = readSheet(xml, sharedStrings, dateStyles, epoch1904, unsaved, errorValues);
    const errors = Object.keys(errorValues).length > 0;
    out.push({ name: unescapeXml(attrs['name'] ?? ''), rows, ...(epoch1904 ? { date1904: true as const } : {}), ...(merged.length > 0 ? { merged } : {}), ...(unsaved.length > 0 ? { unsaved } : {}), ...(errors ? { errorValues } : {}) });
  }
  return out;
}

/** The attributes of every `<name …>` element of a small XML part (workbook, relationships, styles). */
function tags(xml: string, name: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  const re = new RegExp(`<${name}[\\s/>]`, 'g');
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const end = xml.indexOf('>', m.index);
    out.push(attributes(xml.slice(m.index + name.length + 1, end)));
  }
  return out;
}

const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function attributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(source); m; m = ATTRIBUTE.exec(source)) out[m[1] as string] = unescapeXml(m[2] ?? m[3] ?? '');
  return out;
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML character references and the five named entities. */
function unescapeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (_, e: string) => (e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (NAMED[e] as string)));
}

/** Excel's own escapes for characters XML cannot hold: `_x000D_` is a carriage return. */
function unescapeXlsx(s: string): string {
  return s.includes('_x') ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s;
}

/** The text of a shared or inline rich string: every `<t>` outside phonetic runs (`<rPh>`), joined. */
function richText(xml: string): string {
  if (xml.includes('<rPh')) xml = xml.replace(/<rPh[\s>][\s\S]*?<\/rPh>/g, '');
  let out = '';
  let at = 0;
  for (;;) {
    const open = xml.indexOf('<t', at);
    if (open < 0) break;
    const c = xml.charCodeAt(open + 2);
    if (c !== 62 /* > */ && c !== 32 && c !== 47 /* / */) {
      at = open + 2;
      continue;
    }
    const end = xml.indexOf('>', open);
    if (xml.charCodeAt(end - 1) === 47) {
      at = end + 1; // <t/>
      continue;
    }
    const close = xml.indexOf('</t>', end);
    if (close < 0) throw new Unsupported();
    out += xml.slice(end + 1, close);
    at = close + 4;
  }
  return unescapeXlsx(unescapeXml(out));
}

function readSharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  if (xml.includes('<![CDATA[') || xml.includes('<!--')) throw new Unsupported();
  const out: string[] = [];
  let at = 0;
  for (;;) {
    const open = xml.indexOf('<si', at);
    if (open < 0) break;
    const end = xml.indexOf('>', open);
    if (xml.charCodeAt(end - 1) === 47) {
      out.push(''); // <si/>
      at = end + 1;
      continue;
    }
    const close = xml.indexOf('</si>', end);
    if (close < 0) throw new Unsupported();
    out.push(richText(xml.slice(end + 1, close)));
    at = close + 5;
  }
  if (out.length === 0 && /<\w+:sst[\s>]/.test(xml)) throw new Unsupported(); // prefixed namespace
  return out;
}

/** Built-in number formats that show dates (read-excel-file's list: locale-independent, Chinese, Japanese/Korean, Thai). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81]);
const DATE_TOKENS = new Set(['s', 'ss', 'm', 'mm', 'h', 'hh', 'am', 'pm', 'a', 'p', 'd', 'dd', 'ddd', 'dddd', 'aaa', 'aaaa', 'aaaaa', 'mmm', 'mmmm', 'mmmmm', 'y', 'yy', 'yyyy', 'e', 'ee', 'eeee']);

/** A custom number format made only of date and time tokens (read-excel-file's `isDateFormatTemplate`). */
function isDateTemplate(template: string): boolean {
  const t = template.toLowerCase().replace(/;@$/, '').replace(/\\./g, ' ');
  return t.split(';').some((part) => {
    const s = part
      .replace(/"[^"]*"/g, ' ')
      .replace(/(\[?[smhd]{1,2}\]?)[.,]00?0?/g, '$1')
      .replace(/\[([smhd]{1,2})\]/g, '$1')
      .replace(/\[[^\]]*\]/g, '');
    const tokens = s.split(/[^a-z0#?%]+/).filter((x) => x !== '');
    return tokens.length > 0 && tokens.every((x) => DATE_TOKENS.has(x));
  });
}

/** For each cell style index (`<c s>`), whether its number format shows a date. */
function readDateStyles(xml: string | undefined): boolean[] {
  if (xml === undefined) return [];
  const templates = new Map<number, string>();
  for (const a of tags(xml, 'numFmt')) if (Number(a['numFmtId']) >= 100) templates.set(Number(a['numFmtId']), a['formatCode'] ?? '');
  const section = (name: string) => {
    const open = xml.search(new RegExp(`<${name}[\\s>]`));
    if (open < 0) return '';
    const close = xml.indexOf(`</${name}>`, open);
    return close < 0 ? '' : xml.slice(open, close);
  };
  const base = tags(section('cellStyleXfs'), 'xf').map((a) => a['numFmtId']);
  return tags(section('cellXfs'), 'xf').map((a) => {
    const id = a['numFmtId'] ?? (a['xfId'] !== undefined ? base[Number(a['xfId'])] : undefined);
    if (id === undefined) return false;
    const n = Number(id);
    const template = templates.get(n);
    return BUILT_IN_DATE_FORMATS.has(n) || (template !== undefined && isDateTemplate(template));
  });
}

/**
 * Where the values of a start tag's `r`, `s` and `t` attributes lie in the sheet's text (start and end offsets, -1
 * when absent): one pass over the tag, any whitespace between attributes, either quote. Sheets hold no entities in
 * these three.
 */
class TagAttributes {
  r = -1;
  rEnd = -1;
  s = -1;
  sEnd = -1;
  t = -1;
  tEnd = -1;

  read(xml: string, from: number, end: number): void {
    this.r = this.s = this.t = -1;
    let i = from;
    for (;;) {
      let c = xml.charCodeAt(i);
      while (c === 32 || c === 9 || c === 10 || c === 13) c = xml.charCodeAt(++i);
      if (i >= end || c === 47 /* / */) return;
      const nameStart = i;
      while (c !== 61 /* = */ && c !== 32 && c !== 9 && c !== 10 && c !== 13 && i < end) c = xml.charCodeAt(++i);
      const nameLength = i - nameStart;
      while (c !== 61 && i < end) c = xml.charCodeAt(++i);
      c = xml.charCodeAt(++i);
      while (c === 32 || c === 9 || c === 10 || c === 13) c = xml.charCodeAt(++i);
      if (c !== 34 && c !== 39) throw new Unsupported();
      const valueEnd = xml.indexOf(c === 34 ? '"' : "'", i + 1);
      if (valueEnd < 0 || valueEnd > end) throw new Unsupported();
      if (nameLength === 1) {
        const n = xml.charCodeAt(nameStart);
        if (n === 114 /* r */) (this.r = i + 1), (this.rEnd = valueEnd);
        else if (n === 115 /* s */) (this.s = i + 1), (this.sEnd = valueEnd);
        else if (n === 116 /* t */) (this.t = i + 1), (this.tEnd = valueEnd);
      }
      i = valueEnd + 1;
    }
  }
}

/** A whole number written in xml[from, to), or throws. */
function wholeAt(xml: string, from: number, to: number): number {
  if (from >= to) throw new Unsupported();
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = xml.charCodeAt(i) - 48;
    if (c < 0 || c > 9) throw new Unsupported();
    n = n * 10 + c;
  }
  return n;
}

function readSheet(xml: string, shared: readonly string[], dateStyles: readonly boolean[], epoch1904: boolean, unsaved: string[] = [], errorValues: Record<string, string> = {}): Cell[][] {
  const dataStart = xml.indexOf('<sheetData');
  if (dataStart < 0) {
    if (/<\w+:worksheet[\s>]/.test(xml)) throw new Unsupported(); // prefixed namespace
    return [];
  }
  const dataEnd = xml.indexOf('</sheetData>', dataStart);
  if (dataEnd < 0) return []; // <sheetData/>
  if (xml.includes('<![CDATA[', dataStart) || xml.includes('<!--', dataStart)) throw new Unsupported();

  const a = new TagAttributes();
  const rows: Cell[][] = [];
  let dataRows = 0;
  let dataColumns = 0;
  let at = dataStart;
  for (;;) {
    const open = xml.indexOf('<row', at);
    if (open < 0 || open > dataEnd) break;
    const tagEnd = xml.indexOf('>', open);
    a.read(xml, open + 4, tagEnd);
    const number = a.r < 0 ? rows.length + 1 : wholeAt(xml, a.r, a.rEnd);
    if (number <= rows.length) throw new Unsupported();
    while (rows.length < number - 1) rows.push([]);
    const row: Cell[] = [];
    rows.push(row);
    if (xml.charCodeAt(tagEnd - 1) === 47) {
      at = tagEnd + 1; // <row/>
      continue;
    }
    const rowEnd = xml.indexOf('</row>', tagEnd);
    if (rowEnd < 0) throw new Unsupported();
    let column = 0;
    let c = xml.indexOf('<c', tagEnd);
    while (c >= 0 && c < rowEnd) {
      const next = xml.charCodeAt(c + 2);
      if (next !== 32 && next !== 62 && next !== 47 && next !== 9 && next !== 10 && next !== 13) throw new Unsupported(); // only <c> lives in a row
      const cEnd = xml.indexOf('>', c);
      a.read(xml, c + 2, cEnd);
      if (a.r >= 0) {
        // A1-style address: letters, then this row's number.
        let col = 0;
        let i = a.r;
        for (let ch = xml.charCodeAt(i); ch >= 65 && ch <= 90; ch = xml.charCodeAt(++i)) col = col * 26 + ch - 64;
        if (col <= column || wholeAt(xml, i, a.rEnd) !== number) throw new Unsupported();
        column = col;
      } else column++;
      let value: Cell = null;
      let after = cEnd + 1;
      if (xml.charCodeAt(cEnd - 1) !== 47) {
        const close = xml.indexOf('</c>', cEnd);
        if (close < 0 || close > rowEnd) throw new Unsupported();
        value = cellValue(xml, cEnd + 1, close, a, shared, dateStyles, epoch1904);
        // A formula with no <v>, or an empty one: nothing saved to read (Table.unsaved).
        const v = value === null ? vRange(xml, cEnd + 1, close) : undefined;
        if (value === null && (v === undefined || v[0] === v[1])) {
          const f = xml.indexOf('<f', cEnd + 1);
          if (f >= 0 && f < close) unsaved.push(`${number - 1}:${column - 1}`);
        } else if (value === null && v !== undefined && a.t >= 0 && xml.slice(a.t, a.tEnd) === 'e') {
          // An error value (#REF!, #VALUE! …): read as empty, and said as what it is (Table.errorValues).
          errorValues[`${number - 1}:${column - 1}`] = unescapeXml(xml.slice(v[0], v[1])).slice(0, 20);
        }
        after = close + 4;
      }
      if (value !== null) {
        while (row.length < column - 1) row.push(null);
        row.push(value);
        if (column > dataColumns) dataColumns = column;
        dataRows = number;
      }
      c = xml.indexOf('<c', after);
    }
    at = rowEnd + 6;
  }
  rows.length = dataRows;
  for (const row of rows) {
    while (row.length < dataColumns) row.push(null);
  }
  return rows;
}

/** Where the text of `<v>` lies in a cell's content [from, to): [start, end], or undefined when there is none. */
function vRange(xml: string, from: number, to: number): [number, number] | undefined {
  const open = xml.indexOf('<v', from);
  if (open < 0 || open >= to) return undefined;
  const end = xml.indexOf('>', open);
  if (xml.charCodeAt(end - 1) === 47) return [end, end]; // <v/>
  const close = xml.indexOf('</v>', end);
  if (close < 0 || close > to) throw new Unsupported();
  return [end + 1, close];
}

/** A cell's value from its content xml[from, to) and its type and style attributes. */
function cellValue(xml: string, from: number, to: number, a: TagAttributes, shared: readonly string[], dateStyles: readonly boolean[], epoch1904: boolean): Cell {
  const type = a.t < 0 ? 'n' : xml.slice(a.t, a.tEnd);
  if (type === 'inlineStr') {
    const open = xml.indexOf('<is>', from);
    if (open < 0 || open >= to) return null;
    const close = xml.indexOf('</is>', open);
    if (close < 0 || close > to) throw new Unsupported();
    const text = richText(xml.slice(open + 4, close));
    return text === '' ? null : text;
  }
  const v = vRange(xml, from, to);
  if (v === undefined || v[0] === v[1]) return null;
  switch (type) {
    case 's': {
      const text = shared[wholeAt(xml, v[0], v[1])];
      if (text === undefined) throw new Unsupported();
      return text === '' ? null : text;
    }
    case 'n': {
      const n = Number(xml.slice(v[0], v[1]));
      if (Number.isNaN(n)) throw new Unsupported();
      if (a.s >= 0 && dateStyles[wholeAt(xml, a.s, a.sEnd)] === true) return excelDate(n, epoch1904);
      return n;
    }
    case 'str':
      return unescapeXlsx(unescapeXml(xml.slice(v[0], v[1])));
    case 'b': {
      const c = xml.slice(v[0], v[1]);
      return c === '1' ? true : c === '0' ? false : null;
    }
    case 'e':
      return null;
    case 'd': {
      const date = new Date(unescapeXml(xml.slice(v[0], v[1])));
      if (Number.isNaN(date.getTime())) throw new Unsupported();
      return date;
    }
    default:
      throw new Unsupported();
  }
}

const MERGE_CELL = /<(?:[\w.-]+:)?mergeCell[\s/][^>]*?\bref\s*=\s*["']([^"']*)["']/g;

/** A sheet's merged ranges (`<mergeCells>`, after the cells), as A1 references, whatever the namespace prefix. */
function mergedRanges(xml: string): string[] {
  const out: string[] = [];
  const from = xml.lastIndexOf('sheetData>');
  if (xml.indexOf('mergeCell', from < 0 ? 0 : from) < 0) return out;
  MERGE_CELL.lastIndex = from < 0 ? 0 : from;
  for (let m = MERGE_CELL.exec(xml); m; m = MERGE_CELL.exec(xml)) {
    const ref = (m[1] as string).trim().toUpperCase();
    if (/^[A-Z]+\d+(:[A-Z]+\d+)?$/.test(ref)) out.push(ref);
  }
  return out;
}

/**
 * What the full reader (read-excel-file) does not say of a workbook: whether it counts dates from 1904, and each
 * sheet's merged ranges by sheet name. Read from the parts themselves, whatever their namespace prefix; whatever
 * cannot be told is left out.
 */
export function workbookExtras(bytes: Uint8Array): { date1904: boolean; merged: Map<string, string[]> } {
  const merged = new Map<string, string[]>();
  try {
    const files = unzipSync(bytes, { filter: (f) => f.name === 'xl/workbook.xml' || f.name === 'xl/_rels/workbook.xml.rels' || f.name.startsWith('xl/worksheets/') });
    const text = (path: string) => (files[path] === undefined ? undefined : decoder.decode(files[path]));
    const workbook = text('xl/workbook.xml') ?? '';
    const date1904 = /<(?:[\w.-]+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](?:1|true)["']/.test(workbook);
    const targets = new Map<string, string>();
    for (const a of anyTags(text('xl/_rels/workbook.xml.rels') ?? '', 'Relationship')) {
      const target = a['Target'] ?? '';
      targets.set(a['Id'] ?? '', target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    }
    for (const a of anyTags(workbook, 'sheet')) {
      const idKey = Object.keys(a).find((k) => k === 'r:id' || k.endsWith(':id'));
      const xml = idKey ? text(targets.get(a[idKey] as string) ?? '') : undefined;
      const ranges = xml === undefined ? [] : mergedRanges(xml);
      if (ranges.length > 0) merged.set(a['name'] ?? '', ranges);
    }
    return { date1904, merged };
  } catch {
    return { date1904: false, merged };
  }
}

/** The attributes of every `<name …>` element, with or without a namespace prefix. */
function anyTags(xml: string, name: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  const re = new RegExp(`<(?:[\\w.-]+:)?${name}[\\s/>]`, 'g');
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const end = xml.indexOf('>', m.index);
    out.push(attributes(xml.slice(m.index + m[0].length - 1, end)));
  }
  return out;
}
