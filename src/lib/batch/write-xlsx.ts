/**
 * Writes workbooks with write-excel-file (universal build: the page's worker and Node), with drop-down lists: a
 * small write-excel-file "feature" adds `<dataValidations>` to a sheet, each list pointing at a column of the
 * 取值 sheet (a range, not an inline list: inline lists are capped at 255 characters and split on commas).
 */
import type { Feature, Sheet } from 'write-excel-file/universal';

/** A drop-down on one column of a sheet: rows 2…lastRow, values from a range such as `'取值'!$A$2:$A$5`. */
export interface DropDown {
  sheet: string;
  /** 1-based column. */
  column: number;
  lastRow: number;
  source: string;
  title: string;
}

/** A spreadsheet column letter: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function dropDownFeature(sheetNames: readonly string[], dropDowns: readonly DropDown[], insert: (xml: string, markup: string) => string): Feature<Blob> {
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (xml, _options, { sheetIndex }) => {
            const mine = dropDowns.filter((d) => d.sheet === sheetNames[sheetIndex]);
            if (mine.length === 0) return xml;
            // errorStyle="warning": Excel warns about a value off the list but keeps it (codes and synonyms are accepted on import).
            const items = mine.map(
              (d) =>
                `<dataValidation type="list" errorStyle="warning" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="${escape(d.title)}" error="${escape(`请从列表中选择${d.title}`)}" sqref="${columnLetter(d.column)}2:${columnLetter(d.column)}${d.lastRow}"><formula1>${escape(d.source)}</formula1></dataValidation>`,
            );
            return insert(xml, `<dataValidations count="${items.length}">${items.join('')}</dataValidations>`);
          },
        },
      },
    },
  };
}

/** One sheet to write: rows of text or numbers; `wrapColumns` (0-based) wrap their text within the column width. */
export interface WorkbookSheet {
  name: string;
  rows: readonly (readonly (string | number | null)[])[];
  widths?: readonly number[];
  wrapColumns?: readonly number[];
  frozenHeader?: boolean;
}

/** Writes the sheets (every cell text or number) as an .xlsx Blob, with drop-downs. */
export async function writeWorkbook(sheets: readonly WorkbookSheet[], dropDowns: readonly DropDown[] = []): Promise<Blob> {
  const [{ default: writeXlsxFile }, utility] = await Promise.all([import('write-excel-file/universal'), import('write-excel-file/utility')]);
  const insert = (xml: string, markup: string) => utility.insertElementMarkupAccordingToOrderOfSiblings(xml, markup, utility.getOrderOfSiblings('xl/worksheets/sheet{id}.xml', 'worksheet') ?? [], 'worksheet');
  const data: Sheet<Blob>[] = sheets.map((s) => ({
    sheet: s.name,
    data: s.rows.map((row, i) =>
      row.map((v, column) => {
        if (v === null || v === '') return null;
        const cell = typeof v === 'number' ? { value: v, type: Number } : { value: v, type: String, ...(s.wrapColumns?.includes(column) ? { wrap: true } : {}) };
        return i === 0 && s.frozenHeader ? { ...cell, fontWeight: 'bold' as const } : cell;
      }),
    ),
    ...(s.widths ? { columns: s.widths.map((width) => ({ width })) } : {}),
    ...(s.frozenHeader ? { stickyRowsCount: 1 } : {}),
  }));
  return writeXlsxFile(data, { features: [dropDownFeature(sheets.map((s) => s.name), dropDowns, insert)] }).toBlob();
}
