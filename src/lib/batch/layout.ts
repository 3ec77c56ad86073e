/**
 * How an imported table is laid out: which row holds the headings, which column each heading names, and what the
 * table holds (people, activities, both in one table, or nothing the check reads).
 */
import type { RuleSet } from '../rules/core';
import { cellText, isBlankRow, plainText, type Table } from './cells';
import { allColumns, columnForHeading, headingMatch, PERSON_COLUMNS, type ColumnDef, type ColumnId } from './columns';

/** What a table holds. `combined`: one row per activity with the person's columns on each row (CSV, pasted cells). */
export type TableRole = 'people' | 'activities' | 'combined' | 'ignored';

/** One heading of a table and the column it was matched to (undefined: not recognised, ignored). */
export interface HeadingMatch {
  index: number;
  heading: string;
  column: ColumnId | undefined;
  /** Not read because another heading of the table names the same column more closely (or first): that heading. */
  readAs?: string;
}

/** A table's layout. Row numbers are spreadsheet rows (1-based). */
export interface TableLayout {
  table: string;
  headerRow: number;
  role: TableRole;
  headings: HeadingMatch[];
  /** Required columns the table lacks for its role: the officer maps them (or the check cannot start). */
  missing: ColumnId[];
}

/** Heading choices the officer made in the mapping step: table name → heading index → column (null: ignore). */
export type ColumnMapping = Record<string, Record<number, ColumnId | null>>;

const PERSON_IDS = new Set<ColumnId>(PERSON_COLUMNS.map((c) => c.id));
/** What a row must say of its person, beside 工号, where no people table does (a combined table's needs). */
const PERSON_NEEDS: readonly ColumnId[] = ['titleLevel', 'degree'];

/**
 * Sheets of the template and of an exported result that hold explanations or results, not input. 已排除 keeps the
 * rows an earlier check left out, as typed: imported again, they stay out.
 */
const NOTE_SHEETS = new Set(['说明', '取值', '填写说明', '汇总', '未核对', '逐年', '逐项', '已排除']);

/** The row holding the headings: the first of the first ten non-blank rows that names two known columns. */
function findHeaderRow(table: Table, columns: readonly ColumnDef[]): number {
  let first = -1;
  for (let i = 0, seen = 0; i < table.rows.length && seen < 10; i++) {
    const row = table.rows[i];
    if (isBlankRow(row)) continue;
    seen++;
    if (first < 0) first = i;
    const known = (row ?? []).filter((c) => columnForHeading(cellText(c), columns) !== undefined).length;
    if (known >= 2) return i;
  }
  return first;
}

/** Lays out one table, with the officer's mapping applied over the automatic one. */
export function layoutTable(table: Table, ruleSet: RuleSet, mapping: ColumnMapping = {}): TableLayout {
  const columns = allColumns(ruleSet);
  const headerIndex = NOTE_SHEETS.has(table.name) ? -1 : findHeaderRow(table, columns);
  if (headerIndex < 0) return { table: table.name, headerRow: 0, role: 'ignored', headings: [], missing: [] };
  const chosen = mapping[table.name] ?? {};
  const row = (table.rows[headerIndex] ?? []).map((cell, index) => {
    const heading = plainText(cell);
    // The officer's choice first (rank -1), then the closest name: 工号 is read, not a 序号 before it.
    const picked = Object.prototype.hasOwnProperty.call(chosen, index) ? (chosen[index] ? { id: chosen[index], rank: -1 } : undefined) : headingMatch(heading, columns);
    return { index, heading, picked };
  });
  // Where several headings name one column, the closest (the first of equals) is read; the others are ignored, and
  // said to be (their values would be ambiguous).
  const reader = new Map<ColumnId, (typeof row)[number]>();
  for (const h of row) {
    if (h.picked === undefined) continue;
    const best = reader.get(h.picked.id);
    if (best === undefined || h.picked.rank < (best.picked?.rank ?? Infinity)) reader.set(h.picked.id, h);
  }
  const used = new Set(reader.keys());
  const headings: HeadingMatch[] = row.map(({ index, heading, picked }) => {
    const winner = picked === undefined ? undefined : reader.get(picked.id);
    if (picked === undefined) return { index, heading, column: undefined };
    return winner?.index === index ? { index, heading, column: picked.id } : { index, heading, column: undefined, readAs: winner?.heading ?? '' };
  });
  const has = (id: ColumnId) => used.has(id);
  const personal = has('titleLevel') || has('degree');
  // 工号 with activity columns (年度, 学时 …) is a table of activities (with a person's columns, one row per activity
  // and person) that lacks 活动形式: not a people table, whose activity columns would be left out without a word and
  // every person computed at 0 学时 (a new user's finding, with a CSV of 职工号, 拟申报级别, 学历, 年份, 科目, 学时).
  const activityLike = [...used].some((id) => !PERSON_IDS.has(id));
  const role: TableRole = has('form') || (has('key') && activityLike) ? (personal ? 'combined' : 'activities') : has('key') || personal ? 'people' : 'ignored';
  const needs: ColumnId[] = role === 'people' ? ['key', 'titleLevel', 'degree'] : role === 'combined' ? ['key', 'form', 'titleLevel', 'degree'] : role === 'activities' ? ['key', 'form'] : [];
  return { table: table.name, headerRow: headerIndex + 1, role, headings, missing: needs.filter((id) => !has(id)) };
}

/** Lays out every table; `unreadable` is true when no table holds activities or people the check can read. */
export function layoutTables(tables: readonly Table[], ruleSet: RuleSet, mapping: ColumnMapping = {}): { layouts: TableLayout[]; needsMapping: boolean } {
  const found = tables.map((t) => layoutTable(t, ruleSet, mapping));
  const hasPeople = found.some((l) => l.role === 'people' || l.role === 'combined');
  // Without a people table, a table of activities is to say who each row is (a combined table): its missing columns
  // are the person's too, named at once. 活动形式 alone was asked for, then, once added, a 人员 table (a new user, with a
  // pasted table of 姓名, 工号, 年度 and 学时: the paste box says 人员信息写在每行上).
  const layouts = hasPeople ? found : found.map((l) => (l.role === 'activities' ? { ...l, missing: [...l.missing, ...PERSON_NEEDS.filter((id) => !l.headings.some((h) => h.column === id))] } : l));
  const used = layouts.filter((l) => l.role !== 'ignored');
  const hasActivities = used.some((l) => l.role === 'activities' || l.role === 'combined');
  const needsMapping = used.length === 0 || used.some((l) => l.missing.length > 0) || (hasActivities && !hasPeople);
  return { layouts, needsMapping };
}
