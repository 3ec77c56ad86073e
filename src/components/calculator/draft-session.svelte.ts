/**
 * The draft being edited, as a named draft on this device: open, autosave (debounced), create, rename,
 * duplicate, delete with undo, export, import, share links, and what happens when another tab saves the
 * same draft. Storage goes through src/lib/drafts only.
 */
// The modules themselves, not the index: the index also exports the file functions, loaded here on use.
import { openDraftChannel, type DraftChannel, type DraftMessage } from '../../lib/drafts/draft-channel';
import { freeName, isBroken, type BrokenRecord, type DraftRecord, type StoredRead } from '../../lib/drafts/draft-record';
import { createMemoryDraftStore, openDraftStore, type DraftStore, type OpenedStore } from '../../lib/drafts/draft-store';
import { createIdbJournal, createNullJournal, type Journal, type JournalEntry } from '../../lib/drafts/journal';
import { readWork, type Work } from '../../lib/drafts/work';
import { clearOpening, closedTabs, isClosedTabsKey, markOpening, markTabClosed, rememberTabDraft, tabDraftId, tabKey, unfinishedOpening, unmarkTabClosed } from '../../lib/drafts/tab-memory';
import { isShareHash } from '../../lib/share/share-hash';
import { fetchRuleSet, type Draft } from '../../lib/rules/core';
import { blankDraft, calculator, type CalculatorState } from './calculator-state.svelte';
import { newId } from './ids';
import { download } from '../download';

/** Autosave waits this long after the last change. */
export const AUTOSAVE_DELAY_MS = 600;
/**
 * How long after another tab says it closed its journal entries are read. Its last key's write, started in its input
 * handler, and its save on leaving land first (a few milliseconds to tens). And a tab that was only reloaded says it is
 * open again in that time (prepare, as its calculator starts): it takes in its own entry itself, and the tab beside
 * then leaves it alone.
 */
export const CLOSED_TAB_WAIT_MS = 2000;

/** The draft open in this tab. */
export interface CurrentDraft {
  id: string;
  name: string;
  createdAt: number;
  /** Revision last read or written by this tab (0: never saved). */
  revision: number;
}

/** A short message shown after an action, optionally with 撤销. */
export interface Notice {
  text: string;
  undo?: (() => Promise<void>) | undefined;
  /** Another tab's save was loaded here: said beside the form too (LiveSummary), where the notice is out of view. */
  followed?: true;
}

type SaveState = 'saved' | 'pending' | 'saving' | 'error' | 'unsaved';

/** The name of a draft the person has not named. */
export const DEFAULT_NAME = '我的测算';

/**
 * The rarely used parts of the session (draft-actions.svelte.ts): loaded on first use, not with the page. When they
 * cannot be fetched (offline, or the site was updated since the page loaded) the action says so and changes nothing.
 */
const loadActions = () => import('./draft-actions.svelte');
type Actions = typeof import('./draft-actions.svelte');
/**
 * What the calculator says when a part of it loaded on use cannot be fetched: `what` 未能载入, why, and what to do
 * (`then`, after 请检查网络后). One wording for each part (the code of an action, a form, the other round's rules).
 */
export const notLoaded = (what: string, then = '刷新页面') => `${what}未能载入（网络可能已断开，或网站刚刚更新）。请检查网络后${then}，所填内容不受影响。`;
/** What an action says when its code cannot be fetched. */
export const LOAD_FAILED = notLoaded('所需的程序', '刷新页面再试');

export { download };

/** Drafts and their storage for one page. */
export class DraftSession {
  status = $state<'loading' | 'ready'>('loading');
  /** Chinese explanation when drafts can only be kept in this page. */
  storageProblem = $state<string | null>(null);
  drafts = $state.raw<StoredRead[]>([]);
  current = $state<CurrentDraft>({ id: '', name: DEFAULT_NAME, createdAt: 0, revision: 0 });
  saveState = $state<SaveState>('unsaved');
  savedAt = $state<number | null>(null);
  saveError = $state<string | null>(null);
  /** Another tab changed (or deleted) the open draft while this one has unsaved work. */
  conflict = $state<'changed' | 'deleted' | null>(null);
  /** The page shows a case from a share link that is not saved as a draft. */
  shared = $state(false);
  /** The shared case on the page was changed: nothing saves those changes until 保存为我的草稿 is pressed. */
  sharedEdited = $state(false);
  shareError = $state<string | null>(null);
  /** The rule data digests a shared case was made with and the site's now, when they differ; else null. */
  sharedRulesChanged = $state<{ then: string; now: string } | null>(null);
  importError = $state<{ message: string; details: string[] } | null>(null);
  notice = $state.raw<Notice | null>(null);
  /** Safe start (`?safe`, or after a draft stopped the page): no draft was opened by itself. */
  safeStart = $state<'asked' | 'guard' | null>(null);
  /** A draft that stopped the page when it was last opened: listed, marked, not opened by itself. */
  unopenable = $state<string | null>(null);

  /** @internal (draft-actions) */
  store: DraftStore = createMemoryDraftStore();
  /** @internal (draft-actions) */
  journal: Journal = createNullJournal();
  /** @internal (draft-actions) */
  channel: DraftChannel | undefined;
  /** @internal (draft-actions) */
  timer: ReturnType<typeof setTimeout> | undefined;
  /** @internal (draft-actions) */
  dirty = false;
  /** @internal (draft-actions) */
  saving: Promise<void> | null = null;
  /** This tab's last journal write: which draft, and the time it is stored with (a save records it: Journaled). */
  private journaled: { id: string; at: number } | undefined;
  /**
   * The record this tab stands on (loaded or saved last): its journal entries are carried on by the next save
   * (Journaled), and another tab's save of the same draft and work (a rename, 撤销 of a delete) is taken without asking
   * (draft-actions' followOtherTab).
   * @internal (draft-actions)
   */
  base: DraftRecord | undefined;
  /** What prepare() started opening, taken by init(). */
  private opening: { store: Promise<OpenedStore>; journal: Journal; entries: Promise<JournalEntry[]> } | undefined;
  private readonly tab = newId('tab');
  /** This tab's name in the journal, kept across its reloads. */
  /** @internal (draft-actions) */
  readonly journalTab: string;
  /** @internal (draft-actions) */
  readonly calc: CalculatorState;
  private cleanup: (() => void)[] = [];

  constructor(calc: CalculatorState, options: { journalTab?: string } = {}) {
    this.calc = calc;
    this.journalTab = options.journalTab ?? (typeof window === 'undefined' ? this.tab : tabKey(() => this.tab));
    calc.onEdit = () => this.markDirty();
  }

  get persistent(): boolean {
    return this.store.persistent;
  }

  /** A shared case on the page, changed and not saved: closing asks first, and the floating summary says so. */
  get sharedUnsaved(): boolean {
    return this.shared && this.sharedEdited;
  }

  /**
   * Starts opening this device's storage while the calculator is still being set up: the drafts, settings and journal
   * databases at once, and the journal's entries. On a first visit the browser creates all three, and the site's
   * storage with the first: one after the other, once the page was set up, they held the calculator on 正在读取 for
   * about 280 ms at 4× CPU. init() takes them from here. Browser only (nothing on the server); a browser that never
   * answers is handled by openDraftStore's time limit.
   */
  prepare(): void {
    if (this.opening !== undefined || typeof indexedDB === 'undefined') return;
    // Reloaded: this tab is open again, at once, before a tab beside it takes in this tab's entry (CLOSED_TAB_WAIT_MS).
    unmarkTabClosed(this.journalTab);
    const journal = createIdbJournal();
    const entries = journal.all();
    // Read, and a failure handled, in init(); unused when the drafts fall back to memory. Entries kept from an earlier
    // visit are taken in by draft-actions' code: fetched now, beside the opening of the drafts, not after it.
    entries.then((found) => found.length > 0 && this.prefetchActions(), () => undefined);
    this.opening = { store: openDraftStore(), journal, entries };
  }

  /**
   * Opens storage (or takes what prepare() started), puts whatever the journal kept from an earlier visit into the
   * drafts, then opens the shared case in the address or the last opened draft. Browser only.
   */
  async init(store?: DraftStore, journal?: Journal): Promise<void> {
    try {
      let entries: Promise<JournalEntry[]>;
      if (store) {
        this.store = store;
        this.journal = journal ?? (store.persistent ? createIdbJournal() : createNullJournal());
        entries = this.journal.all();
      } else {
        this.prepare();
        const opened = await (this.opening?.store ?? openDraftStore());
        this.store = opened.store;
        this.storageProblem = opened.problem;
        const opening = this.store.persistent ? this.opening : undefined;
        this.journal = opening?.journal ?? createNullJournal();
        entries = opening?.entries ?? this.journal.all();
      }
      entries.catch(() => undefined);
      this.channel = openDraftChannel(this.tab, (m) => void this.onMessage(m));
      await this.refreshList();
      // What the journal kept from an earlier visit (draft-actions' recover, fetched only when there is some).
      const found = await entries.catch(() => []);
      // Where that code cannot be fetched, the entries stay in the journal for the next visit, and the person is told.
      const latest = found.length > 0 ? await this.act((a) => a.recoverAtStart(this, found), (m) => (this.notice = { text: `上次离开本页时未保存的修改暂未能取回（仍保留在本机）：${m}` })) : undefined;
      // A new tab (none of its own): the draft typed in last opens (draft-actions' recover).
      if (latest !== undefined && tabDraftId() === undefined) rememberTabDraft(latest);
      const failed = unfinishedOpening();
      clearOpening();
      if (new URLSearchParams(location.search).has('safe')) {
        this.safeStart = 'asked';
        this.showBlank();
      } else {
        const openedShare = isShareHash(location.hash) && (await this.openShareHash(location.hash));
        if (!openedShare) await this.openLast(failed);
      }
      this.listen();
    } finally {
      // Whatever storage did, the calculator itself must come up.
      this.status = 'ready';
    }
  }

  private listen(): void {
    // A share link opened in the page, or back from one (draft-actions' followHash).
    const onHash = (e: HashChangeEvent) =>
      void this.act(
        (a) => a.followHash(this, e.oldURL),
        (m) => isShareHash(location.hash) && (this.shareError = `无法打开分享链接：${m}`),
      );
    // Leaving or hiding the page saves at once instead of waiting for the debounce. Typed text still waiting for its
    // frame is not read here: its keystroke is journaled already, and opening the draft again puts the form's text
    // into the draft (CalculatorState.load). A second journal write started here could cost the first one.
    const onHide = () => {
      if (document.visibilityState === 'hidden') void this.flush();
    };
    // Closed, or left for another page: a tab opened in the next seconds takes in this tab's journal entry at once
    // (recover) instead of leaving it for a later visit, which found the draft saved since and kept the entry as a
    // copy 「…（未保存的修改）」 with older content (a new user, closing the page while typing and opening it again).
    const onPageHide = (e: PageTransitionEvent) => {
      if (!e.persisted) markTabClosed(this.journalTab);
      void this.flush();
    };
    const onPageShow = (e: PageTransitionEvent) => {
      if (e.persisted) unmarkTabClosed(this.journalTab);
    };
    // Another tab closed: what it typed and did not save is taken in now (takeClosed), once its last journal write has
    // landed. A tab open beside it saw nothing of that tab's last keys, and its next save left them as a copy on the
    // next visit (a tester's re-check with two tabs).
    let closedTimer: ReturnType<typeof setTimeout> | undefined;
    const onStorage = (e: StorageEvent) => {
      if (!isClosedTabsKey(e.key)) return;
      clearTimeout(closedTimer);
      closedTimer = setTimeout(() => void this.takeClosed(), CLOSED_TAB_WAIT_MS);
    };
    // A press or a key anywhere (a button that prints, saves or shares the case) first reads the typed text still
    // waiting for its frame (CalculatorState.typeValue), so it acts on what is on screen.
    const readTyped = () => this.calc.readWaiting();
    window.addEventListener('hashchange', onHash);
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('pageshow', onPageShow);
    window.addEventListener('storage', onStorage);
    document.addEventListener('pointerdown', readTyped, true);
    document.addEventListener('keydown', readTyped, true);
    this.cleanup.push(
      () => window.removeEventListener('hashchange', onHash),
      () => document.removeEventListener('visibilitychange', onHide),
      () => window.removeEventListener('pagehide', onPageHide),
      () => window.removeEventListener('pageshow', onPageShow),
      () => window.removeEventListener('storage', onStorage),
      () => clearTimeout(closedTimer),
      () => document.removeEventListener('pointerdown', readTyped, true),
      () => document.removeEventListener('keydown', readTyped, true),
    );
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.channel?.close();
    for (const c of this.cleanup) c();
    this.cleanup = [];
  }

  /** Another tab was closed: its unsaved entries are taken in here (draft-actions' takeClosed, rarely needed). */
  private async takeClosed(): Promise<void> {
    if (this.status !== 'ready' || closedTabs().size === 0) return;
    // Where that code cannot be fetched, the next visit takes them in.
    await this.act((a) => a.takeClosed(this), () => undefined);
  }

  /** @internal (draft-actions) */
  async refreshList(): Promise<void> {
    try {
      this.drafts = await this.store.list();
    } catch {
      this.drafts = [];
    }
    await this.loadRounds(this.drafts.flatMap((d) => (isBroken(d) ? [] : [d.draft.ruleSet])));
  }

  /**
   * Fetches the rules of the rounds these drafts use, so that the engine has them when a draft is shown (only the
   * default round comes with the page). A round that cannot be fetched leaves its draft to say 未知的政策年度.
   */
  /** @internal (draft-actions) */
  async loadRounds(ids: string[]): Promise<void> {
    await Promise.all([...new Set(ids)].map((id) => fetchRuleSet(id)));
  }

  /** @internal (draft-actions) */
  nextName(base: string = DEFAULT_NAME): string {
    return freeName(base, new Set(this.drafts.map((d) => d.name)));
  }

  /** Opens this tab's draft, else the device's last opened, else the newest; never one that stopped the page. */
  /** @internal (draft-actions) */
  async openLast(failed?: string): Promise<void> {
    let lastId: string | undefined;
    try {
      lastId = await this.store.getLastOpened();
    } catch {
      lastId = undefined;
    }
    const readable = this.drafts.filter((d): d is DraftRecord => !isBroken(d));
    const tabId = tabDraftId();
    const record = readable.find((d) => d.id === tabId) ?? readable.find((d) => d.id === lastId) ?? readable[0];
    if (record !== undefined && record.id === failed) {
      this.unopenable = record.id;
      this.safeStart = 'guard';
      this.showBlank();
      // Said by draft-actions (fetched then: the words are not in the page's start-up code).
      void this.act((a) => a.sayUnopenable(this, record.name));
      return;
    }
    // Guarded only at start-up, where the page then says it has shown it (Calculator's session.shown()). Opened later
    // (after a delete, on leaving a shared case) the note stayed, and the next visit refused the person's own draft
    // with 上次打开时未能正常显示 (a new user, on a phone).
    if (record) this.show(record, this.status !== 'ready');
    else this.showBlank();
  }

  /** The page has shown the draft it opened at start-up (see markOpening). */
  shown(): void {
    clearOpening();
  }

  /** @internal (draft-actions) */
  show(record: DraftRecord, guard = false): void {
    if (guard) markOpening(record.id);
    this.calc.load(record.draft, record.work ?? readWork(undefined, record.draft.activities.map((a) => a.id)));
    this.current = { id: record.id, name: record.name, createdAt: record.createdAt, revision: record.revision };
    this.base = record;
    this.saveState = 'saved';
    this.savedAt = record.updatedAt;
    this.saveError = null;
    this.conflict = null;
    this.shared = false;
    this.sharedEdited = false;
    this.dirty = false;
    this.remember(record.id);
  }

  /** @internal (draft-actions) */
  remember(id: string): void {
    rememberTabDraft(id);
    void this.store.setLastOpened(id).catch(() => undefined);
  }

  /** A new draft in this tab, saved once the user changes something. */
  /** @internal (draft-actions) */
  showBlank(draft: Draft = blankDraft(), name = this.nextName(), work?: Work): void {
    this.calc.load(draft, work);
    this.current = { id: newId('d'), name, createdAt: Date.now(), revision: 0 };
    this.saveState = 'unsaved';
    this.savedAt = null;
    this.conflict = null;
    this.shared = false;
    this.sharedEdited = false;
    this.dirty = false;
  }

  // Saving

  /** @internal (draft-actions) */
  markDirty(): void {
    this.notice = this.notice?.undo ? this.notice : null;
    // A refused import changed nothing, and the person has moved on: its message went on standing beside the case
    // edited since, and beside another tab's version loaded over it (a new user's check).
    this.importError = null;
    if (this.shared) {
      this.sharedEdited = true;
      return;
    }
    // At once, in this task: the journal keeps this keystroke even if the page goes away before the save.
    const current = this.current;
    this.journalNow();
    if (current.revision === 0 && !this.dirty) rememberTabDraft(current.id);
    if (this.conflict) return;
    this.dirty = true;
    this.saveState = 'pending';
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), AUTOSAVE_DELAY_MS);
  }

  /** Writes what the page holds to the journal, over the revision it stands on. */
  private journalNow(): void {
    const current = this.current;
    const at = this.journal.write({ id: current.id, tab: this.journalTab, name: current.name, createdAt: current.createdAt, baseRevision: current.revision, updatedAt: Date.now(), draft: this.calc.draft, work: this.calc.work() });
    this.journaled = { id: current.id, at };
  }

  /**
   * Saves now if anything is waiting; resolves when storage has answered. Waits for every save under way, not only
   * the one under way when called: two callers waiting on one save resumed in turn, the first starting the next save
   * (a rename's) and the second, finding nothing left to save, going on before it had landed (新建草稿 then named the
   * new draft 我的测算 2 beside the one just renamed, in CI under load).
   */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    while (this.saving) await this.saving;
    if (!this.dirty || this.shared || this.conflict) return;
    this.saving = this.write();
    try {
      await this.saving;
    } finally {
      this.saving = null;
    }
  }

  private async write(): Promise<void> {
    this.dirty = false;
    this.saveState = 'saving';
    const current = this.current;
    // The save holds every journal write of this tab so far (what was typed is in the work at once), and what the
    // revision it is saved over held (for a new draft, the one shown before: its tabs' entries are of another draft).
    const journaled = this.journaled?.id === current.id ? { ...this.base?.journaled, [this.journalTab]: this.journaled.at } : this.base?.journaled;
    const entry = { id: current.id, name: current.name, createdAt: current.createdAt, draft: $state.snapshot(this.calc.draft) as Draft, work: this.calc.work(), journaled };
    try {
      const result = await this.store.save(entry, current.revision);
      if (result.ok) {
        const first = current.revision === 0;
        // A first save may take another name than the one shown: the store gives a new draft the next free one
        // (draft-store.ts), unless a rename was typed meanwhile.
        if (current.name === entry.name) current.name = result.record.name;
        this.current.revision = result.record.revision;
        this.base = result.record;
        this.savedAt = result.record.updatedAt;
        this.saveState = this.dirty ? 'pending' : 'saved';
        this.saveError = null;
        this.channel?.post({ type: 'saved', id: current.id, revision: result.record.revision });
        // The journal must not outlive the save it led to. Left as it was, an entry over the older revision that
        // differs from the save in anything (a change that reached the save without passing through markDirty, or
        // another tab saving later) would be kept on the next visit as a copy beside the draft, 我的测算（未保存的修改）,
        // though nothing was lost. Nothing typed since the save began: the save holds it all. Typed since: the
        // journal holds that, now over this revision.
        if (this.dirty) this.journalNow();
        else void this.journal.remove({ tab: this.journalTab, id: current.id }).catch(() => undefined);
        if (first) this.remember(current.id);
        // The saved record is the newest: put it first instead of reading and re-validating every stored draft.
        this.drafts = [result.record, ...this.drafts.filter((d) => d.id !== result.record.id)];
      } else {
        this.dirty = true;
        this.conflict = result.reason === 'changed' ? 'changed' : 'deleted';
        this.saveState = 'unsaved';
      }
    } catch (error) {
      this.dirty = true;
      this.saveState = 'error';
      this.saveError = `未能保存到本机${error instanceof Error && error.name === 'QuotaExceededError' ? '（存储空间不足）' : ''}。内容仍在本页中，请用“导出草稿”保存为文件，以免丢失。`;
    }
    if (this.dirty && this.saveState === 'pending') this.timer = setTimeout(() => void this.flush(), AUTOSAVE_DELAY_MS);
  }

  // Other tabs

  /**
   * Another tab saved or deleted a draft: the list follows, and the draft open here is loaded or the banner asks
   * (draft-actions' followOtherTab, fetched then: two tabs on one draft are rare). Where that code cannot be fetched,
   * nothing follows, and this tab's next save still finds the other tab's revision and asks.
   */
  private async onMessage(message: DraftMessage): Promise<void> {
    await this.act((a) => a.followOtherTab(this, message), () => undefined);
  }

  // The rarely used parts (draft-actions.svelte.ts), fetched on first use.

  /** Fetches the rarely used parts now (a person heads for 草稿管理, or a conflict or a shared case is shown). */
  prefetchActions(): void {
    void loadActions().catch(() => undefined);
  }

  /** Runs a rarely used action; when its code cannot be fetched, says so and changes nothing. */
  private async act<T>(action: (actions: Actions) => Promise<T> | T, failed: (message: string) => void = (m) => (this.notice = { text: m })): Promise<T | undefined> {
    let actions: Actions;
    try {
      actions = await loadActions();
    } catch {
      failed(LOAD_FAILED);
      return undefined;
    }
    return action(actions);
  }

  /** Conflict: load the other tab's version, dropping this tab's unsaved changes. */
  async takeTheirs(): Promise<void> {
    await this.act((a) => a.takeTheirs(this));
  }

  /** Conflict: keep this tab's content as a new draft; the other version stays as it is. */
  async keepMineAsCopy(): Promise<void> {
    await this.act((a) => a.keepMineAsCopy(this));
  }

  /** Conflict (deleted elsewhere): save this tab's content again under the same name. */
  async saveAgain(): Promise<void> {
    await this.act((a) => a.saveAgain(this));
  }

  // Draft management

  /** Renames the open draft; false when the name is empty (or the code to do it cannot be fetched: it says so). */
  async rename(name: string): Promise<boolean> {
    return (await this.act((a) => a.rename(this, name))) ?? false;
  }

  async newDraft(): Promise<void> {
    await this.act((a) => a.newDraft(this));
  }

  async open(id: string): Promise<void> {
    await this.act((a) => a.open(this, id));
  }

  async duplicateCurrent(): Promise<void> {
    await this.act((a) => a.duplicateCurrent(this));
  }

  /** Deletes a draft; 撤销 puts it back. Deleting the open draft opens the next one. */
  async remove(id: string): Promise<void> {
    await this.act((a) => a.remove(this, id));
  }

  /** Deletes an unreadable record after the user confirmed. */
  async removeBroken(record: BrokenRecord): Promise<void> {
    await this.act((a) => a.removeBroken(this, record));
  }

  /** Downloads an unreadable record as it is stored. */
  async downloadBroken(record: BrokenRecord): Promise<void> {
    await this.act((a) => a.downloadBroken(this, record));
  }

  /** Downloads a stored record exactly as it is kept, readable or not. */
  async downloadRaw(id: string): Promise<void> {
    await this.act((a) => a.downloadRaw(this, id));
  }

  async exportCurrent(): Promise<void> {
    await this.act((a) => a.exportCurrent(this), (m) => (this.notice = { text: `未能导出草稿：${m}` }));
  }

  /** Imports a file as a new draft; a bad file changes nothing and says why. */
  async importFile(file: File): Promise<boolean> {
    this.importError = null;
    return (await this.act((a) => a.importFile(this, file), (m) => (this.importError = { message: `未能导入：${m}`, details: [] }))) ?? false;
  }

  // Share links

  /** Shows the case of a share link as an unsaved draft; a saved draft is never overwritten. */
  private async openShareHash(hash: string, inPage = false): Promise<boolean> {
    return (await this.act((a) => a.openShareHash(this, hash, inPage), (m) => (this.shareError = `无法打开分享链接：${m}`))) ?? false;
  }

  /** 保存为我的草稿: the shared case becomes a new draft of this device. */
  async saveShared(): Promise<void> {
    await this.act((a) => a.saveShared(this));
  }

  /** Closes the shared case without saving it and goes back to the user's own draft. */
  async leaveShared(): Promise<void> {
    await this.act((a) => a.leaveShared(this));
  }

  /** The share link of the current case (no personal fields); rejects when its code cannot be fetched. */
  async shareLink(): Promise<string> {
    return (await loadActions()).shareLink(this);
  }
}

/** The page's draft session, bound to the page's calculator state. */
export const session = new DraftSession(calculator);
