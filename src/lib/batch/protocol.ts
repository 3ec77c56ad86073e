/** Messages between the batch page and its worker (src/lib/batch/worker.ts). Plain data only (structured clone). */
import type { Draft } from '../rules/core';
import type { BatchIssue } from './check';
import type { ColumnMapping, TableLayout } from './layout';
import type { PersonResult } from './results';

/** What the page asks. Every request carries an id; the answer carries it back. */
export type BatchRequest =
  | { type: 'warm'; id: number }
  | { type: 'read-file'; id: number; name: string; bytes: ArrayBuffer; ruleSetId: string }
  | { type: 'read-paste'; id: number; text: string; ruleSetId: string }
  | { type: 'check'; id: number; ruleSetId: string; mapping: ColumnMapping; excluded: string[] }
  | { type: 'draft'; id: number; index: number }
  | { type: 'template'; id: number; ruleSetId: string }
  | { type: 'export'; id: number }
  | { type: 'zip'; id: number; onlyShort: boolean; fontUrl: string }
  | { type: 'cancel'; id: number; target: number }
  | { type: 'saved'; id: number }
  | { type: 'save'; id: number }
  | { type: 'open-saved'; id: number }
  | { type: 'clear-saved'; id: number }
  | { type: 'forget'; id: number };

/** A check as the page shows it (the drafts stay in the worker; the page asks for one when it needs it). */
export interface CheckSummary {
  ruleSetId: string;
  source: string;
  layouts: TableLayout[];
  needsMapping: boolean;
  issues: BatchIssue[];
  errorCount: number;
  warningCount: number;
  rowsRead: number;
  /** Results arrive in chunks ('results' messages) after this one. */
  resultCount: number;
  mapping: ColumnMapping;
  excluded: string[];
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
  | { type: 'checked'; id: number; summary: CheckSummary }
  | { type: 'results'; id: number; results: PersonResult[]; last: boolean }
  | { type: 'draft'; id: number; draft: Draft; name: string; key: string }
  | { type: 'file'; id: number; blob: Blob; name: string }
  | { type: 'saved'; id: number; info: SavedInfo | null }
  | { type: 'done'; id: number }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; message: string };
