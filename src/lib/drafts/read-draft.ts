/**
 * Reads an untrusted draft (stored, imported or shared): migrate, then validate with the engine's schema. The one
 * gateway for drafts from outside the page, so stored records, imported files and share links get the same checks.
 */
import type { Draft, DraftIssue } from '../rules/core';
import { parseDraft } from '../rules/draft-schema';
import { migrateDraft } from './migrations';
import type { ActivityReader } from './work';

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

/**
 * Reads a stored activity (an open form's `before`) with the same checks as a draft's own: as the only activity of
 * the stored draft it came with (`rawDraft`, untrusted too). Undefined unless it reads as one activity with this id.
 */
export function activityReader(rawDraft: unknown): ActivityReader {
  return (raw, id) => {
    if (rawDraft === null || typeof rawDraft !== 'object' || Array.isArray(rawDraft)) return undefined;
    const read = readDraft({ ...(rawDraft as Record<string, unknown>), activities: [raw] });
    const activity = read.ok && read.draft.activities.length === 1 ? read.draft.activities[0] : undefined;
    return activity !== undefined && activity.id === id ? activity : undefined;
  };
}
