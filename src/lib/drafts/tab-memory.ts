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
