/** The stored form of a named draft: an envelope (name, times, revision) around the draft itself. */
import type { Draft } from '../rules/core';
import type { Work } from './work';

/** Version of the envelope; the draft inside carries its own format version. */
export const RECORD_VERSION = 1;
/** Longest draft name accepted. */
export const MAX_NAME_LENGTH = 60;

/**
 * `base`, or `base 2`, `base 3` … : the first of them not in `taken` (two drafts of one name cannot be told apart in
 * the list). Within MAX_NAME_LENGTH with its number: a longer name is cut when read back, and three copies of a name at
 * the limit would all read the same. Never between the two halves of a character beyond the BMP (an emoji).
 */
export function freeName(base: string, taken: Set<unknown>): string {
  for (let i = 1; ; i++) {
    const suffix = i > 1 ? ` ${i}` : '';
    let kept = base.slice(0, MAX_NAME_LENGTH - suffix.length);
    if (/[\uD800-\uDBFF]$/.test(kept)) kept = kept.slice(0, -1);
    if (!taken.has(kept + suffix)) return kept + suffix;
  }
}

/** A named draft as kept on this device. */
export interface DraftRecord {
  id: string;
  name: string;
  createdAt: number;
  updatedAt: number;
  /** Incremented on every save; a save that expects another revision is a conflict (another tab saved). */
  revision: number;
  draft: Draft;
  /** The forms open when it was saved, with their raw text (valid or not), and the list's order. */
  work?: Work | undefined;
  /** Set when the stored draft was in an older format and has been migrated on reading. */
  migratedFrom?: number | undefined;
  /** The journal entries this record holds (see Journaled). */
  journaled?: Journaled | undefined;
}

/**
 * The journal entries a record holds: for each tab that saved it (or whose entry was taken in), the time of the last
 * journal write the save held. Carried from revision to revision (a tab's save adds itself to those of the revision it
 * saves over; read as untrusted by read-record's readJournaled), so that an entry left in the journal by a tab that
 * went away between its save and the journal's clearing is known as saved even after another tab has saved over it;
 * it was taken for unsaved changes and kept as a copy 「…（未保存的修改）」 of content already in the draft.
 */
export type Journaled = Readonly<Record<string, number>>;

/** A stored record that cannot be read; kept as it is, never deleted without the user. */
export interface BrokenRecord {
  broken: true;
  id: string;
  name: string;
  message: string;
  /** The stored value, so that the user can still download it. */
  raw: unknown;
}

/** What a draft store holds under one key. */
export type StoredRead = DraftRecord | BrokenRecord;

/** True when a stored value could not be read as a draft. */
export function isBroken(value: StoredRead | undefined): value is BrokenRecord {
  return value !== undefined && 'broken' in value;
}

/** The value written to storage for a record. */
export function toStored(record: DraftRecord): Record<string, unknown> {
  return {
    recordVersion: RECORD_VERSION,
    id: record.id,
    name: record.name,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    revision: record.revision,
    draft: record.draft,
    work: record.work,
    journaled: record.journaled,
  };
}

/** A stored revision as a number (0 when absent or malformed). */
export function storedRevision(raw: unknown): number {
  const revision = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)['revision'] : undefined;
  return typeof revision === 'number' && Number.isInteger(revision) && revision >= 0 ? revision : 0;
}

