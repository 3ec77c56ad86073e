/**
 * The batch check: imported tables → one draft per person, every problem listed with its sheet, row and column, and,
 * only when no blocking error is left, every person's result from the same engine as the calculator (`calculate`).
 * Runs in the page's worker and in Node (`npm run batch`): no DOM.
 */
import { calculate, DEGREES, formatHours, DRAFT_FORMAT, DRAFT_VERSION, laterYearsWarning, requiredByYear, statedHoursWarning, TITLE_LEVELS, yearInChina, type Activity, type CalculationResult, type Conversion, type Draft, type RuleSet } from '../rules/core';
import { parseDraft } from '../rules/draft-schema';
import { cellAt, cellText, isBlankRow, joinText, matchKey, PASTE_TABLE, plainText, spreadMerged, tableLabel, type Cell, type Table } from './cells';
import { activityColumns, DAYS_NOT_WHOLE_IN_FILE, fieldColumnsOf, fieldRequired, PERSON_COLUMNS, requiredIn, retiredColumnOf, type ColumnDef, type ColumnId } from './columns';
import { layoutTables, type ColumnMapping, type HeadingMatch, type TableLayout } from './layout';
import { MERGED_NOTE, rowsText, summarizePerson, type PersonResult, type UncheckedPerson } from './results';
import { otherRoundOf, type OtherRound } from './round-match';
import { DEGREE_LIST, findEntry, formList, isHealthTitle, optionList, optionsText, readChoice, readDate, readFlag, readHours, readRank, readTitleLevel, readWhole, readYear, readYears, SUBJECT_LIST, type Read } from './values';

/** One problem, where the officer finds it in the file. */
export interface BatchIssue {
  /** Sheet (table) name. */
  sheet: string;
  /** Spreadsheet row (1-based). */
  row: number;
  /** The column's heading as in the file (or as the template names it, when the file lacks it); '' for a whole row. */
  column: string;
  message: string;
  /** `error` blocks the check until fixed or excluded; `warning` does not. */
  level: 'error' | 'warning';
  /** `sheet!row`: what excluding the row refers to. */
  ref: string;
  /** A row that repeats an earlier one (`sheet!row` of that row): a warning, and a row the officer may exclude. */
  sameAs?: string;
  /** The notes one note stands for, where it says the same of many rows (years read from dates); 1 when absent. */
  count?: number;
  /**
   * The rows an issue stands for, where one issue says the same of many (a column the table lacks, that each of its
   * rows must fill): `sheet!row` of each, `ref` the first. Excluding it excludes them all.
   */
  refs?: string[];
}

/** An activity row counted although an earlier row of the same person says the same (`sheet!row` of each). */
export interface RepeatedRow {
  ref: string;
  sameAs: string;
}

/** A row the officer excluded, with what it would have been told (its errors and warnings), to be restored from. */
export interface ExcludedRow {
  ref: string;
  sheet: string;
  row: number;
  /** The 工号 and 姓名 on the row ('' when none). */
  key: string;
  name: string;
  problems: string[];
}

/**
 * A row the check did not read into anyone's figures, as it stands in the file, for the results workbook's 已排除
 * sheet: a row the officer excluded, or an activity row left out with its person's excluded row.
 */
export interface RowAsTyped {
  ref: string;
  sheet: string;
  row: number;
  /** The table's headings as in the file (one array per table), and the row's cells as read. */
  headings: readonly string[];
  cells: readonly Cell[];
  /** Excluded by the officer, or left out with their person (`sheet!row` of the person's excluded row). */
  excluded: true | { withPerson: string[] };
  /** What the row would have been told (its errors and warnings); empty for a row left out with its person. */
  problems: string[];
}

/** One person as read from the file, with the draft the calculator would hold for them. */
export interface BatchPerson {
  key: string;
  name: string;
  department: string;
  ref: string;
  draft: Draft;
  /** The activity rows, in draft order (`sheet!row` of activities[i]). */
  activityRefs: string[];
  /** Activity rows of theirs the officer excluded (`sheet!row`): not in the draft, so not counted. */
  excludedRefs: string[];
  /** Their own rows the officer excluded (`sheet!row`, another row of theirs kept and read): their profile is ref's. */
  excludedOwnRefs: string[];
  /** Excluded rows of another name under their 工号 (`sheet!row`, the name): that name's, listed among 未核对. */
  otherNameRefs: OtherNameRow[];
  /** Activity rows of theirs that say the same as an earlier one: counted as typed, with a warning. */
  repeatedRefs: RepeatedRow[];
}

/** An excluded row naming someone else under a person's 工号. */
export interface OtherNameRow {
  ref: string;
  name: string;
}

/** What a check gives back. `results` is empty while any error is left. */
export interface BatchCheck {
  layouts: TableLayout[];
  needsMapping: boolean;
  issues: BatchIssue[];
  errorCount: number;
  warningCount: number;
  /** Every row with an error (`sheet!row`), once each, in the issues' order: also those past MAX_ISSUES, which the list leaves out. */
  errorRefs: string[];
  people: BatchPerson[];
  results: PersonResult[];
  /** People in the file whom the check left out, every row of theirs excluded, with why (empty while errors are left). */
  unchecked: UncheckedPerson[];
  /** Data rows read (excluded and blank rows not counted), also while the columns need mapping. */
  rowsRead: number;
  /**
   * What keeps the file as a whole from being checked, and what to do, in words (a required column missing, no person
   * in it); null when nothing does. The rows' own problems are in `issues`.
   */
  fileProblem: string | null;
  /** The round whose template the file was filled in from, when it is not the one checked against (round-match.ts). */
  otherRound: OtherRound | null;
  /** The excluded rows found in the tables, in file order (also while errors are left), to be restored from. */
  excludedRows: ExcludedRow[];
  /**
   * Every row left out of the figures, as typed, in file order: the excluded ones and the activity rows of a person
   * whose own row was excluded (empty while errors are left). The results workbook keeps them, so that nothing typed
   * is lost from what is filed.
   */
  notChecked: RowAsTyped[];
}

/** Options of a check. */
export interface CheckOptions {
  mapping?: ColumnMapping;
  /** Rows the officer excluded (`sheet!row`); a person's row takes their activities with it. */
  excluded?: ReadonlySet<string>;
  /** Called every few hundred people while computing, with people done and the total. */
  onProgress?: (done: number, total: number) => void;
  /**
   * This year (the page sends the visitor's, in Beijing); an activity dated later gets a warning. Without it (the
   * command line), Beijing's year on this machine's clock, as the page counts it, whatever zone the machine is set to.
   */
  thisYear?: number;
}

/** Most issues listed; past it a last line says how many more there are. */
export const MAX_ISSUES = 2000;

interface Row {
  sheet: string;
  row: number;
  ref: string;
  cells: Cell[];
  layout: TableLayout;
  /** Column → cell index in this table. */
  at: Map<ColumnId, number>;
  /** cellText of each cell, computed on first use. */
  texts: (string | undefined)[];
  /** The table's workbook counts dates from 1904 (Table.date1904). */
  date1904: boolean;
}

interface PersonAcc {
  key: string;
  ref: string;
  row: Row;
  name: string;
  department: string;
  profile: Record<string, unknown>;
  span: { from: number; to: number } | null;
  coveredYears: number[];
  activities: Activity[];
  activityRefs: string[];
  /** Their own row has an error: never computed (their span and rules depend on that row); their span still checked. */
  bad: boolean;
  /** 医学类 could be read (when not, the span is checked with either answer, see ownRowProblems). */
  medicalRead: boolean;
  /**
   * One of their activity rows has an error: never computed into the results, but still checked by the engine, so
   * that a problem of their own row (no span for 中级 in 2020) is listed with the others, not only once it is fixed.
   */
  activityErrors: boolean;
  excludedRefs: string[];
  excludedOwnRefs: string[];
  otherNameRefs: OtherNameRow[];
  repeatedRefs: RepeatedRow[];
}

/** Person columns, which a combined table repeats on each activity row: not part of what an activity row says. */
const PERSON_IDS = new Set<ColumnId>(PERSON_COLUMNS.map((c) => c.id));
/** The person's columns besides 工号, which two rows of one person must agree on. */
const others = PERSON_COLUMNS.filter((c) => c.id !== 'key');

/**
 * A name as two rows are compared by: without spaces. Offices pad a two-character name to the width of three (张 三), and
 * 张三 and 张 三 under one 工号 were two people (an HR officer's workbook).
 */
function nameKey(name: string): string {
  return name.replace(/\s+/gu, '');
}

/**
 * 缺少工号, and on a row of activities what to do: an office leaves the person's cells blank under their first row to
 * mean 同上, and had ten bare 缺少工号 for one colleague (an HR officer's check). Blanks are not read as 同上: a row
 * given to the wrong colleague would change two results without a word; merged cells are read (see merged).
 */
function missingKey(row: Row): string {
  if (row.layout.role === 'people') return '缺少工号';
  // Cells copied from Excel keep a merged range's value in its first cell only: pasted, every row of a person but the
  // first had none (an HR officer, 139 of these). Her file, uploaded, is read by its merged ranges.
  return row.sheet === PASTE_TABLE ? '缺少工号：每行都须填写工号，与上一行为同一人的也须填写。从 Excel 复制的合并单元格只有第一格有内容，可改为上传该文件，本页按合并区域读取' : '缺少工号：每行都须填写工号，与上一行为同一人的也须填写（或合并单元格）';
}

/**
 * A problem with the column it is about, for the list of excluded rows, which has no column for it: 学时：不能超过
 * 10000, 学时：「三十」不是数字. Left as it is where it names the column already (须填写学历; 结束年份早于起始年份
 * under 核认跨度结束年份) or says what it is about before a colon (参评初级职称：…); a value before a colon
 * (「-5」：不能为负数) reads 学时：「-5」不能为负数, one colon, as the others.
 */
export function withColumn(heading: string, message: string): string {
  if (heading === '' || message.includes(heading) || message.includes(heading.slice(-2))) return message;
  const colon = message.indexOf('：');
  if (colon < 0) return `${heading}：${message}`;
  const value = message.slice(0, colon);
  return /^「[^」]*」$/.test(value) ? `${heading}：${value}${message.slice(colon + 1)}` : message;
}

/**
 * A row of totals: its first filled cell, its 姓名 or its 活动形式, spaces taken out, holds one of these words (合计, 合 计,
 * 合计：25人, 小计（张三）, A002小计, Excel's 分类汇总 A001 汇总, 小计 under 姓名 beside the 工号); no 工号, name or form does.
 */
const TOTALS_ROW = /(合计|小计|总计|共计|汇总)/;

/** A heading of a year's totals by subject (公需科目学时, 专业学时合计, 合计学时), which the check does not read. */
const TOTALS_HEADING = /^(?:(?:公需|专业)(?:科目)?(?:学时|学时合计|合计学时|合计)|(?:年度)?(?:合计|总)学时|学时(?:合计|总计))$/;

/** Columns whose value decides no figure: an error value there is a warning (the rest is read as it is). */
const SAYS_NOTHING: ReadonlySet<ColumnId> = new Set(['name', 'department', 'title']);

/**
 * Checks imported tables against a round and, when nothing blocks, computes every person.
 * @example checkBatch([{ name: '人员', rows }, { name: '活动', rows: activityRows }], getRuleSet('zhuzhou-2024')!)
 */
export function checkBatch(input: readonly Table[], ruleSet: RuleSet, options: CheckOptions = {}): BatchCheck {
  const excluded = options.excluded ?? new Set<string>();
  const { layouts, needsMapping } = layoutTables(input, ruleSet, options.mapping);
  // A merged range in the data rows (a 工号 merged down a person's activity rows, as HR sheets often have it) holds its
  // value in its first cell only: it is read as in each of its cells, and said once per table (below).
  const merges = layouts.map((l, i) => (l.role === 'ignored' ? { table: input[i] as Table, spread: [] } : spreadMerged(input[i] as Table, l.headerRow)));
  const tables = merges.map((m) => m.table);
  const issues: BatchIssue[] = [];
  // Beijing's year by the clock, as the page sends it: a year after it is most likely a slip, and is warned of.
  const thisYear = options.thisYear ?? yearInChina(new Date());
  const ownColumns = activityColumns(ruleSet);
  const columns = [...PERSON_COLUMNS, ...ownColumns];
  const byId = new Map(columns.map((c) => [c.id, c]));
  /** An activity's own columns, besides its 活动形式. */
  const activityIds = ownColumns.map((c) => c.id).filter((id) => id !== 'form');
  // What an excluded row would have been told: shown where it can be restored, and its errors are the reason its
  // person is left out.
  const excludedProblems = new Map<string, { message: string; level: 'error' | 'warning' }[]>();
  // Cells the file holds no value for, though they are not blank: a formula with nothing saved (Table.unsaved; 须填写学时
  // for a cell that shows 60 in Excel sent an HR officer looking for a blank) and an Excel error value (Table.errorValues;
  // #VALUE! in 医学类 was read as 否 without a word). By table and cell, what is said of each: said once (below, for every
  // such cell of a column the check reads), and nothing else is said of it (须填写学时, 考核合格未填…).
  const UNSAVED = '是公式，文件中没有保存它的计算结果：请在 Excel 或 WPS 中打开此文件、保存后重新导入，或把公式粘贴为数值';
  const errorValue = (value: string) => `是 Excel 的错误值「${value}」（公式出错）：请在 Excel 或 WPS 中改正此单元格后重新导入`;
  const unreadable = new Map(
    tables.map((t) => {
      const said = new Map<string, string>();
      for (const cell of Array.isArray(t.unsaved) ? t.unsaved : []) if (typeof cell === 'string') said.set(cell, UNSAVED);
      for (const [cell, value] of Object.entries(t.errorValues ?? {})) if (typeof value === 'string') said.set(cell, errorValue(value.slice(0, 20)));
      return [t.name, said];
    }),
  );
  /** Rows with an error in a person's column (拟申报级别, 学历, 核认跨度…): on the row that sets a person, the person's. */
  const personErrorRefs = new Set<string>();
  const issue = (row: Pick<Row, 'sheet' | 'row' | 'ref' | 'layout'>, column: ColumnId | '', message: string, level: 'error' | 'warning' = 'error', sameAs?: string) => {
    if (level === 'error' && column !== '' && PERSON_IDS.has(column)) personErrorRefs.add(row.ref);
    const at = column === '' ? undefined : row.layout.headings.find((h) => h.column === column);
    const heading = column === '' ? '' : (at?.heading ?? byId.get(column)?.label ?? column);
    const said = at === undefined ? undefined : unreadable.get(row.layout.table)?.get(`${row.row - 1}:${at.index}`);
    if (said !== undefined && message !== said) return;
    if (excluded.has(row.ref)) {
      // With its column (不能超过 10000 alone did not say of what; desk pass).
      excludedProblems.set(row.ref, [...(excludedProblems.get(row.ref) ?? []), { message: withColumn(heading, message), level }]);
      return;
    }
    issues.push({ sheet: row.sheet, row: row.row, column: heading, message, level, ref: row.ref, ...(sameAs ? { sameAs } : {}) });
  };
  /** 第5行, or 活动表第5行 when `row` is on another sheet than `from`. */
  const rowName = (row: Pick<Row, 'sheet' | 'row'>, from: Pick<Row, 'sheet'>) => `${row.sheet === from.sheet ? '' : tableLabel(row.sheet)}第${row.row}行`;
  const repeatMessage = (row: Row, first: Row) => `${rowName(row, row)}与${rowName(first, row)}内容完全相同`;

  // Headings nobody recognised: listed once, ignored. A retired column (计入年度 of an older template) is known.
  const creditNote = ruleSet.notes.find((n) => n.id === ruleSet.medicalNote);
  for (const l of layouts) {
    if (l.role === 'ignored') continue;
    const notRead = l.headings.filter((h) => h.column === undefined && h.readAs === undefined && h.heading !== '' && retiredColumnOf(h.heading) === undefined);
    const at = { sheet: l.table, row: l.headerRow, ref: `${l.table}!${l.headerRow}`, layout: l };
    // A column of 学分 (继续医学教育学分, Ⅰ类学分) says why it is not read, in the round's own note: 未识别的列 alone left a
    // doctor's rows of 学分 unexplained (an HR officer's check).
    const credits = notRead.filter((h) => h.heading.includes('学分'));
    if (credits.length > 0 && creditNote !== undefined) issue(at, '', `${credits.map((h) => `「${h.heading}」`).join('、')}列未读取：${creditNote.text}`, 'warning');
    // Columns of a year's totals (公需科目学时, 专业科目学时, 合计学时): what the page does not read, and what to do instead.
    // 未识别的列 pointed to 列对应, which has no such column (an HR officer with a colleague's yearly totals).
    const totals = notRead.filter((h) => !credits.includes(h) && TOTALS_HEADING.test(plainText(h.heading)));
    if (totals.length > 0) issue(at, '', `${totals.map((h) => `「${h.heading}」`).join('、')}列未读取：本页逐项核对继续教育活动，不读取每年的学时合计。只有年度合计的，可每人每年按科目各填一行“${ruleSet.conversions.find((c) => c.method === 'stated')?.label ?? ''}”，学时填合计数，并按证明填写其他各列`, 'warning');
    const unknown = notRead.filter((h) => !(creditNote !== undefined && credits.includes(h)) && !totals.includes(h));
    if (unknown.length > 0) issue(at, '', `未识别的列：${unknown.map((h) => `「${h.heading}」`).join('、')}，已忽略（可在“列对应”中指定）`, 'warning');
    // Two headings for one column (序号 and 工号): which was read, said, as the other's values may differ.
    for (const h of l.headings) if (h.readAs !== undefined) issue(at, '', `「${h.heading}」列未读取：已按「${h.readAs}」列读取（可在“列对应”中更改）`, 'warning');
  }
  layouts.forEach((l, i) => {
    // In the sheet's order, by row, then column: a file lists its merges in any order (one gave B50:B54 first, and the
    // note sat at 第 50 行, inside one person's rows, for merges from 第 15 行: an HR officer).
    const start = (ref: string) => cellAt(ref.split(':')[0] ?? '');
    const spread = [...(merges[i] as { spread: string[] }).spread].sort((a, b) => (start(a)?.row ?? 0) - (start(b)?.row ?? 0) || (start(a)?.column ?? 0) - (start(b)?.column ?? 0));
    // At the first merged range's row (第 1 行, the headings, was read as where the merge was: an HR officer).
    const row = spread.length > 0 ? (start(spread[0] ?? '')?.row ?? l.headerRow - 1) + 1 : l.headerRow;
    if (spread.length > 0) issue({ sheet: l.table, row, ref: `${l.table}!${row}`, layout: l }, '', mergedNote(spread, l), 'warning');
  });
  /**
   * Rows that are not data, skipped with a note rather than read as a person with three errors: the heading row again
   * below the data (two pasted blocks, each with its headings), every cell reading as the heading row's; and a row of
   * totals (合计, 小计, 总计, 共计 in its first filled cell: an office's table ends with one, and its 合计 was read as a
   * person without 拟申报级别 or 学历, whose errors held back every result). The rows are 0-based.
   */
  const headingAgain = new Map<TableLayout, Set<number>>();
  for (const l of layouts) {
    if (l.role === 'ignored') continue;
    const table = tables.find((t) => t.name === l.table) as Table;
    const heading = (table.rows[l.headerRow - 1] ?? []).map((c) => cellText(c));
    if (heading.filter((t) => t !== '').length < 2) continue;
    const again = new Set<number>();
    // Where a totals row may say so besides its first filled cell: 姓名 and 活动形式.
    const labelled = l.headings.filter((h) => h.column === 'name' || h.column === 'form').map((h) => h.index);
    for (let i = l.headerRow; i < table.rows.length; i++) {
      const cells = table.rows[i] as Cell[];
      const width = Math.max(cells.length, heading.length);
      let same = true;
      for (let c = 0; c < width && same; c++) same = cellText(cells[c]) === (heading[c] ?? '');
      const first = same ? undefined : cells.find((c) => cellText(c) !== '');
      const said = same ? [] : [first, ...labelled.map((c) => cells[c])].map((c) => cellText(c));
      const totals = said.map((t) => TOTALS_ROW.exec(t.replace(/\s+/g, ''))?.[1]).find((w) => w !== undefined);
      if (!same && totals === undefined) continue;
      again.add(i);
      issue({ sheet: l.table, row: i + 1, ref: `${l.table}!${i + 1}`, layout: l }, '', same ? `与第${l.headerRow}行的表头相同（重复的标题行），已跳过` : `${totals}行，已跳过（本页逐项核对各项活动，不读取合计数）`, 'warning');
    }
    if (again.size > 0) headingAgain.set(l, again);
  }
  /** The table's rows with data: those kept, or (`excludedOnly`) those the officer excluded. */
  const rowsOf = (layout: TableLayout, excludedOnly = false): Row[] => {
    const table = tables.find((t) => t.name === layout.table) as Table;
    const at = new Map<ColumnId, number>();
    for (const h of layout.headings) if (h.column) at.set(h.column, h.index);
    const out: Row[] = [];
    const again = headingAgain.get(layout);
    for (let i = layout.headerRow; i < table.rows.length; i++) {
      const cells = table.rows[i] as Cell[];
      if (isBlankRow(cells) || again?.has(i)) continue;
      const ref = `${layout.table}!${i + 1}`;
      if (excluded.has(ref) !== excludedOnly) continue;
      out.push({ sheet: layout.table, row: i + 1, ref, cells, layout, at, texts: [], date1904: table.date1904 === true });
    }
    return out;
  };
  /**
   * The excluded rows of each table, made once: each use made them again, a pass over the whole table (five for one
   * table of activity rows), and a setting row chosen among them was another object than the loop's.
   */
  const outRows = new Map<TableLayout, Row[]>();
  const excludedRowsOf = (layout: TableLayout): Row[] => {
    let rows = outRows.get(layout);
    if (rows === undefined) outRows.set(layout, (rows = excluded.size === 0 ? [] : rowsOf(layout, true)));
    return rows;
  };
  const about = { fileProblem: fileProblemOf(tables, layouts, byId), otherRound: otherRoundOf(tables, layouts, ruleSet, options.mapping) };
  if (needsMapping) {
    const rows = layouts.reduce((n, l) => n + (l.role === 'ignored' ? 0 : rowsOf(l).length), 0);
    return finish(layouts, true, issues, [], [], rows, about, [], [], []);
  }
  // Every cell with no value to read in a column the check reads, once: a broken formula in 医学类 or 已认定年度 read as
  // blank changed the verdict without a word (an HR officer's check). Where the value decides nothing (姓名, 部门,
  // 活动名称) it is a warning; elsewhere the figure is unknown, and it is an error.
  layouts.forEach((l, i) => {
    if (l.role === 'ignored') return;
    const table = tables[i] as Table;
    for (const [cell, message] of unreadable.get(table.name) ?? []) {
      const [r = -1, c] = cell.split(':').map(Number);
      const heading = l.headings.find((h) => h.index === c && h.column !== undefined);
      const cells = table.rows[r];
      if (heading?.column === undefined || r < l.headerRow || cells === undefined || isBlankRow(cells) || headingAgain.get(l)?.has(r)) continue;
      issue({ sheet: l.table, row: r + 1, ref: `${l.table}!${r + 1}`, layout: l }, heading.column, message, SAYS_NOTHING.has(heading.column) ? 'warning' : 'error');
    }
  });
  const get = (row: Row, id: ColumnId): Cell => {
    const index = row.at.get(id);
    return index === undefined ? null : row.cells[index];
  };
  const text = (row: Row, id: ColumnId): string => {
    const index = row.at.get(id);
    if (index === undefined) return '';
    return (row.texts[index] ??= cellText(row.cells[index]));
  };
  const plain = (row: Row, id: ColumnId) => plainText(get(row, id));
  const take = <T>(row: Row, id: ColumnId, read: Read<T>): T | undefined => {
    if (read.ok) return read.value;
    issue(row, id, read.message);
    return undefined;
  };

  /**
   * 医学类 as the row gives it: a 卫生 title applied for (副主任医师) is a 医学类 one where the column is left blank (硕士
   * 副主任医师 under 2020 was given everyone's span, not 硕士参评医学类副高级职称's, and a wrong verdict: a re-check).
   */
  const medicalOf = (row: Row): Read<boolean> => (text(row, 'medical') === '' && isHealthTitle(text(row, 'titleLevel')) ? { ok: true, value: true } : readFlag(get(row, 'medical')));
  /** A person's column as the value it stands for (副高 is 副高级, a blank 医学类 is 否), to compare two rows by. */
  const personValue = (row: Row, id: ColumnId): string => {
    const t = text(row, id);
    const read = <T>(r: Read<T>) => (r.ok ? String(r.value) : t);
    if (id === 'titleLevel') return read(readTitleLevel(t, ruleSet));
    if (id === 'degree') return findEntry(DEGREE_LIST, t)?.value ?? t;
    if (id === 'medical') return read(medicalOf(row));
    if (id === 'teacher') return read(readFlag(get(row, id)));
    if (id === 'coveredYears') return read(readYears(get(row, id)));
    if ((id === 'spanFrom' || id === 'spanTo') && t !== '') return read(readYear(get(row, id)));
    return id === 'name' ? nameKey(plain(row, id)) : id === 'department' ? plain(row, id) : t;
  };
  /** A row of a table of activity rows naming someone other than the person of its 工号 (both names filled). */
  const otherName = (row: Row, p: PersonAcc): boolean => row.layout.role === 'combined' && text(row, 'name') !== '' && p.name !== '' && personValue(row, 'name') !== nameKey(p.name);
  const shown = (row: Row, id: ColumnId) => (plain(row, id) === '' ? `第${row.row}行未填` : `第${row.row}行「${plain(row, id)}」`);

  /**
   * The row that sets each person of a combined table (by 工号): the first of their rows that agrees, in each person
   * column it fills, with most of their rows. One row of ten with 姓名「李四」 for 王芳 set the person as 李四 when it came
   * first, the nine right rows were the errors, and 排除全部有错误的行 kept the slip (an HR officer's check). Where no
   * value has most rows (two rows that differ), the first row, as before. Rows that repeat the first row's cells exactly,
   * the usual case, are not read (see personFrom).
   */
  const setterOf = (rows: Row[]): Map<string, Row> => {
    const byKey = new Map<string, Row[]>();
    for (const row of rows) {
      const key = text(row, 'key');
      if (key === '' || excludedKeys.has(key)) continue;
      const list = byKey.get(key);
      if (list) list.push(row);
      else byKey.set(key, [row]);
    }
    const setters = new Map<string, Row>();
    for (const [key, list] of byKey) {
      const first = list[0] as Row;
      if (list.length < 3 || list.every((row) => others.every((c) => get(row, c.id) === get(first, c.id)))) {
        setters.set(key, first);
        continue;
      }
      const most = new Map<ColumnId, string>();
      for (const c of others) {
        const counts = new Map<string, number>();
        for (const row of list) {
          if (text(row, c.id) === '') continue;
          const value = personValue(row, c.id);
          counts.set(value, (counts.get(value) ?? 0) + 1);
        }
        const [top, next] = [...counts].sort((a, b) => b[1] - a[1]);
        if (top && (!next || top[1] > next[1])) most.set(c.id, top[0]);
      }
      const agrees = (row: Row) => others.every((c) => !most.has(c.id) || text(row, c.id) === '' || personValue(row, c.id) === most.get(c.id));
      // Of those, the one that leaves the fewest of them blank (a blank is taken from the setter, not the other way).
      const filled = (row: Row) => [...most.keys()].filter((id) => text(row, id) !== '').length;
      const setter = list.filter(agrees).reduce<Row | undefined>((best, row) => (best === undefined || filled(row) > filled(best) ? row : best), undefined);
      setters.set(key, setter ?? first);
    }
    return setters;
  };

  let rowsRead = 0;
  const people = new Map<string, PersonAcc>();
  const excludedKeys = new Set<string>();
  /** 学时 typed on a row whose form the notice converts (a patent, days), by the row: not read, and compared below. */
  const typedHours = new Map<string, string>();

  // People: the 人员 sheet, then people first met in a combined table.
  /**
   * Reads a person's row; gives the person read, or undefined (no 工号, or a row of someone read before). `register`
   * false: an excluded row, read only for what it would have been told.
   */
  const personFrom = (row: Row, combined: boolean, register = true, against?: PersonAcc | null): PersonAcc | undefined => {
    const key = text(row, 'key');
    if (key === '') {
      issue(row, 'key', missingKey(row));
      return;
    }
    // against: the person to compare with (undefined: the one registered; null: none, the row read alone).
    const existing = against === null ? undefined : (against ?? people.get(key));
    if (existing && !combined) {
      // The same person twice (a copy-paste slip) is checked once; the same 工号 with other values is two people or a
      // mistake, and the officer must say which row is right.
      const differ = others.filter((c) => personValue(row, c.id) !== personValue(existing.row, c.id));
      if (differ.length === 0) issue(row, '', `${repeatMessage(row, existing.row)}，是否重复填写？请核对（按一人核对）`, 'warning', existing.ref);
      else issue(row, 'key', `工号「${key}」与${tableLabel(existing.row.sheet)}第${existing.row.row}行重复，且内容不同（${differ.map((c) => `${c.label}：${shown(existing.row, c.id)}，本行${shown(row, c.id).replace(/^第\d+行/, '')}`).join('；')}）`);
      return;
    }
    if (existing) {
      // A combined table repeats the person on every activity row: the first row sets them. A later row may leave their
      // columns blank; a value it fills that differs from the first row's would be dropped, so it is an error.
      // Most rows repeat the first row's cells exactly: those are compared as they are, without reading them (a CSV of
      // 200,000 rows does this for each; reading every cell took about 0.3 s more).
      for (const c of others) {
        const cell = get(row, c.id);
        if (cell === get(existing.row, c.id)) continue;
        const v = text(row, c.id);
        if (v === '' || v === text(existing.row, c.id) || personValue(row, c.id) === personValue(existing.row, c.id)) {
          // 王 强 on their first row and 王强 on the others: one person (nameKey), named without the padding, as the
          // results, the export and the PDFs' file names say it (T003-王 强.pdf: an HR officer's check).
          if (c.id === 'name' && v !== '' && /\s/u.test(existing.name) && !/\s/u.test(plain(row, 'name'))) existing.name = existing.profile['name'] = plain(row, 'name');
          continue;
        }
        const first = plain(existing.row, c.id);
        // Both values, as the clash of two 人员 rows says them: the first row's alone read as this row's (an HR officer).
        // The other sheet named where the first row is on one: 与第3行 on 二科's row 3 read as itself (a re-check).
        const at = existing.row.sheet === row.sheet ? `第${existing.row.row}行` : `${tableLabel(existing.row.sheet)}第${existing.row.row}行`;
        issue(row, c.id, `与${at}同一工号的${c.label}不一致（${at}${first === '' ? '未填' : `「${first}」`}，本行「${plain(row, c.id)}」）`);
      }
      return;
    }
    const titleLevel = take(row, 'titleLevel', text(row, 'titleLevel') === '' ? { ok: false, message: '须填写拟申报级别' } : readTitleLevel(text(row, 'titleLevel'), ruleSet));
    const degree = take(row, 'degree', text(row, 'degree') === '' ? { ok: false, message: '须填写学历' } : readChoice(text(row, 'degree'), DEGREE_LIST, '学历', ruleSet));
    const medical = take(row, 'medical', medicalOf(row));
    const teacher = take(row, 'teacher', readFlag(get(row, 'teacher')));
    const coveredYears = take(row, 'coveredYears', readYears(get(row, 'coveredYears')));
    const coveredLater = coveredYears === undefined ? undefined : laterYearsWarning(coveredYears, thisYear);
    if (coveredLater !== undefined) issue(row, 'coveredYears', coveredLater, 'warning');
    let span: { from: number; to: number } | null = null;
    const [fromText, toText] = [text(row, 'spanFrom'), text(row, 'spanTo')];
    if (fromText !== '' || toText !== '') {
      if (fromText === '' || toText === '') issue(row, fromText === '' ? 'spanFrom' : 'spanTo', '核认跨度的起始、结束年份须同时填写');
      else {
        const from = take(row, 'spanFrom', readYear(fromText));
        const to = take(row, 'spanTo', readYear(toText));
        if (from !== undefined && to !== undefined) {
          if (from > to) issue(row, 'spanTo', '结束年份早于起始年份');
          else span = { from, to };
        }
        // As the calculator warns beside its span fields: a warning, the span is used as typed.
        for (const [id, year] of [['spanFrom', from], ['spanTo', to]] as const) {
          const warning = year === undefined ? undefined : laterYearsWarning([year], thisYear);
          if (warning !== undefined) issue(row, id, warning, 'warning');
        }
      }
    }
    const name = plain(row, 'name');
    if (name.length > 50) issue(row, 'name', '姓名不能超过 50 字');
    const profile: Record<string, unknown> = { medical: medical ?? false, teacher: teacher ?? false };
    if (titleLevel) profile['titleLevel'] = titleLevel;
    if (degree) profile['degree'] = degree;
    if (name !== '' && name.length <= 50) profile['name'] = name;
    const bad = titleLevel === undefined || degree === undefined || medical === undefined || teacher === undefined || coveredYears === undefined;
    const person: PersonAcc = { key, ref: row.ref, row, name, department: plain(row, 'department'), profile, span, coveredYears: coveredYears ?? [], activities: [], activityRefs: [], bad, medicalRead: medical !== undefined, activityErrors: false, excludedRefs: [], excludedOwnRefs: [], otherNameRefs: [], repeatedRefs: [] };
    if (register) people.set(key, person);
    return person;
  };

  const tablesWith = (...roles: TableLayout['role'][]) => layouts.filter((l) => roles.includes(l.role));
  // Excluding a person's row (on the 人员 sheet) excludes the person, unless another row of theirs is kept.
  const keptKeys = new Set<string>();
  /** The excluded 人员 rows of each 工号 (`sheet!row`), to say why their activity rows were not read. */
  const excludedPersonRows = new Map<string, string[]>();
  for (const l of tablesWith('people')) {
    const table = tables.find((t) => t.name === l.table) as Table;
    const h = l.headings.find((x) => x.column === 'key');
    for (let i = l.headerRow; i < table.rows.length && h; i++) {
      const key = cellText(table.rows[i]?.[h.index]);
      if (key === '' || headingAgain.get(l)?.has(i)) continue;
      const ref = `${l.table}!${i + 1}`;
      (excluded.has(ref) ? excludedKeys : keptKeys).add(key);
      if (excluded.has(ref)) excludedPersonRows.set(key, [...(excludedPersonRows.get(key) ?? []), ref]);
    }
  }
  for (const key of keptKeys) excludedKeys.delete(key);
  for (const l of tablesWith('people')) for (const row of rowsOf(l)) {
    rowsRead++;
    personFrom(row, false);
  }

  const forms = formList(ruleSet);
  const allForms = (rs: RuleSet) => formList(rs);
  const activityRows: Row[] = [];
  /** A row that fills an activity's own columns (年度, 科目, 学时 …), with or without its 活动形式. */
  const fillsActivity = (row: Row) => activityIds.some((id) => text(row, id) !== '');
  /** Rows not excluded themselves, left out with their person's excluded row: kept as typed for the results workbook. */
  const leftWithPerson: Row[] = [];
  // Each person of a combined table is set by the row that agrees with most of their rows (setterOf), read first; the
  // others are compared with it. The combined tables' rows are made once, for both: a setter is then known again by
  // itself below (and the cells it read are read once).
  const combinedRows = new Map(tablesWith('combined').map((l) => [l, rowsOf(l)]));
  const setters = setterOf([...combinedRows.values()].flat());
  for (const row of setters.values()) personFrom(row, true);
  for (const l of tablesWith('combined', 'activities')) {
    for (const row of combinedRows.get(l) ?? rowsOf(l)) {
      rowsRead++;
      if (l.role === 'combined') {
        const key = text(row, 'key');
        if (excludedKeys.has(key)) {
          leftWithPerson.push(row);
          continue;
        }
        if (setters.get(key) !== row) personFrom(row, true);
        if (text(row, 'form') === '') {
          // A person without activities on this row; but a row that fills an activity's columns without its 活动形式
          // is told, not dropped (a tester's check: 年度, 科目 and 学时 filled, the activity gone without a word).
          if (fillsActivity(row)) issue(row, 'form', '缺少活动形式');
          continue;
        }
      }
      activityRows.push(row);
    }
  }

  // Excel drops the leading zeros of a 工号 in a cell it reads as a number (007 → 7), often in one sheet or on some
  // rows only: two 工号 that differ only there are named, not joined (they may be two people).
  const digits = (key: string) => key.replace(/^0+(?=\d)/, '');
  const byDigits = new Map<string, PersonAcc[]>();
  for (const p of people.values()) byDigits.set(digits(p.key), [...(byDigits.get(digits(p.key)) ?? []), p]);
  const ZEROS = '（Excel 会去掉数字开头的 0：请把工号列设为文本，按人员登记的工号填写）';
  for (const same of byDigits.values()) {
    const [first, ...others] = same;
    for (const p of others) issue(p.row, 'key', `工号「${p.key}」与${tableLabel(first!.row.sheet)}第${first!.row.row}行的工号「${first!.key}」只差开头的 0，是否同一人？请核对${ZEROS}`, 'warning');
  }
  /** A person whose 工号 differs from `key` only in its leading zeros. */
  const zeroTwin = (key: string) => byDigits.get(digits(key))?.find((p) => p.key !== key);

  const fieldColumns = new Map(ruleSet.conversions.map((c) => [c.kind, fieldColumnsOf(c, columns)]));
  /** An activity row's form and values as the draft's activity, or undefined after listing its problems. */
  const activityOf = (row: Row): Record<string, unknown> | undefined => {
    const formText = text(row, 'form');
    if (formText === '') {
      issue(row, 'form', '缺少活动形式');
      return undefined;
    }
    const kind = take(row, 'form', readChoice(formText, forms, '活动形式', ruleSet, allForms));
    if (kind === undefined) {
      // The other columns depend on the form, but a year is a year whatever it is: said now, not after the form is
      // fixed and the file imported again (a new user's re-check met 2O22 only on the second round).
      const year = text(row, 'year');
      if (year !== '') take(row, 'year', readYear(get(row, 'year')));
      return undefined;
    }
    const conversion = ruleSet.conversions.find((c) => c.kind === kind) as Conversion;
    return readActivity(row, conversion, fieldColumns.get(kind) as Map<string, ColumnDef[]>, ruleSet, { text, plain, get, take, issue }, thisYear);
  };
  const keyKnown = (row: Row, key: string) => {
    // A combined table's row has said it already, as the person it names (personFrom): once a row, not twice (a re-check
    // found 缺少工号 and 同上 under it, and the counts one too high).
    if (key === '') {
      if (row.layout.role !== 'combined') issue(row, 'key', missingKey(row));
    } else if (!people.has(key)) {
      const twin = zeroTwin(key);
      issue(row, 'key', `工号「${key}」不在人员表中${twin ? `；人员表有工号「${twin.key}」，可能是同一人${ZEROS}` : ''}`);
    }
  };
  /** The columns of each table the check does not read, found once per table. */
  const unreadColumns = new Map<TableLayout, HeadingMatch[]>();
  type Said = { row: Row; key: string; activity: Record<string, unknown> | undefined };
  /**
   * What an activity row says, to find a row typed twice, piece by piece: the 工号, the activity as read (form and
   * values, however written: 课程 and 有学时证明的课程, ２０２３ and 2023), and every filled column the check does not read
   * (a 备注 that tells two rows apart). A row that could not be read is told by its text. Person columns are left out.
   */
  const pieces = ({ row, key, activity }: Said, piece: (s: string) => void) => {
    piece(key);
    piece(activity === undefined ? 'text' : 'read');
    if (activity) {
      for (const k in activity) {
        if (k === 'id') continue;
        piece(k);
        piece(String(activity[k]));
      }
    }
    let unread = unreadColumns.get(row.layout);
    if (!unread) unreadColumns.set(row.layout, (unread = row.layout.headings.filter((h) => h.column === undefined)));
    for (const h of activity ? unread : row.layout.headings.filter((h) => h.column === undefined || !PERSON_IDS.has(h.column))) {
      const t = cellText(row.cells[h.index]);
      if (t !== '') piece(h.column ?? h.heading), piece(t);
    }
    for (let i = row.layout.headings.length; i < row.cells.length; i++) {
      const t = cellText(row.cells[i]);
      if (t !== '') piece(`#${i}`), piece(t);
    }
  };
  /**
   * A number for what a row says (FNV-1a), which is all that is kept for every row: a string per row, 200,000 of them
   * in a large batch, cost about 0.4 s more. A row read is numbered by its 工号 and its activity's values alone (rows
   * apart only by a column the check does not read share a number); rows whose numbers match are compared in full.
   */
  const hashOf = (said: Said) => {
    let h = 0x811c9dc5;
    const mix = (s: string) => {
      for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
      h = Math.imul(h ^ 0xffff, 0x01000193);
    };
    if (said.activity === undefined) pieces(said, mix);
    else {
      mix(said.key);
      for (const k in said.activity) if (k !== 'id') mix(String(said.activity[k]));
    }
    return h;
  };
  const textOf = (said: Said) => {
    const out: string[] = [];
    pieces(said, (s) => out.push(s));
    return out.join('\u0001');
  };
  const seen = new Map<number, Said[]>();
  /** The earlier row (kept, read before) that says what this one says; `keep`: remember this one if none. */
  const earlierSaying = (said: Said, keep: boolean): Row | undefined => {
    const hash = hashOf(said);
    const earlier = seen.get(hash);
    if (earlier) {
      const mine = textOf(said);
      const first = earlier.find((e) => textOf(e) === mine);
      if (first) return first.row;
    }
    if (keep) seen.set(hash, [...(earlier ?? []), said]);
    return undefined;
  };
  for (const row of activityRows) {
    const key = text(row, 'key');
    if (excludedKeys.has(key)) {
      leftWithPerson.push(row);
      continue;
    }
    const person = people.get(key);
    keyKnown(row, key);
    const activity = activityOf(row);
    if (person) {
      // Counted as typed (the tool does not drop a row on a guess), with a warning naming both rows; the officer may
      // exclude one. Found in the same pass as a row's other problems.
      // Not beside another name's row (李四's under 张三's 工号 was 与第8行内容完全相同，两行均已计入学时: a re-check).
      const first = otherName(row, person) ? undefined : earlierSaying({ row, key, activity }, true);
      if (first) {
        issue(row, '', `${repeatMessage(row, first)}，是否重复填写？请核对（两行均已计入学时）`, 'warning', first.ref);
        if (activity) person.repeatedRefs.push({ ref: row.ref, sameAs: first.ref });
      }
    }
    if (activity && person) {
      activity.id = `r${row.row}`;
      person.activities.push(activity as unknown as Activity);
      person.activityRefs.push(row.ref);
      const hoursText = text(row, 'hours');
      if (hoursText !== '' && ruleSet.conversions.find((c) => c.kind === activity['kind'])?.method !== 'stated') typedHours.set(row.ref, hoursText);
    } else if (person) person.activityErrors = true;
  }

  // Excluded rows are neither checked nor computed, but read for what they would have been told, so that whoever they
  // leave out is named with the reason (an officer must not report a unit as all checked when some were left out),
  // and a person computed without some of their activities says so.
  const leftOut = new Map<string, { key: string; name: string; department: string; refs: string[] }>();
  /**
   * What the draft format and the engine say of a person's own row without their activities (a span of more than 20
   * years, no span for their level, 已认定年度 outside the span), for a row that is not computed: excluded, or with an
   * error of its own, so that its span problems are listed with that error rather than once it is fixed. A value that
   * could not be read (拟申报级别, 学历, 医学类) is tried with every answer it could have; what all of them give is said.
   */
  const ownRowProblems = (p: PersonAcc | undefined) => {
    if (!p) return;
    const parsed = parseDraft({ format: DRAFT_FORMAT, version: DRAFT_VERSION, ruleSet: ruleSet.id, profile: p.profile, span: p.span, coveredYears: p.coveredYears, activities: [] });
    if (!parsed.ok) {
      for (const i of parsed.issues.slice(0, 5)) issue(p.row, draftIssueColumn(i.path), `${i.field}：${i.message}`);
      return;
    }
    const { profile } = parsed.draft;
    const results = (profile.titleLevel ? [profile.titleLevel] : TITLE_LEVELS).flatMap((titleLevel) =>
      (profile.degree ? [profile.degree] : DEGREES).flatMap((degree) => (p.medicalRead ? [profile.medical] : [false, true]).map((medical) => calculate({ ...parsed.draft, profile: { ...profile, titleLevel, degree, medical } }))),
    );
    const [first, ...rest] = results as [CalculationResult, ...CalculationResult[]];
    for (const problem of first.problems) {
      if (rest.every((r) => r.problems.some((q) => q.field === problem.field && q.message === problem.message))) issue(p.row, problemColumn(problem.field), problem.message, first.span ? 'warning' : 'error');
    }
  };
  /**
   * The engine's errors of an activity, and what it tells of an item (an older template's 开始当年 no longer applied,
   * which does not block), at the activity's row, as the calculator says them beside the activity.
   */
  const engineTells = (result: CalculationResult, rowOf: (activityId: string) => Pick<Row, 'sheet' | 'row' | 'ref' | 'layout'>) => {
    // At the column the engine names (用人单位备案的线下专业培训 typed as 公需科目: 科目); its 列 was blank (an HR officer's check).
    for (const e of result.errors) issue(rowOf(e.activityId), e.field === 'kind' ? 'form' : byId.has(e.field as ColumnId) ? (e.field as ColumnId) : '', e.message);
    const required = requiredByYear(result);
    for (const item of result.items) {
      for (const warning of item.warnings) issue(rowOf(item.activityId), '', warning, 'warning');
      // A year outside the span (wholly, or some of an assignment's years) is most often a slip (2015 for 2025): said in
      // 问题清单 too, not only in the person's row, where it read as a shortfall among 30 people (a new user's check).
      if (item.reason !== undefined && (item.status === 'outside-span' || item.yearsOutside !== undefined)) issue(rowOf(item.activityId), item.kind === 'assignment' ? 'start' : 'year', item.reason.replace(/。$/, ''), 'warning');
      // A course stating more than its year asks in all (1000 for 10?), as the calculator says beside 证书载明学时.
      const stated = statedHoursWarning(item, required, result.ruleSet.hoursUnit);
      if (stated !== undefined) issue(rowOf(item.activityId), 'hours', stated, 'warning');
    }
  };
  /**
   * What the engine would have said of an excluded activity row that reads (用人单位备案的线下专业培训 typed as 公需科目,
   * say): the same errors and item warnings a row not excluded gets at its row, found by computing that activity alone
   * with its person's profile. Without it, such a row's reason was lost once it was excluded: 排除前的问题 empty, and
   * the export's 已排除 sheet said it had none.
   */
  const engineSays = (row: Row, activity: Record<string, unknown> | undefined, p: PersonAcc | undefined) => {
    if (activity === undefined || p === undefined || p.bad) return;
    const parsed = parseDraft({ format: DRAFT_FORMAT, version: DRAFT_VERSION, ruleSet: ruleSet.id, profile: p.profile, span: p.span, coveredYears: p.coveredYears, activities: [activity] });
    if (!parsed.ok) {
      for (const i of parsed.issues.filter((i) => i.path[0] === 'activities').slice(0, 5)) issue(row, '', `${i.field}：${i.message}`);
      return;
    }
    engineTells(calculate(parsed.draft), () => row);
  };
  const leave = (row: Row, key: string, id = key === '' ? `!${row.ref}` : key) => {
    const acc = leftOut.get(id) ?? { key, name: '', department: '', refs: [] };
    acc.name ||= plain(row, 'name');
    acc.department ||= plain(row, 'department');
    acc.refs.push(row.ref);
    leftOut.set(id, acc);
  };
  for (const l of tablesWith('people')) {
    for (const row of excludedRowsOf(l)) {
      const key = text(row, 'key');
      const kept = key === '' ? undefined : people.get(key);
      ownRowProblems(personFrom(row, false, false));
      // The same person again (a repeated row, or the same 工号 with other values): checked from the row kept, and their
      // result says which of their rows was left out.
      if (kept && (kept.name === '' || plain(row, 'name') === '' || nameKey(kept.name) === personValue(row, 'name'))) {
        kept.excludedOwnRefs.push(row.ref);
        continue;
      }
      leave(row, key);
    }
  }
  // A person all of whose rows of a table of activity rows are excluded is read from their setting row, as when none is:
  // their other rows are compared with it, not read alone (a row leaving 拟申报级别 blank, as later rows may, was said
  // to lack it: a re-check).
  const excludedCombined = tablesWith('combined').flatMap(excludedRowsOf);
  const outSetters = excluded.size === 0 ? new Map<string, Row>() : setterOf(excludedCombined.filter((row) => !people.has(text(row, 'key'))));
  const outPeople = new Map<string, PersonAcc | undefined>();
  for (const [key, row] of outSetters) outPeople.set(key, personFrom(row, true, false));
  // The people kept, by name: whose a row without 工号 but with a name is.
  let byName: Map<string, PersonAcc[]> | undefined;
  const keptNamed = (name: string): PersonAcc[] => {
    if (byName === undefined) {
      byName = new Map();
      for (const p of people.values()) if (p.name !== '') byName.set(nameKey(p.name), [...(byName.get(nameKey(p.name)) ?? []), p]);
    }
    return byName.get(name) ?? [];
  };
  /** An excluded row that is no kept person's, read for what it would have been told (its 排除前的问题). */
  const readAlone = (row: Row) => {
    personFrom(row, true, false);
    if (text(row, 'form') !== '' || fillsActivity(row)) activityOf(row);
  };
  for (const l of tablesWith('combined', 'activities')) {
    for (const row of excludedRowsOf(l)) {
      const key = text(row, 'key');
      if (key === '' && l.role === 'combined') {
        // A row without 工号 but with a name (同上 left blank): the kept person of that name, if one, says it was left
        // out of their result; otherwise the rows of one name are one person not checked. Each was a person of its own
        // (共 5 人 for one colleague with four such rows: a re-check).
        const name = personValue(row, 'name');
        readAlone(row);
        const same = name === '' ? [] : keptNamed(name);
        if (same.length === 1) (same[0] as PersonAcc).excludedRefs.push(row.ref);
        // Two kept people of that name: it names nobody, and says why (a re-check counted it as a third 赵六).
        else if (same.length > 1) issue(row, 'name', `姓名「${plain(row, 'name')}」有 ${same.length} 人（工号${same.map((p) => `「${p.key}」`).join('')}），无法确定本行属于谁`);
        // With neither 工号 nor name it names nobody: an excluded row with its reason, not a person (a re-check counted
        // it as 「（未填）（未填姓名）」 among 未核对).
        else if (name !== '') leave(row, key, `!\u0000${name}`);
        continue;
      }
      const kept = key === '' ? undefined : people.get(key);
      if (kept && otherName(row, kept)) {
        // Another name under a kept person's 工号 (two colleagues typed with one 工号): not that person's row. It was
        // listed as theirs (已排除第45、46行，未计入学时 in 刘洋's result, for 周敏's rows) and 周敏 was in no list (an HR
        // officer's check). It is read as the person it names and listed among the people not checked, with its reason.
        readAlone(row);
        leave(row, key, `${key}\u0000${personValue(row, 'name')}`);
        // Said at the kept person too: their 工号 has rows left out that are someone else's (a re-check read 张三's
        // 2022 short by 90 beside 赵六's excluded row of 60 under 张三's 工号, with no word at 张三).
        kept.otherNameRefs.push({ ref: row.ref, name: plain(row, 'name') });
        continue;
      }
      if (kept) {
        // Its person columns against the person's first row (a 部门 that differs is an error): the reason it was
        // excluded, kept with it. Where it fills what the person's row leaves blank, it is read alone: its own error
        // (「大专生」) was said as 与第5行…不一致（第5行未填） once a blank row of theirs was put back (a re-check).
        if (l.role === 'combined' && others.some((c) => text(row, c.id) !== '' && text(kept.row, c.id) === '')) ownRowProblems(personFrom(row, true, false, null));
        else if (l.role === 'combined') personFrom(row, true, false);
        if (text(row, 'form') === '') {
          // A row that fills an activity's columns without its 活动形式 is an activity left out, with the reason it had
          // (a doctor's 学分 rows, excluded for 缺少活动形式, were said to be his person rows, 按第31行核对, and their
          // 排除前的问题 was empty: an HR officer's check). A row of the person alone is one of their person rows.
          if (!fillsActivity(row)) {
            kept.excludedOwnRefs.push(row.ref);
            continue;
          }
          issue(row, 'form', '缺少活动形式');
          kept.excludedRefs.push(row.ref);
          continue;
        }
        kept.excludedRefs.push(row.ref);
        const activity = activityOf(row);
        engineSays(row, activity, kept);
        const first = earlierSaying({ row, key, activity }, false);
        if (first) issue(row, '', repeatMessage(row, first), 'warning');
        continue;
      }
      if (l.role === 'activities' && excludedKeys.has(key)) {
        // Its person is named from their own excluded row; the row's own problems (a year or a number it cannot read)
        // are still its 排除前的问题 (排除全部有错误的行 excludes both, and the export said the row had none).
        activityOf(row);
        continue;
      }
      const setter = l.role === 'combined' ? outSetters.get(key) : undefined;
      const own = setter !== undefined ? outPeople.get(key) : l.role === 'combined' ? personFrom(row, true, false) : undefined;
      if (setter !== undefined && setter !== row) personFrom(row, true, false, own);
      else if (l.role === 'combined') ownRowProblems(own);
      else keyKnown(row, key);
      if (l.role === 'activities' || text(row, 'form') !== '' || fillsActivity(row)) engineSays(row, activityOf(row), own);
      // An activity row whose 工号 the people table lacks (or which has none) names nobody: it is listed with the
      // excluded rows, with its reason, and not counted as a person (共 N 人 counted it, two new users' checks).
      if (l.role === 'combined') leave(row, key);
    }
  }
  // Rows without 工号 of a name that another person not checked has (王五's row under 李四's 工号, then 王五's row without
  // one): one person, not two (a re-check counted 王五 twice). In file order.
  // The people with a 工号 among them, by name, found once (not the whole list again for each name).
  const keyedByName = new Map<string, { refs: string[] }[]>();
  for (const [id, acc] of leftOut) if (!id.startsWith('!')) keyedByName.set(nameKey(acc.name), [...(keyedByName.get(nameKey(acc.name)) ?? []), acc]);
  const at = (ref: string) => rowAt(ref, layouts);
  const sheetOf = (ref: string) => layouts.findIndex((l) => l.table === at(ref).sheet);
  for (const [id, acc] of leftOut) {
    if (!id.startsWith('!\u0000')) continue;
    const named = keyedByName.get(id.slice(2)) ?? [];
    if (named.length !== 1) continue;
    const into = named[0] as { refs: string[] };
    into.refs = [...into.refs, ...acc.refs].sort((a, b) => sheetOf(a) - sheetOf(b) || at(a).row - at(b).row);
    leftOut.delete(id);
  }
  const unchecked: UncheckedPerson[] = [...leftOut.values()].map(({ key, name, department, refs }) => {
    const errors = [...new Set(refs.flatMap((ref) => (excludedProblems.get(ref) ?? []).filter((p) => p.level === 'error').map((p) => p.message)))];
    return { key, name, department, rows: refs, reason: `${joinText('已排除', rowsText(refs))}${errors.length > 0 ? `：${errors.join('；')}` : ''}` };
  });

  // Drafts: checked as a whole by the draft format's own parser, then computed.
  const batchPeople: BatchPerson[] = [];
  // One name under two 工号: a 提示 at the later person's row (a 工号 typed wrong made a second, failing 张三 without a
  // word: a re-check). Two colleagues may share a name, so it decides nothing.
  const firstOfName = new Map<string, PersonAcc>();
  for (const p of people.values()) {
    const name = nameKey(p.name);
    if (name === '') continue;
    const first = firstOfName.get(name);
    if (first === undefined) firstOfName.set(name, p);
    else issue(p.row, 'name', `与${tableLabel(first.row.sheet)}第${first.row.row}行（工号「${first.key}」）姓名相同、工号不同；如为同一人，请统一工号`, 'warning');
  }
  for (const p of people.values()) {
    if (p.activities.length === 0 && !p.bad && !p.activityErrors) issue(p.row, '', `${p.name || p.key}${p.excludedRefs.length > 0 ? '的活动均已排除' : '没有活动记录'}，各年度按 0 学时计`, 'warning');
    if (p.bad) {
      ownRowProblems(p);
      continue;
    }
    const input = { format: DRAFT_FORMAT, version: DRAFT_VERSION, ruleSet: ruleSet.id, profile: p.profile, span: p.span, coveredYears: p.coveredYears, activities: p.activities };
    const parsed = parseDraft(input);
    if (!parsed.ok) {
      for (const i of parsed.issues.slice(0, 5)) {
        const index = i.path[0] === 'activities' && typeof i.path[1] === 'number' ? i.path[1] : -1;
        const ref = index >= 0 ? p.activityRefs[index] : undefined;
        issue(ref ? rowAt(ref, layouts) : p.row, ref ? '' : draftIssueColumn(i.path), `${i.field}：${i.message}`);
      }
      continue;
    }
    // A person with an activity error goes on to the engine's checks too; any error keeps every result back (finish).
    batchPeople.push({ key: p.key, name: p.name, department: p.department, ref: p.ref, draft: parsed.draft, activityRefs: p.activityRefs, excludedRefs: p.excludedRefs, excludedOwnRefs: p.excludedOwnRefs, otherNameRefs: p.otherNameRefs, repeatedRefs: p.repeatedRefs });
  }

  // The engine's own problems (no span for this profile, a value the round marks invalid) block like any other error.
  const results: PersonResult[] = [];
  const total = batchPeople.length;
  /** Activity rows after the span the notice gives their person (a table of 2022～2026 checked for a 2027 round). */
  let afterSpan = 0;
  batchPeople.forEach((person, i) => {
    const result = calculate(person.draft);
    const at = rowAt(person.ref, layouts);
    // No span (初级 in 2024 states none): nothing to compute, the officer fills the span. Other notes do not block.
    for (const problem of result.problems) issue(at, problemColumn(problem.field), problem.message, result.span ? 'warning' : 'error');
    /** An activity's row in the file (its ref), by its place among the person's activities. */
    const refOf = (activityId: string) => person.activityRefs[person.draft.activities.findIndex((a) => a.id === activityId)];
    const rowOf = (activityId: string) => {
      const ref = refOf(activityId);
      return ref ? rowAt(ref, layouts) : at;
    };
    engineTells(result, rowOf);
    // 学时 typed beside a form the notice converts, and not what it converts to: said, as the figure counted is lower or
    // higher than the one in the file (an HR officer's 实用新型, second, typed 30 and counted 10 without a word).
    result.items.forEach((item) => {
      const typed = typedHours.get(refOf(item.activityId) ?? '');
      const read = typed === undefined || item.status !== 'counted' ? undefined : readHours(typed);
      if (read?.ok && read.value !== item.hours) issue(rowOf(item.activityId), 'hours', `填写的学时「${typed}」未读取：${item.label}按通知折算为 ${formatHours(item.hours)} ${result.ruleSet.hoursUnit}（${item.cite.clause}）`, 'warning');
    });
    const span = result.span;
    if (span?.source === 'rule') afterSpan += result.items.filter((item) => item.status === 'outside-span' && item.years.some((y) => y > span.to)).length;
    results.push(summarizePerson(person, result));
    if (options.onProgress && (i + 1) % 250 === 0) options.onProgress(i + 1, total);
  });
  // Rows after the notice's spans, from 3 on: said once, with the columns that set each person's span. An HR officer's
  // table of 2022～2026, for the 2027 round, came out 25 of 25 未达标, with 不在核认跨度内 on 94 rows and nothing that
  // named the optional columns (only the template's 说明 did).
  const firstLayout = layouts.find((l) => l.role !== 'ignored');
  if (afterSpan >= 3 && firstLayout !== undefined) {
    issue({ sheet: firstLayout.table, row: firstLayout.headerRow, ref: `${firstLayout.table}!${firstLayout.headerRow}`, layout: firstLayout }, '', `有 ${afterSpan} 行活动的年份晚于按${ruleSet.docNumber}确定的核认跨度，未计入。按以后年度的核认跨度核对的（例如下一年度申报），请在表中加「${byId.get('spanFrom')?.label}」「${byId.get('spanTo')?.label}」两列，填写每人的起止年份`, 'warning');
  }
  // A row of a table of activity rows excluded with its person, right in itself, says why: the person's error on another
  // of their rows (excluded, or back in the list). Its 排除前的问题 was empty, beside the row that had it (a re-check).
  const sameKeyErrors = new Map<string, string[]>();
  if (excluded.size > 0) {
    for (const l of tablesWith('combined')) {
      for (const row of [...excludedRowsOf(l), ...(combinedRows.get(l) ?? [])]) {
        const wrong = excluded.has(row.ref) ? (excludedProblems.get(row.ref) ?? []).some((p) => p.level === 'error') : personErrorRefs.has(row.ref);
        const key = text(row, 'key');
        if (wrong && key !== '') sameKeyErrors.set(key, [...(sameKeyErrors.get(key) ?? []), row.ref]);
      }
    }
  }
  const problemsOf = (row: Row): string[] => {
    const own = [...new Set((excludedProblems.get(row.ref) ?? []).map((p) => p.message))];
    if (own.length > 0 || row.layout.role !== 'combined') return own;
    const others = (sameKeyErrors.get(text(row, 'key')) ?? []).filter((ref) => ref !== row.ref);
    return others.length > 0 ? [`同一工号的${rowsText(others)}有错误，本行随之排除`] : [];
  };
  // Nothing excluded (the usual case): no second pass over every row.
  const excludedRows: ExcludedRow[] = layouts.flatMap((l) =>
    l.role === 'ignored' || excluded.size === 0 ? [] : excludedRowsOf(l).map((row) => ({ ref: row.ref, sheet: row.sheet, row: row.row, key: text(row, 'key'), name: plain(row, 'name'), problems: problemsOf(row) })),
  );
  // Every row left out, as typed, in file order, with its table's headings as in the file.
  const notChecked: RowAsTyped[] = [];
  if (excluded.size > 0) {
    const withPerson = new Set(leftWithPerson);
    for (const l of layouts) {
      if (l.role === 'ignored') continue;
      const headings = l.headings.map((h) => h.heading);
      const rows = [...excludedRowsOf(l), ...leftWithPerson.filter((r) => r.layout === l)].sort((a, b) => a.row - b.row);
      for (const row of rows) {
        const mine = withPerson.has(row);
        notChecked.push({
          ref: row.ref,
          sheet: row.sheet,
          row: row.row,
          headings,
          cells: row.cells,
          excluded: mine ? { withPerson: excludedPersonRows.get(text(row, 'key')) ?? [] } : true,
          problems: mine ? [] : problemsOf(row),
        });
      }
    }
  }
  // A person's own error on the row of a combined table that sets them is an error of each of their rows: 排除全部有错误的行
  // takes them all. It took that row alone, the next row then set the person with the same error, and the officer had
  // to press again (an HR officer's check: 博士 for 副高级 with no 核认跨度, on two rows).
  // One pass over the rows, whatever the number of such people (one per person was rows × people).
  const wrongKeys = new Set([...setters].filter(([, row]) => personErrorRefs.has(row.ref)).map(([key]) => key));
  const personRows = wrongKeys.size === 0 ? [] : [...combinedRows.values()].flat().filter((row) => wrongKeys.has(text(row, 'key'))).map((row) => row.ref);
  return finish(layouts, false, issues, batchPeople, results, rowsRead, about, unchecked, excludedRows, notChecked, personRows);
}

/** How many merged ranges the note names; past it, 等 N 处. */
const MERGES_NAMED = 5;

/**
 * The note on a table whose merged ranges were spread: each range with its column's heading (one column), at most
 * five. Reading a merge as filled is a guess that is nearly always right (a 工号 merged down one person's rows), but a
 * range merged over two people's rows would give the second person's activities to the first: the officer checks.
 */
function mergedNote(spread: readonly string[], layout: TableLayout): string {
  const named = spread.slice(0, MERGES_NAMED).map((ref) => {
    const [from, to = from] = ref.split(':').map(cellAt);
    if (from === undefined || to === undefined || from.column !== to.column) return ref;
    const heading = layout.headings[from.column]?.heading ?? '';
    return heading === '' ? ref : `${ref}（${heading}）`;
  });
  const more = spread.length > MERGES_NAMED ? `等 ${spread.length} 处` : '';
  return `${MERGED_NOTE}：${named.join('、')}${more}，请核对`;
}

/**
 * What keeps the file as a whole from being checked, in words that say what to do: no column recognised, a required
 * column missing (the template's 必填 是), no person, no row under the headings. Null when the rows can be checked.
 */
function fileProblemOf(tables: readonly Table[], layouts: readonly TableLayout[], byId: ReadonlyMap<ColumnId, ColumnDef>): string | null {
  const used = layouts.filter((l) => l.role !== 'ignored');
  if (used.length === 0) return '表格中没有可识别的列名（如 工号、拟申报级别、学历、活动形式）：请按本站模板填写后重新导入。';
  const lacking = used.filter((l) => l.missing.length > 0);
  const peopleTables = used.filter((l) => l.role === 'people' || l.role === 'combined');
  if (lacking.length > 0) {
    const parts = lacking.map((l) => `「${l.table}」表缺少必填列${l.missing.map((id) => `「${byId.get(id)?.label ?? id}」`).join('')}`);
    const many = lacking.length > 1 || (lacking[0] as TableLayout).missing.length > 1;
    // The person's columns asked of a table of activities (layoutTables): a 人员 table of their own does as well.
    const orPeople = peopleTables.length === 0 && lacking.some((l) => l.missing.includes('titleLevel') || l.missing.includes('degree')) ? '（或另附「人员」表：工号、拟申报级别、学历，每人一行）' : '';
    return `${parts.join('；')}：请在表格中添加${many ? '这些列' : '该列'}${orPeople}后重新导入。`;
  }
  if (peopleTables.length === 0) return '只有活动，没有人员信息：请添加「人员」表（工号、拟申报级别、学历，每人一行）后重新导入。';
  // Excluded rows count here: a file whose every person is excluded has people, none of them checked.
  const hasRows = (l: TableLayout) => {
    const rows = (tables.find((t) => t.name === l.table) as Table).rows;
    for (let i = l.headerRow; i < rows.length; i++) if (!isBlankRow(rows[i])) return true;
    return false;
  };
  if (peopleTables.some(hasRows)) return null;
  const sheet = peopleTables.find((l) => l.role === 'people');
  if (!sheet) return '标题行下面没有数据：请每项活动填写一行（含本人的工号、拟申报级别、学历），填写后重新导入。';
  const activities = used.find((l) => l.role === 'activities');
  return `「${sheet.table}」表没有人员数据：请从第 ${sheet.headerRow + 1} 行起每人填写一行${activities ? `，每项活动在「${activities.table}」表填写一行` : ''}，填写后重新导入。`;
}

/** The column of the engine's problem with a person's own row (its span, 已认定年度), '' for the whole row. */
function problemColumn(field: string): ColumnId | '' {
  return field === 'coveredYears' ? 'coveredYears' : field === 'span' ? 'spanFrom' : '';
}

/** The person's column the draft format's issue is about (its span, 已认定年度), '' for the whole row. */
function draftIssueColumn(path: readonly (string | number)[]): ColumnId | '' {
  if (path[0] === 'span') return path[1] === 'from' ? 'spanFrom' : 'spanTo';
  return path[0] === 'coveredYears' ? 'coveredYears' : '';
}

function rowAt(ref: string, layouts: readonly TableLayout[]): Pick<Row, 'sheet' | 'row' | 'ref' | 'layout'> {
  const cut = ref.lastIndexOf('!');
  const sheet = ref.slice(0, cut);
  return { sheet, row: Number(ref.slice(cut + 1)), ref, layout: layouts.find((l) => l.table === sheet) as TableLayout };
}

/**
 * Excluded rows with neither 工号 nor 姓名, which count for nobody (a row with a name is its person's): the summary line
 * says how many (summaryLine's keylessExcluded).
 */
export const nobodysRows = (check: Pick<BatchCheck, 'excludedRows'>): number => check.excludedRows.filter((r) => r.key === '' && r.name === '').length;

/** Rows of one column a table lacks, from this many on, are one issue (so are rows without 工号, and dates read as years). */
const ABSENT_GROUP = 3;

/**
 * Issues that say the same of many rows folded into one, at the first of each group of ABSENT_GROUP or more: `keyOf`
 * names an issue's group (undefined: left as it is), `fold` makes the group's one issue. Smaller groups stay as they
 * are. Groups are filled by push: a table of 200,000 rows makes groups as large.
 */
function foldGroups(issues: readonly BatchIssue[], keyOf: (i: BatchIssue) => string | undefined, fold: (group: readonly BatchIssue[]) => BatchIssue): BatchIssue[] {
  const keys = issues.map(keyOf);
  const groups = new Map<string, BatchIssue[]>();
  issues.forEach((i, n) => {
    const key = keys[n];
    if (key === undefined) return;
    let group = groups.get(key);
    if (group === undefined) groups.set(key, (group = []));
    group.push(i);
  });
  const out: BatchIssue[] = [];
  issues.forEach((i, n) => {
    const key = keys[n];
    const group = key === undefined ? undefined : groups.get(key);
    if (group === undefined || group.length < ABSENT_GROUP) out.push(i);
    else if (group[0] === i) out.push(fold(group));
  });
  return out;
}

/**
 * The errors at a column a table does not have (课程来源 for every course, its heading missing), one issue per table and
 * column, where there are ABSENT_GROUP or more: the message of the first, the rows it stands for, and what to do. An
 * HR officer's table without 课程来源 gave 334 lines of 须填写课程来源 over seven pages, and no word of the column.
 */
function absentColumns(sorted: readonly BatchIssue[], layouts: readonly TableLayout[]): BatchIssue[] {
  // Each table's columns that have a heading, once: an issue's column is absent when its table has none by its name.
  const present = new Set(layouts.flatMap((l) => l.headings.filter((h) => h.column !== undefined).map((h) => `${l.table}\u0000${h.heading}`)));
  const keyOf = (i: BatchIssue) => {
    const key = `${i.sheet}\u0000${i.column}`;
    return i.level !== 'error' || i.column === '' || present.has(key) ? undefined : key;
  };
  return foldGroups(sorted, keyOf, (group) => {
    const first = group[0] as BatchIssue;
    const refs = [...new Set(group.map((g) => g.ref))];
    // What is missing first, then the first row's message (its choices): the column's absence came last, under them.
    // Rows told different things are each told theirs: one 博士参评副高级职称 and two 参评初级职称 read as three 初级
    // (a re-check).
    const said = new Map<string, number[]>();
    for (const g of group) {
      const message = g.message.replace(/[。；]$/, '');
      let rows = said.get(message);
      if (rows === undefined) said.set(message, (rows = []));
      rows.push(g.row);
    }
    const why = said.size === 1 ? [...said.keys()][0] : [...said].map(([message, rows]) => `${rowRanges(rows)}：${message}`).join('；');
    return { ...first, message: `表中没有「${first.column}」列，共 ${refs.length} 行须填写（${rowRanges(group.map((g) => g.row))}）：请在表格中添加此列后重新导入，或排除这些行。${why}`, refs };
  });
}

/**
 * 缺少工号 on rows of activities, one issue per table from ABSENT_GROUP rows on, standing for each of them (excluding it
 * excludes them all), as a missing column's rows are: pasted from merged cells, 107 rows said the same over three pages
 * (a re-check).
 */
function keylessRows(issues: readonly BatchIssue[]): BatchIssue[] {
  const keyOf = (i: BatchIssue) => (i.level === 'error' && i.refs === undefined && i.message.startsWith('缺少工号：') ? i.sheet : undefined);
  return foldGroups(issues, keyOf, (group) => {
    const first = group[0] as BatchIssue;
    return { ...first, message: `共 ${group.length} 行${first.message.replace(/^缺少工号：/, `缺少工号（${rowRanges(group.map((g) => g.row))}）：`)}`, refs: group.map((g) => g.ref) };
  });
}

/** A year read from a date typed in its cell (readYear's note): 「2020-03-10」按 2020 年计，请核对. */
const DATE_AS_YEAR = /^(「[^」]*」)(?:（[^）]*）)?按 (\d{4}) 年计，请核对$/;

/**
 * The notes of years read from dates, one per table and column where there are ABSENT_GROUP or more: a hospital's
 * export with a 日期 column mapped to 年度 gave 156 of them over four pages, and the notes that mattered were lost
 * among them (an HR officer's check). Said at the first row, with the rows and one example; a note, not excludable.
 */
function datesAsYears(issues: readonly BatchIssue[]): BatchIssue[] {
  const keyOf = (i: BatchIssue) => (i.level === 'warning' && DATE_AS_YEAR.test(i.message) ? `${i.sheet}\u0000${i.column}` : undefined);
  return foldGroups(issues, keyOf, (group) => {
    const first = group[0] as BatchIssue;
    const [, typed, year] = DATE_AS_YEAR.exec(first.message) as RegExpExecArray;
    return { ...first, message: `共 ${group.length} 行填的是日期，均按日期所在的年份计（${rowRanges(group.map((g) => g.row))}；如${typed}按 ${year} 年计），请核对`, count: group.length };
  });
}

/** The most runs of rows one issue names; the rest are 等 (every other row of 200,000 made a message of 100,000 runs). */
const MAX_RUNS = 12;

/** Row numbers as runs: 第2～40、42、45～50行, at most MAX_RUNS of them, then 等. */
function rowRanges(rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length && runs.length <= MAX_RUNS; ) {
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] as number) === (sorted[j] as number) + 1) j++;
    runs.push(j > i ? `${sorted[i]}～${sorted[j]}` : `${sorted[i]}`);
    i = j + 1;
  }
  return runs.length > MAX_RUNS ? `第${runs.slice(0, MAX_RUNS).join('、')}等行` : `第${runs.join('、')}行`;
}

function finish(layouts: TableLayout[], needsMapping: boolean, all: BatchIssue[], people: BatchPerson[], results: PersonResult[], rowsRead: number, about: Pick<BatchCheck, 'fileProblem' | 'otherRound'>, unchecked: UncheckedPerson[], excludedRows: ExcludedRow[], notChecked: RowAsTyped[], personRows: string[] = []): BatchCheck {
  const errorCount = all.filter((i) => i.level === 'error').length;
  const warningCount = all.length - errorCount;
  // Errors first, each group in file order (sheets as the workbook orders them).
  const order = (i: BatchIssue) => (i.level === 'error' ? 0 : 1);
  const sheet = new Map(layouts.map((l, n) => [l.table, n]));
  const sorted = [...all].sort((a, b) => order(a) - order(b) || (sheet.get(a.sheet) ?? 0) - (sheet.get(b.sheet) ?? 0) || a.row - b.row);
  const issues = datesAsYears(keylessRows(absentColumns(sorted, layouts))).slice(0, MAX_ISSUES);
  const errorRefs = [...new Set([...sorted.filter((i) => i.level === 'error').map((i) => i.ref), ...personRows])];
  return { layouts, needsMapping, issues, errorCount, warningCount, errorRefs, people: errorCount === 0 ? people : [], results: errorCount === 0 ? results : [], unchecked: errorCount === 0 ? unchecked : [], rowsRead, ...about, excludedRows, notChecked: errorCount === 0 ? notChecked : [] };
}

interface Readers {
  text: (row: Row, id: ColumnId) => string;
  plain: (row: Row, id: ColumnId) => string;
  get: (row: Row, id: ColumnId) => Cell;
  take: <T>(row: Row, id: ColumnId, read: Read<T>) => T | undefined;
  issue: (row: Row, column: ColumnId | '', message: string, level?: 'error' | 'warning') => void;
}

/** One activity row as the draft format's activity (id set by the caller), or undefined after listing its problems. */
function readActivity(row: Row, conversion: Conversion, fields: Map<string, ColumnDef[]>, ruleSet: RuleSet, r: Readers, thisYear: number): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = { kind: conversion.kind, id: 'x' };
  let failed = false;
  const need = <T>(id: ColumnId, read: Read<T>): T | undefined => {
    const v = r.take(row, id, read);
    if (v === undefined) failed = true;
    return v;
  };
  // A 活动形式 of another name (网络课程 for 有学时证明的课程), said where a field it asks for is blank: the officer had
  // not filled, nor expected, 课程来源. Worked out only there, not for every row of a long file.
  const readAs = () => {
    const formText = r.plain(row, 'form');
    return matchKey(formText) === matchKey(conversion.label) ? '' : `；活动形式「${formText}」已按“${conversion.label}”读取`;
  };
  const title = r.plain(row, 'title');
  if (title !== '') {
    if (title.length > 200) r.issue(row, 'title', '活动名称不能超过 200 字'), (failed = true);
    else out['title'] = title;
  }
  // What must be filled comes from requiredIn / fieldRequired, which the template's 必填 is written from.
  const required = (id: ColumnId) => requiredIn(conversion, id);
  if (required('start')) {
    // A date typed as Excel's serial number (44986) is read as that day, with a warning saying which day.
    const [startRead, endRead] = [readDate(r.get(row, 'start'), row.date1904), readDate(r.get(row, 'end'), row.date1904)];
    const start = need('start', startRead);
    const end = need('end', endRead);
    if (startRead.ok && startRead.note) r.issue(row, 'start', startRead.note, 'warning');
    if (endRead.ok && endRead.note) r.issue(row, 'end', endRead.note, 'warning');
    if (start && end && end < start) r.issue(row, 'end', '结束日期早于开始日期'), (failed = true);
    out['start'] = start;
    out['end'] = end;
  }
  if (required('year')) {
    const y = r.text(row, 'year');
    const yearRead = y === '' ? ({ ok: false, message: `须填写${conversion.yearLabel ?? '年度'}` } as const) : readYear(r.get(row, 'year'), { date1904: row.date1904 });
    out['year'] = need('year', yearRead);
    if (yearRead.ok && yearRead.note) r.issue(row, 'year', yearRead.note, 'warning');
  }
  // A year still to come is most likely a slip (2032 for 2023). It is computed as the calculator computes it (outside
  // the span, or counted where the officer's span reaches it), with a warning rather than an error.
  for (const id of ['year', 'start', 'end'] as const) {
    const value = out[id];
    const year = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.slice(0, 4)) : undefined;
    const warning = year === undefined ? undefined : laterYearsWarning([year], thisYear);
    if (warning !== undefined) r.issue(row, id, warning, 'warning');
  }
  const subjectText = r.text(row, 'subject');
  if (required('subject')) {
    out['subject'] = need('subject', subjectText === '' ? { ok: false, message: `须填写科目，可选：${optionsText(SUBJECT_LIST.map((e) => e.label))}${readAs()}` } : readChoice(subjectText, SUBJECT_LIST, '科目', ruleSet));
  } else if (subjectText !== '' && findEntry(SUBJECT_LIST, subjectText)?.value !== 'professional' && conversion.subject === 'professional') {
    r.issue(row, 'subject', `${conversion.label}按通知计入专业科目，「${subjectText}」未采用`, 'warning');
  }
  for (const field of conversion.fields) {
    if (field.name === 'subject') continue;
    const candidates = fields.get(field.name) ?? [];
    const column = candidates.find((c) => r.text(row, c.id) !== '') ?? candidates[0];
    const id: ColumnId = column?.id ?? `field:${field.label}`;
    const value = column ? r.text(row, column.id) : '';
    if (field.type === 'flag') {
      out[field.name] = need(id, readFlag(column ? r.get(row, column.id) : null));
      // A task's 考核合格 left blank decides 90 hours: read as 否, as the calculator's unticked box, and said (it turned
      // a year short silently, an HR officer).
      if (conversion.method === 'assignment' && value === '') r.issue(row, id, `${field.label}未填，按“否”计算，请核对`, 'warning');
    }
    else if (value === '' && !fieldRequired(field, conversion.kind)) {
      // A choice with the rule data's default may be left blank, as in the calculator.
      continue;
    } else if (value === '') {
      // What may be written, as a value not on the list is told (an HR officer met 须填写作者排名 and did not know the
      // words), and the form the row was read as (readAs).
      const may = field.type === 'choice' ? `，可选：${optionsText(optionList(conversion, field.name).map((e) => e.label))}` : field.type === 'rank' && field.hint ? `（${field.hint.replace(/。$/, '')}）` : '';
      need(id, { ok: false, message: `须填写${field.label}${may}${readAs()}` });
    } else if (field.type === 'rank') {
      const rank = need(id, readRank(value));
      if (rank !== undefined && rank < 1) r.issue(row, id, '排名从 1 开始'), (failed = true);
      out[field.name] = rank;
    } else {
      out[field.name] = need(id, readChoice(value, optionList(conversion, field.name), field.label, ruleSet, (rs) => optionsElsewhere(rs, conversion.kind, field.name)));
    }
  }
  if (conversion.method === 'assignment') {
    // An older template's 计入年度: no longer used (the end year, 附件1 二 7), but 开始当年 is passed on so that the
    // engine says, where it had decided the year, that it no longer applies. Any other value is dropped unread.
    const retired = row.layout.headings.find((h) => h.column === undefined && retiredColumnOf(h.heading) === 'countYear');
    const chosen = retired === undefined ? '' : matchKey(cellText(row.cells[retired.index]));
    if (chosen === matchKey('开始当年') || chosen === 'start') out['countYear'] = 'start';
  }
  if (conversion.method === 'sessions') {
    for (const k of ['days', 'halfDays', 'evenings'] as const) out[k] = need(k, readWhole(r.get(row, k), 0, k === 'days' ? DAYS_NOT_WHOLE_IN_FILE : undefined, k === 'days' ? /\s*天$/ : /\s*次$/));
    // A day count written in 学时 (1天), which a form counted by days does not read: said where it was written, as an
    // error (本项计 0 学时 under 全天（天） sent an HR officer looking at the wrong cell, and the row counted 0).
    const hoursText = r.text(row, 'hours');
    const daysColumn = row.layout.headings.find((h) => h.column === 'days')?.heading ?? '全天（天）';
    if (out['days'] === 0 && out['halfDays'] === 0 && out['evenings'] === 0 && hoursText !== '') r.issue(row, 'hours', `${conversion.label}按天数折算，不读取学时：「${hoursText}」请填在「${daysColumn}」等列`), (failed = true);
    else if (out['days'] === 0 && out['halfDays'] === 0 && out['evenings'] === 0) r.issue(row, 'days', '未填写天数，本项计 0 学时', 'warning');
  } else if (conversion.method === 'stated') {
    out['hours'] = need('hours', readHours(r.get(row, 'hours')));
    // As for days above; the calculator's form refuses these (activity-form.ts), a file's row is told and counted.
    if (out['hours'] === 0) r.issue(row, 'hours', '学时为 0，本项计 0 学时', 'warning');
  } else if (conversion.method === 'table') {
    out['count'] = need('count', readWhole(r.get(row, 'count'), 1, undefined, /\s*[篇项部件门个本]$/));
    if (out['count'] === 0) r.issue(row, 'count', '数量为 0，本项计 0 学时', 'warning');
  }
  return failed ? undefined : out;
}

function optionsElsewhere(rs: RuleSet, kind: string, name: string) {
  const c = rs.conversions.find((x) => x.kind === kind);
  return c ? optionList(c, name) : [];
}
