/** Named drafts on the device: IndexedDB (fake-indexeddb here) and the in-memory fallback behave alike. */
import { IDBFactory } from 'fake-indexeddb';
import { createStore, get, keys, set } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createIdbDraftStore,
  createMemoryDraftStore,
  isBroken,
  openDraftStore,
  recordId,
  recordKey,
  DB_DRAFTS,
  type DraftRecord,
  type DraftStore,
  type StoredRead,
} from '../../../src/lib/drafts';
import { caseDraft } from './fixtures';

beforeEach(() => {
  // A fresh, empty IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory();
});

function record(value: StoredRead | undefined): DraftRecord {
  if (value === undefined || isBroken(value)) throw new Error(`expected a readable draft, got ${JSON.stringify(value)}`);
  return value;
}

const entry = (id: string, name = '我的测算') => ({ id, name, createdAt: 1, draft: caseDraft() });

describe.each([
  ['IndexedDB', () => createIdbDraftStore()],
  ['memory', () => createMemoryDraftStore()],
] as const)('%s draft store', (_name, make: () => DraftStore) => {
  it('saves a new draft as revision 1 and reads the same case back', async () => {
    const store = make();
    const saved = await store.save(entry('d1'), 0);
    expect(saved).toMatchObject({ ok: true, record: { revision: 1 } });
    const read = record(await store.get('d1'));
    expect(read.draft).toEqual(caseDraft());
    expect(read.name).toBe('我的测算');
  });

  it('refuses a save based on an older revision (another tab saved first) and writes nothing', async () => {
    const store = make();
    await store.save(entry('d1'), 0);
    await store.save({ ...entry('d1'), name: '另一标签页' }, 1);
    const stale = await store.save({ ...entry('d1'), name: '本标签页' }, 1);
    expect(stale.ok).toBe(false);
    if (!stale.ok && stale.reason === 'changed') expect(record(stale.current).name).toBe('另一标签页');
    else throw new Error('expected a conflict');
    expect(record(await store.get('d1'))).toMatchObject({ name: '另一标签页', revision: 2 });
  });

  it('gives a new draft a name no stored draft has, in the save itself, and keeps a saved draft’s name as it is', async () => {
    // Two tabs of a first visit, each showing its own 我的测算, saved two drafts of one name: each tab's list was read
    // before the other's save reached it (CI's phone check under load).
    const store = make();
    await store.save(entry('d1'), 0);
    const [second, third] = await Promise.all([store.save(entry('d2'), 0), store.save(entry('d3'), 0)]);
    expect([second, third].map((r) => r.ok && r.record.name)).toEqual(['我的测算 2', '我的测算 3']);
    expect(record(await store.get('d3')).name).toBe('我的测算 3');
    // A name at the limit keeps its number within it, and never splits an emoji.
    const long = `${'测'.repeat(57)}😀`;
    await store.save(entry('d4', long), 0);
    const fifth = await store.save(entry('d5', long), 0);
    expect(fifth.ok && fifth.record.name).toBe(`${'测'.repeat(57)} 2`);
    // Later saves are the draft's own: the name stays, even where another draft has it.
    expect(await store.save(entry('d1'), 1)).toMatchObject({ ok: true, record: { name: '我的测算' } });
  });

  it('refuses to create a draft twice under the same id', async () => {
    const store = make();
    await store.save(entry('d1'), 0);
    expect(await store.save(entry('d1'), 0)).toMatchObject({ ok: false, reason: 'changed' });
  });

  it('reports a draft deleted elsewhere as missing instead of silently re-creating it', async () => {
    const store = make();
    await store.save(entry('d1'), 0);
    await store.remove('d1');
    expect(await store.save(entry('d1'), 1)).toEqual({ ok: false, reason: 'missing' });
    expect(await store.get('d1')).toBeUndefined();
  });

  it('lists drafts newest first', async () => {
    let t = 100;
    vi.spyOn(Date, 'now').mockImplementation(() => t++);
    const store = make();
    await store.save(entry('old', '旧草稿'), 0);
    await store.save(entry('new', '新草稿'), 0);
    expect((await store.list()).map((r) => r.name)).toEqual(['新草稿', '旧草稿']);
  });

  it('remembers which draft was opened last', async () => {
    const store = make();
    expect(await store.getLastOpened()).toBeUndefined();
    await store.setLastOpened('d2');
    expect(await store.getLastOpened()).toBe('d2');
  });

  it('keeps its own copy: changing the saved object afterwards changes nothing stored', async () => {
    const store = make();
    const e = entry('d1');
    await store.save(e, 0);
    e.draft.activities.length = 0;
    expect(record(await store.get('d1')).draft.activities).toHaveLength(5);
  });
});

afterEach(() => vi.restoreAllMocks());

describe('IndexedDB draft store', () => {
  it('keeps drafts across page loads (a new store on the same database)', async () => {
    await createIdbDraftStore().save(entry('d1'), 0);
    const list = await createIdbDraftStore().list();
    expect(list.map((r) => r.id)).toEqual(['d1']);
  });

  it('keeps an unreadable record, marked broken with the reason, instead of dropping it', async () => {
    const raw = { recordVersion: 1, id: 'bad', name: '坏草稿', revision: 3, draft: { format: 'hunan-jxjy-draft', version: 1, ruleSet: 'zhuzhou-2024', profile: { titleLevel: 'chief' }, activities: [] } };
    await set('bad', raw, createStore(DB_DRAFTS, 'drafts'));
    const [read] = await createIdbDraftStore().list();
    expect(read).toMatchObject({ broken: true, id: 'bad', name: '坏草稿' });
    if (read && isBroken(read)) {
      expect(read.message).toContain('申报职称级别');
      expect(read.raw).toEqual(raw);
    }
  });
});

describe('a record written into storage by hand is read as untrusted (a tester\'s check)', () => {
  const db = () => createStore(DB_DRAFTS, 'drafts');

  it('keeps its name without a right-to-left override or controls, as an imported name is kept', async () => {
    await set('d-evil', { recordVersion: 1, id: 'd-evil', name: '<b>x</b>\u202Eevil\u0007', createdAt: 1, updatedAt: 2, revision: 1, draft: caseDraft() }, db());
    const [read] = await createIdbDraftStore().list();
    expect(read?.name).toBe('<b>x</b>evil ');
  });

  it('states a list over the limit once: 活动：活动最多 1000 项, not 活动活动最多', async () => {
    const draft = caseDraft();
    const one = draft.activities[0]!;
    const many = { ...draft, activities: Array.from({ length: 1001 }, (_, i) => ({ ...one, id: `a${i}` })) };
    await set('d-many', { recordVersion: 1, id: 'd-many', name: '很多', createdAt: 1, updatedAt: 2, revision: 1, draft: many }, db());
    const [read] = await createIdbDraftStore().list();
    expect(read && isBroken(read) && read.message).toBe('无法读取此草稿（活动：活动最多 1000 项）');
  });

  it('keeps of its saved journal entries only tab keys of the site\'s form with times, the newest 16', async () => {
    const many = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`tab-${i}`, 1000 + i]));
    const journaled = { ...many, '<b>': 5, 'tab-x': 'soon', 'tab-y': -1, 'tab-z': Number.POSITIVE_INFINITY };
    await set('d-j', { recordVersion: 1, id: 'd-j', name: '甲', createdAt: 1, updatedAt: 2, revision: 1, draft: caseDraft(), journaled }, db());
    await set('d-k', { recordVersion: 1, id: 'd-k', name: '乙', createdAt: 1, updatedAt: 1, revision: 1, draft: caseDraft(), journaled: ['tab-1', 5] }, db());
    const [j, k] = (await createIdbDraftStore().list()).map(record);
    expect(Object.keys(j!.journaled ?? {}).sort()).toEqual(Array.from({ length: 16 }, (_, i) => `tab-${i + 4}`).sort());
    expect(k!.journaled).toBeUndefined();
  });

  it('reads a time no date can hold as unknown (0), so the list shows no empty 更新于', async () => {
    for (const [i, updatedAt] of (['x', 1e20, -5, Number.NaN] as const).entries()) {
      await set(`d${i}`, { recordVersion: 1, id: `d${i}`, name: `草稿${i}`, createdAt: 1, updatedAt, revision: 1, draft: caseDraft() }, db());
    }
    const list = await createIdbDraftStore().list();
    expect(list.map((r) => (isBroken(r) ? 'broken' : r.updatedAt))).toEqual([0, 0, 0, 0]);
  });
});

describe('records under keys the site does not write', () => {
  const stored = (id: string) => ({ recordVersion: 1, id, name: '旧草稿', createdAt: 1, updatedAt: 2, revision: 4, draft: caseDraft() });

  it('opens, saves and deletes a draft stored under a number key, keeping that key', async () => {
    const raw = createStore(DB_DRAFTS, 'drafts');
    await set(5, stored('5'), raw);
    const store = createIdbDraftStore();
    const [listed] = await store.list();
    const opened = record(listed);
    expect(opened).toMatchObject({ name: '旧草稿', revision: 4 });
    expect(record(await store.get(opened.id)).draft).toEqual(caseDraft());

    expect(await store.save({ id: opened.id, name: '改过', createdAt: 1, draft: caseDraft() }, 4)).toMatchObject({ ok: true, record: { revision: 5 } });
    expect(await keys(raw)).toEqual([5]);
    expect(await get(5, raw)).toMatchObject({ name: '改过', revision: 5 });

    await store.remove(opened.id);
    expect(await keys(raw)).toEqual([]);
  });

  it.each([
    ['a date', new Date(Date.UTC(2024, 0, 1))],
    ['an array', [1, 'a', [2]]],
    ['binary data', new Uint8Array([0, 255, 16]).buffer],
    ['a string that looks like an encoded key', '~n5'],
    ['a negative fraction', -1.5],
    ['Infinity', Infinity],
  ] as [string, IDBValidKey][])('gives a record stored under %s an id that leads back to it', async (_what, key) => {
    const raw = createStore(DB_DRAFTS, 'drafts');
    await set(key, stored('x'), raw);
    const store = createIdbDraftStore();
    const [listed] = await store.list();
    expect(recordKey(record(listed).id)).toEqual(key);
    expect(record(await store.get(record(listed).id)).name).toBe('旧草稿');
  });

  it('leaves the ids the site makes as they are', () => {
    expect(recordId('d-lx3k9d-4f2a')).toBe('d-lx3k9d-4f2a');
    expect(recordKey('d-lx3k9d-4f2a')).toBe('d-lx3k9d-4f2a');
    expect(recordKey('~zzz')).toBe('~zzz');
  });
});

describe('openDraftStore', () => {
  it('uses IndexedDB when the browser allows it', async () => {
    const opened = await openDraftStore();
    expect(opened.problem).toBeNull();
    expect(opened.store.persistent).toBe(true);
  });

  it('falls back to memory, and says so in Chinese, when IndexedDB refuses to open', async () => {
    vi.spyOn(globalThis.indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The user denied permission', 'SecurityError');
    });
    const opened = await openDraftStore();
    expect(opened.store.persistent).toBe(false);
    expect(opened.problem).toMatch(/不允许本站在本机保存.*导出草稿/);
    expect(await opened.store.save(entry('d1'), 0)).toMatchObject({ ok: true });
  });

  it('falls back to memory when IndexedDB never answers (some private modes)', async () => {
    vi.spyOn(globalThis.indexedDB, 'open').mockImplementation(() => ({}) as IDBOpenDBRequest);
    const opened = await openDraftStore(50);
    expect(opened.store.persistent).toBe(false);
  });

  it('falls back to memory where there is no IndexedDB at all', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error: simulating a browser without IndexedDB
    delete globalThis.indexedDB;
    try {
      expect((await openDraftStore()).store.persistent).toBe(false);
    } finally {
      globalThis.indexedDB = saved;
    }
  });
});
