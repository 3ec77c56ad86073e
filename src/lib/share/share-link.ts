/**
 * Share links: the case (round, applicant type, span, covered years, activities) encoded in the URL fragment,
 * which browsers never send to a server. Personal fields (name, employer) and the activities' free-text names
 * are never included. Format: `#share=1.<z|j><base64url>`, version 1, `z` = raw DEFLATE of JSON, `j` = JSON
 * (browsers without CompressionStream).
 */
import type { Draft } from '../rules/core';
import { DRAFT_FORMAT, formatIssues, getRuleSet, ruleSetDigest } from '../rules/core';
import { readDraft } from '../drafts/read-draft';
import { fromBase64Url, toBase64Url } from './base64url';
import { canDeflate, deflate, inflate } from './deflate';

/** The fragment key of a share link (src/lib/share/share-hash.ts recognises it without loading this module). */
export const SHARE_KEY = 'share';
/** Version of the link encoding (the draft inside carries its own format version). */
export const SHARE_VERSION = 1;
/** Longest fragment accepted, and the largest decoded JSON. */
const MAX_FRAGMENT = 200_000;
const MAX_JSON_BYTES = 2_000_000;

const PREFIX = `${SHARE_KEY}=`;

/**
 * The part of a draft that a share link carries: no name, no employer, no activity names; ids shortened.
 * @example shareableDraft(draft).profile // { titleLevel: 'deputy-senior', degree: 'master', medical: false, teacher: false }
 */
export function shareableDraft(draft: Draft): Record<string, unknown> {
  const { titleLevel, degree, medical, teacher } = draft.profile;
  const ruleSet = getRuleSet(draft.ruleSet);
  return {
    version: draft.version,
    ruleSet: draft.ruleSet,
    // The version digest of the rule data the case was made with: the receiver is told when the rules changed since.
    ...(ruleSet ? { rules: ruleSetDigest(ruleSet) } : {}),
    profile: { titleLevel, degree, medical, teacher },
    span: draft.span,
    coveredYears: draft.coveredYears,
    activities: draft.activities.map(({ id: _id, title: _title, ...rest }) => rest),
  };
}

/** The fragment (without `#`) that encodes a draft for sharing. */
export async function encodeShareFragment(draft: Draft): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(shareableDraft(draft)));
  if (canDeflate()) return `${PREFIX}${SHARE_VERSION}.z${toBase64Url(await deflate(bytes))}`;
  return `${PREFIX}${SHARE_VERSION}.j${toBase64Url(bytes)}`;
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

/** Decodes a location hash (with or without `#`); the draft inside is migrated and validated like any untrusted draft. */
export async function decodeShareHash(hash: string): Promise<DecodeShareResult> {
  const fragment = hash.replace(/^#/, '');
  if (!fragment.startsWith(PREFIX)) return { ok: false, message: BROKEN };
  if (fragment.length > MAX_FRAGMENT) return { ok: false, message: '分享链接过长，无法打开。' };
  const m = /^(\d+)\.([zj])(.*)$/.exec(fragment.slice(PREFIX.length));
  if (!m) return { ok: false, message: BROKEN };
  if (Number(m[1]) !== SHARE_VERSION) return { ok: false, message: `此分享链接由较新版本的本站生成（第 ${m[1]} 版），请刷新页面后再打开。` };
  const bytes = fromBase64Url(m[3] ?? '');
  if (bytes === null) return { ok: false, message: BROKEN };
  let json: unknown;
  try {
    let raw = bytes;
    if (m[2] === 'z') {
      if (!canDeflate()) return { ok: false, message: '您的浏览器版本过旧，无法打开此分享链接，请更新浏览器后重试。' };
      raw = await inflate(bytes, MAX_JSON_BYTES);
    }
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
  } catch {
    return { ok: false, message: BROKEN };
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return { ok: false, message: BROKEN };
  const payload = json as Record<string, unknown>;
  // Ids are not shared; give each activity a fresh one before validation (the schema requires them).
  const activities = Array.isArray(payload['activities'])
    ? payload['activities'].map((a: unknown, i: number) => (a !== null && typeof a === 'object' ? { ...a, id: `s${i + 1}` } : a))
    : payload['activities'];
  const read = readDraft({ format: DRAFT_FORMAT, ...payload, activities });
  if (!read.ok) {
    const detail = read.issues.length > 0 ? `\n${formatIssues(read.issues.slice(0, 5))}` : '';
    return { ok: false, message: `分享链接中的内容无效，无法打开。${read.issues.length === 0 ? read.message : ''}${detail}` };
  }
  const rules = typeof payload['rules'] === 'string' && /^[0-9a-f]{8}$/.test(payload['rules']) ? payload['rules'] : null;
  const current = getRuleSet(read.draft.ruleSet);
  const now = current === undefined ? null : ruleSetDigest(current);
  return { ok: true, draft: read.draft, rulesChanged: rules !== null && now !== null && rules !== now ? { then: rules, now } : null };
}
