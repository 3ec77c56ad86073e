// @vitest-environment jsdom
/**
 * Hostile share links: truncated, bad base64, deflate bombs, oversized, wrong versions, personal fields injected,
 * HTML in every field. Each is opened as the page opens it (the address of a new tab) on a device with a saved
 * draft: no throw, a Chinese message or the case alone (never a name, employer, activity name or id from the
 * link), the page usable, the saved draft untouched.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeShareHash, encodeShareFragment, MAX_SHARE_FRAGMENT, MAX_SHARE_JSON_BYTES } from '../../../src/lib/share';
import { toBase64Url } from '../../../src/lib/share/base64url';
import { deflate } from '../../../src/lib/share/deflate';
import type { Draft } from '../../../src/lib/rules';
import { calcOf, CASE_TIMEOUT_MS, closePages, deviceWithSavedDraft, expectChinese, expectNoPersonalField, expectUntouched, expectUsable, openPage, slowestLine, timed } from './harness';
import { validDraft } from './hostile-drafts';

vi.setConfig({ testTimeout: CASE_TIMEOUT_MS });

const encoder = new TextEncoder();
const z = async (payload: unknown) => `share=1.z${toBase64Url(await deflate(encoder.encode(typeof payload === 'string' ? payload : JSON.stringify(payload))))}`;
const j = (payload: unknown) => `share=1.j${toBase64Url(encoder.encode(typeof payload === 'string' ? payload : JSON.stringify(payload)))}`;

/** A payload as the site writes it, from the hostile suite's valid draft (personal fields included, to be dropped). */
const payload = (patch: Record<string, unknown> = {}) => {
  const { format: _format, ...rest } = validDraft(patch);
  return rest;
};

const HTML = '<img src=x onerror=alert(1)>';
const PERSONAL = ['张三', '株洲市某某医院', '公需课', 'onerror', '<img', '<script'];

type LinkOutcome = { refused: RegExp } | { opened: (draft: Draft) => void };
interface HostileLink {
  name: string;
  /** Made once, before the cases run (a deflate bomb takes a while to make). */
  fragment: () => Promise<string> | string;
  outcome: LinkOutcome;
}

const BROKEN = /不完整或已损坏/;
const opened = (check: (draft: Draft) => void = () => undefined): LinkOutcome => ({ opened: check });

const links: HostileLink[] = [
  { name: 'an empty link', fragment: () => 'share=', outcome: { refused: BROKEN } },
  { name: 'a version and no content', fragment: () => 'share=1.z', outcome: { refused: BROKEN } },
  { name: 'cut in half', fragment: async () => { const f = await z(payload()); return f.slice(0, f.length / 2); }, outcome: { refused: BROKEN } },
  { name: 'one character short', fragment: async () => (await z(payload())).slice(0, -1), outcome: { refused: BROKEN } },
  { name: 'characters outside base64url', fragment: () => 'share=1.z!!!***$$$', outcome: { refused: BROKEN } },
  { name: 'base64 of impossible length', fragment: () => 'share=1.zAAAAA', outcome: { refused: BROKEN } },
  { name: 'broken by a line break in a message', fragment: async () => { const f = await z(payload()); return `${f.slice(0, 40)}%0A${f.slice(40)}`; }, outcome: { refused: BROKEN } },
  { name: 'random bytes, not DEFLATE', fragment: () => `share=1.z${toBase64Url(Uint8Array.from({ length: 300 }, (_, i) => (i * 97 + 13) % 256))}`, outcome: { refused: BROKEN } },
  { name: 'DEFLATE of bytes that are not UTF-8', fragment: async () => `share=1.z${toBase64Url(await deflate(Uint8Array.from([0xff, 0xfe, 0x80, 0x7b])))}`, outcome: { refused: BROKEN } },
  { name: 'DEFLATE of text that is not JSON', fragment: () => z('这不是 JSON'), outcome: { refused: BROKEN } },
  { name: 'a JSON list', fragment: () => z([payload()]), outcome: { refused: BROKEN } },
  { name: 'JSON null', fragment: () => z('null'), outcome: { refused: BROKEN } },
  { name: 'a deflate bomb of 50 MB of zeros', fragment: () => z(`{"a":"${'0'.repeat(50_000_000)}"}`), outcome: { refused: /内容过大/ } },
  { name: 'valid JSON inflating just past the limit', fragment: () => z(`{"version":1${' '.repeat(MAX_SHARE_JSON_BYTES)}}`), outcome: { refused: /内容过大/ } },
  { name: 'uncompressed JSON past the limit', fragment: () => j(`{"version":1${' '.repeat(MAX_SHARE_JSON_BYTES)}}`), outcome: { refused: /过长/ } },
  { name: 'a 2 MB fragment', fragment: () => `share=1.z${'A'.repeat(2_000_000)}`, outcome: { refused: /过长/ } },
  { name: 'one character over the longest link', fragment: () => `share=1.j${'A'.repeat(MAX_SHARE_FRAGMENT)}`, outcome: { refused: /过长/ } },
  { name: 'a newer link version', fragment: async () => (await z(payload())).replace('share=1.', 'share=2.'), outcome: { refused: /较新版本/ } },
  { name: 'link version 0', fragment: async () => (await z(payload())).replace('share=1.', 'share=0.'), outcome: { refused: BROKEN } },
  { name: 'a version of a hundred digits', fragment: async () => (await z(payload())).replace('share=1.', `share=${'9'.repeat(100)}.`), outcome: { refused: BROKEN } },
  { name: 'an unknown encoding letter', fragment: async () => (await z(payload())).replace('share=1.z', 'share=1.x'), outcome: { refused: BROKEN } },
  { name: 'a draft of a newer format inside', fragment: () => z(payload({ version: 7 })), outcome: { refused: /较新版本/ } },
  { name: 'an invalid case inside, naming the field', fragment: () => z(payload({ span: { from: 2023, to: 2000 } })), outcome: { refused: /核认跨度「结束年份」：核认跨度的起始年份不能晚于结束年份/ } },
  { name: 'the issue’s 500 assignments from 0001 to 9999', fragment: () => z(payload({ activities: Array.from({ length: 500 }, () => ({ kind: 'assignment', mission: 'tibet', start: '0001-01-01', end: '9999-12-31', passed: true })) })), outcome: { refused: /日期须在 1980 年至 2100 年之间/ } },
  { name: '1001 activities', fragment: () => z(payload({ activities: Array.from({ length: 1001 }, () => ({ kind: 'exam', year: 2021, count: 1 })) })), outcome: { refused: /活动最多 1000 项/ } },
  { name: 'name, employer, titles and ids injected', fragment: () => z(payload()), outcome: opened((d) => expect(d.activities).toHaveLength(3)) },
  { name: 'personal fields too long and of the wrong type', fragment: () => z(payload({ profile: { titleLevel: 'full-senior', degree: 'master', name: '张'.repeat(100_000), employer: { html: HTML } } })), outcome: opened((d) => expect(d.profile.titleLevel).toBe('full-senior')) },
  { name: 'HTML in the personal fields and titles', fragment: () => z(payload({ profile: { titleLevel: 'full-senior', degree: 'master', name: HTML, employer: '<script>alert(1)</script>' }, activities: [{ kind: 'exam', year: 2021, count: 1, title: HTML, id: HTML }] })), outcome: opened() },
  { name: 'HTML in every field of the case', fragment: () => z(payload({ ruleSet: HTML, span: { from: HTML, to: HTML }, coveredYears: [HTML], activities: [{ kind: HTML, year: HTML, count: HTML }] })), outcome: { refused: /政策年度无效/ } },
  { name: 'HTML in a choice value', fragment: () => z(payload({ activities: [{ kind: 'training', year: 2020, subject: 'public', format: HTML, days: 1, halfDays: 0 }] })), outcome: { refused: /第1项活动「形式」：形式的取值无效/ } },
  { name: 'a __proto__ payload', fragment: () => z(JSON.stringify(payload()).replace(/^\{/, '{"__proto__":{"polluted":true},')), outcome: opened(() => expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()) },
  { name: 'duplicate ids inside', fragment: () => z(payload({ activities: [{ kind: 'exam', year: 2021, count: 1, id: 'a' }, { kind: 'exam', year: 2022, count: 1, id: 'a' }] })), outcome: opened((d) => expect(d.activities.map((a) => a.id)).toEqual(['s1', 's2'])) },
  { name: 'a format marker of another site inside', fragment: () => z({ ...payload(), format: 'other-app' }), outcome: opened() },
  { name: 'the uncompressed form with a name inside', fragment: () => j(payload()), outcome: opened() },
  { name: 'a link made by the site, as a control', fragment: async () => encodeShareFragment(validDraft() as unknown as Draft), outcome: opened((d) => expect(d.ruleSet).toBe('zhuzhou-2024')) },
];

beforeEach(() => {
  history.replaceState(null, '', '/calculator/');
  sessionStorage.clear();
});
afterEach(closePages);
afterAll(() => {
  console.log(slowestLine('share links'));
});

/**
 * Per-case timeout. Setting an address longer than the longest link costs jsdom's URL parser (JavaScript) about
 * 1.7 s for 2 MB, before the page does anything: those cases get more time, and the page's own work stays timed.
 */
const timeoutFor = (fragment: string) => (fragment.length > MAX_SHARE_FRAGMENT ? 15_000 : CASE_TIMEOUT_MS);
const fragments = await Promise.all(links.map((l) => l.fragment()));

describe(`hostile share links (${links.length})`, () => {
  links.forEach((link, i) => it(link.name, async () => {
    const fragment = fragments[i] as string;
    const direct = await decodeShareHash(`#${fragment}`);
    const { store, raw } = await deviceWithSavedDraft();
    const before = await raw();
    location.hash = fragment;
    const page = await timed('share links', link.name, () => openPage(store));
    expectUsable(page);
    if ('refused' in link.outcome) {
      expect(direct.ok).toBe(false);
      expect(page.shared).toBe(false);
      expectChinese(page.shareError);
      expect(page.shareError).toMatch(link.outcome.refused);
      expect(page.shareError).not.toMatch(/<img|<script/);
      expect(page.current.id).toBe('saved');
    } else {
      if (!direct.ok) throw new Error(direct.message);
      expect(page.shared).toBe(true);
      expect(page.shareError).toBeNull();
      const shown = calcOf(page).draft;
      expectNoPersonalField(shown);
      expectNoPersonalField(direct.draft);
      const text = JSON.stringify(shown);
      for (const personal of PERSONAL) expect(text).not.toContain(personal);
      link.outcome.opened(shown);
    }
    // Opening a link, good or bad, saves nothing.
    await page.flush();
    expectUntouched(before, await raw());
    expect((await raw()).size).toBe(before.size);
  }, timeoutFor(fragments[i] as string)));
});
