// @vitest-environment jsdom
/**
 * Hostile import files: not JSON, empty, BOM, 50 MB, a list, a future version, other encodings and binary. Each is
 * chosen in 导入草稿 on a device with a saved draft: no throw, a Chinese message (or a new draft), the page usable,
 * the saved draft untouched.
 */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { draftToJson, readDraftFile } from '../../../src/lib/drafts';
import { parseDraft } from '../../../src/lib/rules';
import { bigDraftInput } from '../../fixtures/big-draft';
import { calcOf, CASE_TIMEOUT_MS, closePages, deviceWithSavedDraft, expectChinese, expectUntouched, expectUsable, openPage, slowestLine, timed } from './harness';
import { validDraft } from './hostile-drafts';

vi.setConfig({ testTimeout: CASE_TIMEOUT_MS });

interface HostileFile {
  name: string;
  /** File content: text, or bytes for what is not UTF-8. */
  content: () => string | Uint8Array;
  /** A message matching this, or null when the file must be imported. */
  refused: RegExp | null;
}

const valid = () => JSON.stringify(validDraft());
const bigTitled = () => {
  const parsed = parseDraft({ ...bigDraftInput(), activities: Array.from({ length: 1000 }, (_, i) => ({ id: `a${i}`, kind: 'exam', year: 2021, count: 1, title: '继续教育'.repeat(50) })) });
  if (!parsed.ok) throw new Error('big draft invalid');
  return draftToJson(parsed.draft);
};

const NOT_JSON = /文件内容无法读取，不是本站导出的草稿文件/;
const EMPTY = /文件是空的/;
const NOT_DRAFT = /不是本站的测算草稿/;

const files: HostileFile[] = [
  { name: 'text that is not JSON', content: () => '这不是 JSON', refused: NOT_JSON },
  { name: 'an empty file', content: () => '', refused: EMPTY },
  { name: 'only spaces and line breaks', content: () => ' \n\t\r\n', refused: EMPTY },
  { name: 'only a byte-order mark', content: () => '\uFEFF', refused: EMPTY },
  { name: 'a draft with a byte-order mark', content: () => `\uFEFF${valid()}`, refused: null },
  { name: 'a file of 50 MB', content: () => ' '.repeat(50_000_000), refused: /文件过大/ },
  { name: 'a file just over the limit', content: () => `${valid()}${' '.repeat(2_000_001)}`, refused: /文件过大/ },
  { name: 'a JSON list of drafts', content: () => `[${valid()}]`, refused: NOT_DRAFT },
  { name: 'a JSON number', content: () => '1e400', refused: NOT_DRAFT },
  { name: 'JSON null', content: () => 'null', refused: NOT_DRAFT },
  { name: 'a draft of a future version', content: () => JSON.stringify(validDraft({ version: 99 })), refused: /较新版本.*第 99 版/ },
  { name: 'some other JSON file', content: () => JSON.stringify({ name: 'package', version: '1.0.0', dependencies: {} }), refused: NOT_DRAFT },
  { name: 'a draft saved as UTF-16', content: () => Uint8Array.from([0xff, 0xfe, ...[...valid()].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]), refused: NOT_JSON },
  { name: 'a PNG image renamed .json', content: () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]), refused: NOT_JSON },
  { name: 'a draft followed by garbage', content: () => `${valid()}\n<<<<<<< HEAD`, refused: NOT_JSON },
  { name: 'a draft cut off half way', content: () => valid().slice(0, 200), refused: NOT_JSON },
  { name: 'JSON nested 100,000 deep', content: () => `${'['.repeat(100_000)}${']'.repeat(100_000)}`, refused: /文件内容无法读取|不是本站的测算草稿/ },
  { name: 'the raw data downloaded for a stored record', content: () => JSON.stringify({ recordVersion: 1, id: 'd1', name: '旧草稿', createdAt: 1, updatedAt: 2, revision: 3, draft: validDraft() }), refused: null },
  { name: 'the documented example (docs/draft-example.json)', content: () => readFileSync(`${import.meta.dirname}/../../../docs/draft-example.json`, 'utf8'), refused: null },
  { name: 'the largest draft there is, 1000 activities with 200-character names', content: bigTitled, refused: null },
];

beforeEach(() => {
  history.replaceState(null, '', '/calculator/');
  sessionStorage.clear();
});
afterEach(closePages);
afterAll(() => {
  console.log(slowestLine('import files'));
});

describe(`hostile import files (${files.length})`, () => {
  it.each(files.map((f) => [f.name, f] as const))('%s', async (_name, f) => {
    const content = f.content();
    const { store, raw } = await deviceWithSavedDraft();
    const before = await raw();
    const page = await openPage(store);
    const file = new File([content as BlobPart], '继续教育学时测算草稿-导入-20240601.json', { type: 'application/json' });
    const text = await file.text();
    const direct = readDraftFile(text);
    const imported = await timed('import files', f.name, () => page.importFile(file));
    expectUsable(page);
    expectUntouched(before, await raw());
    if (f.refused) {
      expect(direct.ok).toBe(false);
      expect(imported).toBe(false);
      expectChinese(page.importError?.message);
      expect(page.importError?.message).toMatch(f.refused);
      expect(page.importError?.message).toContain('未做任何更改');
      expect(page.current.id).toBe('saved');
      expect((await raw()).size).toBe(before.size);
    } else {
      expect(direct.ok).toBe(true);
      expect(imported).toBe(true);
      expect(page.importError).toBeNull();
      expect(page.current.id).not.toBe('saved');
      expect(calcOf(page).draft.activities.length).toBeGreaterThan(0);
      expect((await raw()).size).toBe(before.size + 1);
    }
  });
});

describe('what a hand-edited file may hold besides', () => {
  it('a round the site does not hold (beijing-2099) is refused, as any other wrong value is, and nothing is saved', async () => {
    // It was kept as a new draft saying only 未知的政策年度 (a tester's check).
    const { store, raw } = await deviceWithSavedDraft();
    const before = await raw();
    const page = await openPage(store);
    const file = new File([JSON.stringify(validDraft({ ruleSet: 'beijing-2099' }))], '继续教育学时测算草稿-导入-20240601.json');
    expect(await page.importFile(file)).toBe(false);
    expect(page.importError?.message).toMatch(/^此草稿的政策年度“beijing-2099”不是本站提供的测算依据.*未做任何更改。$/);
    expectChinese(page.importError?.message);
    expect(page.current.id).toBe('saved');
    expectUntouched(before, await raw());
    expect((await raw()).size).toBe(before.size);
  });

  it('a name, employer or activity name with control and bidirectional marks comes in without them', async () => {
    // NUL, BEL, ESC and U+202E in 姓名 were kept and stored; U+202E turns the printed line after it backwards.
    const { store } = await deviceWithSavedDraft();
    const page = await openPage(store);
    const draft = validDraft() as { profile: Record<string, unknown>; activities: Record<string, unknown>[] };
    const hostile = { ...draft, profile: { ...draft.profile, name: '\u0000\u0007\u001b[31m\u202e恶意\u200b', employer: '\u2066某医院\u2069' }, activities: draft.activities.map((a, i) => (i === 0 ? { ...a, title: '课程\u202e名称\u0008' } : a)) };
    expect(await page.importFile(new File([JSON.stringify(hostile)], '继续教育学时测算草稿-导入-20240601.json'))).toBe(true);
    const { profile, activities } = calcOf(page).draft;
    // Control characters read as a space; invisible marks gone (a zero-width space too: the PDF refused it).
    expect(profile.name).toBe(' [31m恶意');
    expect(profile.employer).toBe('某医院');
    expect(activities[0]?.title).toBe('课程名称 ');
  });

  it('C1 controls and line separators read as a space, every invisible formatting character goes, and the work\'s form title too', async () => {
    // A tester's re-check: U+0085, U+2028, U+061C, U+200B, U+FEFF and U+00AD got through, and the PDF then refused the name.
    const { store } = await deviceWithSavedDraft();
    const page = await openPage(store);
    const draft = validDraft() as { profile: Record<string, unknown>; activities: Record<string, unknown>[] };
    const open = { forms: [{ id: 'new1', kind: 'exam', values: { year: '2021' }, title: '\u202etxt\u200d名\u2029称', typed: {}, shown: {} }], order: ['new1'] };
    const hostile = { ...draft, profile: { ...draft.profile, name: '甲\u0085乙\u2028丙\u061c丁\ufeff戊\u00ad己\u2060庚\u009b辛' }, work: open };
    expect(await page.importFile(new File([JSON.stringify(hostile)], '继续教育学时测算草稿-导入-20240601.json'))).toBe(true);
    expect(calcOf(page).draft.profile.name).toBe('甲 乙 丙丁戊己庚 辛');
    expect(Object.values(calcOf(page).editors).map((e) => e.title)).toEqual(['txt名 称']);
  });
});
