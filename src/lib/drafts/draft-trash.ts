/**
 * 最近删除的草稿: a deleted draft is kept here for a while, so that it can be put back after a reload or on a later
 * visit. 撤销 beside 已删除草稿 went with the page: a person interrupted after a slip of the finger reloaded, and the
 * draft was gone for good (a new user's check, on a phone). Kept in the settings database under one key, at most
 * TRASH_LIMIT drafts for TRASH_DAYS days; in memory where the browser keeps nothing (as the drafts are then).
 * Loaded with draft-actions and 草稿管理, never with the page. What is read back is untrusted (storage can be edited by
 * hand): each entry goes through readRecord, as a stored draft does, and an unreadable one is dropped.
 */
import { createStore, get, update, type UseStore } from 'idb-keyval';
import { isBroken, toStored, type DraftRecord } from './draft-record';
import { DB_SETTINGS } from './draft-store';
import { readRecord } from './read-record';
import { ID_PATTERN } from '../rules/draft-limits';

/** How many deleted drafts are kept: the last few slips, not an archive. */
export const TRASH_LIMIT = 5;
/** How long a deleted draft is kept, in days. */
export const TRASH_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
const KEY = 'deletedDrafts';

/** A deleted draft as kept, with when it was deleted. */
export interface DeletedDraft {
  record: DraftRecord;
  deletedAt: number;
}

/** Where the deleted drafts are kept: the settings database, or this page's memory. */
export interface DraftTrash {
  /** How long a deleted draft is kept (TRASH_DAYS) and how many are (TRASH_LIMIT), as 最近删除 says it. */
  readonly days: number;
  readonly limit: number;
  /** Keeps a deleted draft (the newest first), dropping the oldest beyond TRASH_LIMIT and those past TRASH_DAYS. */
  keep(record: DraftRecord, now?: number): Promise<void>;
  /** The deleted drafts still kept, newest first, each readable. */
  list(now?: number): Promise<DeletedDraft[]>;
  /** Forgets one (put back, or a draft of that id saved again). */
  forget(id: string): Promise<void>;
}

/** The entries of an untrusted stored value that can be read, within the limits, newest first. */
export function readTrash(raw: unknown, now: number): DeletedDraft[] {
  if (!Array.isArray(raw)) return [];
  const kept: DeletedDraft[] = [];
  for (const entry of raw.slice(0, TRASH_LIMIT * 2)) {
    if (entry === null || typeof entry !== 'object') continue;
    const { record: stored, deletedAt } = entry as { record?: unknown; deletedAt?: unknown };
    if (typeof deletedAt !== 'number' || !(deletedAt <= now) || now - deletedAt > TRASH_DAYS * DAY_MS) continue;
    const id = (stored as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) continue;
    const record = readRecord(id, stored);
    if (isBroken(record) || kept.some((k) => k.record.id === id)) continue;
    kept.push({ record, deletedAt });
  }
  return kept.sort((a, b) => b.deletedAt - a.deletedAt).slice(0, TRASH_LIMIT);
}

/** What is stored: plain data, as a draft record is stored. */
const stored = (entries: DeletedDraft[]) => entries.map((e) => ({ record: toStored(e.record), deletedAt: e.deletedAt }));

function added(entries: DeletedDraft[], record: DraftRecord, now: number): DeletedDraft[] {
  return [{ record, deletedAt: now }, ...entries.filter((e) => e.record.id !== record.id)].slice(0, TRASH_LIMIT);
}

/** The trash in the settings database (two tabs: each change is one read-and-write transaction). */
export function createIdbTrash(): DraftTrash {
  const settings: UseStore = createStore(DB_SETTINGS, 'settings');
  return {
    days: TRASH_DAYS,
    limit: TRASH_LIMIT,
    keep: (record, now = Date.now()) => update(KEY, (raw: unknown) => stored(added(readTrash(raw, now), record, now)), settings),
    list: async (now = Date.now()) => readTrash(await get(KEY, settings), now),
    forget: (id) => update(KEY, (raw: unknown) => stored(readTrash(raw, Date.now()).filter((e) => e.record.id !== id)), settings),
  };
}

/** The trash of a page that keeps nothing on the device. */
export function createMemoryTrash(): DraftTrash {
  let entries: DeletedDraft[] = [];
  return {
    days: TRASH_DAYS,
    limit: TRASH_LIMIT,
    keep: async (record, now = Date.now()) => {
      entries = added(entries, record, now);
    },
    list: async (now = Date.now()) => entries.filter((e) => now - e.deletedAt <= TRASH_DAYS * DAY_MS),
    forget: async (id) => {
      entries = entries.filter((e) => e.record.id !== id);
    },
  };
}
