/**
 * Drafts from before 计入年度 was retired: a 6–12 month assignment across two calendar years counts in its end year
 * (附件1 二 7 “视为完成当年”, POLICY-NOTES.md). A stored record, an exported file and a share link that hold the old
 * choice (countYear) still open; where 开始当年 had decided the year the item says so, once, and elsewhere nothing.
 */
import { IDBFactory } from 'fake-indexeddb';
import { createStore, set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { calculate, type Draft } from '../../../src/lib/rules';
import { createIdbDraftStore, DB_DRAFTS, isBroken, readDraftFile } from '../../../src/lib/drafts';
import { decodeShareHash, encodeShareFragment } from '../../../src/lib/share';
import { toBase64Url } from '../../../src/lib/share/base64url';

const NOTICE = '计入年度已按通知改为结束当年（2023年），原选择的开始当年不再适用';

/** A draft as an earlier version of the site wrote it: an assignment from 2022-09 to 2023-04 and its 计入年度. */
function olderDraft(countYear: unknown, dates = { start: '2022-09-01', end: '2023-04-30' }, ruleSet = 'zhuzhou-2024') {
  return {
    format: 'hunan-jxjy-draft',
    version: 1,
    ruleSet,
    profile: { titleLevel: 'deputy-senior', degree: 'bachelor', medical: false, teacher: false },
    // The 2020 round's span (2015–2019) would leave 2023 out: the same years for both rounds.
    span: { from: 2019, to: 2024 },
    coveredYears: [],
    activities: [{ id: 'a1', kind: 'assignment', title: '援藏', mission: 'tibet', ...dates, passed: true, countYear }],
  };
}

/** The years an assignment meets and what its item tells the person. */
function outcome(draft: Draft) {
  const result = calculate(draft);
  const item = result.items[0];
  return { met: result.years.filter((y) => y.metInFull?.by === 'assignment').map((y) => y.year), warnings: item?.warnings, status: item?.status };
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe.each([
  ['zhuzhou-2024', '附件1 二 7'],
  ['hunan-2020', '附件 二 7'],
])('a %s draft that chose 开始当年 for a cross-year assignment of 6 months to a year (%s)', (ruleSet, _clause) => {
  const older = () => olderDraft('start', undefined, ruleSet);

  it('opens from an exported file, counts in the end year and carries the notice', () => {
    const read = readDraftFile(JSON.stringify(older()));
    if (!read.ok) throw new Error(read.message);
    expect(outcome(read.draft)).toEqual({ met: [2023], warnings: [NOTICE], status: 'met-in-full' });
  });

  it('opens from IndexedDB, as saved by the earlier version, with the same notice', async () => {
    await set('old-1', { recordVersion: 1, id: 'old-1', name: '旧草稿', createdAt: 1, updatedAt: 2, revision: 3, draft: older() }, createStore(DB_DRAFTS, 'drafts'));
    const [stored] = await createIdbDraftStore().list();
    if (stored === undefined || isBroken(stored)) throw new Error(`not opened: ${JSON.stringify(stored)}`);
    expect(outcome(stored.draft)).toEqual({ met: [2023], warnings: [NOTICE], status: 'met-in-full' });
  });

  it('opens from a share link made by the earlier version (uncompressed form), with the same notice', async () => {
    const { format: _format, ...payload } = older();
    const link = await decodeShareHash(`#share=1.j${toBase64Url(new TextEncoder().encode(JSON.stringify(payload)))}`);
    if (!link.ok) throw new Error(link.message);
    expect(outcome(link.draft)).toEqual({ met: [2023], warnings: [NOTICE], status: 'met-in-full' });
  });

  it('keeps the old choice through a save and a new share link, so the notice is not lost on the way', async () => {
    const read = readDraftFile(JSON.stringify(older()));
    if (!read.ok) throw new Error(read.message);
    const store = createIdbDraftStore();
    await store.save({ id: 'x', name: '旧草稿', createdAt: 1, draft: read.draft }, 0);
    const saved = await store.get('x');
    if (saved === undefined || isBroken(saved)) throw new Error('not saved');
    expect(outcome(saved.draft).warnings).toEqual([NOTICE]);
    const link = await decodeShareHash(`#${await encodeShareFragment(saved.draft)}`);
    if (!link.ok) throw new Error(link.message);
    expect(outcome(link.draft).warnings).toEqual([NOTICE]);
  });
});

describe('an older draft whose 计入年度 decided nothing opens and says nothing (附件1 二 7)', () => {
  it.each([
    ['结束当年 across two years', olderDraft('end'), [2023]],
    ['开始当年 within one year', olderDraft('start', { start: '2022-01-01', end: '2022-09-30' }), [2022]],
    ['开始当年 for a posting longer than a year', olderDraft('start', { start: '2021-09-01', end: '2023-04-30' }), [2021, 2022, 2023]],
    ['a value no round offered', olderDraft('middle'), [2023]],
  ] as const)('%s', (_name, input, met) => {
    const read = readDraftFile(JSON.stringify(input));
    if (!read.ok) throw new Error(read.message);
    expect(outcome(read.draft)).toEqual({ met, warnings: [], status: 'met-in-full' });
  });

  it('reads a value of any type without an error and drops it', () => {
    for (const value of [7, null, true, ['start'], { year: 2022 }, 'x'.repeat(1000)]) {
      const read = readDraftFile(JSON.stringify(olderDraft(value)));
      expect(read.ok, JSON.stringify(value).slice(0, 20)).toBe(true);
      if (read.ok) expect(read.draft.activities[0]).not.toHaveProperty('countYear', expect.anything());
    }
  });
});
