/**
 * The draft being edited, as a named draft on this device: open, autosave (debounced), create, rename,
 * duplicate, delete with undo, export, import, share links, and what happens when another tab saves the
 * same draft. Storage goes through src/lib/drafts only.
 */
// The modules themselves, not the index: the index also exports the file functions, loaded here on use.
import { openDraftChannel, type DraftChannel, type DraftMessage } from '../../lib/drafts/draft-channel';
import { rawRecordFileName, rawRecordJson } from '../../lib/drafts/raw-record';
import { isBroken, MAX_NAME_LENGTH, toStored, type BrokenRecord, type DraftRecord, type StoredRead } from '../../lib/drafts/draft-record';
import { createMemoryDraftStore, openDraftStore, type DraftStore } from '../../lib/drafts/draft-store';
import { createIdbJournal, createNullJournal, JOURNAL_STALE_MS, type Journal, type JournalEntry } from '../../lib/drafts/journal';
import { emptyWork, readWork, type Work } from '../../lib/drafts/work';
import { clearOpening, markOpening, rememberTabDraft, tabDraftId, tabKey, unfinishedOpening } from '../../lib/drafts/tab-memory';
import { isShareHash } from '../../lib/share/share-hash';
import { fetchRuleSet, type Draft } from '../../lib/rules/core';
import { blankDraft, calculator, type CalculatorState } from './calculator-state.svelte';
import { newId } from './ids';
import { download } from '../download';

/** Autosave waits this long after the last change. */
export const AUTOSAVE_DELAY_MS = 600;

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
  undo?: (() => void) | undefined;
}

type SaveState = 'saved' | 'pending' | 'saving' | 'error' | 'unsaved';

const DEFAULT_NAME = '我的测算';

/**
 * Code used only after an action (export and import files, make or open a share link) is loaded then, not with
 * the page. When it cannot be fetched (offline, or the site was updated since the page loaded) the action says
 * so and changes nothing.
 */
const loadDraftFile = () => import('../../lib/drafts/draft-file');
const loadShare = () => import('../../lib/share/share-link');
const LOAD_FAILED = '所需的程序未能载入（网络可能已断开，或网站刚刚更新）。请检查网络后刷新页面再试，所填内容不受影响。';

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
  shareError = $state<string | null>(null);
  /** The rule data digests a shared case was made with and the site's now, when they differ; else null. */
  sharedRulesChanged = $state<{ then: string; now: string } | null>(null);
  importError = $state<{ message: string; details: string[] } | null>(null);
  notice = $state.raw<Notice | null>(null);
  /** Safe start (`?safe`, or after a draft stopped the page): no draft was opened by itself. */
  safeStart = $state<'asked' | 'guard' | null>(null);
  /** A draft that stopped the page when it was last opened: listed, marked, not opened by itself. */
  unopenable = $state<string | null>(null);

  private store: DraftStore = createMemoryDraftStore();
  private journal: Journal = createNullJournal();
  private channel: DraftChannel | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private dirty = false;
  private saving: Promise<void> | null = null;
  private readonly tab = newId('tab');
  /** This tab's name in the journal, kept across its reloads. */
  private readonly journalTab: string;
  private readonly calc: CalculatorState;
  private cleanup: (() => void)[] = [];

  constructor(calc: CalculatorState, options: { journalTab?: string } = {}) {
    this.calc = calc;
    this.journalTab = options.journalTab ?? (typeof window === 'undefined' ? this.tab : tabKey(() => this.tab));
    calc.onEdit = () => this.markDirty();
  }

  get persistent(): boolean {
    return this.store.persistent;
  }

  /**
   * Opens storage, puts whatever the journal kept from an earlier visit into the drafts, then opens the shared case
   * in the address or the last opened draft. Browser only.
   */
  async init(store?: DraftStore, journal?: Journal): Promise<void> {
    try {
      if (store) this.store = store;
      else {
        const opened = await openDraftStore();
        this.store = opened.store;
        this.storageProblem = opened.problem;
      }
      this.journal = journal ?? (this.store.persistent ? createIdbJournal() : createNullJournal());
      this.channel = openDraftChannel(this.tab, (m) => void this.onMessage(m));
      await this.refreshList();
      await this.recover();
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
    const onHash = () => {
      if (isShareHash(location.hash)) void this.flush().then(() => this.openShareHash(location.hash));
    };
    // Leaving or hiding the page saves at once instead of waiting for the debounce.
    const onHide = () => {
      if (document.visibilityState === 'hidden') void this.flush();
    };
    const onPageHide = () => void this.flush();
    window.addEventListener('hashchange', onHash);
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    this.cleanup.push(
      () => window.removeEventListener('hashchange', onHash),
      () => document.removeEventListener('visibilitychange', onHide),
      () => window.removeEventListener('pagehide', onPageHide),
    );
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.channel?.close();
    for (const c of this.cleanup) c();
    this.cleanup = [];
  }

  /**
   * Puts what the journal kept into the drafts: over the named draft when nothing was saved since (the usual case:
   * the page went away within the autosave delay), or as a copy beside it when another tab saved since, so that
   * nothing typed is lost and nothing saved is overwritten.
   */
  private async recover(): Promise<void> {
    let entries: JournalEntry[];
    try {
      entries = await this.journal.all();
    } catch {
      return;
    }
    await this.loadRounds(entries.map((e) => e.draft.ruleSet));
    const restored: string[] = [];
    const now = Date.now();
    for (const entry of entries) {
      // Another tab's recent entry: that tab may still be open, and saves it itself.
      if (entry.tab !== this.journalTab && now - entry.updatedAt < JOURNAL_STALE_MS) continue;
      const record = this.drafts.find((d) => d.id === entry.id);
      if (record !== undefined && isBroken(record)) continue;
      const content = (draft: Draft, work: Work | undefined) => JSON.stringify([draft, work ?? emptyWork(draft.activities.map((a) => a.id))]);
      if (record !== undefined && content(record.draft, record.work) === content(entry.draft, entry.work)) {
        await this.journal.remove(entry).catch(() => undefined);
        continue;
      }
      const sameBase = record === undefined ? entry.baseRevision === 0 : record.revision === entry.baseRevision;
      const copy = !sameBase;
      const name = copy ? this.nextName(`${entry.name}（未保存的修改）`.slice(0, MAX_NAME_LENGTH)) : entry.name;
      const target = { id: copy ? newId('d') : entry.id, name, createdAt: copy ? Date.now() : entry.createdAt, draft: entry.draft, work: entry.work };
      try {
        const result = await this.store.save(target, copy || record === undefined ? 0 : record.revision);
        if (!result.ok) continue;
        await this.journal.remove(entry).catch(() => undefined);
        this.drafts = [result.record, ...this.drafts.filter((d) => d.id !== result.record.id)];
        if (copy) restored.push(name);
      } catch {
        // Storage refused: the entry stays in the journal for the next visit.
      }
    }
    if (restored.length > 0) this.notice = { text: `上次离开本页时有未保存的修改，而该草稿已在其他标签页中更新：未保存的修改已另存为「${restored.join('」「')}」。` };
  }

  private async refreshList(): Promise<void> {
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
  private async loadRounds(ids: string[]): Promise<void> {
    await Promise.all([...new Set(ids)].map((id) => fetchRuleSet(id)));
  }

  private nextName(base: string = DEFAULT_NAME): string {
    const names = new Set(this.drafts.map((d) => d.name));
    if (!names.has(base)) return base;
    for (let i = 2; ; i++) if (!names.has(`${base} ${i}`)) return `${base} ${i}`;
  }

  /** Opens this tab's draft, else the device's last opened, else the newest; never one that stopped the page. */
  private async openLast(failed?: string): Promise<void> {
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
      this.notice = { text: `草稿「${record.name}」上次打开时未能正常显示，本次没有自动打开它。可在“草稿管理”中重新打开、下载其原始数据或删除。` };
      return;
    }
    if (record) this.show(record, true);
    else this.showBlank();
  }

  /** The page has shown the draft it opened at start-up (see markOpening). */
  shown(): void {
    clearOpening();
  }

  private show(record: DraftRecord, guard = false): void {
    if (guard) markOpening(record.id);
    this.calc.load(record.draft, record.work ?? readWork(undefined, record.draft.activities.map((a) => a.id)));
    this.current = { id: record.id, name: record.name, createdAt: record.createdAt, revision: record.revision };
    this.saveState = 'saved';
    this.savedAt = record.updatedAt;
    this.saveError = null;
    this.conflict = null;
    this.shared = false;
    this.dirty = false;
    this.remember(record.id);
  }

  private remember(id: string): void {
    rememberTabDraft(id);
    void this.store.setLastOpened(id).catch(() => undefined);
  }

  /** A new draft in this tab, saved once the user changes something. */
  private showBlank(draft: Draft = blankDraft(), name = this.nextName()): void {
    this.calc.load(draft);
    this.current = { id: newId('d'), name, createdAt: Date.now(), revision: 0 };
    this.saveState = 'unsaved';
    this.savedAt = null;
    this.conflict = null;
    this.shared = false;
    this.dirty = false;
  }

  // Saving

  private markDirty(): void {
    this.notice = this.notice?.undo ? this.notice : null;
    if (this.shared) return;
    // At once, in this task: the journal keeps this keystroke even if the page goes away before the save.
    const current = this.current;
    this.journal.write({ id: current.id, tab: this.journalTab, name: current.name, createdAt: current.createdAt, baseRevision: current.revision, updatedAt: Date.now(), draft: this.calc.draft, work: this.calc.work() });
    if (current.revision === 0 && !this.dirty) rememberTabDraft(current.id);
    if (this.conflict) return;
    this.dirty = true;
    this.saveState = 'pending';
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), AUTOSAVE_DELAY_MS);
  }

  /** Saves now if anything is waiting; resolves when storage has answered. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    if (this.saving) await this.saving;
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
    const entry = { id: current.id, name: current.name, createdAt: current.createdAt, draft: $state.snapshot(this.calc.draft) as Draft, work: this.calc.work() };
    try {
      const result = await this.store.save(entry, current.revision);
      if (result.ok) {
        const first = current.revision === 0;
        this.current.revision = result.record.revision;
        this.savedAt = result.record.updatedAt;
        this.saveState = this.dirty ? 'pending' : 'saved';
        this.saveError = null;
        this.channel?.post({ type: 'saved', id: current.id, revision: result.record.revision });
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

  private async onMessage(message: DraftMessage): Promise<void> {
    await this.refreshList();
    if (message.id !== this.current.id || this.shared) return;
    if (message.type === 'deleted') {
      this.conflict = 'deleted';
      clearTimeout(this.timer);
      return;
    }
    if (message.revision === this.current.revision) return;
    // A form open here may be about to be typed into: ask rather than close it under the person.
    if (this.dirty || this.saving || this.calc.hasOpenForms) {
      this.conflict = 'changed';
      clearTimeout(this.timer);
      return;
    }
    // refreshList() above has just read this record.
    const record = this.drafts.find((d) => d.id === this.current.id);
    if (record && !isBroken(record)) {
      this.show(record);
      this.notice = { text: '此草稿已在另一个标签页中修改，已载入最新内容。' };
    }
  }

  /** Conflict: load the other tab's version, dropping this tab's unsaved changes. */
  async takeTheirs(): Promise<void> {
    // The person chose to drop this tab's changes: the journal must not bring them back on the next visit.
    await this.journal.remove({ tab: this.journalTab, id: this.current.id }).catch(() => undefined);
    const record = await this.store.get(this.current.id).catch(() => undefined);
    if (record && !isBroken(record)) {
      await this.loadRounds([record.draft.ruleSet]);
      this.show(record);
      this.notice = { text: '已载入另一个标签页保存的版本。' };
    } else {
      await this.openLast();
    }
  }

  /** Conflict: keep this tab's content as a new draft; the other version stays as it is. */
  async keepMineAsCopy(): Promise<void> {
    this.conflict = null;
    const name = await this.saveAsCopy();
    this.notice = { text: `已将本页内容另存为新草稿「${name}」，另一个标签页的版本保持不变。` };
  }

  /** Saves the page's content as a new draft named "…（副本）" and keeps editing it; returns the name. */
  private async saveAsCopy(): Promise<string> {
    const name = this.nextName(`${this.current.name}（副本）`.slice(0, MAX_NAME_LENGTH));
    const previous = this.current.id;
    this.current = { id: newId('d'), name, createdAt: Date.now(), revision: 0 };
    // The content now belongs to the copy: journal it there, and no longer under the draft it came from.
    this.markDirty();
    await this.journal.remove({ tab: this.journalTab, id: previous }).catch(() => undefined);
    await this.flush();
    return name;
  }

  /** Conflict (deleted elsewhere): save this tab's content again under the same name. */
  async saveAgain(): Promise<void> {
    this.current.revision = 0;
    this.conflict = null;
    this.dirty = true;
    await this.flush();
  }

  // Draft management

  async newDraft(): Promise<void> {
    await this.flush();
    this.showBlank(blankDraft(this.calc.draft.ruleSet));
    this.dirty = true;
    await this.flush();
    this.notice = { text: `已新建草稿「${this.current.name}」。` };
  }

  async open(id: string): Promise<void> {
    if (id === this.current.id && !this.shared) return;
    await this.flush();
    const record = await this.store.get(id).catch(() => undefined);
    if (record !== undefined && !isBroken(record)) await this.loadRounds([record.draft.ruleSet]);
    if (record === undefined || isBroken(record)) {
      this.notice = { text: record ? `无法打开此草稿：${record.message}` : '找不到此草稿，可能已在其他标签页中删除。' };
      await this.refreshList();
      return;
    }
    if (this.shared) history.replaceState(null, '', location.pathname + location.search);
    this.show(record);
    this.notice = { text: `已打开草稿「${record.name}」。` };
  }

  async rename(name: string): Promise<boolean> {
    const trimmed = name.trim().slice(0, MAX_NAME_LENGTH);
    if (trimmed === '') return false;
    this.current.name = trimmed;
    if (!this.shared) {
      this.dirty = true;
      await this.flush();
    }
    return true;
  }

  async duplicateCurrent(): Promise<void> {
    await this.flush();
    const name = await this.saveAsCopy();
    this.notice = { text: `已复制为「${name}」，现在编辑的是副本。` };
  }

  /** Deletes a draft; 撤销 puts it back. Deleting the open draft opens the next one. */
  async remove(id: string): Promise<void> {
    await this.flush();
    const record = id === this.current.id && this.current.revision === 0 ? undefined : await this.store.get(id).catch(() => undefined);
    const isCurrent = id === this.current.id;
    const snapshot: DraftRecord | undefined = record && !isBroken(record) ? record : isCurrent ? { ...this.current, updatedAt: Date.now(), draft: $state.snapshot(this.calc.draft) as Draft } : undefined;
    try {
      await this.store.remove(id);
    } catch {
      this.notice = { text: '未能删除此草稿，请稍后再试。' };
      return;
    }
    this.channel?.post({ type: 'deleted', id, revision: 0 });
    await this.journal.remove({ tab: this.journalTab, id }).catch(() => undefined);
    await this.refreshList();
    if (isCurrent) {
      clearTimeout(this.timer);
      this.dirty = false;
      await this.openLast();
    }
    const name = snapshot?.name ?? '草稿';
    this.notice = {
      text: `已删除草稿「${name}」。`,
      undo: snapshot ? () => void this.restore(snapshot) : undefined,
    };
  }

  private async restore(record: DraftRecord): Promise<void> {
    await this.flush();
    const result = await this.store.save({ id: record.id, name: record.name, createdAt: record.createdAt, draft: record.draft }, 0).catch(() => null);
    await this.refreshList();
    if (result?.ok) {
      this.show(result.record);
      this.notice = { text: `已恢复草稿「${record.name}」。` };
    } else {
      this.notice = { text: '未能恢复此草稿。' };
    }
  }

  /** Deletes an unreadable record after the user confirmed. */
  async removeBroken(record: BrokenRecord): Promise<void> {
    await this.store.remove(record.id).catch(() => undefined);
    await this.refreshList();
    this.notice = { text: `已删除无法读取的草稿「${record.name}」。` };
  }

  /** Downloads an unreadable record as it is stored. */
  downloadBroken(record: BrokenRecord): void {
    // Whatever storage holds (cycles, BigInt, Map, Date…) becomes JSON text without throwing.
    download(rawRecordFileName(record.id), new Blob([rawRecordJson(record.raw)], { type: 'application/json' }));
  }

  /** Downloads a stored record exactly as it is kept, readable or not. */
  async downloadRaw(id: string): Promise<void> {
    const record = await this.store.get(id).catch(() => undefined);
    if (record === undefined) return;
    if (isBroken(record)) this.downloadBroken(record);
    else download(rawRecordFileName(id), new Blob([rawRecordJson(toStored(record))], { type: 'application/json' }));
  }

  async exportCurrent(): Promise<void> {
    const draft = $state.snapshot(this.calc.draft) as Draft;
    const name = this.current.name;
    let file: Awaited<ReturnType<typeof loadDraftFile>>;
    try {
      file = await loadDraftFile();
    } catch {
      this.notice = { text: `未能导出草稿：${LOAD_FAILED}` };
      return;
    }
    download(file.draftFileName(name, new Date()), new Blob([file.draftToJson(draft)], { type: 'application/json' }));
  }

  /** Imports a file as a new draft; a bad file changes nothing and says why. */
  async importFile(file: File): Promise<boolean> {
    this.importError = null;
    let draftFile: Awaited<ReturnType<typeof loadDraftFile>>;
    try {
      draftFile = await loadDraftFile();
    } catch {
      this.importError = { message: `未能导入：${LOAD_FAILED}`, details: [] };
      return false;
    }
    const { readDraftFile, MAX_IMPORT_BYTES } = draftFile;
    if (file.size > MAX_IMPORT_BYTES) {
      this.importError = { message: '文件过大，不是本站导出的草稿文件。未做任何更改。', details: [] };
      return false;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      this.importError = { message: '无法读取此文件。未做任何更改。', details: [] };
      return false;
    }
    const result = readDraftFile(text);
    if (!result.ok) {
      this.importError = { message: `${result.message}未做任何更改。`, details: result.details };
      return false;
    }
    await this.flush();
    const base = file.name.replace(/\.json$/i, '').replace(/^继续教育学时测算草稿-/, '').replace(/-\d{8}$/, '').trim() || '导入的草稿';
    await this.loadRounds([result.draft.ruleSet]);
    this.showBlank(result.draft, this.nextName(base.slice(0, MAX_NAME_LENGTH)));
    this.dirty = true;
    await this.flush();
    this.notice = { text: `已导入为新草稿「${this.current.name}」${result.migratedFrom !== undefined ? '（已从旧版格式升级）' : ''}。原有草稿未改动。${result.repairs.join('')}` };
    return true;
  }

  // Share links

  /** Shows the case of a share link as an unsaved draft; a saved draft is never overwritten. */
  private async openShareHash(hash: string): Promise<boolean> {
    let share: Awaited<ReturnType<typeof loadShare>>;
    try {
      share = await loadShare();
    } catch {
      this.shareError = `无法打开分享链接：${LOAD_FAILED}`;
      return false;
    }
    const decoded = await share.decodeShareHash(hash);
    if (!decoded.ok) {
      this.shareError = decoded.message;
      // The refused fragment leaves the address: a reload does not read it again, and a long one costs nothing more.
      history.replaceState(null, '', location.pathname + location.search);
      return false;
    }
    this.shareError = null;
    this.sharedRulesChanged = decoded.rulesChanged;
    await this.loadRounds([decoded.draft.ruleSet]);
    this.showBlank(decoded.draft, this.nextName('分享的测算'));
    this.shared = true;
    this.saveState = 'unsaved';
    return true;
  }

  /** 保存为我的草稿: the shared case becomes a new draft of this device. */
  async saveShared(): Promise<void> {
    this.shared = false;
    this.dirty = true;
    await this.flush();
    history.replaceState(null, '', location.pathname + location.search);
    this.notice = { text: `已保存为您的草稿「${this.current.name}」。` };
  }

  /** Closes the shared case without saving it and goes back to the user's own draft. */
  async leaveShared(): Promise<void> {
    history.replaceState(null, '', location.pathname + location.search);
    this.shared = false;
    await this.refreshList();
    await this.openLast();
  }

  /** The share link of the current case (no personal fields). */
  async shareLink(): Promise<string> {
    const draft = $state.snapshot(this.calc.draft) as Draft;
    const { shareUrl } = await loadShare();
    return shareUrl(location.href, draft);
  }
}

/** The page's draft session, bound to the page's calculator state. */
export const session = new DraftSession(calculator);
