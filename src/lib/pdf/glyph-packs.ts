/**
 * The worksheet font put together in the browser from the small font of the worksheet's own text and glyph packs.
 * The build (scripts/build-font.mjs) cuts the middle font's characters beyond the small font into packs of
 * GLYPH_PACK_SIZE (font-tiers.ts), each a small TrueType file of those glyphs. A name and ten titles typed by a person
 * needed 24 characters outside the small font: their packs are about 24 KB against the middle font's 0.7 MB, which on
 * a slow line took 0.85 s and then most of the press's parsing.
 *
 * The packs are read as untrusted bytes: every offset is checked against its table, and a pack that does not parse
 * makes the merge throw, so that the loader falls back to the middle font.
 */
import { fontCharMap, FontFormatError, tableDirectory, type FontTable } from './font-coverage';
import { GLYPH_PACK_SIZE, gb2312Codes } from './font-tiers';
import { align4, cmapFormat4, sfnt } from './sfnt';

/** GB2312's characters by position in gb2312Chars(), and how many of them are symbols and level 1 (they come first). */
export interface Gb2312Positions {
  index: Map<number, number>;
  level1: number;
}

let positions: Gb2312Positions | null | undefined;

/**
 * Each GB2312 character's position in gb2312Chars() (code order), decoded once per page; null in a browser without
 * the GB2312 decoder. The symbols and level-1 hanzi (gb2312Chars({ level1Only: true }), what the packs are cut from)
 * are its first `level1` entries, since both lists follow the rows in order.
 */
export function gb2312Positions(): Gb2312Positions | null {
  if (positions === undefined) {
    try {
      const index = new Map<number, number>();
      const codes = gb2312Codes();
      for (let i = 0; i < codes.length; i++) index.set(codes[i] as number, i);
      // Level 2 starts at row 56, cell 1 (亍): every character before it is a symbol or a level-1 hanzi.
      const level2 = new TextDecoder('gb2312').decode(new Uint8Array([0xa0 + 56, 0xa1])).codePointAt(0) as number;
      const level1 = index.get(level2);
      if (level1 === undefined) throw new Error('gb2312Positions: no level 2');
      positions = { index, level1 };
    } catch {
      positions = null;
    }
  }
  return positions;
}

/**
 * The number of the glyph pack that may hold code point `cp`, or undefined: not one of GB2312's symbols or level-1
 * hanzi, or a browser without the GB2312 decoder (the middle font is then fetched instead).
 * @example glyphPackOf('晓'.codePointAt(0)!) // a number: 晓 is a level-1 hanzi
 */
export function glyphPackOf(cp: number): number | undefined {
  const gb = gb2312Positions();
  const i = gb?.index.get(cp);
  return gb === null || gb === undefined || i === undefined || i >= gb.level1 ? undefined : Math.floor(i / GLYPH_PACK_SIZE);
}

/**
 * The packs holding `chars` (each one code point), in ascending order, or undefined when any of them is in no pack
 * (a level-2 hanzi, a character beyond GB2312): the packs cannot complete the font then, and a larger font is needed.
 */
export function glyphPacksFor(chars: readonly string[]): number[] | undefined {
  const packs = new Set<number>();
  for (const ch of chars) {
    const pack = glyphPackOf(ch.codePointAt(0) as number);
    if (pack === undefined) return undefined;
    packs.add(pack);
  }
  return [...packs].sort((a, b) => a - b);
}

/** A TrueType file read for merging: its tables and the parts of them the merge uses. */
class ParsedFont {
  readonly view: DataView;
  readonly tables: Map<string, FontTable>;
  readonly numGlyphs: number;
  readonly charMap: Map<number, number>;
  private readonly numberOfHMetrics: number;
  private readonly longLoca: boolean;

  constructor(readonly bytes: Uint8Array) {
    if (bytes.byteLength < 12) throw new FontFormatError('字体文件不完整');
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const version = this.view.getUint32(0);
    if (version !== 0x00010000 && version !== 0x74727565) throw new FontFormatError('不是 TrueType 字体文件');
    if (12 + 16 * this.view.getUint16(4) > bytes.byteLength) throw new FontFormatError('字体文件不完整');
    this.tables = tableDirectory(this.view);
    for (const [tag, t] of this.tables) {
      if (t.offset + t.length > bytes.byteLength) throw new FontFormatError(`字体的 ${tag} 表超出文件`);
    }
    this.numGlyphs = this.view.getUint16(this.table('maxp').offset + 4);
    this.numberOfHMetrics = this.view.getUint16(this.table('hhea').offset + 34);
    this.longLoca = this.view.getInt16(this.table('head').offset + 50) === 1;
    if (this.numberOfHMetrics < 1 || this.numberOfHMetrics > this.numGlyphs) throw new FontFormatError('字体的水平度量表有误');
    if (this.table('hmtx').length < 4 * this.numberOfHMetrics + 2 * (this.numGlyphs - this.numberOfHMetrics)) throw new FontFormatError('字体的水平度量表不完整');
    if (this.table('loca').length < (this.numGlyphs + 1) * (this.longLoca ? 4 : 2)) throw new FontFormatError('字体的字形位置表不完整');
    this.charMap = fontCharMap(bytes);
  }

  table(tag: string): FontTable {
    const t = this.tables.get(tag);
    if (t === undefined) throw new FontFormatError(`字体缺少 ${tag} 表`);
    return t;
  }

  /** A copy of table `tag`. */
  copy(tag: string): Uint8Array {
    const t = this.table(tag);
    return this.bytes.slice(t.offset, t.offset + t.length);
  }

  /** The outline of glyph `glyph` (empty for a blank glyph such as the space). */
  glyph(glyph: number): Uint8Array {
    if (glyph >= this.numGlyphs) throw new FontFormatError('字形编号超出字体');
    const loca = this.table('loca').offset;
    const glyf = this.table('glyf');
    const at = (i: number) => (this.longLoca ? this.view.getUint32(loca + 4 * i) : this.view.getUint16(loca + 2 * i) * 2);
    const start = at(glyph);
    const end = at(glyph + 1);
    if (start > end || end > glyf.length) throw new FontFormatError('字形数据超出字体');
    return this.bytes.subarray(glyf.offset + start, glyf.offset + end);
  }

  /** Advance width and left side bearing of glyph `glyph`. */
  metrics(glyph: number): [number, number] {
    const hmtx = this.table('hmtx').offset;
    const n = this.numberOfHMetrics;
    if (glyph < n) return [this.view.getUint16(hmtx + 4 * glyph), this.view.getInt16(hmtx + 4 * glyph + 2)];
    return [this.view.getUint16(hmtx + 4 * (n - 1)), this.view.getInt16(hmtx + 4 * n + 2 * (glyph - n))];
  }
}

/**
 * A copy of composite glyph `data` whose components are renumbered by `numberOf` (which adds a component not yet in
 * the merged font). Each component's record is checked to lie within the glyph.
 */
function renumberComponents(data: Uint8Array, numberOf: (glyph: number) => number): Uint8Array {
  const out = data.slice();
  const v = new DataView(out.buffer);
  let p = 10;
  for (;;) {
    if (p + 4 > out.length) throw new FontFormatError('组合字形数据不完整');
    const flags = v.getUint16(p);
    v.setUint16(p + 2, numberOf(v.getUint16(p + 2)));
    p += 4 + (flags & 0x0001 ? 4 : 2) + (flags & 0x0080 ? 8 : flags & 0x0040 ? 4 : flags & 0x0008 ? 2 : 0);
    if (!(flags & 0x0020)) return out;
  }
}

const isComposite = (data: Uint8Array) => data.length >= 10 && new DataView(data.buffer, data.byteOffset).getInt16(0) < 0;

/**
 * The font `base` (the small font) with the glyphs of `packs` added: every character a pack maps that `base` lacks,
 * with its outline (components of composite glyphs included), advance and side bearing. Glyphs of `base` keep their
 * numbers; its OS/2, name and post (version 3, without glyph names) are kept, and head, hhea and maxp are widened to
 * cover the new glyphs. Throws FontFormatError (or RangeError) for a file that is not such a font.
 * @example const font = mergeGlyphPacks(fixedBytes, [pack12, pack301]); fontCodePoints(font).has('晓'.codePointAt(0)!) // true
 */
export function mergeGlyphPacks(base: Uint8Array, packs: readonly Uint8Array[]): Uint8Array {
  const b = new ParsedFont(base);
  const glyphs: Uint8Array[] = [];
  const metrics: [number, number][] = [];
  for (let g = 0; g < b.numGlyphs; g++) {
    glyphs.push(b.glyph(g));
    metrics.push(b.metrics(g));
  }
  const charMap = new Map(b.charMap);
  const parsedPacks = packs.map((bytes) => new ParsedFont(bytes));
  for (const pack of parsedPacks) {
    const numbers = new Map<number, number>();
    const numberOf = (old: number): number => {
      let id = numbers.get(old);
      if (id !== undefined) return id;
      id = glyphs.length;
      numbers.set(old, id);
      glyphs.push(new Uint8Array(0));
      metrics.push(pack.metrics(old));
      const data = pack.glyph(old);
      glyphs[id] = isComposite(data) ? renumberComponents(data, numberOf) : data;
      return id;
    };
    for (const [code, old] of pack.charMap) if (!charMap.has(code) && code <= 0xffff) charMap.set(code, numberOf(old));
  }
  if (glyphs.length > 0xffff) throw new FontFormatError('字形过多');

  const n = glyphs.length;
  const glyf = new Uint8Array(glyphs.reduce((sum, g) => sum + align4(g.length), 0));
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
  metrics.forEach(([advance, lsb], i) => {
    hv.setUint16(4 * i, advance);
    hv.setInt16(4 * i + 2, lsb);
  });

  const widen = (table: Uint8Array, tag: string, fields: [offset: number, kind: 'min' | 'max', signed: boolean][]) => {
    const v = new DataView(table.buffer);
    for (const [offset, kind, signed] of fields) {
      const read = (dv: DataView, o: number) => (signed ? dv.getInt16(o) : dv.getUint16(o));
      let value = read(v, offset);
      for (const f of parsedPacks) {
        const t = f.table(tag);
        if (t.length < offset + 2) continue;
        const other = read(f.view, t.offset + offset);
        value = kind === 'min' ? Math.min(value, other) : Math.max(value, other);
      }
      if (signed) v.setInt16(offset, value);
      else v.setUint16(offset, value);
    }
  };
  const head = b.copy('head');
  widen(head, 'head', [
    [36, 'min', true],
    [38, 'min', true],
    [40, 'max', true],
    [42, 'max', true],
  ]);
  new DataView(head.buffer).setInt16(50, 1); // long loca offsets
  new DataView(head.buffer).setUint32(8, 0); // checkSumAdjustment, set by sfnt()
  const hhea = b.copy('hhea');
  widen(hhea, 'hhea', [
    [10, 'max', false],
    [12, 'min', true],
    [14, 'min', true],
    [16, 'max', true],
  ]);
  new DataView(hhea.buffer).setUint16(34, n);
  const maxp = b.copy('maxp');
  // Version 1.0's limits (points, contours, component depth…) become the largest of any font merged.
  if (maxp.length >= 32) {
    widen(maxp, 'maxp', Array.from({ length: 13 }, (_, i) => [6 + 2 * i, 'max', false] as [number, 'max', boolean]));
  }
  new DataView(maxp.buffer).setUint16(4, n);
  const post = b.copy('post').slice(0, 32);
  new DataView(post.buffer).setUint32(0, 0x00030000);
  return sfnt([
    ['OS/2', b.copy('OS/2')],
    ['cmap', cmapFormat4(charMap)],
    ['glyf', glyf],
    ['head', head],
    ['hhea', hhea],
    ['hmtx', hmtx],
    ['loca', loca],
    ['maxp', maxp],
    ['name', b.copy('name')],
    ['post', post],
  ]);
}
