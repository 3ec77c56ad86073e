import { describe, expect, it } from 'vitest';
import { FAMILY, SUBSET_NAMES, SUBSET_OPTIONS, baseChars, checksum, extendedChars, fixedTextChars, gb2312Chars, gbkChars, readNames, renameFont } from '../../../scripts/build-font.mjs';
import { DRAFT_FORMAT, DRAFT_VERSION, calculate, parseDraft, type Draft } from '../../../src/lib/rules';
import { fontCodePoints, missingChars } from '../../../src/lib/pdf/font-coverage';
import { composeWorksheet, worksheetTexts } from '../../../src/lib/pdf/worksheet-content';
import { fiveYearDraft, mixedDraft } from './fixtures';
import { subsetForTest } from './test-font.mjs';

/** The case without the user's own text: no activity titles (name and employer are not printed below). */
function withoutTitles(draft: Draft): Draft {
  return { ...draft, activities: draft.activities.map(({ title: _, ...a }) => a as Draft['activities'][number]) };
}

function hunanDraft(): Draft {
  const parsed = parseDraft({
    format: DRAFT_FORMAT,
    version: DRAFT_VERSION,
    ruleSet: 'hunan-2020',
    profile: { titleLevel: 'full-senior', degree: 'bachelor', teacher: true, medical: true },
    coveredYears: [2016],
    activities: [
      { kind: 'training', id: 'h1', year: 2016, subject: 'professional', format: 'training', days: 5, halfDays: 0, evenings: 2 },
      { kind: 'book', id: 'h2', year: 2018, role: 'first' },
      { kind: 'assignment', id: 'h3', mission: 'tibet', start: '2017-03-01', end: '2017-12-31', passed: true },
    ],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.draft;
}

function table(font: Uint8Array, tag: string): Uint8Array {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  for (let i = 0; i < view.getUint16(4); i++) {
    const rec = 12 + i * 16;
    if (String.fromCharCode(...font.subarray(rec, rec + 4)) === tag) return font.subarray(view.getUint32(rec + 8), view.getUint32(rec + 8) + view.getUint32(rec + 12));
  }
  throw new Error(`no ${tag} table`);
}

describe('build-font', () => {
  it('generates all 6763 hanzi of GB2312 levels 1 and 2, from 啊 to 齄, plus its symbols', () => {
    const chars: string[] = gb2312Chars();
    const han = chars.filter((ch) => /\p{Script=Han}/u.test(ch));
    expect(han.length).toBeGreaterThanOrEqual(6763);
    for (const ch of '啊齄继续教育学时测算、。，；：？！（）《》〔〕“”') expect(chars, ch).toContain(ch);
    expect(chars.some((ch) => (ch.codePointAt(0) as number) >= 0xe000 && (ch.codePointAt(0) as number) <= 0xf8ff)).toBe(false);
  });

  it('decodes GB2312 in one call exactly as cell by cell (the page builds its guess from the same call)', () => {
    const decoder = new TextDecoder('gb2312');
    const cellByCell: string[] = [];
    for (let hi = 0xa1; hi <= 0xf7; hi++) {
      if (hi > 0xa9 && hi < 0xb0) continue;
      for (let lo = 0xa1; lo <= 0xfe; lo++) {
        const ch = decoder.decode(new Uint8Array([hi, lo]));
        const cp = ch.codePointAt(0) as number;
        if (ch !== '\ufffd' && !(cp >= 0xe000 && cp <= 0xf8ff)) cellByCell.push(ch);
      }
    }
    expect(gb2312Chars()).toEqual(cellByCell);
    expect(gb2312Chars({ level1Only: true }).filter((ch: string) => (ch.codePointAt(0) as number) >= 0x4e00 && (ch.codePointAt(0) as number) <= 0x9fff)).toHaveLength(3755);
  });

  it('generates GBK from the decoder: more than 21,000 hanzi, among them the names 喆 玥 祎 that GB2312 lacks', () => {
    const gbk = new Set<string>(gbkChars());
    const han = [...gbk].filter((ch) => /\p{Script=Han}/u.test(ch));
    expect(han.length).toBeGreaterThan(21_000);
    const gb2312 = new Set(gb2312Chars());
    for (const ch of '喆玥祎堃') {
      expect(gbk.has(ch), ch).toBe(true);
      expect(gb2312.has(ch), ch).toBe(false);
    }
    expect([...gb2312].filter((ch) => !gbk.has(ch))).toEqual([]);
  });

  it('gives the extended font GBK, the rest of CJK Unified Ideographs and Extension A, and nothing beyond the BMP', () => {
    const extended = new Set<string>(extendedChars());
    for (const ch of gbkChars()) expect(extended.has(ch), ch).toBe(true);
    // 㮾 (长沙县㮾梨) and 㛃 are in Extension A but not in GBK; 鿏 is a newer element name.
    for (const ch of '喆玥祎㮾㛃鿏') expect(extended.has(ch), ch).toBe(true);
    // jsPDF draws per UTF-16 unit: a character beyond the BMP must be reported missing, not put in a font.
    expect([...extended].filter((ch) => (ch.codePointAt(0) as number) > 0xffff)).toEqual([]);
    expect([...extended].filter((ch) => (ch.codePointAt(0) as number) >= 0xe000 && (ch.codePointAt(0) as number) <= 0xf8ff)).toEqual([]);
  });

  it('renames the subset WorksheetSC (OFL: no original name), keeps the copyright and licence, leaves valid checksums and puts the glyph outlines last', async () => {
    const subset = await subsetForTest(['学时'], SUBSET_OPTIONS);
    const renamed: Uint8Array = renameFont(subset, SUBSET_NAMES);
    const names: Record<number, string> = readNames(table(renamed, 'name'));
    expect(names[1]).toBe(FAMILY);
    expect(names[6]).toBe(`${FAMILY}-Regular`);
    for (const id of [1, 3, 4, 6]) expect(names[id]).not.toMatch(/Noto|Source/);
    expect(names[0]).toMatch(/Adobe/);
    expect(names[13]).toMatch(/SIL Open Font License/);
    // The whole font sums to the magic number once head.checkSumAdjustment is set (OpenType spec).
    expect(checksum(renamed)).toBe(0xb1b0afba);
    expect(fontCodePoints(renamed)).toEqual(fontCodePoints(subset));
    // Every table's data lies before the glyph outlines, so a page reading the font as it downloads has all of them
    // early (font-loader.ts); the directory stays in tag order.
    const view = new DataView(renamed.buffer, renamed.byteOffset, renamed.byteLength);
    const records = Array.from({ length: view.getUint16(4) }, (_, i) => ({ tag: String.fromCharCode(...renamed.subarray(12 + 16 * i, 16 + 16 * i)), offset: view.getUint32(20 + 16 * i), length: view.getUint32(24 + 16 * i) }));
    expect(records.map((r) => r.tag)).toEqual(records.map((r) => r.tag).sort());
    const glyf = records.find((r) => r.tag === 'glyf')!;
    for (const r of records) if (r.tag !== 'glyf') expect(r.offset + r.length, r.tag).toBeLessThanOrEqual(glyf.offset);
    expect(glyf.offset + glyf.length).toBeGreaterThan(renamed.length - 4);
  });

  it('gives the small font every character a worksheet prints besides the user text, read from the rule data and the sources', async () => {
    const fixed = new Set<number>([...(await fixedTextChars()), ...baseChars()].map((ch: string) => ch.codePointAt(0) as number));
    // The last with a span past the round's year (晚于本通知的年度).
    const drafts = [fiveYearDraft(50), mixedDraft(), mixedDraft({ degree: 'doctor' }), hunanDraft(), { ...fiveYearDraft(5), span: { from: 2022, to: 2026 } }].map(withoutTitles);
    for (const draft of drafts) {
      const options = { includeName: false, includeEmployer: false, generatedAt: new Date(2024, 11, 31), shareLink: 'https://jxjy.example.gov.cn/calculator/#c=AbC_-123' };
      const texts = worksheetTexts(composeWorksheet(calculate(draft), draft, options));
      expect(missingChars(texts, fixed), draft.ruleSet).toEqual([]);
    }
    // Users' names and titles are not in it: they are what the large font is for.
    expect(fixed.has('鑫'.codePointAt(0) as number)).toBe(false);
  });
});
