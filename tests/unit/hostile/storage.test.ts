// @vitest-environment jsdom
/**
 * Storage faults: IndexedDB missing, refusing, silent or failing; records that are corrupt or stored under keys the
 * site never writes; two tabs at once. Each: the page comes up usable, says what is wrong in Chinese where the user
 * must know, and never changes or drops what is stored.
 */
import { IDBFactory } from 'fake-indexeddb';
import { createStore, entries, set } from 'idb-keyval';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdbDraftStore, DB_DRAFTS, DB_SETTINGS, isBroken, openDraftStore, rawRecordJson, type DraftStore } from '../../../src/lib/drafts';
import { calcOf, CASE_TIMEOUT_MS, closePages, deviceWithSavedDraft, expectChinese, expectUntouched, expectUsable, openPage, savedDraft, slowestLine, timed } from './harness';
import type { DraftSession } from '../../../src/components/calculator/draft-session.svelte';

vi.setConfig({ testTimeout: CASE_TIMEOUT_MS });

beforeEach(() => {
  history.replaceState(null, '', '/calculator/');
  sessionStorage.clear();
});
afterEach(() => {
  closePages();
  vi.restoreAllMocks();
});
afterAll(() => {
  console.log(slowestLine('storage'));
});

const drafts = () => createStore(DB_DRAFTS, 'drafts');

function addExam(page: DraftSession): void {
  const calc = calcOf(page);
  const id = calc.addActivity('exam')!;
  for (const [k, v] of Object.entries({ year: '2022', count: '1' })) calc.setValue(id, k, v);
}

/** A record as the site stores it, around the saved draft. */
const record = (id: string, patch: Record<string, unknown> = {}) => ({ recordVersion: 1, id, name: '外来草稿', createdAt: 1, updatedAt: 2, revision: 1, draft: savedDraft(), ...patch });

describe('IndexedDB missing, refusing or silent', () => {
  it('works in memory and says so where there is no IndexedDB at all', async () => {
    // @ts-expect-error: a browser without IndexedDB
    delete globalThis.indexedDB;
    const page = await timed('storage', 'no IndexedDB', () => openPage(undefined as unknown as DraftStore));
    expectUsable(page);
    expect(page.persistent).toBe(false);
    expectChinese(page.storageProblem);
    expect(page.storageProblem).toContain('导出草稿');
  });

  it('works in memory and says so when opening the database throws', async () => {
    globalThis.indexedDB = new IDBFactory();
    vi.spyOn(globalThis.indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const page = await timed('storage', 'open throws', () => openPage(undefined as unknown as DraftStore));
    expectUsable(page);
    expect(page.persistent).toBe(false);
    expectChinese(page.storageProblem);
  });

  it('works in memory and says so when opening the database fails later (error event)', async () => {
    globalThis.indexedDB = new IDBFactory();
    vi.spyOn(globalThis.indexedDB, 'open').mockImplementation(() => {
      const request = { error: new DOMException('broken', 'UnknownError') } as unknown as IDBOpenDBRequest;
      setTimeout(() => (request.onerror as unknown as () => void)?.());
      return request;
    });
    const page = await timed('storage', 'open error event', () => openPage(undefined as unknown as DraftStore));
    expectUsable(page);
    expect(page.persistent).toBe(false);
    expectChinese(page.storageProblem);
  });

  it('falls back to memory when opening never answers, after the time limit it is given', async () => {
    // The page's default limit is 3 s (openDraftStore); a shorter one keeps this case within the suite's bound.
    globalThis.indexedDB = new IDBFactory();
    vi.spyOn(globalThis.indexedDB, 'open').mockImplementation(() => ({}) as IDBOpenDBRequest);
    const opened = await timed('storage', 'open never answers (800 ms limit)', () => openDraftStore(800));
    expect(opened.store.persistent).toBe(false);
    expectChinese(opened.problem);
  });
});

describe('writes and reads that fail', () => {
  it('keeps the work in the page and says the storage is full when a save hits the quota, changing nothing stored', async () => {
    const { store, raw } = await deviceWithSavedDraft();
    const before = await raw();
    const page = await openPage(store);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      // As browsers throw it: a DOMException, which is an Error there (jsdom's is not, hence the plain Error).
      throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    });
    addExam(page);
    await timed('storage', 'quota on save', () => page.flush());
    expectUsable(page);
    expect(page.saveState).toBe('error');
    expectChinese(page.saveError);
    expect(page.saveError).toContain('存储空间不足');
    expect(calcOf(page).draft.activities).toHaveLength(2);
    vi.restoreAllMocks();
    expectUntouched(before, await raw());
  });

  it('comes up with a blank draft when listing the drafts fails', async () => {
    const { store, raw } = await deviceWithSavedDraft();
    const before = await raw();
    const failing: DraftStore = { ...store, list: () => Promise.reject(new DOMException('lost', 'UnknownError')) };
    const page = await timed('storage', 'list rejects', () => openPage(failing));
    expectUsable(page);
    expect(page.drafts).toEqual([]);
    expectUntouched(before, await raw());
  });

  it('says so in Chinese when a listed draft cannot be read any more', async () => {
    const { store } = await deviceWithSavedDraft();
    await store.save({ id: 'other', name: '另一份', createdAt: 1, draft: savedDraft() }, 0);
    const page = await openPage({ ...store, get: () => Promise.reject(new DOMException('lost', 'UnknownError')) });
    await timed('storage', 'get rejects', () => page.open(page.current.id === 'saved' ? 'other' : 'saved'));
    expectUsable(page);
    expectChinese(page.notice?.text);
  });

  it('comes up when remembering the last opened draft fails', async () => {
    const { store } = await deviceWithSavedDraft();
    const page = await timed('storage', 'setLastOpened rejects', () => openPage({ ...store, setLastOpened: () => Promise.reject(new DOMException('quota', 'QuotaExceededError')) }));
    expectUsable(page);
    expect(page.current.id).toBe('saved');
  });
});

/** Values under a string key that are no draft record, or a record whose parts are strange. */
const corrupt: [string, () => unknown, 'broken' | 'readable'][] = [
  ['null', () => null, 'broken'],
  ['a number', () => 42, 'broken'],
  ['a string', () => '草稿', 'broken'],
  ['a list', () => [record('x')], 'broken'],
  ['an empty object', () => ({}), 'broken'],
  ['a record without its draft', () => record('x', { draft: undefined }), 'broken'],
  ['a record of a newer version', () => record('x', { recordVersion: 99 }), 'broken'],
  ['a Map', () => new Map([['draft', savedDraft()]]), 'broken'],
  ['a Date', () => new Date(0), 'broken'],
  ['a Blob', () => new Blob(['{}']), 'broken'],
  ['a typed array', () => new Float64Array([NaN, Infinity]), 'broken'],
  ['a record that contains itself', () => { const r: Record<string, unknown> = record('x', { draft: null }); r['self'] = r; return r; }, 'broken'],
  ['a record nested 1000 deep', () => { let v: unknown = record('x'); for (let i = 0; i < 1000; i++) v = { draft: v }; return v; }, 'broken'],
  ['a record with a BigInt revision and NaN times', () => record('x', { revision: 5n, createdAt: NaN, updatedAt: Infinity }), 'readable'],
  ['a record with a name of a million characters', () => record('x', { name: '名'.repeat(1_000_000) }), 'readable'],
  ['a record with an object for a name', () => record('x', { name: { toString: 'x' } }), 'readable'],
  ['a record with a negative revision', () => record('x', { revision: -3 }), 'readable'],
];

describe('corrupt records', () => {
  it.each(corrupt)('lists %s beside the saved draft without losing either', async (what, value, expected) => {
    const { store, raw } = await deviceWithSavedDraft();
    await set('odd', value(), drafts());
    await store.setLastOpened('odd');
    const before = await raw();
    const page = await timed('storage', `corrupt: ${what}`, () => openPage(store));
    expectUsable(page);
    const listed = page.drafts.find((d) => d.id === 'odd');
    if (listed === undefined) throw new Error('the record is not listed');
    expect(listed.name.length).toBeLessThanOrEqual(60);
    if (expected === 'broken') {
      if (!isBroken(listed)) throw new Error('expected an unreadable record');
      expectChinese(listed.message);
      expect(() => JSON.parse(rawRecordJson(listed.raw))).not.toThrow();
      expect(page.current.id).toBe('saved');
    } else {
      expect(isBroken(listed)).toBe(false);
      expect(page.current.id).toBe('odd');
    }
    expectUntouched(before, await raw());
  });
});

describe('records under keys the site never writes', () => {
  it.each([
    ['a number', 7],
    ['a date', new Date(Date.UTC(2024, 0, 1))],
    ['an array', ['a', 1]],
    ['binary data', new Uint8Array([1, 2, 3]).buffer],
    ['a string starting with ~', '~n7'],
  ] as [string, IDBValidKey][])('opens and saves a draft stored under %s, under the same key', async (what, key) => {
    const { store } = await deviceWithSavedDraft();
    await set(key, record('x', { name: '旧草稿', updatedAt: Date.now() + 1000 }), drafts());
    const page = await openPage(store);
    const listed = page.drafts.find((d) => d.name === '旧草稿');
    if (listed === undefined || isBroken(listed)) throw new Error('not listed as readable');
    await timed('storage', `odd key: ${what}`, () => page.open(listed.id));
    expect(page.current.id).toBe(listed.id);
    expectUsable(page);
    addExam(page);
    await page.flush();
    expect(page.saveState).toBe('saved');
    const keys = (await entries(drafts())).map(([k]) => k);
    expect(keys).toHaveLength(2);
    expect(keys).toContainEqual(key);
    const [, stored] = (await entries(drafts())).find(([k]) => typeof k === typeof key && JSON.stringify(k) === JSON.stringify(key)) ?? [];
    expect(stored).toMatchObject({ revision: 2 });
  });

  it('ignores a last-opened setting that is not a draft id', async () => {
    const { store } = await deviceWithSavedDraft();
    await set('lastOpened', { id: 'saved' }, createStore(DB_SETTINGS, 'settings'));
    const page = await timed('storage', 'odd last-opened setting', () => openPage(store));
    expectUsable(page);
    expect(page.current.id).toBe('saved');
  });
});

describe('two tabs', () => {
  it('lets exactly one of two simultaneous saves of the same revision through', async () => {
    const { store, raw } = await deviceWithSavedDraft();
    const other = createIdbDraftStore();
    const entry = (name: string) => ({ id: 'saved', name, createdAt: 1, draft: savedDraft() });
    const results = await timed('storage', 'two tabs save at once', () => Promise.all([store.save(entry('甲'), 1), other.save(entry('乙'), 1)]));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === 'changed')).toHaveLength(1);
    const winner = results.find((r) => r.ok);
    expect((await raw()).get('saved')).toMatchObject({ revision: 2, name: winner?.ok ? winner.record.name : '' });
  });

  it('asks instead of overwriting when two tabs edit the same draft', async () => {
    const { store, raw } = await deviceWithSavedDraft();
    const a = await openPage(store);
    const b = await openPage(createIdbDraftStore());
    b.dispose(); // no messages between them: only the revision check is left
    addExam(a);
    await a.flush();
    const afterA = await raw();
    addExam(b);
    await timed('storage', 'second tab saves an old revision', () => b.flush());
    expect(b.conflict).toBe('changed');
    expectUsable(b);
    expectUntouched(afterA, await raw());
  });
});
