// @vitest-environment jsdom
/**
 * Hostile drafts (tests/unit/hostile/hostile-drafts.ts) through every way a draft reaches the page: as an imported
 * file and as a stored record that was the last one opened. Each case: no throw, a Chinese message naming the
 * problem (or the draft read and put right), the page usable, the saved draft untouched, no prototype touched.
 */
import { set, createStore } from 'idb-keyval';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DB_DRAFTS, isBroken, rawRecordJson, readDraftFile } from '../../../src/lib/drafts';
import type { Draft } from '../../../src/lib/rules';
import { calcOf, CASE_TIMEOUT_MS, closePages, deviceWithSavedDraft, expectChinese, expectUntouched, expectUsable, openPage, slowestLine, timed } from './harness';
import { hostileDrafts, type HostileDraft } from './hostile-drafts';

vi.setConfig({ testTimeout: CASE_TIMEOUT_MS });

beforeEach(() => {
  history.replaceState(null, '', '/calculator/');
  sessionStorage.clear();
});
afterEach(closePages);
afterAll(() => {
  console.log(slowestLine('drafts'));
});

function expectNoPollution(): void {
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
}

function expectUniqueIds(draft: Draft): void {
  expect(new Set(draft.activities.map((a) => a.id)).size).toBe(draft.activities.length);
}

const fileText = (c: HostileDraft) => c.text ?? JSON.stringify(c.value());

describe(`hostile drafts (${hostileDrafts.length})`, () => {
  describe('as an imported file', () => {
    it.each(hostileDrafts.filter((c) => c.json !== false).map((c) => [c.name, c] as const))('%s', async (_name, c) => {
      const { store, raw } = await deviceWithSavedDraft();
      const before = await raw();
      const page = await openPage(store);
      const text = fileText(c);
      const direct = readDraftFile(text);
      const imported = await timed('drafts', `file: ${c.name}`, () => page.importFile(new File([text], '导入.json', { type: 'application/json' })));
      expectUsable(page);
      expectNoPollution();
      expectUntouched(before, await raw());
      if ('refused' in c.outcome) {
        expect(direct.ok).toBe(false);
        expect(imported).toBe(false);
        expectChinese(page.importError?.message);
        expect([page.importError?.message, ...(page.importError?.details ?? [])].join('\n')).toMatch(c.outcome.refused);
        expect(calcOf(page).draft.activities.map((a) => a.id)).toEqual(['mine']);
      } else {
        if (!direct.ok) throw new Error(direct.message);
        expect(imported).toBe(true);
        expectUniqueIds(calcOf(page).draft);
        c.outcome.check?.(direct.draft);
        expect((await raw()).size).toBe(before.size + 1);
      }
    });
  });

  describe('as the stored record opened last', () => {
    it.each(hostileDrafts.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
      const { store, raw } = await deviceWithSavedDraft();
      const value = c.text === undefined ? c.value() : JSON.parse(c.text);
      await set('hostile', { recordVersion: 1, id: 'hostile', name: '外来草稿', createdAt: 1, updatedAt: 3, revision: 1, draft: value }, createStore(DB_DRAFTS, 'drafts'));
      await store.setLastOpened('hostile');
      const before = await raw();
      const page = await timed('drafts', `stored: ${c.name}`, () => openPage(store));
      expectUsable(page);
      expectNoPollution();
      const listed = page.drafts.find((d) => d.id === 'hostile');
      if (listed === undefined) throw new Error('the stored record is not listed');
      if ('refused' in c.outcome) {
        if (!isBroken(listed)) throw new Error('expected the record to be listed as unreadable');
        expectChinese(listed.message);
        expect(listed.message).toMatch(c.outcome.refused);
        expect(() => rawRecordJson(listed.raw)).not.toThrow();
        expect(page.current.id).toBe('saved');
      } else {
        if (isBroken(listed)) throw new Error(listed.message);
        expect(page.current.id).toBe('hostile');
        expectUniqueIds(listed.draft);
        c.outcome.check?.(listed.draft);
      }
      // Reading, listing and opening write nothing: the hostile record and the saved draft stay as they were.
      expectUntouched(before, await raw());
    });
  });
});
