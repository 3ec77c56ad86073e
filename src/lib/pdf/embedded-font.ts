/**
 * The worksheet font as jsPDF embeds it, made fast enough for a slow phone. jsPDF's own TrueType path costs most of
 * a press on a 4× slower CPU: every document re-reads the whole file from a binary string and parses it again, and
 * its subsetter keeps the original glyph numbering (loca and hmtx for all of GB2312's glyphs, and the whole cmap) and
 * builds the glyph table by repeated array concatenation.
 *
 * Here the font is parsed by jsPDF once per page (its TTFFont supplies the descriptor values jsPDF writes) and each
 * document gets a light view of it that numbers glyphs 1, 2, 3… in the order they are first drawn. The embedded font
 * program then holds only those glyphs (with typed arrays, in one pass), its cmap only their characters; the PDF's
 * /W widths, ToUnicode map and Identity CID-to-glyph map use the same compact numbers, so text stays extractable.
 */
import type { jsPDF as JsPdf } from 'jspdf';
import { tableDirectory, type FontTable } from './font-coverage';
import type { LoadedFont } from './font-loader';
import { align4, cmapFormat4, sfnt } from './sfnt';

/** jsPDF's parsed TrueType font (jsPDF.API.TTFFont), the parts used here. */
interface TtfFont {
  cmap: { unicode: { codeMap: Record<number, number | undefined> } };
  widthOfGlyph(glyph: number): number;
}

interface TtfFontClass {
  open(file: Uint8Array): TtfFont;
}

/** The parts of a document's font metadata jsPDF's Identity-H code reads and writes (plugins ttfsupport and utf8). */
interface DocumentFont extends TtfFont {
  toUnicode: Record<number, number>;
  Unicode: { encoding: object; kerning: object; widths: GlyphWidths };
  subset: { encode(glyphs: unknown, indexToLocFormat: number): Uint8Array };
  characterToGlyph(code: number): number;
  widthOfString(text: string, size: number, charSpace: number): number;
}

/**
 * The /W array jsPDF fills while drawing: glyph, [width], glyph, [width]… jsPDF looks each drawn character's glyph up
 * with indexOf, a linear search per character; a set makes that constant time.
 */
class GlyphWidths extends Array<number | number[]> {
  static override get [Symbol.species]() {
    return Array;
  }
  private readonly seen = new Map<number, number>();
  override indexOf(item: number | number[]): number {
    return typeof item === 'number' ? (this.seen.get(item) ?? -1) : super.indexOf(item);
  }
  override push(...items: (number | number[])[]): number {
    for (const item of items) {
      if (typeof item === 'number' && !this.seen.has(item)) this.seen.set(item, this.length);
      super.push(item);
    }
    return this.length;
  }
}

/** The start of the placeholder stored in jsPDF's virtual file system: TrueType's version tag, so jsPDF takes it as binary. */
const MARKER = '\x00\x01\x00\x00worksheet-font:';
const registry = new Map<string, EmbeddableFont>();
const hooked = new WeakSet<object>();
const prepared = new WeakMap<LoadedFont, EmbeddableFont>();
let nextId = 1;

/** A font ready for any number of documents: parsed once, subset per document. */
export class EmbeddableFont {
  /** What the document's virtual file system holds instead of the font: a key the hooked TTFFont.open resolves. */
  readonly vfsEntry: string;
  private readonly view: DataView;
  private readonly tables: Map<string, FontTable>;
  private readonly numberOfHMetrics: number;
  private readonly longLoca: boolean;
  /** Advance widths in thousandths of an em, by UTF-16 code unit, filled as characters are measured. */
  private readonly advanceCache = new Map<number, number>();
  /** The whole file, glyph outlines included: the font's bytes when complete, else once `outlines()` has them. */
  private glyphBytes: Uint8Array | undefined;

  constructor(
    private readonly font: LoadedFont,
    private readonly parsed: TtfFont,
  ) {
    const bytes = font.bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.tables = tableDirectory(this.view);
    this.numberOfHMetrics = this.view.getUint16(this.table('hhea').offset + 34);
    this.longLoca = this.view.getInt16(this.table('head').offset + 50) === 1;
    this.vfsEntry = `${MARKER}${nextId++}`;
    registry.set(this.vfsEntry, this);
    if (font.complete) this.glyphBytes = font.bytes;
  }

  /**
   * Waits for the glyph outlines of a font taken before they arrived (font-loader.ts): drawing needs only the
   * metrics, a document's save needs the outlines. Rejects with the download's error.
   */
  async outlines(): Promise<void> {
    this.glyphBytes ??= await this.font.whole();
  }

  private table(tag: string): FontTable {
    const t = this.tables.get(tag);
    if (t === undefined) throw new Error(`字体缺少 ${tag} 表`);
    return t;
  }

  /** Width of `text` in em (jsPDF's getStringUnitWidth without its per-call Arabic shaping), summed per UTF-16 unit as jsPDF does. */
  unitWidth(text: string): number {
    let width = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let w = this.advanceCache.get(code);
      if (w === undefined) {
        w = this.parsed.widthOfGlyph(this.parsed.cmap.unicode.codeMap[code] ?? 0);
        this.advanceCache.set(code, w);
      }
      width += w;
    }
    return width / 1000;
  }

  /** A fresh view of the parsed font for one document, numbering its glyphs as they are first drawn. */
  forDocument(): DocumentFont {
    const base = this.parsed;
    const codeMap = base.cmap.unicode.codeMap;
    const newOf = new Map<number, number>([[0, 0]]);
    const olds = [0];
    const codes = [0];
    const view = Object.create(base) as DocumentFont;
    // Own properties: jsPDF checks hasOwnProperty('cmap'), and keeps drawing state on the metadata object.
    view.cmap = base.cmap;
    view.toUnicode = {};
    view.Unicode = { encoding: {}, kerning: {}, widths: new GlyphWidths() };
    view.characterToGlyph = (code) => {
      const old = codeMap[code] ?? 0;
      if (old === 0) return 0;
      let id = newOf.get(old);
      if (id === undefined) {
        id = olds.length;
        olds.push(old);
        codes.push(code);
        newOf.set(old, id);
      }
      return id;
    };
    view.widthOfGlyph = (id) => base.widthOfGlyph(olds[id] ?? 0);
    // jsPDF measures aligned text with it; measuring must not number glyphs.
    view.widthOfString = (text, size, charSpace) => this.unitWidth(text) * size + text.length * charSpace;
    // The same program for every save of the document while nothing more is drawn (pdf-output.ts reads it before
    // jsPDF's save does); subsetting appends composite glyphs' components to `olds`, hence the length after it.
    let program: Uint8Array | undefined;
    let programGlyphs = -1;
    view.subset = {
      encode: () => {
        if (program === undefined || programGlyphs !== olds.length) {
          program = this.subset(olds, codes);
          programGlyphs = olds.length;
        }
        return program;
      },
    };
    return view;
  }

  private advance(glyph: number): { advance: number; lsb: number } {
    const hmtx = this.table('hmtx').offset;
    const n = this.numberOfHMetrics;
    if (glyph < n) return { advance: this.view.getUint16(hmtx + 4 * glyph), lsb: this.view.getInt16(hmtx + 4 * glyph + 2) };
    return { advance: this.view.getUint16(hmtx + 4 * (n - 1)), lsb: this.view.getInt16(hmtx + 4 * n + 2 * (glyph - n)) };
  }

  private glyphRange(glyph: number): [number, number] {
    const loca = this.table('loca').offset;
    const glyf = this.table('glyf').offset;
    const at = (i: number) => (this.longLoca ? this.view.getUint32(loca + 4 * i) : this.view.getUint16(loca + 2 * i) * 2);
    return [glyf + at(glyph), glyf + at(glyph + 1)];
  }

  /**
   * The TrueType program of glyphs `olds` (original numbers, in their new order; components of composite glyphs are
   * appended and renumbered) with a cmap of `codes` (the character drawn with each).
   */
  subset(olds: number[], codes: number[]): Uint8Array {
    const bytes = this.glyphBytes;
    // Callers await `outlines()` first (render-worksheet.ts fontStreams). jsPDF logs and swallows an error thrown in
    // its font code, so this only keeps a mistake from passing unnoticed: no font without glyphs is made here.
    if (bytes === undefined) throw new Error('字体的字形尚未下载完成');
    const glyphs: Uint8Array[] = [];
    const newOf = new Map(olds.map((old, i) => [old, i]));
    for (let i = 0; i < olds.length; i++) {
      const [start, end] = this.glyphRange(olds[i] ?? 0);
      let data = bytes.subarray(start, end);
      if (data.length >= 10 && new DataView(data.buffer, data.byteOffset).getInt16(0) < 0) data = this.renumberComponents(data, olds, newOf);
      glyphs.push(data);
    }
    const n = olds.length;
    const glyfLength = glyphs.reduce((sum, g) => sum + align4(g.length), 0);
    const glyf = new Uint8Array(glyfLength);
    const loca = new Uint8Array(4 * (n + 1));
    const lv = new DataView(loca.buffer);
    let at = 0;
    glyphs.forEach((g, i) => {
      lv.setUint32(4 * i, at);
      glyf.set(g, at);
      at += align4(g.length);
    });
    lv.setUint32(4 * n, at);
    const hmtx = new Uint8Array(4 * n);
    const hv = new DataView(hmtx.buffer);
    olds.forEach((old, i) => {
      const { advance, lsb } = this.advance(old);
      hv.setUint16(4 * i, advance);
      hv.setInt16(4 * i + 2, lsb);
    });
    const copy = (tag: string) => {
      const t = this.table(tag);
      return bytes.slice(t.offset, t.offset + t.length);
    };
    const head = copy('head');
    new DataView(head.buffer).setInt16(50, 1); // long loca offsets
    new DataView(head.buffer).setUint32(8, 0); // checkSumAdjustment, set below
    const hhea = copy('hhea');
    new DataView(hhea.buffer).setUint16(34, n);
    const maxp = copy('maxp');
    new DataView(maxp.buffer).setUint16(4, n);
    // post version 3: no glyph names (the renumbered glyphs would not match the original's).
    const post = copy('post').slice(0, 32);
    new DataView(post.buffer).setUint32(0, 0x00030000);
    const tables: [string, Uint8Array][] = [
      ['OS/2', copy('OS/2')],
      ['cmap', cmapFormat4(codes.map((code, id) => [code, id] as const))],
      ['glyf', glyf],
      ['head', head],
      ['hhea', hhea],
      ['hmtx', hmtx],
      ['loca', loca],
      ['maxp', maxp],
      ['name', copy('name')],
      ['post', post],
    ];
    return sfnt(tables);
  }

  /** A composite glyph's copy with its components renumbered (new components are appended to `olds`). */
  private renumberComponents(data: Uint8Array, olds: number[], newOf: Map<number, number>): Uint8Array {
    const out = data.slice();
    const v = new DataView(out.buffer);
    let p = 10;
    for (;;) {
      const flags = v.getUint16(p);
      const old = v.getUint16(p + 2);
      let id = newOf.get(old);
      if (id === undefined) {
        id = olds.length;
        olds.push(old);
        newOf.set(old, id);
      }
      v.setUint16(p + 2, id);
      p += 4 + (flags & 0x0001 ? 4 : 2) + (flags & 0x0080 ? 8 : flags & 0x0040 ? 4 : flags & 0x0008 ? 2 : 0);
      if (!(flags & 0x0020)) return out;
    }
  }
}

/**
 * Lets jsPDF's TTFFont.open resolve the placeholder in a document's virtual file system to a registered font (once
 * per jsPDF build); any other file is parsed by jsPDF as before.
 */
function hook(JsPdfClass: typeof JsPdf): TtfFontClass {
  const TTFFont = (JsPdfClass.API as unknown as { TTFFont: TtfFontClass }).TTFFont;
  if (!hooked.has(TTFFont)) {
    const open = TTFFont.open.bind(TTFFont);
    TTFFont.open = (file: Uint8Array) => {
      if (file.length < 64 && file.length > MARKER.length) {
        const key = String.fromCharCode(...file);
        const font = registry.get(key);
        if (font !== undefined) return font.forDocument();
      }
      return open(file);
    };
    hooked.add(TTFFont);
  }
  return { open: (file) => (TTFFont as unknown as { open(f: Uint8Array): TtfFont }).open(file) };
}

/**
 * The font ready for jsPDF, parsed at most once per page: the first call parses it (jsPDF's own parser, for the
 * values its font descriptor needs), later calls return the same object. Call it ahead of a press to move the parsing
 * out of it.
 */
export function embeddableFont(JsPdfClass: typeof JsPdf, font: LoadedFont): EmbeddableFont {
  let embeddable = prepared.get(font);
  if (embeddable === undefined) {
    const TTFFont = hook(JsPdfClass);
    embeddable = new EmbeddableFont(font, TTFFont.open(font.bytes));
    prepared.set(font, embeddable);
  }
  return embeddable;
}
