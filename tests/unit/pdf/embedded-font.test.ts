import { describe, expect, it } from 'vitest';
import { jsPDF } from 'jspdf';
import { embeddableFont } from '../../../src/lib/pdf/embedded-font';
import { fontCodePoints } from '../../../src/lib/pdf/font-coverage';
import { forgetFonts, loadFont, provideFont, type LoadedFont } from '../../../src/lib/pdf/font-loader';
import { tableDirectory } from '../../../src/lib/pdf/font-coverage';
import { fontStreams } from '../../../src/lib/pdf/render-worksheet';
import { SUBSET_NAMES, SUBSET_OPTIONS, renameFont } from '../../../scripts/build-font.mjs';
import { extractPdf, subsetForTest } from './test-font.mjs';

/** Glyph count of the TrueType program embedded in a PDF (its maxp numGlyphs), read from the font stream. */
function embeddedFontFile(pdf: Uint8Array): Uint8Array {
  const text = new TextDecoder('latin1').decode(pdf);
  const at = text.indexOf('/Length1');
  const start = text.indexOf('stream', at) + 'stream\n'.length;
  const length = Number(/\/Length (\d+)/.exec(text.slice(text.lastIndexOf('<<', at), at + 40))?.[1]);
  return pdf.subarray(start, start + length);
}

async function documentWith(url: string, lines: string[]): Promise<Uint8Array> {
  const font = await loadFont(url);
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: false });
  doc.addFileToVFS('f.ttf', embeddableFont(jsPDF, font).vfsEntry);
  doc.addFont('f.ttf', 'F', 'normal', 400, 'Identity-H');
  doc.setFont('F', 'normal');
  lines.forEach((line, i) => doc.text(line, 20, 20 + 10 * i));
  return new Uint8Array(doc.output('arraybuffer'));
}

describe('the embedded font: parsed once, each document holding only the glyphs it draws', { timeout: 60_000 }, () => {
  it('embeds only the drawn glyphs, whose characters pdf.js reads back in order', async () => {
    forgetFonts();
    const source = '专业技术人员继续教育学时公需科目核认跨度湖南株洲';
    provideFont('/f/a.ttf', await subsetForTest([source]));
    const pdf = await documentWith('/f/a.ttf', ['公需科目 12 学时', '专业科目']);
    const file = embeddedFontFile(pdf);
    // .notdef, then 公需科目, space, 1, 2, 学时, 专业 (科目 again): 12 glyphs, not the source's 60-odd.
    expect(new DataView(file.buffer, file.byteOffset).getUint32(0)).toBe(0x00010000);
    expect([...fontCodePoints(file)].map((cp) => String.fromCodePoint(cp)).sort().join('')).toBe([...'公需科目 12学时专业'].sort().join(''));
    const pages = await extractPdf(pdf);
    expect(pages[0]?.text.replace(/\s+/g, '')).toBe('公需科目12学时专业科目');
  });

  it('gives every document its own glyph numbering, so a second PDF does not carry the first one\'s glyphs', async () => {
    forgetFonts();
    provideFont('/f/b.ttf', await subsetForTest(['湖南株洲专业技术']));
    await documentWith('/f/b.ttf', ['湖南株洲专业技术']);
    const second = await documentWith('/f/b.ttf', ['株洲']);
    expect([...fontCodePoints(embeddedFontFile(second))].map((cp) => String.fromCodePoint(cp)).join('')).toBe('株洲');
    expect((await extractPdf(second))[0]?.text).toBe('株洲');
  });

  it('parses a font once however many documents use it', async () => {
    forgetFonts();
    provideFont('/f/c.ttf', await subsetForTest(['学时']));
    const font = await loadFont('/f/c.ttf');
    expect(embeddableFont(jsPDF, font)).toBe(embeddableFont(jsPDF, font));
  });

  it('draws from a font whose outlines are still downloading, and saves with them once they are in', async () => {
    forgetFonts();
    const whole: Uint8Array = renameFont(await subsetForTest(['公需科目学时专业'], SUBSET_OPTIONS), SUBSET_NAMES);
    const outlinesAt = tableDirectory(new DataView(whole.buffer, whole.byteOffset, whole.byteLength)).get('glyf')!.offset;
    let arrive: (bytes: Uint8Array) => void = () => undefined;
    const rest = new Promise<Uint8Array>((resolve) => (arrive = resolve));
    const start = whole.slice(0, outlinesAt);
    const early: LoadedFont = { bytes: start, codePoints: fontCodePoints(start), byteLength: start.byteLength, complete: false, whole: () => rest };
    const draw = () => {
      const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: false });
      doc.addFileToVFS('f.ttf', embeddableFont(jsPDF, early).vfsEntry);
      doc.addFont('f.ttf', 'WorksheetSC', 'normal', 400, 'Identity-H');
      doc.setFont('WorksheetSC', 'normal');
      doc.text('公需科目 12 学时', 20, 20);
      doc.text('专业科目', 20, 30);
      return doc;
    };
    const doc = draw();
    // The font's streams for the save wait for the outlines (a save without them would embed no glyphs).
    let ready = false;
    const streams = fontStreams(jsPDF, early, doc).then((s) => ((ready = true), s));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ready).toBe(false);
    arrive(whole);
    expect((await streams).program.length).toBeGreaterThan(0);
    const pdf = new Uint8Array(doc.output('arraybuffer'));
    // The same font program as a document drawn with the whole font from the start.
    provideFont('/f/whole.ttf', whole);
    const fromWhole = await documentWith('/f/whole.ttf', ['公需科目 12 学时', '专业科目']);
    expect(embeddedFontFile(pdf)).toEqual(embeddedFontFile(fromWhole));
    expect((await extractPdf(pdf))[0]?.text.replace(/\s+/g, '')).toBe('公需科目12学时专业科目');
  });
});

