/**
 * Which draft this tab has open, kept in sessionStorage so that reloading a tab reopens its own draft even
 * when another tab opened a different one since (the device-wide "last opened" is for new tabs).
 */
const KEY = 'hunan-jxjy-open-draft';

/** The draft this tab had open before a reload, if the browser keeps session storage. */
export function tabDraftId(): string | undefined {
  try {
    return sessionStorage.getItem(KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the draft this tab has open. */
export function rememberTabDraft(id: string): void {
  try {
    sessionStorage.setItem(KEY, id);
  } catch {
    // Storage refused (private mode, disabled): a reload then opens the device-wide last draft.
  }
}

const TAB_KEY = 'hunan-jxjy-tab';

/**
 * A name for this tab that survives its reloads (session storage is per tab), so that a reloaded page finds what it
 * journaled just before. `fresh` makes one where session storage is refused: the journal then still works, but a
 * reload recovers the entry only once it is clearly abandoned.
 */
export function tabKey(fresh: () => string): string {
  try {
    const known = sessionStorage.getItem(TAB_KEY);
    if (known !== null && /^[A-Za-z0-9_-]{1,64}$/.test(known)) return known;
    const made = fresh();
    sessionStorage.setItem(TAB_KEY, made);
    return made;
  } catch {
    return fresh();
  }
}

const OPENING_KEY = 'hunan-jxjy-opening';

/**
 * Start-up guard: the draft being opened is noted before it is shown and the note cleared once the page has shown it.
 * A note still there on the next visit means that draft stopped the page (a crash, a freeze): it is then not opened
 * again by itself, so one bad draft can never block the calculator.
 */
export function markOpening(id: string): void {
  try {
    localStorage.setItem(OPENING_KEY, id);
  } catch {
    // No local storage: no guard, the error boundary still catches what it can.
  }
}

/** The page showed the draft it was opening. */
export function clearOpening(): void {
  try {
    localStorage.removeItem(OPENING_KEY);
  } catch {
    // As above.
  }
}

/** The draft whose opening did not finish on an earlier visit, if any. */
export function unfinishedOpening(): string | undefined {
  try {
    return localStorage.getItem(OPENING_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

const RENAMING_KEY = 'hunan-jxjy-renaming';

/**
 * The new name half typed in 草稿管理 › 重命名 for this draft before a reload, if any: the panel opens again with it.
 * Read as untrusted (anything else in the key is ignored).
 */
export function renamingName(draftId: string): string | undefined {
  try {
    const kept: unknown = JSON.parse(sessionStorage.getItem(RENAMING_KEY) ?? 'null');
    if (kept === null || typeof kept !== 'object') return undefined;
    const { draft, name } = kept as { draft?: unknown; name?: unknown };
    return draft === draftId && typeof name === 'string' ? name : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the name being typed for this draft's 重命名 (null: no rename open). */
export function keepRenaming(draftId: string, name: string | null): void {
  try {
    if (name === null) sessionStorage.removeItem(RENAMING_KEY);
    else sessionStorage.setItem(RENAMING_KEY, JSON.stringify({ draft: draftId, name }));
  } catch {
    // Storage refused: a reload closes the rename, as before.
  }
}
