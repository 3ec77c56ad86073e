/**
 * Share links: the case (round, applicant type, span, covered years, activities) encoded in the URL fragment,
 * which browsers never send to a server. Personal fields (name, employer) and the activities' free-text names
 * are never included. Format: `#share=1.<z|j><base64url>`, version 1, `z` = raw DEFLATE of JSON (made in every
 * browser: deflate.ts falls back to fflate where CompressionStream cannot), `j` = JSON (made by earlier versions
 * in browsers without CompressionStream; still opened).
 */
import type { Draft } from '../rules/core';
import { DRAFT_FORMAT, fetchRuleSet, MAX_ACTIVITIES, roundDigest } from '../rules/core';
import { formatIssues } from '../rules/draft-schema';
import { readDraft } from '../drafts/read-draft';
import { fromBase64Url, toBase64Url } from './base64url';
import { deflate, inflate, TooLargeError } from './deflate';

/** The fragment key of a share link (src/lib/share/share-hash.ts recognises it without loading this module). */
export const SHARE_KEY = 'share';
/** Version of the link encoding (the draft inside carries its own format version). */
export const SHARE_VERSION = 1;
/**
 * Longest share fragment accepted (characters, `share=` included). The longest link that may exist is the
 * uncompressed (`j`, made by earlier versions in browsers without CompressionStream) form of MAX_ACTIVITIES trainings (measured when it was 2000; it is now 1000, so real links are half that) with every
 * field at its longest value, 50 covered years and a span: 336,599 characters (measured; the compressed form of
 * the same case is 1,648, of 2000 activities with varied values about 27,000). tests/unit/share/share-limits.test.ts
 * checks that this case still opens. Anything longer is refused by a length check before any decoding.
 */
export const MAX_SHARE_FRAGMENT = 400_000;
/**
 * Largest decoded JSON accepted (bytes). The case above is 252,442 bytes of JSON; about twice that stops a short
 * compressed link that would inflate to something huge (a deflate bomb) long before it costs time or memory.
 */
export const MAX_SHARE_JSON_BYTES = 512_000;

const PREFIX = `${SHARE_KEY}=`;

/**
 * The part of a draft that a share link carries: no name, no employer, no activity names; ids shortened.
 * @example shareableDraft(draft).profile // { titleLevel: 'deputy-senior', degree: 'master', medical: false, teacher: false }
 */
export function shareableDraft(draft: Draft): Record<string, unknown> {
  const { titleLevel, degree, medical, teacher } = draft.profile;
  const digest = roundDigest(draft.ruleSet);
  return {
    version: draft.version,
    ruleSet: draft.ruleSet,
    // The version digest of the rule data the case was made with: the receiver is told when the rules changed since.
    ...(digest ? { rules: digest } : {}),
    profile: { titleLevel, degree, medical, teacher },
    span: draft.span,
    coveredYears: draft.coveredYears,
    activities: draft.activities.map(({ id: _id, title: _title, ...rest }) => rest),
  };
}

/** The fragment (without `#`) that encodes a draft for sharing. */
export async function encodeShareFragment(draft: Draft): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(shareableDraft(draft)));
  return `${PREFIX}${SHARE_VERSION}.z${toBase64Url(await deflate(bytes))}`;
}

/** A full share URL: the page address without its own fragment, plus the encoded case. */
export async function shareUrl(pageUrl: string, draft: Draft): Promise<string> {
  return `${pageUrl.split('#')[0]}#${await encodeShareFragment(draft)}`;
}

/**
 * A decoded share link: a valid draft with ids re-assigned, or a Chinese message. `rulesChanged` holds the digest the
 * link was made with and the site's current one when they differ (links made before the digest existed: null).
 */
export type DecodeShareResult = { ok: true; draft: Draft; rulesChanged: { then: string; now: string } | null } | { ok: false; message: string };

const BROKEN = '分享链接不完整或已损坏，无法打开。请向分享人重新索取完整的链接。';

/**
 * Decodes a location hash (with or without `#`); the draft inside is migrated and validated like any untrusted draft.
 * Whatever the payload holds, the result has no personal field: no name, employer, activity names or ids.
 */
export async function decodeShareHash(hash: string): Promise<DecodeShareResult> {
  // Checked before the text is copied or decoded, so an enormous fragment costs nothing.
  if (hash.length > MAX_SHARE_FRAGMENT + 1) return { ok: false, message: TOO_LONG };
  const fragment = hash.replace(/^#/, '');
  if (!fragment.startsWith(PREFIX)) return { ok: false, message: BROKEN };
  if (fragment.length > MAX_SHARE_FRAGMENT) return { ok: false, message: TOO_LONG };
  const m = /^(\d{1,6})\.([zj])([A-Za-z0-9_-]*)$/.exec(fragment.slice(PREFIX.length));
  if (!m) return { ok: false, message: BROKEN };
  if (Number(m[1]) > SHARE_VERSION) return { ok: false, message: `此分享链接由较新版本的本站生成（第 ${m[1]} 版），请刷新页面后再打开。` };
  if (Number(m[1]) !== SHARE_VERSION) return { ok: false, message: BROKEN };
  const bytes = fromBase64Url(m[3] ?? '');
  if (bytes === null) return { ok: false, message: BROKEN };
  let json: unknown;
  try {
    let raw = bytes;
    if (m[2] === 'z') raw = await inflate(bytes, MAX_SHARE_JSON_BYTES);
    if (raw.byteLength > MAX_SHARE_JSON_BYTES) return { ok: false, message: TOO_LONG };
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
  } catch (e) {
    // A short link that unpacks to more than the longest case: complete, so not 不完整或已损坏 (a tester's check).
    return { ok: false, message: e instanceof TooLargeError ? TOO_BIG : BROKEN };
  }
  if (!isRecord(json)) return { ok: false, message: BROKEN };
  const read = readDraft({ ...caseOnly(json), format: DRAFT_FORMAT });
  if (!read.ok) {
    const detail = read.issues.length > 0 ? `\n${formatIssues(read.issues.slice(0, 5))}` : '';
    return { ok: false, message: `分享链接中的内容无效，无法打开。${read.issues.length === 0 ? read.message : ''}${detail}` };
  }
  // Rebuilt from the parsed draft as well, so that no migration or default can bring a personal field back.
  const { titleLevel, degree, medical, teacher } = read.draft.profile;
  const rules = typeof json['rules'] === 'string' && /^[0-9a-f]{8}$/.test(json['rules']) ? json['rules'] : null;
  // The round's rules are fetched if the page does not have them yet (only the default round comes with it).
  await fetchRuleSet(read.draft.ruleSet);
  const now = roundDigest(read.draft.ruleSet) ?? null;
  return {
    ok: true,
    draft: { ...read.draft, profile: { titleLevel, degree, medical, teacher }, activities: read.draft.activities.map(({ title: _title, ...a }) => a) },
    rulesChanged: rules !== null && now !== null && rules !== now ? { then: rules, now } : null,
  };
}

const TOO_LONG = '分享链接过长，不是本站生成的链接，无法打开。';
const TOO_BIG = '分享链接的内容过大，不是本站生成的链接，无法打开。';

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The case of a link payload and nothing else: the profile's applicant type only (no name, no employer), each
 * activity without its name, and fresh ids (ids are never shared; the schema requires them). Anything else the
 * payload holds is left for the schema, which keeps only the fields it knows.
 */
function caseOnly(payload: Record<string, unknown>): Record<string, unknown> {
  const { profile, activities } = payload;
  const out: Record<string, unknown> = { ...payload };
  if (isRecord(profile)) {
    const { titleLevel, degree, medical, teacher } = profile;
    out['profile'] = { titleLevel, degree, medical, teacher };
  }
  if (Array.isArray(activities) && activities.length <= MAX_ACTIVITIES) {
    out['activities'] = activities.map((a: unknown, i: number) => {
      if (!isRecord(a)) return a;
      const { id: _id, title: _title, ...rest } = a;
      return { ...rest, id: `s${i + 1}` };
    });
  }
  return out;
}
