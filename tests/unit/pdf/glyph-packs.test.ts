import { describe, expect, it } from 'vitest';
import { jsPDF } from 'jspdf';
import { embeddableFont } from '../../../src/lib/pdf/embedded-font';
import { fontCodePoints, FontFormatError, tableDirectory } from '../../../src/lib/pdf/font-coverage';
import { forgetFonts, loadFont, provideFont } from '../../../src/lib/pdf/font-loader';
import { GLYPH_PACK_SIZE, glyphPackChars } from '../../../src/lib/pdf/font-tiers';
import { glyphPacksFor, mergeGlyphPacks } from '../../../src/lib/pdf/glyph-packs';
import { cmapFormat4, sfnt } from '../../../src/lib/pdf/sfnt';
import { extractPdf, packForTest, renderPage, subsetForTest } from './test-font.mjs';

/** An A4 PDF with `line` drawn at 24 pt in the font at `url` (provided beforehand). */
async function pdfWith(url: string, line: string): Promise<Uint8Array> {
  const font = await loadFont(url);
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: false });
  doc.addFileToVFS('f.ttf', embeddableFont(jsPDF, font).vfsEntry);
  doc.addFont('f.ttf', 'F', 'normal', 400, 'Identity-H');
  doc.setFont('F', 'normal');
  doc.setFontSize(24);
  doc.text(line, 20, 30);
  return new Uint8Array(doc.output('arraybuffer'));
}

/** The first page of `pdf` as pdf.js paints it. */
async function pixels(pdf: Uint8Array): Promise<Uint8ClampedArray> {
  return (await renderPage(pdf, 1, 1)).data;
}

const chars = (font: Uint8Array) => new Set([...fontCodePoints(font)].map((cp) => String.fromCodePoint(cp)));

describe('glyph packs: the middle font’s characters added to the small font in the browser', { timeout: 60_000 }, () => {
  it('numbers every character of GB2312’s symbols and level 1 into packs of GLYPH_PACK_SIZE, and no other', () => {
    const packs = glyphPackChars();
    expect(packs.every((p, i) => p.length === GLYPH_PACK_SIZE || i === packs.length - 1)).toBe(true);
    // 晓 and 护 (level 1) are in packs; 鑫 (level 2) and 喆 (GBK, beyond GB2312) are in none: the larger fonts draw them.
    const [xiao, hu] = [glyphPacksFor(['晓']), glyphPacksFor(['护'])];
    expect(packs[xiao?.[0] ?? -1]).toContain('晓');
    expect(packs[hu?.[0] ?? -1]).toContain('护');
    expect(glyphPacksFor(['晓', '护', '晓'])).toEqual([...new Set([xiao?.[0], hu?.[0]])].sort((a = 0, b = 0) => a - b));
    expect(glyphPacksFor(['晓', '鑫'])).toBeUndefined();
    expect(glyphPacksFor(['喆'])).toBeUndefined();
  });

  it('draws the packs’ characters exactly as the source font does, beside the small font’s own', async () => {
    forgetFonts();
    const text = '晓护理 专业培训 12';
    // The small font lacks 晓护理; the packs hold them, as the build cuts them (no ASCII, no name table).
    const merged = mergeGlyphPacks(await subsetForTest(['专业培训']), [await packForTest('晓'), await packForTest('护理')]);
    for (const ch of '晓护理专业培训12') expect(chars(merged).has(ch)).toBe(true);
    provideFont('/merged.ttf', merged);
    provideFont('/direct.ttf', await subsetForTest(['晓护理专业培训']));
    const [fromPacks, direct] = [await pdfWith('/merged.ttf', text), await pdfWith('/direct.ttf', text)];
    // pdf.js takes the bytes it reads (they are detached): it is given copies.
    expect((await extractPdf(fromPacks.slice()))[0]?.text).toBe(text);
    // Same outlines and advances: the pages paint the same pixels.
    const [a, b] = [await pixels(fromPacks), await pixels(direct)];
    expect(a.length).toBe(b.length);
    expect(a.some((v) => v !== 255)).toBe(true);
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
  });

  it('brings the components of a composite glyph along, renumbered', async () => {
    forgetFonts();
    // A pack whose 〇 is a composite of its 晓 outline (Noto Sans SC has no composite glyph; a font could).
    const simple = await packForTest('晓');
    const view = new DataView(simple.buffer);
    const tables = tableDirectory(view);
    const table = (tag: string) => {
      const t = tables.get(tag) as { offset: number; length: number };
      return simple.slice(t.offset, t.offset + t.length);
    };
    const longLoca = view.getInt16((tables.get('head')?.offset ?? 0) + 50) === 1;
    const loca = tables.get('loca')?.offset ?? 0;
    const at = (i: number) => (longLoca ? view.getUint32(loca + 4 * i) : view.getUint16(loca + 2 * i) * 2);
    const glyfAt = tables.get('glyf')?.offset ?? 0;
    const notdef = simple.slice(glyfAt + at(0), glyfAt + at(1));
    const xiao = simple.slice(glyfAt + at(1), glyfAt + at(2));
    const composite = new Uint8Array(18);
    const cv = new DataView(composite.buffer);
    cv.setInt16(0, -1);
    composite.set(xiao.subarray(2, 10), 2); // the component's bounding box
    cv.setUint16(10, 0x0003); // ARG_1_AND_2_ARE_WORDS | ARGS_ARE_XY_VALUES, no more components
    cv.setUint16(12, 1); // glyph 1: 晓
    const glyphs = [notdef, xiao, composite].map((g) => {
      const padded = new Uint8Array((g.length + 3) & ~3);
      padded.set(g);
      return padded;
    });
    const glyf = new Uint8Array(glyphs.reduce((n, g) => n + g.length, 0));
    const newLoca = new Uint8Array(16);
    let offset = 0;
    glyphs.forEach((g, i) => {
      new DataView(newLoca.buffer).setUint32(4 * i, offset);
      glyf.set(g, offset);
      offset += g.length;
    });
    new DataView(newLoca.buffer).setUint32(12, offset);
    const hmtx = new Uint8Array(12);
    const hv = new DataView(hmtx.buffer);
    const oldHmtx = new DataView(table('hmtx').buffer);
    const metrics = view.getUint16((tables.get('hhea')?.offset ?? 0) + 34);
    for (let g = 0; g < 3; g++) {
      // 〇 takes 晓's advance and side bearing.
      const old = Math.min(g, 1);
      hv.setUint16(4 * g, oldHmtx.getUint16(4 * Math.min(old, metrics - 1)));
      hv.setInt16(4 * g + 2, old < metrics ? oldHmtx.getInt16(4 * old + 2) : oldHmtx.getInt16(4 * metrics + 2 * (old - metrics)));
    }
    const head = table('head');
    new DataView(head.buffer).setInt16(50, 1);
    const hhea = table('hhea');
    new DataView(hhea.buffer).setUint16(34, 3);
    const maxp = table('maxp');
    new DataView(maxp.buffer).setUint16(4, 3);
    const pack = sfnt([
      ['cmap', cmapFormat4([[0x3007, 2]])],
      ['glyf', glyf],
      ['head', head],
      ['hhea', hhea],
      ['hmtx', hmtx],
      ['loca', newLoca],
      ['maxp', maxp],
    ]);
    const merged = mergeGlyphPacks(await subsetForTest(['培训']), [pack]);
    // Only 〇 is mapped; 晓 comes along as its component, under a new number, without a character of its own.
    expect(chars(merged).has('〇')).toBe(true);
    expect(chars(merged).has('晓')).toBe(false);
    provideFont('/composite.ttf', merged);
    provideFont('/direct.ttf', await subsetForTest(['晓培训']));
    const [a, b] = [await pixels(await pdfWith('/composite.ttf', '培训〇')), await pixels(await pdfWith('/direct.ttf', '培训晓'))];
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
  });

  it('refuses a pack that is not a font, or whose glyph offsets run past its glyph table, instead of drawing garbage', async () => {
    const base = await subsetForTest(['培训']);
    expect(() => mergeGlyphPacks(base, [new TextEncoder().encode('<!doctype html><title>404</title>')])).toThrow(FontFormatError);
    const pack = await packForTest('晓');
    const view = new DataView(pack.buffer);
    const tables = tableDirectory(view);
    const loca = tables.get('loca');
    const longLoca = view.getInt16((tables.get('head')?.offset ?? 0) + 50) === 1;
    // The end of the last glyph pointed far beyond the glyph table.
    const broken = pack.slice();
    const bv = new DataView(broken.buffer);
    if (longLoca) bv.setUint32((loca?.offset ?? 0) + (loca?.length ?? 0) - 4, 0x7fffff00);
    else bv.setUint16((loca?.offset ?? 0) + (loca?.length ?? 0) - 2, 0xff00);
    expect(() => mergeGlyphPacks(base, [broken])).toThrow(FontFormatError);
  });
});
