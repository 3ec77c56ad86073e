/**
 * The journal: the draft and its work in progress written on every change, before the debounced save. A reload,
 * a navigation or the browser killing the page at any moment finds the last keystroke here; the next visit puts it
 * into the named draft (or beside it, when another tab saved since). One `put` started in the input handler
 * completes even when the page goes away at once; a read-then-write started in `pagehide` does not.
 */
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
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
  /** Starts the write at once (in the caller's task) and never throws; failures are ignored: the save follows. */
  write(entry: JournalEntry): void;
  /** Every readable entry; unreadable ones are left out. */
  all(): Promise<JournalEntry[]>;
  remove(entry: { tab: string; id: string }): Promise<void>;
}

/** An entry of another tab is left alone while younger than this: that tab may still be open and save it itself. */
export const JOURNAL_STALE_MS = 5000;

/** The storage key of an entry. */
export const journalKey = (entry: { tab: string; id: string }): string => `${entry.tab}|${entry.id}`;

/** The journal's own database (idb-keyval cannot add a store to an existing database). */
export const DB_JOURNAL = 'hunan-jxjy-journal';


/** The journal in IndexedDB. */
export function createIdbJournal(): Journal {
  let store: UseStore | undefined;
  const db = () => (store ??= createStore(DB_JOURNAL, 'journal'));
  return {
    write(entry) {
      try {
        set(journalKey(entry), entry, db()).catch(() => undefined);
      } catch {
        // IndexedDB refused synchronously: the debounced save still runs.
      }
    },
    async all() {
      const all = await entries<IDBValidKey, unknown>(db());
      // The reader (and the draft schema) only when there is something to read: not on a first visit.
      if (all.length === 0) return [];
      const { readJournalEntry } = await import('./read-journal');
      return all.map(([key, raw]) => readJournalEntry(key, raw)).filter((e): e is JournalEntry => e !== null);
    },
    remove: (entry) => del(journalKey(entry), db()),
  };
}

/** No journal: drafts live in the page's memory only, so there is nothing a reload could find. */
export function createNullJournal(): Journal {
  return { write: () => undefined, all: async () => [], remove: async () => undefined };
}
