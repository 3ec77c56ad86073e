/**
 * Which characters a TrueType font can draw, read from its own cmap table.
 * The font is the only source of truth: a separate character list could drift from the file
 * actually served. Self-contained (no imports) so that scripts/build-font.mjs can load it
 * under Node's type stripping as well.
 */

/** Thrown when the bytes are not a TrueType font with a Unicode cmap. */
export class FontFormatError extends Error {
  override name = 'FontFormatError';
}

/** Where a table lies in a TrueType file. */
export interface FontTable {
  offset: number;
  length: number;
}

/** The offset and length of each table of a TrueType file, by tag (the first, should a tag repeat). */
export function tableDirectory(view: DataView): Map<string, FontTable> {
  const tables = new Map<string, FontTable>();
  const numTables = view.getUint16(4);
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    const t = String.fromCharCode(view.getUint8(rec), view.getUint8(rec + 1), view.getUint8(rec + 2), view.getUint8(rec + 3));
    if (!tables.has(t)) tables.set(t, { offset: view.getUint32(rec + 8), length: view.getUint32(rec + 12) });
  }
  return tables;
}

function readFormat4(view: DataView, at: number, out: Map<number, number>): void {
  const segX2 = view.getUint16(at + 6);
  const ends = at + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  for (let s = 0; s < segX2; s += 2) {
    const end = view.getUint16(ends + s);
    const start = view.getUint16(starts + s);
    const delta = view.getUint16(deltas + s);
    const rangeOffset = view.getUint16(rangeOffsets + s);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        // idRangeOffset counts bytes from its own slot to the glyph id (OpenType cmap format 4).
        const g = view.getUint16(rangeOffsets + s + rangeOffset + (c - start) * 2);
        glyph = g === 0 ? 0 : (g + delta) & 0xffff;
      }
      if (glyph !== 0) out.set(c, glyph);
    }
  }
}

function readFormat12(view: DataView, at: number, out: Map<number, number>): void {
  const groups = view.getUint32(at + 12);
  for (let i = 0; i < groups; i++) {
    const g = at + 16 + i * 12;
    const start = view.getUint32(g);
    const end = view.getUint32(g + 4);
    const glyph = view.getUint32(g + 8);
    for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) out.set(c, glyph + (c - start));
  }
}

/**
 * The Unicode code points a TrueType/OpenType font maps to a glyph (cmap formats 4 and 12).
 * @example fontCodePoints(bytes).has('学'.codePointAt(0)!) // true
 */
export function fontCodePoints(bytes: Uint8Array): Set<number> {
  return new Set(fontCharMap(bytes).keys());
}

/**
 * The glyph number of each Unicode code point a TrueType/OpenType font maps (cmap formats 4 and 12; glyph 0, the
 * missing-character box, left out).
 */
export function fontCharMap(bytes: Uint8Array): Map<number, number> {
  if (bytes.byteLength < 12) throw new FontFormatError('字体文件不完整');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(0);
  if (version !== 0x00010000 && version !== 0x74727565) throw new FontFormatError('不是 TrueType 字体文件');
  const cmap = tableDirectory(view).get('cmap');
  if (cmap === undefined) throw new FontFormatError('字体缺少字符映射表（cmap）');
  const count = view.getUint16(cmap.offset + 2);
  let best: { at: number; format: number } | undefined;
  for (let i = 0; i < count; i++) {
    const rec = cmap.offset + 4 + i * 8;
    const platform = view.getUint16(rec);
    const encoding = view.getUint16(rec + 2);
    const at = cmap.offset + view.getUint32(rec + 4);
    const format = view.getUint16(at);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode || (format !== 4 && format !== 12)) continue;
    // Format 12 covers the whole of Unicode; format 4 only the BMP.
    if (best === undefined || (format === 12 && best.format === 4)) best = { at, format };
  }
  if (best === undefined) throw new FontFormatError('字体缺少 Unicode 字符映射');
  const out = new Map<number, number>();
  if (best.format === 12) readFormat12(view, best.at, out);
  else readFormat4(view, best.at, out);
  return out;
}

/**
 * Whether the character `ch` (one code point) is never drawn as a glyph, so a font need not have
 * it: line feeds, carriage returns and tabs are layout, and the word joiner and no-break space that keep a
 * citation on one line only steer line breaking (a no-break space is drawn as a plain space). The PDF renderer
 * follows the same rule.
 */
export function isNotDrawn(ch: string): boolean {
  return ch === '\n' || ch === '\r' || ch === '\t' || ch === '\u2060' || ch === '\u00A0';
}

/**
 * The distinct characters of `texts` that the font cannot draw, in order of first appearance.
 * @example missingChars(['张𠮷'], codePoints) // ['𠮷']
 */
export function missingChars(texts: Iterable<string>, codePoints: ReadonlySet<number>): string[] {
  const missing = new Set<string>();
  for (const text of texts) {
    for (const ch of text) {
      if (isNotDrawn(ch)) continue;
      if (!codePoints.has(ch.codePointAt(0) as number)) missing.add(ch);
    }
  }
  return [...missing];
}
