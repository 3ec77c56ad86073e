/**
 * The share link's size limits are set by the longest case the calculator can make, which must still round-trip;
 * anything longer is refused before it is decoded. A legitimate large case also round-trips through a file.
 */
import { describe, expect, it } from 'vitest';
import { decodeShareHash, encodeShareFragment, MAX_SHARE_FRAGMENT, MAX_SHARE_JSON_BYTES, shareableDraft } from '../../../src/lib/share';
import { draftToJson, readDraftFile } from '../../../src/lib/drafts';
import { calculate, MAX_ACTIVITIES, parseDraft, type Draft } from '../../../src/lib/rules';
import { toBase64Url } from '../../../src/lib/share/base64url';
import { deflate } from '../../../src/lib/share/deflate';
import { bigDraftInput } from '../../fixtures/big-draft';

/** MAX_ACTIVITIES trainings with every field at its longest, 50 covered years and a span: the longest link there is. */
function longestCase(): Draft {
  const parsed = parseDraft({
    format: 'hunan-jxjy-draft',
    version: 1,
    ruleSet: 'zhuzhou-2024',
    profile: { titleLevel: 'deputy-senior', degree: 'bachelor', medical: true, teacher: true },
    span: { from: 2081, to: 2100 },
    coveredYears: Array.from({ length: 50 }, (_, i) => 2051 + i),
    activities: Array.from({ length: MAX_ACTIVITIES }, (_, i) => ({
      id: `a${i}`,
      kind: 'training',
      year: 2100,
      subject: 'professional',
      format: 'conference',
      days: 10000,
      halfDays: 10000,
      evenings: 10000,
    })),
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.draft;
}

const strip = (d: Draft) => ({ ...d, activities: d.activities.map(({ id: _id, title: _title, ...a }) => a) });

describe('share link limits', () => {
  it('opens the longest case the calculator can make, in its uncompressed form too', async () => {
    const draft = longestCase();
    const json = new TextEncoder().encode(JSON.stringify(shareableDraft(draft)));
    const uncompressed = `share=1.j${toBase64Url(json)}`;
    expect(json.byteLength).toBeLessThanOrEqual(MAX_SHARE_JSON_BYTES);
    expect(uncompressed.length).toBeLessThanOrEqual(MAX_SHARE_FRAGMENT);
    for (const fragment of [uncompressed, await encodeShareFragment(draft)]) {
      const back = await decodeShareHash(fragment);
      if (!back.ok) throw new Error(back.message);
      expect(strip(back.draft)).toEqual(strip({ ...draft, profile: { ...draft.profile } }));
    }
  });

  it('refuses a fragment one character over the limit, saying it is too long', async () => {
    const result = await decodeShareHash(`share=1.j${'A'.repeat(MAX_SHARE_FRAGMENT - 'share=1.j'.length + 1)}`);
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('过长') });
  });

  it('refuses a 2 MB fragment as too long', async () => {
    expect(await decodeShareHash(`#share=1.z${'A'.repeat(2_000_000)}`)).toMatchObject({ ok: false, message: expect.stringContaining('过长') });
  });

  it('refuses a short link whose content inflates past the largest case, saying so (not 不完整或已损坏)', async () => {
    const padded = `{"version":1${' '.repeat(MAX_SHARE_JSON_BYTES)}}`;
    const fragment = `share=1.z${toBase64Url(await deflate(new TextEncoder().encode(padded)))}`;
    expect(fragment.length).toBeLessThan(5_000);
    expect(await decodeShareHash(fragment)).toEqual({ ok: false, message: '分享链接的内容过大，不是本站生成的链接，无法打开。' });
  });
});

describe('the measuring case (tests/fixtures/big-draft.ts)', () => {
  const parsed = parseDraft(bigDraftInput({ withAssignment: true }));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const big = parsed.draft;
  const figures = (d: Draft) => calculate(d).years.map((y) => [y.year, y.public, y.professional, y.total, y.status]);

  it('round-trips through a share link with the same figures', async () => {
    const back = await decodeShareHash(`#${await encodeShareFragment(big)}`);
    if (!back.ok) throw new Error(back.message);
    expect(strip(back.draft)).toEqual(strip(big));
    expect(figures(back.draft)).toEqual(figures(big));
  });

  it('round-trips through an exported file unchanged', () => {
    expect(readDraftFile(draftToJson(big))).toEqual({ ok: true, draft: big, migratedFrom: undefined, repairs: [] });
  });
});
