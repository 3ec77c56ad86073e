/**
 * What the results table shows, worked out where the results are (the batch worker): the aggregates over the whole
 * batch (summary line, counts, departments, years) once per check, and for the officer's filters and order the list
 * of people shown and one page of it. The page receives only these, so drawing them costs the same for 30 people as
 * for 10,000.
 */
import { matchKey } from './cells';
import { summaryLine, type PersonResult } from './results';

/** How the results are ordered. */
export type SortKey = 'key' | 'name' | 'department' | 'short-first' | 'gap';

/** Rows per page of the results table: a page renders in a few milliseconds whatever the batch size. */
export const PAGE_SIZE = 50;

/** The whole batch in figures, computed once per check. */
export interface ResultsOverview {
  count: number;
  /** 达标, 基本达标 (required figures met, 2020's 专业科目 一般不少于 60 not) and 未达标: they add up to count. */
  metCount: number;
  warningCount: number;
  shortCount: number;
  /** People left out of the check (every row of theirs excluded): listed apart, counted in the summary line. */
  uncheckedCount: number;
  /** People with an activity row typed twice (counted twice): the officer is asked to check them. */
  repeatedCount: number;
  /** 共 N 人，达标 N 人，未达标 N 人（，未核对 N 人）；最常见的缺口：… */
  line: string;
  /** Departments in the results, sorted. */
  departments: string[];
  /** Every year any person's span covers, ascending. */
  years: number[];
}

/** The officer's filters, order and page. `status` and `year` are '' for all; `find` is '' for everyone. */
export interface ViewQuery {
  /** 只看未达标 or 只看基本达标 (overall, or in the chosen year). */
  status: '' | 'short' | 'warning';
  department: string;
  year: string;
  /** Part of a 工号 or a name, as typed (查找人员). */
  find: string;
  sort: SortKey;
  page: number;
  /** Every person shown on one page (打印结果: a printout of page 1 of 3 left out the other pages' people). */
  all?: boolean;
}

/** One page of the people shown, each with their index in the batch (to open their detail). */
export interface ResultsPage {
  /** The query this page answers, with the page number as served (clamped to the pages there are). */
  query: ViewQuery;
  /** People after the filters (on every page). */
  shownCount: number;
  pageCount: number;
  rows: { index: number; r: PersonResult }[];
}

/** One collator for every comparison: `localeCompare` with options builds one per call, too slow for 10,000 rows. */
const collator = new Intl.Collator('zh-CN', { numeric: true });
const compareText = (a: string, b: string) => collator.compare(a, b);

/** The figures over the whole batch. */
export function overviewOf(results: readonly PersonResult[], uncheckedCount = 0, thisYear?: number, keylessExcluded = 0): ResultsOverview {
  let metCount = 0;
  let warningCount = 0;
  let repeatedCount = 0;
  const departments = new Set<string>();
  const years = new Set<number>();
  for (const r of results) {
    if (r.status === 'met') metCount++;
    else if (r.status === 'warning') warningCount++;
    if (r.repeatedRows.length > 0) repeatedCount++;
    if (r.department !== '') departments.add(r.department);
    for (const y of r.years) years.add(y.year);
  }
  return {
    count: results.length,
    metCount,
    warningCount,
    shortCount: results.length - metCount - warningCount,
    uncheckedCount,
    repeatedCount,
    line: summaryLine(results, uncheckedCount, thisYear, keylessExcluded),
    departments: [...departments].sort(compareText),
    years: [...years].sort((a, b) => a - b),
  };
}

const gapHours = (r: PersonResult) => r.gaps.reduce((s, g) => s + g.hours, 0);

/** Whether a person is 未达标 (a required gap) or 基本达标 (only an advisory part short): overall, or in `year`. */
function statusIn(r: PersonResult, status: 'short' | 'warning', year: number | null): boolean {
  if (year === null) return r.status === status;
  const y = r.years.find((x) => x.year === year);
  return status === 'short' ? r.gaps.some((g) => g.year === year) : y?.status === 'warning' && y.metInFull === null;
}

/** 未达标 first, then 基本达标, then 达标. */
const STATUS_ORDER = { short: 0, warning: 1, met: 2 } as const;

/**
 * The indexes of the people shown, in order: by department and year (a person whose span covers it), only those
 * 未达标 or only those 基本达标 (overall, or in the chosen year), those whose 工号 or name holds what was typed in 查找人员, sorted with ties
 * in the file's order.
 */
export function shownIndexes(results: readonly PersonResult[], query: Omit<ViewQuery, 'page'>): number[] {
  const year = query.year === '' ? null : Number(query.year);
  // Compared as column names and listed values are (matchKey): full-width letters and digits as half-width, one
  // case, no spaces (Ｐ１１２ finds P112; a name typed 张 三 or copied with a trailing space still matches).
  const find = matchKey(query.find ?? '');
  const out: number[] = [];
  results.forEach((r, index) => {
    if (query.department !== '' && r.department !== query.department) return;
    if (find !== '' && !matchKey(r.key).includes(find) && !matchKey(r.name).includes(find)) return;
    if (year !== null && !r.years.some((y) => y.year === year)) return;
    if (query.status !== '' && !statusIn(r, query.status, year)) return;
    out.push(index);
  });
  const at = (i: number) => results[i] as PersonResult;
  const hours = query.sort === 'gap' ? new Map(out.map((i) => [i, gapHours(at(i))])) : undefined;
  const by: Record<SortKey, (a: number, b: number) => number> = {
    key: (a, b) => compareText(at(a).key, at(b).key),
    name: (a, b) => compareText(at(a).name, at(b).name),
    department: (a, b) => compareText(at(a).department, at(b).department),
    'short-first': (a, b) => STATUS_ORDER[at(a).status] - STATUS_ORDER[at(b).status],
    gap: (a, b) => (hours?.get(b) ?? 0) - (hours?.get(a) ?? 0),
  };
  const compare = by[query.sort] ?? by.key;
  return out.sort((a, b) => compare(a, b) || a - b);
}

/** One page of a list of shown indexes (the page number clamped to the pages there are). */
export function pageOf(results: readonly PersonResult[], shown: readonly number[], query: ViewQuery): ResultsPage {
  const pageCount = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const page = Math.min(Math.max(0, Math.trunc(query.page) || 0), pageCount - 1);
  const rows = (query.all === true ? shown : shown.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE)).map((index) => ({ index, r: results[index] as PersonResult }));
  return { query: { ...query, page }, shownCount: shown.length, pageCount, rows };
}

/**
 * Pages of one batch's results: the shown list is worked out once per filter and order, so turning pages only
 * slices it.
 */
export function resultsPager(results: readonly PersonResult[]): (query: ViewQuery) => ResultsPage {
  let last: { key: string; shown: number[] } | undefined;
  return (query) => {
    const key = JSON.stringify([query.status, query.department, query.year, matchKey(query.find ?? ''), query.sort]);
    if (last?.key !== key) last = { key, shown: shownIndexes(results, query) };
    return pageOf(results, last.shown, query);
  };
}
