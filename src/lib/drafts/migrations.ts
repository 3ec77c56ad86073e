/**
 * Draft format migrations. A stored record, an imported file or a shared link may hold a draft written by an
 * older version of the format; it is brought up to DRAFT_VERSION here, step by step, before parseDraft()
 * validates it. A draft is never dropped because it is old.
 */
import { DRAFT_FORMAT, DRAFT_VERSION } from '../rules/core';

type JsonObject = Record<string, unknown>;

/**
 * Version 0 is the shape written by pre-release builds of the calculator (never published; see
 * docs/draft-format.md): no `format` marker, `round` for the rule set, `spanOverride` (absent when
 * automatic) and `certifiedYears`. It stays as the first migration so the path is exercised by tests.
 */
function v0ToV1(v0: JsonObject): JsonObject {
  const { version: _version, round, spanOverride, certifiedYears, ...rest } = v0;
  return { format: DRAFT_FORMAT, version: 1, ruleSet: round, ...rest, span: spanOverride ?? null, coveredYears: certifiedYears ?? [] };
}

/** migrations[n] turns a version-n draft into version n + 1. */
const migrations: Readonly<Record<number, (draft: JsonObject) => JsonObject>> = { 0: v0ToV1 };

/** The outcome of migrating an untrusted draft; `from` is the version it was written in. */
export type MigrationResult = { ok: true; value: unknown; from: number | undefined } | { ok: false; message: string };

/**
 * Brings a draft of any known older version up to the current one. Anything that is not an older draft is
 * returned unchanged for parseDraft() to judge; a draft from a newer version of the site is refused.
 * @example migrateDraft({ version: 0, round: 'zhuzhou-2024', … }) // { ok: true, value: { format: 'hunan-jxjy-draft', version: 1, ruleSet: 'zhuzhou-2024', … }, from: 0 }
 */
export function migrateDraft(input: unknown): MigrationResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return { ok: true, value: input, from: undefined };
  const version = (input as JsonObject)['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return { ok: true, value: input, from: undefined };
  if (version > DRAFT_VERSION) {
    return { ok: false, message: `此草稿由较新版本的本站保存（格式第 ${version} 版），当前页面只能读取到第 ${DRAFT_VERSION} 版。请刷新页面后再试。` };
  }
  let value = input as JsonObject;
  for (let v = version; v < DRAFT_VERSION; v++) {
    const step = migrations[v];
    if (step === undefined) return { ok: false, message: `无法升级第 ${v} 版的草稿` };
    value = step(value);
  }
  return { ok: true, value, from: version };
}
