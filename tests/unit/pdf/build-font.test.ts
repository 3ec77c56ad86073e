import { describe, expect, it } from 'vitest';
import { FAMILY, SUBSET_NAMES, SUBSET_OPTIONS, checksum, gb2312Chars, readNames, renameFont } from '../../../scripts/build-font.mjs';
import { fontCodePoints } from '../../../src/lib/pdf/font-coverage';
import { subsetForTest } from './test-font.mjs';

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

  it('renames the subset WorksheetSC (OFL: no original name), keeps the copyright and licence, and leaves valid checksums', async () => {
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
  });
});
