/**
 * Upload pre-check: tests a file's name and size against the online system's rules (附件2 第7步) before a person
 * goes to upload it there. Pure: it sees only a name and a byte count, never the file's contents.
 */

/** The online system's rules, as the rule set states them (`upload` in content/rules). */
export interface UploadRules {
  extensions: readonly string[];
  maxBytes: number;
  /** The limit as the notice words it, e.g. 20M. */
  maxLabel: string;
}

/** What the check needs to know about one file (a browser File has both). */
export interface FileFacts {
  name: string;
  size: number;
}

/** Why a file would be refused. */
export type UploadProblem = { kind: 'type'; message: string } | { kind: 'size'; message: string };

/** The verdict on one file. */
export interface UploadVerdict {
  name: string;
  size: number;
  /** The size as people read it, e.g. 3.2 MB. */
  sizeLabel: string;
  ok: boolean;
  problems: UploadProblem[];
}

const MB = 1024 * 1024;

/**
 * A byte count for people; rounded towards the limit's side so a file over the limit never reads as exactly at it.
 * @example formatFileSize(25 * 1024 * 1024) // "25.0 MB"; formatFileSize(2048) // "2 KB"
 */
export function formatFileSize(bytes: number, roundUp = false): string {
  if (bytes < MB) {
    const kb = bytes / 1024;
    return `${Math.max(roundUp ? Math.ceil(kb) : Math.round(kb), bytes > 0 ? 1 : 0)} KB`;
  }
  const tenths = (bytes / MB) * 10;
  return `${((roundUp ? Math.ceil(tenths) : Math.floor(tenths)) / 10).toFixed(1)} MB`;
}

/** The file's extension in lower case, or '' when it has none ("扫描件.PDF" → "pdf"). */
export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 || dot === base.length - 1 ? '' : base.slice(dot + 1).toLowerCase();
}

/** The list of allowed types as the system words it: jpg、jpeg、png、doc、docx、pdf. */
export function allowedTypesLabel(rules: UploadRules): string {
  return rules.extensions.join('、');
}

/** Checks one file against the rules; every rule it breaks is listed. */
export function checkFile(file: FileFacts, rules: UploadRules): UploadVerdict {
  const problems: UploadProblem[] = [];
  const ext = extensionOf(file.name);
  if (!rules.extensions.includes(ext)) {
    const found = ext === '' ? '该文件没有扩展名' : `该文件为 ${ext} 格式`;
    problems.push({ kind: 'type', message: `只能上传 ${allowedTypesLabel(rules)} 文件（${found}）` });
  }
  const tooLarge = file.size > rules.maxBytes;
  const sizeLabel = formatFileSize(file.size, tooLarge);
  if (tooLarge) problems.push({ kind: 'size', message: `超过 ${rules.maxLabel}（该文件 ${sizeLabel}）` });
  return { name: file.name, size: file.size, sizeLabel, ok: problems.length === 0, problems };
}

/** Checks several files, keeping their order. */
export function checkFiles(files: Iterable<FileFacts>, rules: UploadRules): UploadVerdict[] {
  return Array.from(files, (f) => checkFile(f, rules));
}

/** One sentence for a screen reader's live region: how many pass and how many do not. */
export function summariseVerdicts(verdicts: readonly UploadVerdict[]): string {
  if (verdicts.length === 0) return '未选择文件。';
  const ok = verdicts.filter((v) => v.ok).length;
  const bad = verdicts.length - ok;
  if (bad === 0) return `已检查 ${verdicts.length} 个文件，全部符合上传要求。`;
  return `已检查 ${verdicts.length} 个文件：${ok} 个符合要求，${bad} 个不符合要求。`;
}
