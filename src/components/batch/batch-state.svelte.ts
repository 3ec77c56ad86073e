/**
 * The batch page's state: the round, the check the worker made, the results (kept raw: thousands of rows are not
 * proxied), the officer's filters and choices, and the person opened. Everything here lives in this page's memory.
 */
import { currentRuleSet, type CalculationResult, type Draft } from '../../lib/rules/core';
import type { ColumnMapping } from '../../lib/batch/layout';
import type { CheckSummary, SavedInfo } from '../../lib/batch/protocol';
import type { PersonResult } from '../../lib/batch/results';
import type { Progress } from './batch-client';

/** How the results are ordered. */
export type SortKey = 'key' | 'name' | 'department' | 'short-first' | 'gap';

/** Rows per page of the results table: a page renders in a few milliseconds whatever the batch size. */
export const PAGE_SIZE = 50;

/** The person opened from the results. */
export interface OpenPerson {
  index: number;
  key: string;
  name: string;
  draft: Draft;
  result: CalculationResult;
  person: PersonResult;
  calculatorHref: string | null;
}

/** One collator for every comparison: `localeCompare` with options builds one per call, too slow for 10,000 rows. */
const collator = new Intl.Collator('zh-CN', { numeric: true });
const compareText = (a: string, b: string) => collator.compare(a, b);

class BatchState {
  ruleSetId = $state(currentRuleSet.id);
  progress = $state<Progress | null>(null);
  message = $state<{ kind: 'error' | 'info'; text: string } | null>(null);
  summary = $state.raw<CheckSummary | null>(null);
  results = $state.raw<PersonResult[]>([]);
  /** Rows ticked for exclusion, applied on the next check. */
  pendingExcluded = $state<string[]>([]);
  mapping = $state<ColumnMapping>({});
  onlyShort = $state(false);
  department = $state('');
  year = $state('');
  sort = $state<SortKey>('key');
  page = $state(0);
  open = $state.raw<OpenPerson | null>(null);
  saved = $state<SavedInfo | null>(null);

  /** Departments in the results, sorted. */
  departments = $derived([...new Set(this.results.map((r) => r.department).filter((d) => d !== ''))].sort(compareText));
  /** Every year any person's span covers. */
  years = $derived([...new Set(this.results.flatMap((r) => r.years.map((y) => y.year)))].sort((a, b) => a - b));

  /** Results after the filters, in the chosen order; each with its index in the batch. */
  shown = $derived.by(() => {
    const year = this.year === '' ? null : Number(this.year);
    const rows = this.results
      .map((r, index) => ({ r, index }))
      .filter(({ r }) => (this.department === '' || r.department === this.department) && (year === null || r.years.some((y) => y.year === year)))
      .filter(({ r }) => !this.onlyShort || (year === null ? !r.met : r.gaps.some((g) => g.year === year)));
    const gapHours = (r: PersonResult) => r.gaps.reduce((s, g) => s + g.hours, 0);
    const by: Record<SortKey, (a: PersonResult, b: PersonResult) => number> = {
      key: (a, b) => compareText(a.key, b.key),
      name: (a, b) => compareText(a.name, b.name),
      department: (a, b) => compareText(a.department, b.department),
      'short-first': (a, b) => Number(a.met) - Number(b.met),
      gap: (a, b) => gapHours(b) - gapHours(a),
    };
    const compare = by[this.sort];
    return rows.sort((a, b) => compare(a.r, b.r) || a.index - b.index);
  });

  pageCount = $derived(Math.max(1, Math.ceil(this.shown.length / PAGE_SIZE)));
  pageRows = $derived(this.shown.slice(this.page * PAGE_SIZE, (this.page + 1) * PAGE_SIZE));

  /** Takes a new check: results, filters and the opened person start afresh. */
  take(summary: CheckSummary, results: PersonResult[]) {
    this.summary = summary;
    this.results = results;
    this.mapping = summary.mapping;
    this.pendingExcluded = [...summary.excluded];
    this.page = 0;
    this.open = null;
  }

  /** Forgets the batch (the page's memory only). */
  reset() {
    this.summary = null;
    this.results = [];
    this.mapping = {};
    this.pendingExcluded = [];
    this.open = null;
    this.page = 0;
  }
}

/** The page's one state. */
export const batch = new BatchState();
