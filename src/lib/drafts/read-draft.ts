/**
 * Reads an untrusted draft (stored, imported or shared): migrate, then validate with the engine's schema. The one
 * gateway for drafts from outside the page, so stored records, imported files and share links get the same checks.
 */
import type { Draft, DraftIssue } from '../rules/core';
import { parseDraft } from '../rules/draft-schema';
import { migrateDraft } from './migrations';

/** A draft read from outside the page, or why it could not be; `repairs` says what was put right (see parseDraft). */
export type ReadDraftResult =
  | { ok: true; draft: Draft; migratedFrom: number | undefined; repairs: string[] }
  | { ok: false; message: string; issues: DraftIssue[] };

/** Migrates and validates an untrusted value as a draft. Never throws. */
export function readDraft(input: unknown): ReadDraftResult {
  const migrated = migrateDraft(input);
  if (!migrated.ok) return { ok: false, message: migrated.message, issues: [] };
  const parsed = parseDraft(migrated.value);
  if (!parsed.ok) return { ok: false, message: '内容不是有效的测算草稿', issues: parsed.issues };
  const from = migrated.from !== undefined && migrated.from < parsed.draft.version ? migrated.from : undefined;
  return { ok: true, draft: parsed.draft, migratedFrom: from, repairs: parsed.repairs };
}
