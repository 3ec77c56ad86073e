/**
 * The draft session's rarely used parts, fetched on first use rather than with the page: resolving a conflict with
 * another tab, the actions of 草稿管理 (new, open, duplicate, delete and undo, export, import, raw data), and share
 * links. Each function is a DraftSession method (draft-session.svelte.ts calls them with itself as `s`).
 */
import { tick } from 'svelte';
import { rawRecordFileName, rawRecordJson } from '../../lib/drafts/raw-record';
import { isBroken, MAX_NAME_LENGTH, toStored, type BrokenRecord, type DraftRecord } from '../../lib/drafts/draft-record';
import { getRuleSet, roundCatalogue, type Draft } from '../../lib/rules/core';
import { blankDraft } from './calculator-state.svelte';
import { newId } from './ids';
import { goToResults } from './go-to';
import { download } from '../download';
import { closedTabs } from '../../lib/drafts/tab-memory';
import { JOURNAL_STALE_MS, type JournalEntry } from '../../lib/drafts/journal';
import { emptyWork, type Work } from '../../lib/drafts/work';
import type { DraftMessage } from '../../lib/drafts/draft-channel';
import { isShareHash } from '../../lib/share/share-hash';
import type { DeletedDraft, DraftTrash } from '../../lib/drafts/draft-trash';
import { LOAD_FAILED, type DraftSession } from './draft-session.svelte';

/**
 * Code used only after an action (export and import files, make or open a share link) is loaded then. When it
 * cannot be fetched (offline, or the site was updated since the page loaded) the action says so and changes nothing.
 */
const loadDraftFile = () => import('../../lib/drafts/draft-file');
const loadShare = () => import('../../lib/share/share-link');

/**
 * 最近删除 (draft-trash.ts, with the record reader), fetched on the first delete or when 草稿管理 lists it. One per
 * page: in memory where the drafts are (a private window), else in the settings database.
 */
let trash: Promise<DraftTrash> | undefined;
const trashOf = (s: DraftSession): Promise<DraftTrash> => (trash ??= import('../../lib/drafts/draft-trash').then((m) => (s.store.persistent ? m.createIdbTrash() : m.createMemoryTrash())));

/**
 * Puts what the journal kept into the drafts: over the named draft when nothing was saved since (the usual case:
 * the page went away within the autosave delay), or as a copy beside it when another tab saved since, so that
 * nothing typed is lost and nothing saved is overwritten.
 */
export async function recover(s: DraftSession, entries: JournalEntry[]): Promise<{ copies: string[]; latest: string | undefined }> {
  await s.loadRounds(entries.map((e) => e.draft.ruleSet));
  const restored: string[] = [];
  // The draft typed in last, put back as it was typed (not as a copy): a tab opened after its tab was killed (a phone
  // dropping it) opens it, not the draft another tab opened last (a new user's check: her training seemed gone).
  let latest: JournalEntry | undefined;
  const now = Date.now();
  // (This tab unmarked itself as it started: prepare.)
  const closed = closedTabs(now);
  for (const entry of entries) {
    // Another tab's recent entry: that tab may still be open, and saves it itself; unless it said it was closing.
    if (entry.tab !== s.journalTab && !closed.has(entry.tab) && now - entry.updatedAt < JOURNAL_STALE_MS) continue;
    const record = s.drafts.find((d) => d.id === entry.id);
    if (record !== undefined && isBroken(record)) continue;
    const content = (draft: Draft, work: Work | undefined) => JSON.stringify([draft, work ?? emptyWork(draft.activities.map((a) => a.id))]);
    // Saved already: the draft holds what the entry holds; or the tab went away between its save and the journal's
    // clearing, and another tab (which then showed that save) has saved over it since, so the content no longer
    // matches. Only over an older revision: an entry over the record's own is newer, whatever a clock set back says.
    const saved = (r: DraftRecord) =>
      content(r.draft, r.work) === content(entry.draft, entry.work) || (entry.baseRevision < r.revision && (r.journaled?.[entry.tab] ?? 0) >= entry.updatedAt);
    if (record !== undefined && saved(record)) {
      await s.journal.remove(entry).catch(() => undefined);
      continue;
    }
    const sameBase = record === undefined ? entry.baseRevision === 0 : record.revision === entry.baseRevision;
    const copy = !sameBase;
    const name = copy ? s.nextName(`${entry.name}（未保存的修改）`) : entry.name;
    const target = { id: copy ? newId('d') : entry.id, name, createdAt: copy ? Date.now() : entry.createdAt, draft: entry.draft, work: entry.work, journaled: { ...record?.journaled, [entry.tab]: entry.updatedAt } };
    try {
      const result = await s.store.save(target, copy || record === undefined ? 0 : record.revision);
      if (!result.ok) continue;
      await s.journal.remove(entry).catch(() => undefined);
      s.drafts = [result.record, ...s.drafts.filter((d) => d.id !== result.record.id)];
      if (copy) restored.push(result.record.name);
      else if (latest === undefined || entry.updatedAt > latest.updatedAt) latest = entry;
    } catch {
      // Storage refused: the entry stays in the journal for the next visit.
    }
  }
  // The names of the copies made (the caller says so).
  return { copies: restored, latest: latest?.id };
}

/**
 * At start-up, what the journal kept from an earlier visit (recover); copies made of it are said here, with the code
 * fetched only when there are entries (the words are not in the page's start-up code). Returns the draft typed in last.
 */
export async function recoverAtStart(s: DraftSession, entries: JournalEntry[]): Promise<string | undefined> {
  const { copies, latest } = await recover(s, entries);
  if (copies.length > 0) s.notice = { text: `上次离开本页时有未保存的修改，而该草稿已在其他标签页中更新：未保存的修改已另存为「${copies.join('」「')}」。` };
  return latest;
}

/** Why the page opened no draft: the one it would have opened stopped the page last time (openLast). */
export function sayUnopenable(s: DraftSession, name: string): void {
  s.notice = { text: `草稿「${name}」上次打开时未能正常显示，本次没有自动打开它。可在“草稿管理”中重新打开、下载其原始数据或删除。` };
}

/**
 * Another tab was closed: its journal entries are taken in as a tab opened now would take them (recover), and the
 * draft open here, where one of them changed it, follows as it follows another tab's save: loaded when nothing is being
 * typed here, else the banner asks (followOtherTab). The other tabs still open hear of what was saved, as of any save.
 */
export async function takeClosed(s: DraftSession): Promise<void> {
  const closed = closedTabs();
  await s.refreshList();
  const before = new Map(s.drafts.map((d) => [d.id, isBroken(d) ? -1 : d.revision]));
  const entries = await s.journal.all().catch(() => []);
  const { copies: restored } = await recover(s, entries.filter((entry) => entry.tab !== s.journalTab && closed.has(entry.tab)));
  // Said as what happened here: the words for a later visit (上次离开本页时…) read as this tab's own (a tester's re-check).
  if (restored.length > 0) s.notice = { text: `另一个标签页关闭前有未保存的修改，与本页保存的内容不同：已另存为「${restored.join('」「')}」，本页内容未改动。` };
  for (const d of s.drafts) if (!isBroken(d) && before.get(d.id) !== d.revision) s.channel?.post({ type: 'saved', id: d.id, revision: d.revision });
  const record = s.drafts.find((d) => d.id === s.current.id);
  if (record !== undefined && !isBroken(record) && record.revision !== s.current.revision) await followOtherTab(s, { type: 'saved', id: record.id, revision: record.revision, tab: '' });
}

/**
 * Another tab saved or deleted a draft (its message, or a closed tab's entry taken in): the list follows; the draft open
 * here, when it is that draft, is loaded where nothing is being typed, else the banner asks.
 */
export async function followOtherTab(s: DraftSession, message: DraftMessage): Promise<void> {
  await s.refreshList();
  if (message.id !== s.current.id || s.shared) return;
  if (message.type === 'deleted') {
    s.conflict = 'deleted';
    clearTimeout(s.timer);
    return;
  }
  // Put back by 撤销 in the other tab: the draft is there again, whatever its revision.
  if (message.revision === s.current.revision && s.conflict !== 'deleted') return;
  // A save of this tab's under way is over the revision before: once it has failed, this tab's changes are saved again
  // below, over the other tab's, where that one changed nothing this tab had.
  if (s.saving) {
    await s.saving;
    await s.refreshList();
  }
  const record = s.drafts.find((d) => d.id === s.current.id);
  // Saved there with what this tab last loaded or saved (重命名 there, 撤销 of a delete there): this tab takes the new
  // name and revision and goes on; what it typed since is saved over them. A rename in one tab stopped the other, with a
  // form open, at 此草稿已在另一个标签页中修改 (and within the autosave's 0.6 s of a key, in a re-check), and what was
  // typed there next became 「我的测算（未保存的修改）」 (a new user with two tabs).
  const base = s.base && [s.base.draft, s.base.work];
  // What the page holds is still what this tab stands on (nothing typed since its last load or save): compared once,
  // and only where a branch below asks.
  let same: boolean | undefined;
  const unchanged = () => (same ??= base !== undefined && sameData(base, [$state.snapshot(s.calc.draft), s.calc.work()]));
  if (record && !isBroken(record) && base && sameData([record.draft, record.work], base)) {
    const typed = s.dirty || !unchanged();
    s.current.name = record.name;
    s.current.revision = record.revision;
    s.base = record;
    s.conflict = null;
    s.savedAt = record.updatedAt;
    if (!typed) {
      s.saveState = 'saved';
      return;
    }
    s.dirty = true;
    s.saveState = 'pending';
    await s.flush();
    return;
  }
  // Only a new name waiting here, nothing typed since the revision this tab stands on (重命名 here as the other tab's
  // save landed first, in a re-check's 4 of 7 runs at 0.55–0.61 s after a key there): the other tab's content is
  // loaded and the name saved over it. It asked, and the name was lost.
  const name = s.current.name;
  if (record && !isBroken(record) && s.dirty && name !== record.name && unchanged()) {
    s.show(record);
    s.current.name = name;
    s.dirty = true;
    s.saveState = 'pending';
    await s.flush();
    return;
  }
  // Something typed here and not saved: ask rather than overwrite it. A form opened here with nothing unsaved is no
  // reason to ask (opened and left as it was, it is not even saved: nothing changed): the banner said 本页的修改暂未保存
  // to a tab that had saved all it typed, and offered a copy of its older content (a new user with two tabs, and the
  // re-check with the form opened and nothing typed); it takes the other tab's version, and the notice below says so.
  // Every key marks the session dirty at once (CalculatorState.typeValue), before its text is read.
  if (s.dirty || s.saving) {
    s.conflict = 'changed';
    clearTimeout(s.timer);
    return;
  }
  if (record && !isBroken(record)) {
    s.show(record);
    s.importError = null;
    s.notice = { text: '此草稿已在另一个标签页中修改，已载入最新内容。', followed: true };
  }
}

/** Renames the open draft and saves it (a shared case is only renamed on the page); false when the name is empty. */
export async function rename(s: DraftSession, name: string): Promise<boolean> {
  const trimmed = name.trim().slice(0, MAX_NAME_LENGTH);
  if (trimmed === '') return false;
  s.current.name = trimmed;
  if (!s.shared) {
    s.dirty = true;
    await s.flush();
  }
  // Said, in place of a notice that named this draft by its old name (已复制为「我的测算（副本）」, a new user's check);
  // one with 撤销 stays: it names another draft, and its 撤销 would be lost.
  if (!s.notice?.undo) s.notice = { text: `已将草稿重命名为「${trimmed}」。` };
  return true;
}

/**
 * The same plain data (what a stored draft and its work hold: objects, arrays, strings, numbers, booleans, null),
 * whatever the order of object keys; a key holding undefined counts as absent.
 */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = (r: Record<string, unknown>) => Object.keys(r).filter((k) => r[k] !== undefined);
  const ka = keys(ra);
  return ka.length === keys(rb).length && ka.every((k) => sameData(ra[k], rb[k]));
}

/**
 * Conflict: load the other tab's version, dropping this tab's unsaved changes. 撤销 puts the page back as it was, the
 * question standing again: a mistaken tap on the banner lost what the tab had typed, with no way back. (Given back as
 * a copy, as first built, it moved the person to a draft she never asked for: a new user's check.)
 */
export async function takeTheirs(s: DraftSession): Promise<void> {
  const mine = { draft: $state.snapshot(s.calc.draft) as Draft, work: s.calc.work(), current: { ...s.current }, base: s.base, conflict: s.conflict, dirty: s.dirty, saveState: s.saveState };
  // The person chose to drop this tab's changes: the journal must not bring them back on the next visit.
  await s.journal.remove({ tab: s.journalTab, id: s.current.id }).catch(() => undefined);
  const record = await s.store.get(s.current.id).catch(() => undefined);
  if (record && !isBroken(record)) {
    await s.loadRounds([record.draft.ruleSet]);
    s.show(record);
    s.notice = { text: '已载入另一个标签页保存的版本。' };
  } else {
    await s.openLast();
    // Said, as the other choices are: the banner's button had gone with focus on it (a new user's check).
    s.notice ??= { text: `已打开草稿「${s.current.name}」，本页未保存的内容已放弃。` };
  }
  s.notice = {
    text: s.notice.text,
    undo: async () => {
      await s.flush();
      s.calc.load(mine.draft, mine.work);
      s.current = mine.current;
      s.base = mine.base;
      s.conflict = mine.conflict;
      // What was unsaved is journaled again (the choice had cleared it), and not saved while the question stands. A tab
      // that had saved all it typed (it was asked because a form was open) journals nothing: an entry over its older
      // revision became a stray 「…（未保存的修改）」 on the next visit (a re-check).
      if (mine.dirty) s.markDirty();
      s.dirty = mine.dirty;
      s.saveState = mine.saveState;
      s.notice = { text: '已恢复本页原来的内容，请重新选择如何处理。' };
    },
  };
}

/** Conflict: keep this tab's content as a new draft; the other version stays as it is. */
export async function keepMineAsCopy(s: DraftSession): Promise<void> {
  s.conflict = null;
  const name = await saveAsCopy(s);
  s.notice = { text: `已将本页内容另存为新草稿「${name}」，另一个标签页的版本保持不变。` };
}

/** Saves the page's content as a new draft named "…（副本）" and keeps editing it; returns the name. */
async function saveAsCopy(s: DraftSession): Promise<string> {
  // A copy of a copy is “…（副本） 2”, not “…（副本）（副本）”: nextName numbers it.
  const name = s.nextName(`${s.current.name.replace(/（副本）(?: \d+)?$/, '')}（副本）`.slice(0, MAX_NAME_LENGTH));
  const previous = s.current.id;
  s.current = { id: newId('d'), name, createdAt: Date.now(), revision: 0 };
  // The content now belongs to the copy: journal it there, and no longer under the draft it came from.
  s.markDirty();
  await s.journal.remove({ tab: s.journalTab, id: previous }).catch(() => undefined);
  await s.flush();
  return name;
}

/** Conflict (deleted elsewhere): save this tab's content again under the same name. */
export async function saveAgain(s: DraftSession): Promise<void> {
  s.current.revision = 0;
  s.conflict = null;
  s.dirty = true;
  await s.flush();
  // Said, as the other choices are (a failed save says so in its own line, saveError).
  if (s.saveState === 'saved') s.notice = { text: `已重新保存草稿「${s.current.name}」。` };
}

// Draft management

export async function newDraft(s: DraftSession): Promise<void> {
  await s.flush();
  s.showBlank(blankDraft(s.calc.draft.ruleSet));
  s.dirty = true;
  await s.flush();
  s.notice = { text: `已新建草稿「${s.current.name}」。` };
}

export async function open(s: DraftSession, id: string): Promise<void> {
  if (id === s.current.id && !s.shared) return;
  await s.flush();
  const record = await s.store.get(id).catch(() => undefined);
  if (record !== undefined && !isBroken(record)) await s.loadRounds([record.draft.ruleSet]);
  if (record === undefined || isBroken(record)) {
    s.notice = { text: record ? `无法打开此草稿：${record.message}` : '找不到此草稿，可能已在其他标签页中删除。' };
    await s.refreshList();
    return;
  }
  if (s.shared) history.replaceState(null, '', location.pathname + location.search);
  s.show(record);
  s.notice = { text: `已打开草稿「${record.name}」。` };
}


export async function duplicateCurrent(s: DraftSession): Promise<void> {
  await s.flush();
  const name = await saveAsCopy(s);
  s.notice = { text: `已复制为「${name}」，现在编辑的是副本。` };
}

/** Deletes a draft; 撤销 puts it back. Deleting the open draft opens the next one. */
export async function remove(s: DraftSession, id: string): Promise<void> {
  await s.flush();
  const record = id === s.current.id && s.current.revision === 0 ? undefined : await s.store.get(id).catch(() => undefined);
  const isCurrent = id === s.current.id;
  // With the forms still open (their text as typed): 撤销 gave the draft back without an activity being filled in.
  const snapshot: DraftRecord | undefined = record && !isBroken(record) ? record : isCurrent ? { ...s.current, updatedAt: Date.now(), draft: $state.snapshot(s.calc.draft) as Draft, work: s.calc.work() } : undefined;
  try {
    await s.store.remove(id);
  } catch {
    s.notice = { text: '未能删除此草稿，请稍后再试。' };
    return;
  }
  // Kept for 最近删除 too (撤销 here goes with the page: a reload lost it, and the draft with it), before the list of
  // drafts changes: 草稿管理 reads 最近删除 again then, and read before this, it left out the draft just deleted.
  const kept = snapshot !== undefined && (await trashOf(s).then((t) => t.keep(snapshot)).then(() => true, () => false));
  s.channel?.post({ type: 'deleted', id, revision: 0 });
  await s.journal.remove({ tab: s.journalTab, id }).catch(() => undefined);
  await s.refreshList();
  if (isCurrent) {
    clearTimeout(s.timer);
    s.dirty = false;
    await s.openLast();
  }
  const name = snapshot?.name ?? '草稿';
  s.notice = {
    text: `已删除草稿「${name}」。${kept ? '刷新或关闭页面后，也可在“草稿管理”的“最近删除”中恢复。' : ''}`,
    undo: snapshot ? () => restore(s, snapshot, isCurrent) : undefined,
  };
}

/** The deleted drafts still kept (最近删除 in 草稿管理), newest first, and for how many days; none where they cannot be read. */
export async function listDeleted(s: DraftSession): Promise<{ list: DeletedDraft[]; days: number; limit: number }> {
  const t = await trashOf(s);
  return { list: await t.list().catch(() => []), days: t.days, limit: t.limit };
}

/**
 * 彻底删除 in 最近删除: the draft is gone from this device. A deleted draft kept 30 days with a name and an employer in
 * it is not what a person deleting it on a shared computer expects; this is their way to have it gone at once.
 */
export async function forgetDeleted(s: DraftSession, deleted: DeletedDraft): Promise<void> {
  try {
    await (await trashOf(s)).forget(deleted.record.id);
    s.notice = { text: `已彻底删除草稿「${deleted.record.name}」。` };
  } catch {
    s.notice = { text: '未能彻底删除此草稿，请稍后再试。' };
  }
  // The list of drafts is read again, and with it 最近删除 (草稿管理 follows the list).
  await s.refreshList();
}

/** 恢复 in 最近删除: the draft comes back, and opens. */
export async function restoreDeleted(s: DraftSession, deleted: DeletedDraft): Promise<void> {
  await restore(s, deleted.record, true);
}

/**
 * Puts a deleted draft back; it is opened again only if it was the one open (another one stays where it was). Under
 * a name of its own: the draft opened after the delete, once typed into, may carry the same name (我的测算 twice in
 * the list, one indistinguishable from the other; a new user's check).
 */
async function restore(s: DraftSession, record: DraftRecord, reopen: boolean): Promise<void> {
  await s.flush();
  const name = s.drafts.some((d) => d.id !== record.id && d.name === record.name) ? s.nextName(record.name) : record.name;
  const result = await s.store.save({ id: record.id, name, createdAt: record.createdAt, draft: record.draft, work: record.work }, 0).catch(() => null);
  await s.refreshList();
  if (result?.ok) {
    // Another tab told of the delete hears that the draft is back (it went on saying 已在另一个标签页中删除).
    s.channel?.post({ type: 'saved', id: record.id, revision: result.record.revision });
    if (reopen) s.show(result.record);
    await trashOf(s).then((t) => t.forget(record.id)).catch(() => undefined);
    s.notice = { text: name === record.name ? `已恢复草稿「${name}」。` : `已恢复草稿「${record.name}」；已有同名草稿，恢复的草稿改名为「${name}」。` };
  } else {
    s.notice = { text: '未能恢复此草稿。' };
  }
}

/** Deletes an unreadable record after the user confirmed. */
export async function removeBroken(s: DraftSession, record: BrokenRecord): Promise<void> {
  await s.store.remove(record.id).catch(() => undefined);
  await s.refreshList();
  s.notice = { text: `已删除无法读取的草稿「${record.name}」。` };
}

/** Downloads an unreadable record as it is stored. */
export function downloadBroken(_s: DraftSession, record: BrokenRecord): void {
  // Whatever storage holds (cycles, BigInt, Map, Date…) becomes JSON text without throwing.
  download(rawRecordFileName(record.id), new Blob([rawRecordJson(record.raw)], { type: 'application/json' }));
}

/** Downloads a stored record exactly as it is kept, readable or not. */
export async function downloadRaw(s: DraftSession, id: string): Promise<void> {
  const record = await s.store.get(id).catch(() => undefined);
  if (record === undefined) return;
  if (isBroken(record)) downloadBroken(s, record);
  else download(rawRecordFileName(id), new Blob([rawRecordJson(toStored(record))], { type: 'application/json' }));
}

export async function exportCurrent(s: DraftSession): Promise<void> {
  const draft = $state.snapshot(s.calc.draft) as Draft;
  const name = s.current.name;
  let file: Awaited<ReturnType<typeof loadDraftFile>>;
  try {
    file = await loadDraftFile();
  } catch {
    s.notice = { text: `未能导出草稿：${LOAD_FAILED}` };
    return;
  }
  download(file.draftFileName(name, new Date()), new Blob([file.draftToJson(draft, s.calc.work(), name)], { type: 'application/json' }));
}

/** Imports a file as a new draft; a bad file changes nothing and says why. */
export async function importFile(s: DraftSession, file: File): Promise<boolean> {
  s.importError = null;
  // The last import's 已导入 goes: beside a new failure it read as if this file had been imported too.
  s.notice = null;
  let draftFile: Awaited<ReturnType<typeof loadDraftFile>>;
  try {
    draftFile = await loadDraftFile();
  } catch {
    s.importError = { message: `未能导入：${LOAD_FAILED}`, details: [] };
    return false;
  }
  const { readDraftFile, importedName, MAX_IMPORT_BYTES } = draftFile;
  if (file.size > MAX_IMPORT_BYTES) {
    s.importError = { message: '文件过大，不是本站导出的草稿文件。未做任何更改。', details: [] };
    return false;
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    s.importError = { message: '无法读取此文件。未做任何更改。', details: [] };
    return false;
  }
  const result = readDraftFile(text);
  if (!result.ok) {
    s.importError = { message: `${result.message}未做任何更改。`, details: result.details };
    return false;
  }
  await s.flush();
  // 原有草稿未改动 only where there were drafts to leave alone (a first visit has none yet).
  const had = s.drafts.length > 0;
  const base = importedName(file.name, result.name) || '导入的草稿';
  await s.loadRounds([result.draft.ruleSet]);
  // A round this site does not hold (a hand-edited file's beijing-2099) is refused as any other wrong value is; it was
  // kept as a draft that said only 未知的政策年度 (a tester's check). One the site holds but could not fetch: offline.
  if (getRuleSet(result.draft.ruleSet) === undefined) {
    const known = roundCatalogue().some((r) => r.id === result.draft.ruleSet);
    const rounds = roundCatalogue().map((r) => r.docNumber).join('、');
    s.importError = { message: known ? `未能导入：${LOAD_FAILED}` : `此草稿的政策年度“${result.draft.ruleSet}”不是本站提供的测算依据（本站按 ${rounds} 测算）。未做任何更改。`, details: [] };
    return false;
  }
  s.showBlank(result.draft, s.nextName(base.slice(0, MAX_NAME_LENGTH)), result.work);
  s.dirty = true;
  await s.flush();
  s.notice = { text: `已导入为新草稿「${s.current.name}」${result.migratedFrom !== undefined ? '（已从旧版格式升级）' : ''}。${had ? '原有草稿未改动。' : ''}${result.repairs.join('')}` };
  return true;
}

// Share links

/**
 * The address's hash changed: a share link put in the address opens (what the page held is saved first). Back from a
 * share link to the page without one leaves the shared case, as 不保存，返回我的草稿 does: the bar 您正在查看分享的测算
 * stayed over the person's own page until a reload (a new user, on a phone). An anchor in the page (#calc-results) is
 * not a way back and keeps it.
 */
export async function followHash(s: DraftSession, oldURL: string): Promise<void> {
  if (isShareHash(location.hash)) {
    await s.flush();
    await openShareHash(s, location.hash, true);
  } else if (location.hash === '' && s.shared && isShareHash(new URL(oldURL).hash)) {
    await leaveShared(s);
    s.notice = { text: '已离开分享的测算（未保存），回到您的草稿。' };
  }
}

/**
 * Shows the case of a share link as an unsaved draft; a saved draft is never overwritten. `inPage`: the link was
 * pasted into this page's address (a hashchange), where the person may be far below the error at the top.
 */
export async function openShareHash(s: DraftSession, hash: string, inPage = false): Promise<boolean> {
  const refuse = async (message: string) => {
    // The refused fragment leaves the address: a reload does not read it again, and a long one costs nothing more.
    history.replaceState(null, '', location.pathname + location.search);
    // Over a case opened from another link, that case goes, as a link that opens replaces it: its figures stayed
    // under the error, to be taken for the broken link's (a new user, on a phone).
    if (s.shared) await leaveShared(s);
    s.shareError = message;
    if (!inPage) return false;
    await tick();
    document.getElementById('calc-share-error')?.focus();
    return false;
  };
  let share: Awaited<ReturnType<typeof loadShare>>;
  try {
    share = await loadShare();
  } catch {
    return refuse(`无法打开分享链接：${LOAD_FAILED}`);
  }
  const decoded = await share.decodeShareHash(hash);
  if (!decoded.ok) return refuse(decoded.message);
  s.shareError = null;
  s.sharedRulesChanged = decoded.rulesChanged;
  await s.loadRounds([decoded.draft.ruleSet]);
  s.showBlank(decoded.draft, s.nextName('分享的测算'));
  s.shared = true;
  s.saveState = 'unsaved';
  // Pasted into this page's address: taken to its results, as a link opened from outside is (Calculator.svelte). Focus
  // fell to the page instead, from the error of a link refused before it (the check of the changed areas).
  if (inPage) {
    await tick();
    goToResults();
  }
  return true;
}

/** 保存为我的草稿: the shared case becomes a new draft of this device. */
export async function saveShared(s: DraftSession): Promise<void> {
  s.shared = false;
  // At once, in this task: the link leaves the address, and the case is journaled as a keystroke is. A reload before
  // the save below has written (it reads the record's revision, then writes) opened the link again, as an unsaved
  // shared case without the changes (1 in 6 under load), instead of finding the case in the journal.
  history.replaceState(null, '', location.pathname + location.search);
  s.markDirty();
  await s.flush();
  s.notice = { text: `已保存为您的草稿「${s.current.name}」。` };
}

/** Closes the shared case without saving it and goes back to the user's own draft. */
export async function leaveShared(s: DraftSession): Promise<void> {
  history.replaceState(null, '', location.pathname + location.search);
  s.shared = false;
  await s.refreshList();
  await s.openLast();
}

/** The share link of the current case (no personal fields). */
export async function shareLink(s: DraftSession): Promise<string> {
  const draft = $state.snapshot(s.calc.draft) as Draft;
  const { shareUrl } = await loadShare();
  return shareUrl(location.href, draft);
}
