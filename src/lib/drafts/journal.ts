/**
 * The journal: the draft and its work in progress written on every change, before the debounced save. A reload,
 * a navigation or the browser killing the page at any moment finds the last keystroke here; the next visit puts it
 * into the named draft (or beside it, when another tab saved since). One `put` started in the input handler
 * completes even when the page goes away at once; a read-then-write started in `pagehide` does not.
 *
 * An entry is two records: the whole entry, and its work alone (`journalWorkKey`). While a person types into a form,
 * the draft is the same object from key to key (the form's text is read into it after the next frame), so the key's
 * own write is the work alone (the open forms, the span form and the list order: about 11 KB of JSON with 500
 * activities, against about 54 KB for the whole entry, whose copy for IndexedDB took 0.8 ms of a key at 4× CPU).
 * The reader takes the work record when it is the newer.
 *
 * The work record holds the list's order only when it differs from the order the entry's last whole write held: a
 * key typed into a form never changes it, and with 500 activities its copy for IndexedDB was most of the key's write
 * (the put took 2.4 ms at 4× CPU with the order, 0.1–0.6 ms without). The reader takes the entry's order then.
 */
import { createStore, delMany, entries, promisifyRequest, type UseStore } from 'idb-keyval';
import type { Draft } from '../rules/core';
import type { Work } from './work';

/** One draft's latest state as typed in one tab. */
export interface JournalEntry {
  /** The draft's id. */
  id: string;
  /** The tab that typed it (tabKey): two tabs on one draft keep separate entries. */
  tab: string;
  name: string;
  createdAt: number;
  /** The revision of the named draft this state was typed over (0: never saved). */
  baseRevision: number;
  updatedAt: number;
  /** Plain data (the calculator's draft is never a proxy; work() builds plain objects). */
  draft: Draft;
  work: Work;
}

/** Where journal entries live. */
export interface Journal {
  /**
   * Starts the write at once (in the caller's task) and never throws; failures are ignored: the save follows. Returns
   * the time the entry is stored with (a reader's `updatedAt`), which a save holding it records (DraftRecord.journaled).
   */
  write(entry: JournalEntry): number;
  /** Every readable entry; unreadable ones are left out. */
  all(): Promise<JournalEntry[]>;
  remove(entry: { tab: string; id: string }): Promise<void>;
}

/** An entry of another tab is left alone while younger than this: that tab may still be open and save it itself. */
export const JOURNAL_STALE_MS = 5000;

/** The storage key of an entry. */
export const journalKey = (entry: { tab: string; id: string }): string => `${entry.tab}|${entry.id}`;

const WORK = '|work';
/** The key of an entry's work record: its work as typed since the entry itself was last written. */
export const journalWorkKey = (entry: { tab: string; id: string }): string => `${journalKey(entry)}${WORK}`;
const isWorkKey = (key: IDBValidKey): key is string => typeof key === 'string' && key.endsWith(WORK);

/**
 * A work record as stored: the entry it belongs to, when it was typed, and the work; without the order when it is the
 * entry's (the reader then takes the entry's).
 */
export interface JournalWork {
  id: string;
  tab: string;
  updatedAt: number;
  work: Work | Omit<Work, 'order'>;
}

/** The same ids in the same order. */
const sameOrder = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((id, i) => id === b[i]);

/** The journal's own database (idb-keyval cannot add a store to an existing database). */
export const DB_JOURNAL = 'hunan-jxjy-journal';

/**
 * idb-keyval's `set`, with its transaction committed at once. Without `commit()` the browser commits only once the
 * put's answer has come back to the page, a task or more later: a reload in the very next task lost that key (3 to
 * 5 times in 30 in Chromium); with it, the commit leaves with the put (none lost in 80). Where `commit` is missing
 * (Chromium before 76, Safari before 15) the transaction commits by itself, as before.
 */
function putNow(key: IDBValidKey, value: unknown, store: UseStore): Promise<void> {
  return store('readwrite', (s) => {
    s.put(value, key);
    s.transaction.commit?.();
    return promisifyRequest(s.transaction);
  });
}

/** The journal in IndexedDB. */
export function createIdbJournal(): Journal {
  let store: UseStore | undefined;
  const db = () => (store ??= createStore(DB_JOURNAL, 'journal'));
  // What each entry's last whole write held besides its work (the draft by identity: the calculator replaces it on
  // every change and never changes it in place), and its work's order. Forgotten when a write fails, so that the next
  // one is whole again.
  const written = new Map<string, Omit<JournalEntry, 'updatedAt' | 'work'> & { order: readonly string[] }>();
  // Strictly increasing, so that of two records written in one millisecond the later is the newer.
  let last = 0;
  const same = (a: Omit<JournalEntry, 'updatedAt' | 'work'>, b: JournalEntry) =>
    a.draft === b.draft && a.name === b.name && a.createdAt === b.createdAt && a.baseRevision === b.baseRevision;
  return {
    write(entry) {
      const key = journalKey(entry);
      const updatedAt = (last = Math.max(entry.updatedAt, last + 1));
      const forget = () => written.delete(key);
      try {
        const before = written.get(key);
        if (before !== undefined && same(before, entry)) {
          const { order, ...typed } = entry.work;
          const record: JournalWork = { id: entry.id, tab: entry.tab, updatedAt, work: sameOrder(order, before.order) ? typed : entry.work };
          putNow(journalWorkKey(entry), record, db()).catch(forget);
        } else {
          const { work, updatedAt: _at, ...rest } = entry;
          written.set(key, { ...rest, order: work.order });
          putNow(key, { ...entry, updatedAt }, db()).catch(forget);
        }
      } catch {
        // IndexedDB refused synchronously: the debounced save still runs.
        forget();
      }
      return updatedAt;
    },
    async all() {
      const all = await entries<IDBValidKey, unknown>(db());
      // The reader (and the draft schema) only when there is something to read: not on a first visit.
      if (all.length === 0) return [];
      const { readJournalEntry } = await import('./read-journal');
      const works = new Map(all.filter(([key]) => isWorkKey(key)).map(([key, raw]) => [String(key).slice(0, -WORK.length), raw]));
      return all
        .filter(([key]) => !isWorkKey(key))
        .map(([key, raw]) => readJournalEntry(key, raw, typeof key === 'string' ? works.get(key) : undefined))
        .filter((e): e is JournalEntry => e !== null);
    },
    remove: (entry) => {
      written.delete(journalKey(entry));
      return delMany([journalKey(entry), journalWorkKey(entry)], db());
    },
  };
}

/** No journal: drafts live in the page's memory only, so there is nothing a reload could find. */
export function createNullJournal(): Journal {
  return { write: (entry) => entry.updatedAt, all: async () => [], remove: async () => undefined };
}
