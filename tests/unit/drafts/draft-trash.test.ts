/** 最近删除: deleted drafts kept for a while, read back as untrusted data. */
import { IDBFactory } from 'fake-indexeddb';
import { createStore, set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_SETTINGS, type DraftRecord } from '../../../src/lib/drafts';
import { toStored } from '../../../src/lib/drafts/draft-record';
import { createIdbTrash, createMemoryTrash, readTrash, TRASH_DAYS, TRASH_LIMIT, type DraftTrash } from '../../../src/lib/drafts/draft-trash';
import { caseDraft } from './fixtures';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 11, 7, 8);

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const record = (id: string, name = '我的测算'): DraftRecord => ({ id, name, createdAt: 1, updatedAt: 2, revision: 3, draft: caseDraft() });

describe.each([
  ['IndexedDB', () => createIdbTrash()],
  ['memory', () => createMemoryTrash()],
] as const)('%s trash', (_name, make: () => DraftTrash) => {
  it('keeps a deleted draft with its case, newest first, and forgets one put back', async () => {
    const trash = make();
    await trash.keep(record('d1', '甲稿'), NOW - 2000);
    await trash.keep(record('d2', '乙稿'), NOW - 1000);
    const list = await trash.list(NOW);
    expect(list.map((d) => [d.record.name, d.deletedAt])).toEqual([
      ['乙稿', NOW - 1000],
      ['甲稿', NOW - 2000],
    ]);
    expect(list[0]?.record.draft).toEqual(caseDraft());
    await trash.forget('d2');
    expect((await trash.list(NOW)).map((d) => d.record.id)).toEqual(['d1']);
  });

  it(`keeps the last ${TRASH_LIMIT}, for ${TRASH_DAYS} days, and a draft deleted again once`, async () => {
    const trash = make();
    for (let i = 1; i <= TRASH_LIMIT + 2; i++) await trash.keep(record(`d${i}`, `稿${i}`), NOW - (10 - i) * 1000);
    await trash.keep(record('d7', '稿7 再删'), NOW);
    const list = await trash.list(NOW);
    expect(list.map((d) => d.record.name)).toEqual(['稿7 再删', '稿6', '稿5', '稿4', '稿3']);
    expect((await trash.list(NOW + TRASH_DAYS * DAY + 1)).length).toBe(0);
  });
});

describe('readTrash: what storage holds is untrusted', () => {
  const entry = (over: Record<string, unknown> = {}) => ({ record: toStored(record('d1')), deletedAt: NOW - 1000, ...over });

  it('reads nothing from what is not a list', () => {
    for (const raw of [undefined, null, 'x', 42, { record: toStored(record('d1')) }]) expect(readTrash(raw, NOW)).toEqual([]);
  });

  it('drops an entry without a readable draft, a bad id, a time to come or past the limit, and a second of one id', () => {
    const bad = [
      null,
      'text',
      entry({ deletedAt: 'yesterday' }),
      entry({ deletedAt: NOW + DAY }),
      entry({ deletedAt: NOW - (TRASH_DAYS + 1) * DAY }),
      entry({ record: { ...toStored(record('d1')), draft: { activities: 'none' } } }),
      entry({ record: { ...toStored(record('d1')), id: '<img src=x onerror=alert(1)>' } }),
      entry({ record: { ...toStored(record('d1')), id: 'a'.repeat(65) } }),
    ];
    expect(readTrash(bad, NOW)).toEqual([]);
    const twice = readTrash([entry(), entry({ deletedAt: NOW - 500 })], NOW);
    expect(twice).toHaveLength(1);
  });

  it('reads a name as a stored draft’s name is read: control characters out, at most 60 characters', () => {
    const long = `\u202E${'名'.repeat(80)}`;
    const [read] = readTrash([entry({ record: { ...toStored(record('d1')), name: long } })], NOW);
    expect(read?.record.name).toBe('名'.repeat(60));
  });

  it('stays within its limit however many entries are stored', async () => {
    const many = Array.from({ length: 500 }, (_, i) => entry({ record: toStored(record(`d${i}`)), deletedAt: NOW - i }));
    await set('deletedDrafts', many, createStore(DB_SETTINGS, 'settings'));
    expect((await createIdbTrash().list(NOW)).length).toBe(TRASH_LIMIT);
  });
});
