/**
 * 保存到本机: the officer's choice to keep a batch on this device (IndexedDB, its own database). Only the imported
 * tables and the choices made on them are kept; results are computed again on opening. Nothing is saved unless asked.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { Table } from './cells';
import type { ColumnMapping } from './layout';
import type { SavedInfo } from './protocol';

/** The database of the saved batch (one database per store: idb-keyval cannot add a store to an existing one). */
export const DB_BATCH = 'hunan-jxjy-batch';
const KEY = 'batch';

/** A saved batch. */
export interface SavedBatch extends SavedInfo {
  tables: Table[];
  mapping: ColumnMapping;
  excluded: string[];
}

let store: UseStore | undefined;
const db = () => (store ??= createStore(DB_BATCH, 'batch'));

/** Saves the batch, replacing any saved before. */
export async function saveBatch(batch: SavedBatch): Promise<void> {
  await set(KEY, batch, db());
}

/** The saved batch, if one is saved and readable. */
export async function readSavedBatch(): Promise<SavedBatch | undefined> {
  const value: unknown = await get(KEY, db());
  if (value === null || typeof value !== 'object') return undefined;
  const v = value as Partial<SavedBatch>;
  if (!Array.isArray(v.tables) || typeof v.ruleSetId !== 'string' || typeof v.savedAt !== 'number') return undefined;
  const tables = v.tables.filter((t): t is Table => t !== null && typeof t === 'object' && typeof t.name === 'string' && Array.isArray(t.rows) && t.rows.every((r) => Array.isArray(r)));
  const mapping = v.mapping !== null && typeof v.mapping === 'object' ? v.mapping : {};
  const excluded = Array.isArray(v.excluded) ? v.excluded.filter((x): x is string => typeof x === 'string') : [];
  return { savedAt: v.savedAt, source: typeof v.source === 'string' ? v.source : '', people: typeof v.people === 'number' ? v.people : 0, ruleSetId: v.ruleSetId, tables, mapping, excluded };
}

/** Deletes the saved batch. */
export async function clearSavedBatch(): Promise<void> {
  await del(KEY, db());
}
