/**
 * The character sets behind the PDF worksheet's four fonts, shared by the build step that makes them
 * (scripts/build-font.mjs) and the page's guess of which one to fetch (font-guess.ts), so that the two cannot drift.
 * Encodings are read from the WHATWG decoders (TextDecoder), not from pasted lists. Self-contained (no imports) so
 * that the build step can load it under Node's type stripping.
 *
 * The fonts, smallest first; each holds every character of the smaller ones:
 * - fixed: the worksheet's own text (rule data, labels) and `baseChars`;
 * - common: + GB2312's symbols and its 3,755 level-1 hanzi;
 * - full: + GB2312's 3,008 level-2 hanzi;
 * - extended: + every other character of the Basic Multilingual Plane that the source font has: all of GBK, the rest
 *   of CJK Unified Ideographs and Extension A (names such as 喆 玥 祎, place names such as 长沙县㮾梨).
 */

/** The worksheet's fonts by name, smallest first. */
export const FONT_TIERS = ['fixed', 'common', 'full', 'extended'] as const;
export type FontTier = (typeof FONT_TIERS)[number];

const range = (from: number, to: number): [number, number] => [from, to];

/** Ranges of characters beyond GB2312 that any Chinese text with Latin parts may use: in every font (small glyphs). */
export const BASE_RANGES: readonly [number, number][] = [
  range(0x20, 0x7e), // ASCII
  range(0xa0, 0xff), // Latin-1 (names, ×, ·)
  range(0x2010, 0x2027), // dashes, quotes, ellipsis
  range(0x2030, 0x203b),
  range(0x3000, 0x303f), // CJK symbols and punctuation
  range(0xff01, 0xff5e), // full-width forms
  range(0xffe0, 0xffe6),
];

/** Whether code point `cp` lies in `BASE_RANGES`. */
export function isBaseChar(cp: number): boolean {
  return BASE_RANGES.some(([from, to]) => cp >= from && cp <= to);
}

/**
 * Whether any of the worksheet's fonts may hold code point `cp`: none holds a character beyond the Basic Multilingual
 * Plane (see bmpCodePoints) or of the private use area, so a larger font never helps with one of those.
 */
export function mayBeInAFont(cp: number): boolean {
  return cp <= 0xffff && !(cp >= 0xe000 && cp <= 0xf8ff);
}

/** Unassigned cells decode to U+FFFD or to the private use area: not characters. */
const isCharacter = (cp: number) => cp !== 0xfffd && !(cp >= 0xe000 && cp <= 0xf8ff);

/** GB2312's rows with characters: 1–9 (symbols) and 16–87 (hanzi: level 1 to row 55, level 2 from row 56). */
const GB2312_LAST_ROW = 87;
const GB2312_LEVEL1_LAST_ROW = 55;

/**
 * GB2312 rows 1–9 (symbols) and 16–87 (hanzi levels 1 and 2) decoded by the WHATWG GBK decoder, in code order; with
 * `{ level1Only: true }` rows 1–9 and 16–55 (the 3,755 一级汉字, the standard's commonest characters). Decoded in one
 * call: each two-byte cell of this area decodes to exactly one UTF-16 unit (a character, U+FFFD or private use).
 */
export function gb2312Chars({ level1Only = false } = {}): string[] {
  const rows: number[] = [];
  for (let row = 1; row <= (level1Only ? GB2312_LEVEL1_LAST_ROW : GB2312_LAST_ROW); row++) if (row <= 9 || row >= 16) rows.push(row);
  const bytes = new Uint8Array(rows.length * 94 * 2);
  let at = 0;
  for (const row of rows) {
    for (let cell = 1; cell <= 94; cell++) {
      bytes[at++] = 0xa0 + row;
      bytes[at++] = 0xa0 + cell;
    }
  }
  const text = new TextDecoder('gb2312').decode(bytes);
  if (text.length !== bytes.length / 2) throw new Error('gb2312Chars: the decoder did not give one unit per cell');
  const out: string[] = [];
  for (const ch of text) if (isCharacter(ch.codePointAt(0) as number)) out.push(ch);
  return out;
}

/**
 * Every character of GBK (code page 936 as the WHATWG encoding standard defines it: lead bytes 0x81–0xFE, trail bytes
 * 0x40–0xFE but 0x7F), decoded cell by cell, in code order: GB2312 and more, 21,891 distinct characters, of which 20,910 are CJK
 * Unified Ideographs (GB2312 has 6,763) and 52 Extension A.
 */
export function gbkChars(): string[] {
  const decoder = new TextDecoder('gbk');
  const out: string[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if ([...ch].length === 1 && isCharacter(ch.codePointAt(0) as number)) out.push(ch);
    }
  }
  return out;
}

/**
 * The characters the extended font is made of besides the smaller fonts' and GBK's: the whole Basic Multilingual
 * Plane outside surrogates and the private use area (the build keeps those the source font has). Nothing beyond it:
 * jsPDF looks glyphs up per UTF-16 unit, so a character of Extension B or later would vanish from the PDF instead of
 * being reported missing (tried with 𬌗, which Noto Sans SC has).
 */
export function bmpCodePoints(): number[] {
  const out: number[] = [];
  for (let cp = 0x20; cp <= 0xfffd; cp++) {
    if ((cp >= 0xd800 && cp <= 0xdfff) || (cp >= 0xe000 && cp <= 0xf8ff) || (cp >= 0x7f && cp < 0xa0)) continue;
    out.push(cp);
  }
  return out;
}
