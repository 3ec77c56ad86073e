/** Messages between the batch page and its worker (src/lib/batch/worker.ts). Plain data only (structured clone). */
import type { Draft } from '../rules/core';
import type { BatchIssue, ExcludedRow } from './check';
import type { ColumnMapping, TableLayout } from './layout';
import type { PersonResult, UncheckedPerson } from './results';
import type { OtherRound } from './round-match';
import type { ResultsOverview, ResultsPage, ViewQuery } from './view';

/**
 * What the page asks. Every request carries an id; the answer carries it back. A request that checks carries the
 * officer's filters and order (`view`): its answer brings the first page of results shown that way; and the year on
 * the page's clock (`thisYear`: the visitor's, which a test can set), past which an activity's date gets a warning.
 */
export type BatchRequest =
  | { type: 'warm'; id: number }
  | { type: 'read-file'; id: number; name: string; bytes: ArrayBuffer; ruleSetId: string; view: ViewQuery; thisYear: number }
  | { type: 'read-paste'; id: number; text: string; ruleSetId: string; view: ViewQuery; thisYear: number }
  | { type: 'check'; id: number; ruleSetId: string; mapping: ColumnMapping; excluded: string[]; view: ViewQuery; thisYear: number }
  | { type: 'view'; id: number; query: ViewQuery }
  | { type: 'draft'; id: number; index: number }
  | { type: 'template'; id: number; ruleSetId: string }
  | { type: 'export'; id: number }
  /** fontUrl: the GB2312 font; extendedFontUrl: the one with GBK and the rest of the BMP, fetched only for a person whose text needs it. */
  | { type: 'zip'; id: number; onlyShort: boolean; fontUrl: string; extendedFontUrl: string }
  | { type: 'cancel'; id: number; target: number }
  | { type: 'saved'; id: number }
  | { type: 'save'; id: number }
  | { type: 'open-saved'; id: number; view: ViewQuery; thisYear: number }
  | { type: 'clear-saved'; id: number }
  | { type: 'forget'; id: number };

/**
 * A check as the page shows it. The drafts and the results stay in the worker: the page gets the figures over the
 * whole batch and one page of results at a time, and asks for a person's draft when it opens them.
 */
export interface CheckSummary {
  ruleSetId: string;
  source: string;
  layouts: TableLayout[];
  needsMapping: boolean;
  issues: BatchIssue[];
  errorCount: number;
  warningCount: number;
  /** Every row with an error, also those the list of issues leaves out (BatchCheck's errorRefs): 排除全部有错误的行. */
  errorRefs: string[];
  rowsRead: number;
  /** What keeps the file as a whole from being checked, in words (BatchCheck's fileProblem). */
  fileProblem: string | null;
  /** The round whose template the file was filled in from, when it is not the one checked against. */
  otherRound: OtherRound | null;
  /** People computed (0 while errors block the computation). */
  resultCount: number;
  /** People left out of the check, every row of theirs excluded, with why (empty while errors are left). */
  unchecked: UncheckedPerson[];
  /** The results in figures, null when nothing was computed. */
  overview: ResultsOverview | null;
  mapping: ColumnMapping;
  excluded: string[];
  /** The excluded rows found in the file, each with what it would have been told: what the officer restores from. */
  excludedRows: ExcludedRow[];
}

/** What is saved on this device, if anything. */
export interface SavedInfo {
  savedAt: number;
  source: string;
  people: number;
  ruleSetId: string;
}

/** What the worker answers. */
export type BatchResponse =
  | { type: 'progress'; id: number; phase: string; done: number; total: number }
  | { type: 'checked'; id: number; summary: CheckSummary; page: ResultsPage | null }
  | { type: 'view'; id: number; page: ResultsPage }
  /** activityRefs: the file's row of each of the draft's activities (`sheet!row`), in draft order. */
  | { type: 'draft'; id: number; draft: Draft; name: string; key: string; person: PersonResult; activityRefs: string[] }
  /** notes: what the user should know about the file (people whose worksheet lacks a character). */
  | { type: 'file'; id: number; blob: Blob; name: string; notes?: string[] }
  | { type: 'saved'; id: number; info: SavedInfo | null }
  | { type: 'done'; id: number }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; message: string };
