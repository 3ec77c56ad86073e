/**
 * Which draft this tab has open, kept in sessionStorage so that reloading a tab reopens its own draft even
 * when another tab opened a different one since (the device-wide "last opened" is for new tabs).
 */
import { ID_PATTERN } from '../rules/draft-limits';

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
    if (known !== null && ID_PATTERN.test(known)) return known;
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
 * A draft never saved (nothing typed yet: a first visit's 我的测算) is a new one after the reload, under another id:
 * its name comes back to the draft never saved that the reload shows (`unsaved`), where it was lost.
 * A kept name that is the draft's name now (`current`) was saved: 保存名称 was pressed and the reload came before the
 * rename was forgotten (CI's check reloaded in that moment), so the rename does not open again.
 * Read as untrusted (anything else in the key is ignored).
 */
export function renamingName(draftId: string, unsaved = false, current?: string): string | undefined {
  try {
    const kept: unknown = JSON.parse(sessionStorage.getItem(RENAMING_KEY) ?? 'null');
    if (kept === null || typeof kept !== 'object') return undefined;
    const { draft, name, unsaved: wasUnsaved } = kept as { draft?: unknown; name?: unknown; unsaved?: unknown };
    if (typeof draft !== 'string' || typeof name !== 'string' || name.trim() === current) return undefined;
    return draft === draftId || (unsaved && wasUnsaved === true) ? name : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the name being typed for this draft's 重命名 (null: no rename open); `unsaved`: the draft was never saved. */
export function keepRenaming(draftId: string, name: string | null, unsaved = false): void {
  try {
    if (name === null) sessionStorage.removeItem(RENAMING_KEY);
    else sessionStorage.setItem(RENAMING_KEY, JSON.stringify({ draft: draftId, name, unsaved }));
  } catch {
    // Storage refused: a reload closes the rename, as before.
  }
}

const CLOSED_KEY = 'hunan-jxjy-closed-tabs';
/** How long a closed tab is remembered: well past JOURNAL_STALE_MS, after which its entries are stale anyway. */
const CLOSED_KEPT_MS = 60_000;

/** The tabs closed in the last minute, by when (read as untrusted: anything else in the key is ignored). */
function readClosed(now: number): Map<string, number> {
  const kept = new Map<string, number>();
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(CLOSED_KEY) ?? 'null');
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return kept;
    for (const [tab, at] of Object.entries(raw)) {
      if (ID_PATTERN.test(tab) && typeof at === 'number' && now - at >= 0 && now - at < CLOSED_KEPT_MS) kept.set(tab, at);
    }
  } catch {
    // Unreadable or no local storage: no tab is known to be closed.
  }
  return kept;
}

function writeClosed(closed: Map<string, number>): void {
  try {
    if (closed.size === 0) localStorage.removeItem(CLOSED_KEY);
    else localStorage.setItem(CLOSED_KEY, JSON.stringify(Object.fromEntries(closed)));
  } catch {
    // As above: another tab then waits for this tab's journal entries to be stale, as before.
  }
}

/**
 * This tab is going away (pagehide, not into the back-forward cache): a tab opened in the next seconds need not wait
 * for its journal entries to go stale before it takes them in. Written synchronously (local storage), so it is there
 * even when the page is gone before any IndexedDB request completes. A reload of this tab unmarks it as it starts.
 */
export function markTabClosed(tab: string, now = Date.now()): void {
  const closed = readClosed(now);
  closed.set(tab, now);
  writeClosed(closed);
}

/** This tab is open (started, reloaded, or back from the back-forward cache). */
export function unmarkTabClosed(tab: string, now = Date.now()): void {
  const closed = readClosed(now);
  if (closed.delete(tab)) writeClosed(closed);
}

/** A `storage` event's key that says a tab was closed (or opened again): another tab hears of it at once. */
export const isClosedTabsKey = (key: string | null): boolean => key === CLOSED_KEY;

/** The tabs known to have been closed in the last minute. */
export function closedTabs(now = Date.now()): ReadonlySet<string> {
  return new Set(readClosed(now).keys());
}
