/** Drafts written in an older format are migrated, never lost (docs/draft-format.md, version 0). */
import { IDBFactory } from 'fake-indexeddb';
import { createStore, get, set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { createIdbDraftStore, DB_DRAFTS, isBroken, migrateDraft, readDraft } from '../../../src/lib/drafts';
import { calculate, DRAFT_VERSION } from '../../../src/lib/rules';
import { caseDraft } from './fixtures';

/** The case as a pre-release (version 0) build stored it. */
function v0Case() {
  const v1 = caseDraft();
  return {
    version: 0,
    round: v1.ruleSet,
    profile: v1.profile,
    certifiedYears: v1.coveredYears,
    activities: v1.activities,
  };
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('migrateDraft', () => {
  it('turns a version-0 draft into the current version with the same case and the same figures', () => {
    const read = readDraft(v0Case());
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.migratedFrom).toBe(0);
    expect(read.draft.version).toBe(DRAFT_VERSION);
    expect(read.draft).toEqual(caseDraft());
    expect(calculate(read.draft).years).toEqual(calculate(caseDraft()).years);
  });

  it('maps a version-0 span override to the span field', () => {
    const read = readDraft({ ...v0Case(), spanOverride: { from: 2018, to: 2022 } });
    expect(read.ok && read.draft.span).toEqual({ from: 2018, to: 2022 });
  });

  it('leaves a current draft as it is', () => {
    const v1 = caseDraft();
    expect(migrateDraft(v1)).toEqual({ ok: true, value: v1, from: DRAFT_VERSION });
  });

  it('refuses a draft from a newer version of the site with a message, instead of guessing', () => {
    const result = migrateDraft({ ...caseDraft(), version: DRAFT_VERSION + 1 });
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.message).toContain('较新版本');
  });

  it('passes anything that is not a versioned draft on to validation unchanged', () => {
    expect(migrateDraft('text')).toEqual({ ok: true, value: 'text', from: undefined });
    expect(readDraft({ hello: 1 })).toMatchObject({ ok: false });
  });
});

describe('stored drafts in an older format', () => {
  it('reads a stored version-0 draft as the current format, and rewrites it on the next save', async () => {
    const raw = createStore(DB_DRAFTS, 'drafts');
    await set('old', { recordVersion: 1, id: 'old', name: '旧版草稿', createdAt: 1, updatedAt: 2, revision: 4, draft: v0Case() }, raw);

    const store = createIdbDraftStore();
    const read = await store.get('old');
    if (read === undefined || isBroken(read)) throw new Error('the old draft must be readable');
    expect(read.migratedFrom).toBe(0);
    expect(read.draft).toEqual(caseDraft());
    // Reading alone never rewrites: the stored value stays as it was until the user's next save.
    expect((await get<{ draft: { version: number } }>('old', raw))?.draft.version).toBe(0);

    await store.save({ id: 'old', name: read.name, createdAt: read.createdAt, draft: read.draft }, read.revision);
    expect((await get<{ draft: { version: number; format: string } }>('old', raw))?.draft).toMatchObject({ version: DRAFT_VERSION, format: 'hunan-jxjy-draft' });
  });

  it('keeps a stored draft from a newer version untouched and explains why it cannot be opened', async () => {
    const raw = createStore(DB_DRAFTS, 'drafts');
    const future = { recordVersion: 1, id: 'f', name: '新版草稿', revision: 1, draft: { ...caseDraft(), version: DRAFT_VERSION + 1 } };
    await set('f', future, raw);
    const read = await createIdbDraftStore().get('f');
    expect(isBroken(read)).toBe(true);
    if (isBroken(read)) expect(read.message).toContain('较新版本');
    expect(await get('f', raw)).toEqual(future);
  });
});
