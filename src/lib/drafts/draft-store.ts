/**
 * Where named drafts live: IndexedDB through idb-keyval (the only code in the site that touches it), or
 * memory where the browser refuses IndexedDB (private modes, Safari dropping the connection). Both behave
 * the same, so the calculator never depends on storage working.
 */
import { createStore, entries, del, get, set, promisifyRequest, type UseStore } from 'idb-keyval';
import type { Draft } from '../rules/core';
import { freeName, storedRevision, toStored, type DraftRecord, type Journaled, type StoredRead } from './draft-record';

/**
 * The record reader and the draft schema with it, fetched on the first read of a stored record: a first visit, with
 * nothing stored, never loads them, and a save loads them only when another tab saved first.
 */
const reader = () => import('./read-record');
import { recordId, recordKey } from './record-key';
import { within } from '../within';
import type { Work } from './work';

/** A draft to save, without the fields the store sets. */
export interface DraftEntry {
  id: string;
  name: string;
  createdAt: number;
  /** Plain data: pass `$state.snapshot(draft)`, never a Svelte proxy. */
  draft: Draft;
  /** Open forms and their raw text (plain data). */
  work?: Work | undefined;
  /** The journal entries this save holds, by tab, with those of the revision it is saved over (see Journaled). */
  journaled?: Journaled | undefined;
}

/** The outcome of a save. A conflict writes nothing. */
export type SaveResult =
  | { ok: true; record: DraftRecord }
  /** Someone else (another tab) saved since the revision this save expected. */
  | { ok: false; reason: 'changed'; current: StoredRead }
  /** The record was deleted (in another tab) since it was opened. */
  | { ok: false; reason: 'missing' };

/** Named drafts on this device. */
export interface DraftStore {
  /** False when drafts live only in this page's memory. */
  readonly persistent: boolean;
  /** Every stored draft, newest first (unreadable ones included, marked broken). */
  list(): Promise<StoredRead[]>;
  get(id: string): Promise<StoredRead | undefined>;
  /**
   * Saves when the stored revision is still `expectedRevision` (0: the record must not exist yet), in one
   * transaction; the new revision is `expectedRevision + 1`.
   */
  save(entry: DraftEntry, expectedRevision: number): Promise<SaveResult>;
  remove(id: string): Promise<void>;
  getLastOpened(): Promise<string | undefined>;
  setLastOpened(id: string): Promise<void>;
}

/** Database names: one database per store, because idb-keyval cannot add a store to an existing database. */
export const DB_DRAFTS = 'hunan-jxjy-drafts';
export const DB_SETTINGS = 'hunan-jxjy-settings';
const LAST_OPENED = 'lastOpened';

/** Newest first; unreadable records last. */
function sortNewestFirst(list: StoredRead[]): StoredRead[] {
  const time = (r: StoredRead) => ('broken' in r ? -1 : r.updatedAt);
  return list.sort((a, b) => time(b) - time(a));
}

/** A new draft under a name none of the `stored` values has (freeName). */
const named = (entry: DraftEntry, stored: unknown[]): DraftEntry => ({ ...entry, name: freeName(entry.name, new Set(stored.map((r) => (r as { name?: unknown } | null)?.name))) });

function buildRecord(entry: DraftEntry, revision: number, now: number): DraftRecord {
  return { id: entry.id, name: entry.name, createdAt: entry.createdAt, updatedAt: now, revision, draft: entry.draft, work: entry.work, journaled: entry.journaled };
}

/**
 * Drafts in IndexedDB. Calls throw (or reject) where IndexedDB is unavailable: use openDraftStore(). Both databases
 * start opening at once (idb-keyval opens one on its first use): the page asks the settings first, then the drafts,
 * and on a first visit each is created.
 */
export function createIdbDraftStore(now: () => number = Date.now): DraftStore {
  const drafts: UseStore = createStore(DB_DRAFTS, 'drafts');
  const settings: UseStore = createStore(DB_SETTINGS, 'settings');
  // An empty read-only transaction: the database is open (or its failure known) when the list is asked for. A
  // browser that refuses at once is told by the first real call, as before.
  try {
    drafts('readonly', () => undefined).catch(() => undefined);
  } catch {
    // The same refusal comes again with the call that needs the drafts.
  }
  return {
    persistent: true,
    async list() {
      // Any key IndexedDB allows, not only the strings the site writes: recordId gives each one an id that get,
      // save and remove turn back into the key.
      const all = await entries<IDBValidKey, unknown>(drafts);
      if (all.length === 0) return [];
      const { readRecord } = await reader();
      return sortNewestFirst(all.map(([key, raw]) => readRecord(recordId(key), raw)));
    },
    async get(id) {
      const raw = await get<unknown>(recordKey(id), drafts);
      return raw === undefined ? undefined : (await reader()).readRecord(id, raw);
    },
    async save(entry, expectedRevision) {
      // The reader is needed only when another tab saved first; it is fetched then, after the transaction.
      // Read and write in one readwrite transaction, so two tabs cannot both pass the revision check.
      const result = await drafts('readwrite', (store) =>
        new Promise<SaveResult | { ok: false; reason: 'changed'; raw: unknown }>((resolve, reject) => {
          const request = store.get(recordKey(entry.id));
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const raw: unknown = request.result;
            if (raw === undefined && expectedRevision !== 0) return resolve({ ok: false, reason: 'missing' });
            if (raw !== undefined && storedRevision(raw) !== expectedRevision) {
              return resolve({ ok: false, reason: 'changed', raw });
            }
            const put = (record: DraftRecord) => {
              try {
                store.put(toStored(record), recordKey(entry.id));
              } catch (error) {
                return reject(error);
              }
              promisifyRequest(store.transaction).then(() => resolve({ ok: true, record }), reject);
            };
            if (raw !== undefined) return put(buildRecord(entry, expectedRevision + 1, now()));
            // A new draft takes a name no stored draft has, in this transaction: two tabs of a first visit, each with
            // its 我的测算, saved two drafts of one name that the list could not tell apart (each tab's list was
            // read before the other's save reached it).
            const all = store.getAll();
            all.onerror = () => reject(all.error);
            all.onsuccess = () => put(buildRecord(named(entry, all.result), 1, now()));
          };
        }),
      );
      if (!('raw' in result)) return result;
      return { ok: false, reason: 'changed', current: (await reader()).readRecord(entry.id, result.raw) };
    },
    remove: (id) => del(recordKey(id), drafts),
    getLastOpened: async () => {
      const id = await get<unknown>(LAST_OPENED, settings);
      return typeof id === 'string' ? id : undefined;
    },
    setLastOpened: (id) => set(LAST_OPENED, id, settings),
  };
}

/** Drafts in this page's memory only: lost on reload. Values are cloned, as IndexedDB would. */
export function createMemoryDraftStore(now: () => number = Date.now): DraftStore {
  const records = new Map<string, unknown>();
  let lastOpened: string | undefined;
  return {
    persistent: false,
    async list() {
      if (records.size === 0) return [];
      const { readRecord } = await reader();
      return sortNewestFirst([...records].map(([key, raw]) => readRecord(key, structuredClone(raw))));
    },
    async get(id) {
      return records.has(id) ? (await reader()).readRecord(id, structuredClone(records.get(id))) : undefined;
    },
    async save(entry, expectedRevision) {
      const raw = records.get(entry.id);
      if (raw === undefined && expectedRevision !== 0) return { ok: false, reason: 'missing' };
      if (raw !== undefined && storedRevision(raw) !== expectedRevision) return { ok: false, reason: 'changed', current: (await reader()).readRecord(entry.id, structuredClone(raw)) };
      const record = buildRecord(structuredClone(raw === undefined ? named(entry, [...records.values()]) : entry), expectedRevision + 1, now());
      records.set(entry.id, structuredClone(toStored(record)));
      return { ok: true, record };
    },
    remove: async (id) => {
      records.delete(id);
    },
    getLastOpened: async () => lastOpened,
    setLastOpened: async (id) => {
      lastOpened = id;
    },
  };
}

/** A store and, when it is memory only, why. */
export interface OpenedStore {
  store: DraftStore;
  /** Chinese explanation for the user when drafts cannot be kept on this device; null when they can. */
  problem: string | null;
}

/** Why drafts stay in the page (storage-problem.ts, fetched only then); said in short where that cannot be fetched. */
const unavailable = () => import('./storage-problem').then((m) => m.UNAVAILABLE, () => '此浏览器不允许本站在本机保存数据，内容只保存在当前页面中，关闭或刷新后会丢失。');

/**
 * Opens IndexedDB and checks that it answers; falls back to memory with an explanation. Browser only.
 * Some browsers never answer an open request in private mode, hence the time limit: one second (a working
 * IndexedDB answers in tens of milliseconds), so the calculator is never held on its loading line longer.
 */
export async function openDraftStore(timeoutMs = 1000): Promise<OpenedStore> {
  if (typeof indexedDB === 'undefined') return { store: createMemoryDraftStore(), problem: await unavailable() };
  try {
    const store = createIdbDraftStore();
    await within(store.getLastOpened(), timeoutMs);
    return { store, problem: null };
  } catch {
    return { store: createMemoryDraftStore(), problem: await unavailable() };
  }
}
