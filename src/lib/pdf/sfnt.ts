/**
 * Writing TrueType (sfnt) files in the browser: the table directory with checksums, a format 4 cmap. Shared by the
 * per-document subset of the worksheet font (embedded-font.ts) and the font assembled from glyph packs
 * (glyph-packs.ts).
 */

/** `n` rounded up to a multiple of 4 (sfnt tables and glyphs start on 4-byte boundaries). */
export const align4 = (n: number) => (n + 3) & ~3;

/** A cmap with one format 4 subtable (Windows Unicode BMP) mapping each `[code, glyph]` pair (glyph ≥ 1, code in the BMP). */
export function cmapFormat4(map: Iterable<readonly [number, number]>): Uint8Array {
  const pairs = [...map].filter(([code, id]) => id > 0 && code < 0xffff).sort((a, b) => a[0] - b[0]);
  // One segment per character, then the required final 0xFFFF segment.
  const segments = [...pairs.map(([code, id]) => ({ start: code, end: code, delta: (id - code) & 0xffff })), { start: 0xffff, end: 0xffff, delta: 1 }];
  const segX2 = segments.length * 2;
  const subLength = 16 + segments.length * 8;
  const out = new Uint8Array(12 + subLength);
  const v = new DataView(out.buffer);
  v.setUint16(2, 1); // one subtable
  v.setUint16(4, 3); // Windows
  v.setUint16(6, 1); // Unicode BMP
  v.setUint32(8, 12);
  const s = 12;
  v.setUint16(s, 4);
  v.setUint16(s + 2, subLength);
  v.setUint16(s + 6, segX2);
  const log = Math.floor(Math.log2(segments.length));
  v.setUint16(s + 8, 2 * 2 ** log);
  v.setUint16(s + 10, log);
  v.setUint16(s + 12, segX2 - 2 * 2 ** log);
  segments.forEach((seg, i) => {
    v.setUint16(s + 14 + 2 * i, seg.end);
    v.setUint16(s + 16 + segX2 + 2 * i, seg.start);
    v.setUint16(s + 16 + 2 * segX2 + 2 * i, seg.delta);
    // idRangeOffset stays 0: glyph = code + delta.
  });
  return out;
}

function checksum(bytes: Uint8Array): number {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let sum = 0;
  const whole = bytes.byteLength & ~3;
  for (let i = 0; i < whole; i += 4) sum = (sum + v.getUint32(i)) >>> 0;
  if (whole < bytes.byteLength) {
    let last = 0;
    for (let i = whole; i < whole + 4; i++) last = (last << 8) | (bytes[i] ?? 0);
    sum = (sum + (last >>> 0)) >>> 0;
  }
  return sum;
}

/** An sfnt file of `tables` (sorted by tag), with table checksums and head's checkSumAdjustment. */
export function sfnt(tables: [string, Uint8Array][]): Uint8Array {
  const headerLength = 12 + 16 * tables.length;
  const total = tables.reduce((sum, [, data]) => sum + align4(data.length), headerLength);
  const out = new Uint8Array(total);
  const v = new DataView(out.buffer);
  v.setUint32(0, 0x00010000);
  const log = Math.floor(Math.log2(tables.length));
  v.setUint16(4, tables.length);
  v.setUint16(6, 16 * 2 ** log);
  v.setUint16(8, log);
  v.setUint16(10, 16 * tables.length - 16 * 2 ** log);
  let offset = headerLength;
  let headAt = -1;
  tables.forEach(([tag, data], i) => {
    const rec = 12 + 16 * i;
    for (let k = 0; k < 4; k++) out[rec + k] = tag.charCodeAt(k);
    v.setUint32(rec + 4, checksum(data));
    v.setUint32(rec + 8, offset);
    v.setUint32(rec + 12, data.length);
    out.set(data, offset);
    if (tag === 'head') headAt = offset;
    offset += align4(data.length);
  });
  v.setUint32(headAt + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

