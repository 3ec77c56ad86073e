/**
 * Reading stored records: the draft inside is checked by the draft schema (valibot), which the calculator page
 * fetches with this module on the first read, not with the page.
 */
import { MAX_NAME_LENGTH, RECORD_VERSION, storedRevision, type Journaled, type StoredRead } from './draft-record';
import { activityReader, readDraft } from './read-draft';
import { readWork } from './work';
import { ID_PATTERN, personText } from '../rules/draft-limits';
import { formatIssues } from '../rules/draft-schema';

/**
 * Reads an untrusted stored value under `key` (the record's id, see record-key.ts); anything unreadable comes back
 * as a BrokenRecord with the reason. Never throws: one bad record must not hide the others.
 */
export function readRecord(key: string, raw: unknown): StoredRead {
  try {
    return readStored(key, raw);
  } catch {
    return { broken: true, id: key, name: '未命名草稿', message: '存储的内容无法读取', raw };
  }
}

function readStored(key: string, raw: unknown): StoredRead {
  const obj = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;
  // As an imported file's name is kept (draft-file's cleanName): a right-to-left override written into storage by
  // hand turned 草稿管理's list and its 打开「…」 labels around (a tester's check).
  const name = typeof obj?.['name'] === 'string' ? personText(obj['name'] as string).slice(0, MAX_NAME_LENGTH) : '未命名草稿';
  if (obj === undefined) return { broken: true, id: key, name, message: '存储的内容不是草稿', raw };
  const recordVersion = obj['recordVersion'];
  if (typeof recordVersion === 'number' && recordVersion > RECORD_VERSION) {
    return { broken: true, id: key, name, message: '此草稿由较新版本的本站保存，请刷新页面后再试', raw };
  }
  const read = readDraft(obj['draft']);
  if (!read.ok) {
    // Field and message as an import states them (活动：活动最多 1000 项); run together they read 活动活动最多….
    const detail = read.issues[0] ? `（${formatIssues([read.issues[0]])}）` : `：${read.message}`;
    return { broken: true, id: key, name, message: `无法读取此草稿${detail}`, raw };
  }
  // A time a Date can hold (0: unknown, shown without 更新于).
  const time = (v: unknown) => (typeof v === 'number' && v > 0 && v <= 8.64e15 ? v : 0);
  return {
    id: key,
    name: name.trim() === '' ? '未命名草稿' : name,
    createdAt: time(obj['createdAt']),
    updatedAt: time(obj['updatedAt']),
    revision: storedRevision(obj),
    draft: read.draft,
    work: readWork(obj['work'], read.draft.activities.map((a) => a.id), activityReader(obj['draft'])),
    migratedFrom: read.migratedFrom,
    journaled: readJournaled(obj['journaled']),
  };
}

/**
 * At most this many tabs are kept in a record's Journaled (the newest): a tab's journal entries are stale within
 * seconds of its going away. A tab's own saves add only itself to what it read, so a record holds one more at most.
 */
export const MAX_JOURNALED_TABS = 16;

/** A stored Journaled, read as untrusted: tab keys of the site's form with times only, the newest MAX_JOURNALED_TABS. */
export function readJournaled(raw: unknown): Journaled | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const kept = Object.entries(raw as Record<string, unknown>)
    .slice(0, 4 * MAX_JOURNALED_TABS)
    .filter((e): e is [string, number] => ID_PATTERN.test(e[0]) && typeof e[1] === 'number' && Number.isFinite(e[1]) && e[1] > 0);
  return kept.length === 0 ? undefined : Object.fromEntries(kept.sort((a, b) => b[1] - a[1]).slice(0, MAX_JOURNALED_TABS));
}
