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
