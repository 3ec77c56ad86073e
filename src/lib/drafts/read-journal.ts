/** Reading journal entries: the draft inside is checked by the draft schema, fetched with this module on use. */
import { MAX_NAME_LENGTH } from './draft-record';
import { journalKey, type JournalEntry } from './journal';
import { activityReader, readDraft } from './read-draft';
import { readWork } from './work';

/**
 * Reads an untrusted stored journal value, with its work record when there is one; null when it is not a usable
 * entry. The work record replaces the entry's work when it belongs to the entry and is newer; the entry's order stays
 * where the record holds none (journal.ts).
 */
export function readJournalEntry(key: unknown, raw: unknown, rawWork?: unknown): JournalEntry | null {
  if (typeof key !== 'string' || raw === null || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const obj = raw as Record<string, unknown>;
  const { id, tab } = obj;
  if (typeof id !== 'string' || typeof tab !== 'string' || journalKey({ tab, id }) !== key) return null;
  const read = readDraft(obj['draft']);
  if (!read.ok) return null;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);
  const name = typeof obj['name'] === 'string' && obj['name'].trim() !== '' ? obj['name'].slice(0, MAX_NAME_LENGTH) : '未命名草稿';
  const ids = read.draft.activities.map((a) => a.id);
  let updatedAt = num(obj['updatedAt']);
  let work = obj['work'];
  if (rawWork !== null && typeof rawWork === 'object' && !Array.isArray(rawWork)) {
    const later = rawWork as Record<string, unknown>;
    if (later['id'] === id && later['tab'] === tab && num(later['updatedAt']) > updatedAt) {
      updatedAt = num(later['updatedAt']);
      const typed = later['work'];
      const order = work !== null && typeof work === 'object' ? (work as Record<string, unknown>)['order'] : undefined;
      work = typed !== null && typeof typed === 'object' && !Array.isArray(typed) && !('order' in typed) ? { ...typed, order } : typed;
    }
  }
  return {
    id,
    tab,
    name,
    createdAt: num(obj['createdAt']),
    baseRevision: Number.isInteger(obj['baseRevision']) ? num(obj['baseRevision']) : 0,
    updatedAt,
    draft: read.draft,
    work: readWork(work, ids, activityReader(obj['draft'])),
  };
}
