/** Drafts as JSON files: export for safekeeping or another device, import with full validation. */
import type { Draft } from '../rules/core';
import { compactDate } from '../rules/core';
import { formatIssues } from '../rules/draft-schema';
import { activityReader, readDraft } from './read-draft';
import { readWork, type Work } from './work';
import { MAX_NAME_LENGTH } from './draft-record';
import { personText } from '../rules/draft-limits';
import { fileSafe } from '../file-name';

/** Largest file accepted for import; a real draft of 2000 activities is far smaller. */
export const MAX_IMPORT_BYTES = 2_000_000;

/** How the name of a file this site exports begins. */
const FILE_PREFIX = '继续教育学时测算草稿-';

/** A file name safe on every system: the draft name without characters that file systems reject. */
export function draftFileName(name: string, date: Date): string {
  const safe = fileSafe(name);
  return `${FILE_PREFIX}${safe === '' ? '未命名' : safe}-${compactDate(date)}.json`;
}

/**
 * The draft name a file gives back on import (draftFileName's inverse), or '' when it holds none: without the prefix,
 * the date, and what a browser or a system adds to a second copy (“(1)”, “（2）”, “ - 副本”, “ - Copy”). A second
 * download of the same export came back as 「我的测算-20261202 (1)」.
 */
export function draftNameFromFile(fileName: string): string {
  return fileName
    .replace(/\.json$/i, '')
    .replace(/(?:\s*(?:[(（]\d+[)）]|-\s*(?:副本|Copy)(?:\s*\d+)?))+$/i, '')
    .replace(new RegExp(`^${FILE_PREFIX}`), '')
    .replace(/-\d{8}$/, '')
    .trim();
}

/**
 * The name an imported draft is given. A file named as this site names its exports (draftFileName, a browser's (1)
 * or a copy's 副本 added, or something put before it: export-, 下载_) gives the name it carries, whole: the file name
 * cuts it at 40 characters and drops / : and the like; an export renamed export-继续教育学时测算草稿-… on a phone came
 * back as 「export-继续教育学时测算草稿-…」 (a new user's check). A file renamed since keeps the name a person gave
 * it (同事的草稿.json), or the one it carries when the file name says nothing. '' when neither has one.
 * @example importedName('继续教育学时测算草稿-申报中级副高-20261206 (1).json', '申报:中级/副高') // '申报:中级/副高'
 */
export function importedName(fileName: string, carried: string | undefined): string {
  const named = cleanName(draftNameFromFile(fileName));
  if (carried === undefined) return named;
  return fileName.includes(FILE_PREFIX) || named === '' ? carried : named;
}

/**
 * The file content of a draft: the whole draft, personal fields included (it is the user's own copy), and, when forms
 * are open, the work in progress (`work`: each open form's text as typed and the list's order). An activity still
 * being filled in is no part of the draft until it is complete: without `work` an export left it out while saying it
 * held everything (a new user's check). Versions of the site before it read the file and ignore `work`. The activity
 * last removed (kept for 撤销 on this device) is not written: a file sent on holds only what the list holds.
 */
export function draftToJson(draft: Draft, work?: Work, name?: string): string {
  const named = name !== undefined && name !== '' ? { ...draft, draftName: name } : draft;
  if (work === undefined || work.forms.length === 0) return `${JSON.stringify(named, null, 2)}\n`;
  const { removed: _removed, ...kept } = work;
  return `${JSON.stringify({ ...named, work: kept }, null, 2)}\n`;
}

/**
 * The draft's name a file carries (an export's `draftName`, or a stored record's `name`), read as untrusted
 * (cleanName); '' when there is none. See importedName for when it is used: the file name alone gave back a name cut
 * at 40 characters, without its / and :.
 */
function fileDraftName(raw: unknown): string {
  return typeof raw === 'string' ? cleanName(raw) : '';
}

/**
 * A name from a file, as text to show: control characters as spaces, bidirectional formatting characters left out (a
 * right-to-left override turned the notice around the name backwards: a new user's check), at most MAX_NAME_LENGTH.
 */
function cleanName(text: string): string {
  return personText(text).trim().slice(0, MAX_NAME_LENGTH);
}

/**
 * An imported file: the draft, or a Chinese message saying what is wrong (nothing is changed then). `repairs`
 * says, in Chinese, what was put right on import (duplicate activity ids renumbered): show it with the result.
 */
export type ImportResult =
  | { ok: true; draft: Draft; work: Work | undefined; name?: string; migratedFrom: number | undefined; repairs: string[] }
  | { ok: false; message: string; details: string[] };

const NOT_A_DRAFT = '无法导入：此文件不是本站的测算草稿。';
const CHOOSE_EXPORT = '请选择本站“导出草稿”保存的草稿文件（.json）。';

/**
 * Reads the text of an imported file as a draft: JSON, then migration and the draft schema.
 * @example readDraftFile('{"format":"hunan-jxjy-draft",…}') // { ok: true, draft }
 */
export function readDraftFile(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, message: '文件过大，不是本站导出的草稿文件。', details: [] };
  // Said without the word JSON, and an empty file as such: a photo renamed .json and an empty file both read
  // 文件不是有效的 JSON 格式 to a 57-year-old engineer, who did not know what it meant (a new user's check).
  const content = text.replace(/^\uFEFF/, '');
  if (content.trim() === '') return { ok: false, message: `文件是空的，无法导入。${CHOOSE_EXPORT}`, details: [] };
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    return { ok: false, message: `文件内容无法读取，不是本站导出的草稿文件（或已损坏），无法导入。${CHOOSE_EXPORT}`, details: [] };
  }
  // A list, a number or a string is JSON, but no draft: say so rather than list a schema message about it.
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return { ok: false, message: NOT_A_DRAFT, details: [] };
  // A record as stored on the device (the 下载原始数据 file of an unreadable draft): its draft is the file's draft.
  const record = json as Record<string, unknown>;
  const stored = !('format' in record) && 'recordVersion' in record && 'draft' in record;
  const source = stored ? record['draft'] : json;
  const read = readDraft(source);
  if (read.ok) {
    const work = fileWork(record['work'], read.draft, source, read.repairs);
    const name = fileDraftName(stored ? record['name'] : record['draftName']);
    return { ok: true, draft: read.draft, work: work.work, ...(name !== '' ? { name } : {}), migratedFrom: read.migratedFrom, repairs: work.lost ? [...read.repairs, work.lost] : read.repairs };
  }
  if (read.issues.length === 0) return { ok: false, message: `无法导入：${read.message}`, details: [] };
  // Without this site's format marker the file is some other JSON: its fields are not listed as if it were a draft
  // to mend (版本：草稿版本无效，应为 1 / 申报信息：格式无效 … under 不是本站的测算草稿, a new user's check).
  if (read.issues.some((i) => i.path[0] === 'format')) return { ok: false, message: NOT_A_DRAFT, details: [] };
  return { ok: false, message: '无法导入：草稿中有以下问题，请修改文件或重新导出。', details: formatIssues(read.issues.slice(0, 8)).split('\n') };
}

/**
 * The open forms a file brings (an export's `work`, or a stored record's), read as untrusted as the journal's are;
 * undefined when there are none. Not after a repair renumbered activities: a form could then open on the wrong one.
 * `lost` says, in Chinese, that forms the file holds could not be read (a hand-edited file's were dropped without a
 * word).
 */
function fileWork(raw: unknown, draft: Draft, rawDraft: unknown, repairs: readonly string[]): { work: Work | undefined; lost: string | null } {
  if (raw === undefined) return { work: undefined, lost: null };
  const LOST = '文件中尚未填写完整的活动有无法读取的内容，未导入这部分；已填写完整的活动均已导入。';
  const forms = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>)['forms'] : undefined;
  if (!Array.isArray(forms) || repairs.length > 0) return { work: undefined, lost: Array.isArray(forms) && forms.length === 0 ? null : LOST };
  const work = readWork(raw, draft.activities.map((a) => a.id), activityReader(rawDraft));
  return { work: work.forms.length > 0 ? work : undefined, lost: work.forms.length < forms.length ? LOST : null };
}
