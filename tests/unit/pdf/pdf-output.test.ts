import { afterEach, describe, expect, it, vi } from 'vitest';
import { inflateSync } from 'node:zlib';
import { jsPDF } from 'jspdf';
import { embeddableFont } from '../../../src/lib/pdf/embedded-font';
import { forgetFonts, loadFont, provideFont, type LoadedFont } from '../../../src/lib/pdf/font-loader';
import { pdfBlob } from '../../../src/lib/pdf/pdf-output';
import { fontStreams } from '../../../src/lib/pdf/render-worksheet';
import { extractPdf, subsetForTest } from './test-font.mjs';

type FilterStep = (data: string, filters: unknown) => { data: string; reverseChain: string };
const api = jsPDF.API as unknown as { processDataByFilters: FilterStep };

/** A two-page compressed document in the worksheet's font (as render-worksheet.ts registers it). */
async function twoPages(): Promise<{ doc: jsPDF; font: LoadedFont }> {
  forgetFonts();
  provideFont('/f/out.ttf', await subsetForTest(['公需科目专业学时湖南株洲核认跨度']));
  const font = await loadFont('/f/out.ttf');
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  doc.addFileToVFS('f.ttf', embeddableFont(jsPDF, font).vfsEntry);
  doc.addFont('f.ttf', 'WorksheetSC', 'normal', 400, 'Identity-H');
  doc.setFont('WorksheetSC', 'normal');
  doc.text('公需科目 30 学时', 20, 20);
  doc.rect(20, 30, 5, 5);
  // More than 100 glyphs, so that the ToUnicode map has two groups (jsPDF writes at most 100 per group).
  let ascii = '';
  for (let c = 0x21; c < 0x7f; c++) ascii += String.fromCharCode(c);
  doc.text(ascii, 20, 40);
  doc.addPage();
  doc.text('专业科目 60 学时 湖南株洲', 20, 20);
  return { doc, font };
}

/** Every stream of a PDF: its dictionary and raw bytes. */
function streams(pdf: Uint8Array): { dict: string; bytes: Uint8Array }[] {
  const text = new TextDecoder('latin1').decode(pdf);
  const out: { dict: string; bytes: Uint8Array }[] = [];
  for (let at = text.indexOf('stream\n'); at >= 0; at = text.indexOf('stream\n', at + 1)) {
    if (text.slice(at - 3, at) === 'end') continue;
    const dict = text.slice(text.lastIndexOf('<<', at), at);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
    out.push({ dict, bytes: pdf.subarray(at + 'stream\n'.length, at + 'stream\n'.length + length) });
  }
  return out;
}

/** Counts the streams jsPDF's own compressor is asked to compress while `save` runs. */
async function counted<T>(save: () => Promise<T>): Promise<{ value: T; compressedByJsPdf: string[] }> {
  const original = api.processDataByFilters;
  const compressedByJsPdf: string[] = [];
  api.processDataByFilters = (data, filters) => {
    compressedByJsPdf.push(data);
    return original(data, filters);
  };
  try {
    return { value: await save(), compressedByJsPdf };
  } finally {
    api.processDataByFilters = original;
  }
}

afterEach(() => vi.unstubAllGlobals());

describe('saving the worksheet: its pages and font compressed natively (pdf-output.ts)', { timeout: 60_000 }, () => {
  it('leaves jsPDF nothing to compress: the pages, the font program and its ToUnicode map come from CompressionStream', async () => {
    const { doc, font: loaded } = await twoPages();
    const streamsOf = () => fontStreams(jsPDF, loaded, doc);
    const { value: blob, compressedByJsPdf } = await counted(async () => pdfBlob(jsPDF, doc, [await streamsOf()]));
    // A stream listed here was written differently from what pdf-output.ts expected (a jsPDF upgrade?).
    expect(compressedByJsPdf.map((data) => data.slice(0, 40))).toEqual([]);
    const pdf = new Uint8Array(await blob.arrayBuffer());
    // Every stream is FlateDecode and inflates; the font stream is exactly the program the document drew with.
    const all = streams(pdf);
    expect(all.length).toBe(4);
    for (const s of all) expect(s.dict).toContain('/FlateDecode');
    const font = all.find((s) => s.dict.includes('/Length1'));
    expect(font).toBeDefined();
    expect(new Uint8Array(inflateSync(font!.bytes))).toEqual((await streamsOf()).program);
    expect(Number(/\/Length1 (\d+)/.exec(font!.dict)?.[1])).toBe((await streamsOf()).program.length);
  });

  it('reads as the file jsPDF alone writes: the same pages and text', async () => {
    const { doc, font: loaded } = await twoPages();
    const streamsOf = () => fontStreams(jsPDF, loaded, doc);
    const native = await extractPdf(new Uint8Array(await (await pdfBlob(jsPDF, doc, [await streamsOf()])).arrayBuffer()));
    const plain = await extractPdf(new Uint8Array(doc.output('arraybuffer')));
    expect(native.map((p) => p.text.slice(0, 10))).toEqual(['公需科目 30 学时', '专业科目 60 学时']);
    expect(native.map((p) => p.text)).toEqual(plain.map((p) => p.text));
    expect(native[1]?.runs).toEqual(plain[1]?.runs);
  });

  it('lets jsPDF compress everything, as before, where the browser has no CompressionStream (Safari before 16.4)', async () => {
    const { doc, font: loaded } = await twoPages();
    const streamsOf = () => fontStreams(jsPDF, loaded, doc);
    vi.stubGlobal('CompressionStream', undefined);
    const { value: blob, compressedByJsPdf } = await counted(async () => pdfBlob(jsPDF, doc, [await streamsOf()]));
    expect(compressedByJsPdf).toHaveLength(4);
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(new Uint8Array(doc.output('arraybuffer')));
  });
});
