/** The stored form of a named draft: an envelope (name, times, revision) around the draft itself. */
import type { Draft } from '../rules/core';
import { readDraft } from './read-draft';
import { readWork, type Work } from './work';

/** Version of the envelope; the draft inside carries its own format version. */
export const RECORD_VERSION = 1;
/** Longest draft name accepted. */
export const MAX_NAME_LENGTH = 60;

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
}

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
  };
}

/** A stored revision as a number (0 when absent or malformed). */
export function storedRevision(raw: unknown): number {
  const revision = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)['revision'] : undefined;
  return typeof revision === 'number' && Number.isInteger(revision) && revision >= 0 ? revision : 0;
}

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
  const name = typeof obj?.['name'] === 'string' ? (obj['name'] as string).slice(0, MAX_NAME_LENGTH) : '未命名草稿';
  if (obj === undefined) return { broken: true, id: key, name, message: '存储的内容不是草稿', raw };
  const recordVersion = obj['recordVersion'];
  if (typeof recordVersion === 'number' && recordVersion > RECORD_VERSION) {
    return { broken: true, id: key, name, message: '此草稿由较新版本的本站保存，请刷新页面后再试', raw };
  }
  const read = readDraft(obj['draft']);
  if (!read.ok) {
    const detail = read.issues[0] ? `：${read.issues[0].field}${read.issues[0].message}` : `：${read.message}`;
    return { broken: true, id: key, name, message: `无法读取此草稿${detail}`, raw };
  }
  const time = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  return {
    id: key,
    name: name.trim() === '' ? '未命名草稿' : name,
    createdAt: time(obj['createdAt']),
    updatedAt: time(obj['updatedAt']),
    revision: storedRevision(obj),
    draft: read.draft,
    work: readWork(obj['work'], read.draft.activities.map((a) => a.id)),
    migratedFrom: read.migratedFrom,
  };
}
