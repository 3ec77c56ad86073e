/**
 * The batch page's state: the round, the check the worker made, the page of results shown, the officer's filters and
 * choices, and the person opened. The results themselves stay in the worker: this page holds the figures over the
 * batch and one page of rows, so nothing here grows with the batch. Everything lives in this page's memory.
 */
import type { CalculationResult, Draft } from '../../lib/rules/core';
import { currentRuleSet } from '../../lib/rules/rule-sets';
import type { ColumnMapping } from '../../lib/batch/layout';
import type { CheckSummary, SavedInfo } from '../../lib/batch/protocol';
import type { PersonResult } from '../../lib/batch/results';
import type { ResultsPage, SortKey, ViewQuery } from '../../lib/batch/view';
import type { BatchClient, Progress } from './batch-client';

/** The person opened from the results. */
export interface OpenPerson {
  index: number;
  key: string;
  name: string;
  draft: Draft;
  result: CalculationResult;
  person: PersonResult;
  /** The file's row of each activity (`sheet!row`), in draft order: the detail names it beside 第N项. */
  activityRefs: string[];
  calculatorHref: string | null;
}

class BatchState {
  ruleSetId = $state(currentRuleSet.id);
  progress = $state<Progress | null>(null);
  message = $state<{ kind: 'error' | 'info'; text: string } | null>(null);
  summary = $state.raw<CheckSummary | null>(null);
  /** The page of results on screen, as the worker filtered, ordered and cut it. */
  view = $state.raw<ResultsPage | null>(null);
  /** Rows ticked for exclusion, applied on the next check. */
  pendingExcluded = $state<string[]>([]);
  mapping = $state<ColumnMapping>({});
  onlyShort = $state(false);
  /** 只看基本达标: offered when someone is (2020's 专业科目 一般不少于 60); never ticked with 只看未达标. */
  onlyWarning = $state(false);
  department = $state('');
  year = $state('');
  /** 查找人员: part of a 工号 or a name. */
  find = $state('');
  sort = $state<SortKey>('key');
  open = $state.raw<OpenPerson | null>(null);
  saved = $state<SavedInfo | null>(null);
  /** The check 保存到本机 last kept, or the one opened from it: leaving the page loses nothing of it. */
  savedCheck = $state.raw<CheckSummary | null>(null);

  /** The figures over the whole batch (null before a computed check). */
  overview = $derived(this.summary?.overview ?? null);
  /** Whether there are results to show, export and save. */
  hasResults = $derived((this.summary?.overview?.count ?? 0) > 0);

  /** Whether the rows ticked for exclusion differ from those the check on the page excluded (not yet applied). */
  exclusionsChanged = $derived(this.pendingExcluded.length !== (this.summary?.excluded.length ?? 0) || this.pendingExcluded.some((r) => !this.summary?.excluded.includes(r)));
  /**
   * Whether leaving the page would lose the officer's work: a file read, with its column choices and the rows excluded
   * or ticked, that is not what 保存到本机 last kept (the page asks before it is closed, reloaded or left).
   */
  unsaved = $derived(this.summary !== null && (this.summary !== this.savedCheck || this.exclusionsChanged));

  /** Requests for a page of results so far: only the latest one's answer is shown (see showPage). */
  private asked = 0;

  /**
   * Asks the worker for a page of the results as filtered and ordered now. Only the latest request's answer is shown
   * (an officer may change two filters before the first answer arrives, and a new check replaces every page asked
   * before it).
   */
  async showPage(client: BatchClient, page: number): Promise<void> {
    const mine = ++this.asked;
    try {
      const next = await client.view(this.query(Math.max(0, page)));
      if (mine === this.asked) this.view = next;
    } catch {
      if (mine === this.asked) this.message = { kind: 'error', text: '无法显示结果，请重新导入或核对后再试。' };
    }
  }

  /** The filters and order as chosen, at the given page. */
  query(page: number): ViewQuery {
    return { status: this.onlyShort ? 'short' : this.onlyWarning ? 'warning' : '', department: this.department, year: this.year, find: this.find, sort: this.sort, page };
  }

  /**
   * Takes a new check and its first page of results (null to draw it in a later task); the opened person closes.
   * A department or year chosen for another file that this batch does not have is set back to 全部 (its list could
   * not show it, and nobody would be shown), as is 只看基本达标 when nobody is: true then, and the page of results must be asked for again.
   */
  take(summary: CheckSummary, view: ResultsPage | null): boolean {
    this.asked++;
    this.summary = summary;
    this.view = view;
    this.mapping = summary.mapping;
    this.pendingExcluded = [...summary.excluded];
    this.open = null;
    const overview = summary.overview;
    if (!overview) return false;
    const department = this.department !== '' && !overview.departments.includes(this.department);
    const year = this.year !== '' && !overview.years.includes(Number(this.year));
    // 只看基本达标 is not offered for a batch with nobody 基本达标: left ticked, it would show nobody.
    const warning = this.onlyWarning && overview.warningCount === 0;
    if (department) this.department = '';
    if (year) this.year = '';
    if (warning) this.onlyWarning = false;
    return department || year || warning;
  }

  /** Forgets the batch (the page's memory only). */
  reset() {
    this.summary = null;
    this.view = null;
    this.mapping = {};
    this.pendingExcluded = [];
    this.open = null;
  }
}

/** The page's one state. */
export const batch = new BatchState();
