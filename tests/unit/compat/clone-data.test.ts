/** Copying an activity (复制 in the calculator) where the browser has no structuredClone. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cloneData } from '../../../src/lib/compat/clone-data';
import { caseDraft } from '../drafts/fixtures';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('cloneData', () => {
  for (const [where, setUp] of [['with structuredClone', () => {}], ['in a browser without structuredClone (Chromium 87, Safari 14)', () => vi.stubGlobal('structuredClone', undefined)]] as const) {
    it(`copies every activity of a draft deeply ${where}`, () => {
      setUp();
      const draft = caseDraft();
      const copy = cloneData(draft);
      expect(copy).toEqual(draft);
      expect(copy).not.toBe(draft);
      expect(copy.activities[0]).not.toBe(draft.activities[0]);
      (copy.activities as unknown[]).length = 0;
      expect(draft.activities.length).toBeGreaterThan(0);
    });
  }
});
