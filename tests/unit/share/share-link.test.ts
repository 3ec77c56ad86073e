/** Share links carry the case, never the person; a damaged or hostile link is refused with a message. */
import { describe, expect, it } from 'vitest';
import { decodeShareHash, encodeShareFragment, isShareHash, shareUrl } from '../../../src/lib/share';
import { calculate, getRuleSet, ruleSetDigest, type Draft, type RuleSet } from '../../../src/lib/rules';
import { fromBase64Url, toBase64Url } from '../../../src/lib/share/base64url';
import { deflate, inflate } from '../../../src/lib/share/deflate';
import { caseDraft } from '../drafts/fixtures';

async function decodedJson(fragment: string): Promise<string> {
  const m = /^share=1\.z(.*)$/.exec(fragment);
  if (!m) throw new Error(`unexpected fragment ${fragment}`);
  const bytes = fromBase64Url(m[1] ?? '');
  if (!bytes) throw new Error('not base64url');
  return new TextDecoder().decode(await inflate(bytes, 1e7));
}

async function roundTrip(draft: Draft): Promise<Draft> {
  const decoded = await decodeShareHash(`#${await encodeShareFragment(draft)}`);
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.draft;
}

describe('share links', () => {
  it('round-trips the case: same round, profile type, span, covered years, activities and figures', async () => {
    const draft = { ...caseDraft(), span: { from: 2018, to: 2023 } };
    const back = await roundTrip(draft);
    expect(back.ruleSet).toBe(draft.ruleSet);
    expect(back.span).toEqual(draft.span);
    expect(back.coveredYears).toEqual(draft.coveredYears);
    expect(back.profile).toEqual({ titleLevel: 'deputy-senior', degree: 'bachelor', medical: false, teacher: false });
    expect(back.activities.map(({ id: _i, title: _t, ...a }) => a)).toEqual(draft.activities.map(({ id: _i, title: _t, ...a }) => a));
    const strip = (d: Draft) => calculate(d).years.map((y) => [y.year, y.public, y.professional, y.total, y.status]);
    expect(strip(back)).toEqual(strip(draft));
  });

  it('never carries the name, the employer or the activities’ own names', async () => {
    const fragment = await encodeShareFragment(caseDraft());
    const json = await decodedJson(fragment);
    for (const personal of ['张三', '株洲市某某医院', '李四老师的公需课', '网络课程', '"name"', '"employer"', '"title"']) {
      expect(json).not.toContain(personal);
    }
    const back = await roundTrip(caseDraft());
    expect(back.profile.name).toBeUndefined();
    expect(back.profile.employer).toBeUndefined();
    expect(back.activities.every((a) => a.title === undefined)).toBe(true);
  });

  it('is compressed: a 200-activity case fits in a fraction of its JSON', async () => {
    const draft = caseDraft();
    const many = { ...draft, activities: Array.from({ length: 200 }, (_, i) => ({ ...(draft.activities[i % 5] as Draft['activities'][number]), id: `x${i}` })) };
    const fragment = await encodeShareFragment(many);
    const plain = toBase64Url(new TextEncoder().encode(await decodedJson(fragment)));
    expect(fragment.length).toBeLessThan(plain.length / 5);
  });

  it('builds the URL on the page address, replacing any fragment, so nothing reaches the server', async () => {
    const url = await shareUrl('https://example.org/calculator/#old', caseDraft());
    expect(url.startsWith('https://example.org/calculator/#share=1.z')).toBe(true);
    expect(new URL(url).search).toBe('');
    expect(isShareHash(new URL(url).hash)).toBe(true);
  });

  it('refuses a truncated link with a message instead of a broken page', async () => {
    const fragment = await encodeShareFragment(caseDraft());
    const result = await decodeShareHash(fragment.slice(0, fragment.length - 12));
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('不完整或已损坏') });
  });

  it('refuses a link from a newer version of the site', async () => {
    const result = await decodeShareHash('#share=2.zAAAA');
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('较新版本') });
  });

  it('validates the case inside like any untrusted draft, naming the field', async () => {
    const hostile = { version: 1, ruleSet: 'zhuzhou-2024', profile: { titleLevel: 'full-senior', degree: 'master' }, activities: [{ kind: 'training', year: 2020, subject: 'public', format: 'training', days: -5, halfDays: 0 }] };
    const fragment = `share=1.z${toBase64Url(await deflate(new TextEncoder().encode(JSON.stringify(hostile))))}`;
    const result = await decodeShareHash(fragment);
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('第1项活动「全天天数（天）」：不能为负数') });
  });

  it('refuses a small link that would inflate to an enormous payload', async () => {
    const bomb = new TextEncoder().encode(`{"a":"${'0'.repeat(5_000_000)}"}`);
    const fragment = `share=1.z${toBase64Url(await deflate(bomb))}`;
    expect(fragment.length).toBeLessThan(20_000);
    expect(await decodeShareHash(fragment)).toMatchObject({ ok: false });
  });

  it('reads the uncompressed form written by browsers without CompressionStream', async () => {
    const payload = { version: 1, ruleSet: 'hunan-2020', profile: { titleLevel: 'intermediate', degree: 'bachelor' }, span: { from: 2016, to: 2019 }, activities: [] };
    const result = await decodeShareHash(`#share=1.j${toBase64Url(new TextEncoder().encode(JSON.stringify(payload)))}`);
    expect(result).toMatchObject({ ok: true, draft: { ruleSet: 'hunan-2020', span: { from: 2016, to: 2019 } } });
  });

  it('drops the name, employer, activity names and ids that a crafted link carries, whatever their form', async () => {
    const crafted = {
      version: 1,
      ruleSet: 'zhuzhou-2024',
      profile: { titleLevel: 'full-senior', degree: 'master', name: '张三', employer: '株洲市某某医院' },
      span: { from: 2019, to: 2023 },
      activities: [
        { id: 'mine-1', title: '李四老师的公需课', kind: 'training', year: 2020, subject: 'public', format: 'training', days: 1, halfDays: 0 },
        { id: 'mine-1', title: '<img src=x onerror=alert(1)>', kind: 'exam', year: 2021, count: 1 },
      ],
    };
    const result = await decodeShareHash(`share=1.z${toBase64Url(await deflate(new TextEncoder().encode(JSON.stringify(crafted))))}`);
    if (!result.ok) throw new Error(result.message);
    expect(result.draft.profile).toEqual({ titleLevel: 'full-senior', degree: 'master', medical: false, teacher: false });
    expect(result.draft.activities.map((a) => [a.id, a.title])).toEqual([['s1', undefined], ['s2', undefined]]);
    const text = JSON.stringify(result.draft);
    for (const personal of ['张三', '株洲市某某医院', '李四', 'onerror', 'mine-1']) expect(text).not.toContain(personal);
  });

  it('drops personal fields that are too long or of the wrong type instead of refusing the case for them', async () => {
    const crafted = { version: 1, ruleSet: 'zhuzhou-2024', profile: { titleLevel: 'full-senior', degree: 'master', name: '张'.repeat(10_000), employer: 42 }, activities: [{ kind: 'exam', year: 2021, count: 1, title: { html: '<b>x</b>' } }] };
    const result = await decodeShareHash(`share=1.j${toBase64Url(new TextEncoder().encode(JSON.stringify(crafted)))}`);
    expect(result).toMatchObject({ ok: true, draft: { profile: { titleLevel: 'full-senior' } } });
    if (result.ok) expect(JSON.stringify(result.draft)).not.toMatch(/张|<b>|"name"|"employer"|"title"/);
  });

  it('refuses a link of an older, unknown encoding version as broken rather than as newer', async () => {
    expect(await decodeShareHash('#share=0.zAAAA')).toMatchObject({ ok: false, message: expect.stringContaining('不完整或已损坏') });
  });

  it('carries the version digest of the rule data, and says nothing changed when it matches', async () => {
    const draft = caseDraft();
    const json = JSON.parse(await decodedJson(await encodeShareFragment(draft))) as { rules?: string };
    expect(json.rules).toBe(ruleSetDigest(getRuleSet(draft.ruleSet) as RuleSet));
    expect(await decodeShareHash(await encodeShareFragment(draft))).toMatchObject({ ok: true, rulesChanged: null });
  });

  it('tells that the rules have changed since a link was made with other rule data', async () => {
    const payload = { version: 1, ruleSet: 'zhuzhou-2024', rules: '00000000', profile: { titleLevel: 'intermediate', degree: 'bachelor' }, activities: [] };
    const result = await decodeShareHash(`#share=1.j${toBase64Url(new TextEncoder().encode(JSON.stringify(payload)))}`);
    expect(result).toMatchObject({ ok: true, rulesChanged: { then: '00000000', now: ruleSetDigest(getRuleSet('zhuzhou-2024') as RuleSet) } });
  });

  it('opens a link made before links carried a digest, or with a malformed one, without a warning', async () => {
    for (const rules of [undefined, 'not-a-digest', 12345678]) {
      const payload = { version: 1, ruleSet: 'hunan-2020', ...(rules === undefined ? {} : { rules }), profile: { titleLevel: 'intermediate', degree: 'bachelor' }, activities: [] };
      const result = await decodeShareHash(`#share=1.j${toBase64Url(new TextEncoder().encode(JSON.stringify(payload)))}`);
      expect(result).toMatchObject({ ok: true, rulesChanged: null });
    }
  });
});

