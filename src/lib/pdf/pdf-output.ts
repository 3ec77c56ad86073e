/**
 * The finished PDF file, its large streams compressed by the browser's own zlib where it has one.
 *
 * jsPDF compresses each stream as it saves (`compress: true`), with its bundled fflate, converting each stream to bytes
 * and back one character at a time. On a page's first PDF that is most of the saving: traced on the calculator at
 * 4× CPU with the 10-activity case, 121–222 ms of a 250–350 ms save. Most of those bytes are known before saving: the
 * pages' drawing (each page's operators joined by line breaks, as jsPDF writes them) and the embedded font program.
 *
 * Where CompressionStream knows 'deflate' (zlib, which is PDF's FlateDecode: Chromium 80+, Safari 16.4+, Firefox
 * 113+, Node 18+), those streams are compressed natively, side by side, before the save; the save then takes each
 * one's compressed bytes instead of compressing it again, and jsPDF's compressor is not run at all (its first run
 * is mostly compiling it). The font's ToUnicode map is written here as jsPDF writes it. Any stream whose text turns
 * out different is compressed by jsPDF as before, so the file is always complete and the
 * same as jsPDF alone would write it, byte for byte apart from the compressor's choices. Elsewhere jsPDF compresses
 * everything as it always has.
 *
 * Measured (same trace, 4× CPU, first PDF pressed as the section came into view): from the drawn document to the file
 * 253–355 ms before, 166–280 ms with this (jsPDF's compressing 6–41 ms of it); press to download, alternating the two
 * builds over 10 first visits each, median 1,063 → 863 ms (ranges 474–1,419 and 478–1,599: the font's arrival
 * against the press varies).
 */
import type { jsPDF as JsPdf } from 'jspdf';

/** jsPDF's stream filter step (jsPDF.API.processDataByFilters): data as a binary string, one byte per character. */
type FilterStep = (data: string, filters: unknown) => { data: string; reverseChain: string };

/** The document internals read here (jsPDF's `doc.internal`): each page's drawing operators (page 1 at index 1). */
interface Internals {
  pages: (string[] | undefined)[];
}

/** True where CompressionStream makes zlib streams ('deflate'). */
export function hasNativeZlib(): boolean {
  if (typeof CompressionStream === 'undefined') return false;
  try {
    new CompressionStream('deflate');
    return true;
  } catch {
    return false;
  }
}

/** Whether jsPDF asks for exactly FlateEncode (what `compress: true` asks of every stream). */
function flateOnly(filters: unknown): boolean {
  const list = typeof filters === 'string' ? [filters] : Array.isArray(filters) ? filters : [];
  return list.length === 1 && (list[0] === 'FlateEncode' || list[0] === '/FlateEncode');
}

/** Bytes of a binary string (one byte per UTF-16 unit, as jsPDF writes streams). */
function bytesOf(binary: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The binary string of bytes, as jsPDF builds it for a font program. */
export function binaryOf(bytes: Uint8Array): string {
  let out = '';
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000) as unknown as number[]);
  return out;
}

/** zlib of bytes, fed and read in memory (a Blob's stream would go through the browser's blob store). */
async function zlib(bytes: Uint8Array): Promise<string> {
  const stream = new CompressionStream('deflate');
  const writer = stream.writable.getWriter();
  // Never a SharedArrayBuffer here (the page is not cross-origin isolated).
  void writer.write(bytes as Uint8Array<ArrayBuffer>).then(() => writer.close(), () => undefined);
  const reader = stream.readable.getReader();
  let out = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return out;
    out += binaryOf(value);
  }
}

/**
 * The ToUnicode map jsPDF writes for an Identity-H font (jsPDF 4.2's toUnicodeCmap in its utf8 plugin, which it does
 * not export): glyph number to UTF-16 code, in groups of 100. Should jsPDF write it differently, the map is simply
 * compressed by jsPDF (the unit test then says so).
 */
export function toUnicodeMap(map: Readonly<Record<number, number>>): string {
  const hex4 = (n: number) => `0000${n.toString(16)}`.slice(-4);
  let out =
    '/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo <<\n  /Registry (Adobe)\n  /Ordering (UCS)\n  /Supplement 0\n>> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000><ffff>\nendcodespacerange';
  const codes = Object.keys(map).sort((a, b) => Number(a) - Number(b));
  let group: string[] = [];
  for (const code of codes) {
    if (group.length >= 100) {
      out += `\n${group.length} beginbfchar\n${group.join('\n')}\nendbfchar`;
      group = [];
    }
    const unicode = map[Number(code)];
    if (unicode !== undefined && unicode !== null) group.push(`<${hex4(Number(code))}><${hex4(unicode)}>`);
  }
  if (group.length > 0) out += `\n${group.length} beginbfchar\n${group.join('\n')}\nendbfchar\n`;
  return `${out}endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend`;
}

/** An embedded Identity-H font as the save will write it. */
export interface EmbeddedFontStreams {
  /** The font program (the bytes jsPDF's font code gets from the font's subset). */
  program: Uint8Array;
  /** Glyph number to UTF-16 code, as drawn (jsPDF's font metadata `toUnicode`). */
  toUnicode: Readonly<Record<number, number>>;
}

/** The document as a PDF file; the pages' drawing is read from the document, the fonts' streams are given. */
export async function pdfBlob(JsPdfClass: typeof JsPdf, doc: JsPdf, fonts: readonly EmbeddedFontStreams[] = []): Promise<Blob> {
  if (!hasNativeZlib()) return doc.output('blob');
  const pages = (doc.internal as unknown as Internals).pages;
  const drawn = [...pages.flatMap((page) => (page === undefined ? [] : [page.join('\n')])), ...fonts.map((f) => toUnicodeMap(f.toUnicode))];
  const programs = fonts.map((f) => f.program);
  const compressed = new Map<string, string>();
  await Promise.all([
    ...drawn.map(async (data) => compressed.set(data, await zlib(bytesOf(data)))),
    ...programs.map(async (bytes) => compressed.set(binaryOf(bytes), await zlib(bytes))),
  ]);
  // Saving is synchronous: no other document can see the replaced step.
  const api = JsPdfClass.API as unknown as { processDataByFilters: FilterStep };
  const original = api.processDataByFilters;
  api.processDataByFilters = (data, filters) => {
    const done = flateOnly(filters) ? compressed.get(data) : undefined;
    return done === undefined ? original(data, filters) : { data: done, reverseChain: '/FlateDecode' };
  };
  try {
    return doc.output('blob');
  } finally {
    api.processDataByFilters = original;
  }
}
