/**
 * Loads the worksheet font once per page: the first click fetches it, later clicks (and the
 * coverage check before printing) reuse the same promise. A failed load is forgotten so that
 * the next click tries again.
 */
import { fontCodePoints, missingChars } from './font-coverage';
import { mayBeInAFont } from './font-tiers';
import { glyphPacksFor, mergeGlyphPacks } from './glyph-packs';

/** The font as the PDF builder and the coverage check need it. */
export interface LoadedFont {
  /** The TTF file (handed to jsPDF by embedded-font.ts, never converted to a string). */
  bytes: Uint8Array;
  /** Code points the font can draw. */
  codePoints: ReadonlySet<number>;
  byteLength: number;
}

/** Thrown when the font cannot be fetched; the message is shown to the user. */
export class FontLoadError extends Error {
  override name = 'FontLoadError';
}

const cache = new Map<string, Promise<LoadedFont>>();

/** Prepares raw TTF bytes: reads which characters the font can draw. */
function prepareFont(bytes: Uint8Array): LoadedFont {
  return { bytes, codePoints: fontCodePoints(bytes), byteLength: bytes.byteLength };
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new FontLoadError('无法下载工作表所用的中文字体，请检查网络后重试。');
  }
  if (!response.ok) throw new FontLoadError(`无法下载工作表所用的中文字体（HTTP ${response.status}），请稍后重试。`);
  return new Uint8Array(await response.arrayBuffer());
}

async function fetchFont(url: string): Promise<LoadedFont> {
  return prepareFont(await fetchBytes(url));
}

/** Glyph packs by URL, each fetched at most once per page (a failed fetch is forgotten). */
const packCache = new Map<string, Promise<Uint8Array>>();

function loadPack(url: string): Promise<Uint8Array> {
  let pack = packCache.get(url);
  if (pack === undefined) {
    pack = fetchBytes(url);
    packCache.set(url, pack);
    pack.catch(() => packCache.delete(url));
  }
  return pack;
}

/**
 * `font` (loaded from `url`) with the glyph packs (glyph-packs.ts) that hold `chars` added, the packs fetched side by
 * side from `packsUrl` (`${packsUrl}${n}.ttf`); undefined when some of `chars` is in no pack. Made once per page for
 * each set of packs, so that a press after intent reuses the font intent parsed.
 */
function loadWithPacks(url: string, font: LoadedFont, chars: readonly string[], packsUrl: string): Promise<LoadedFont> | undefined {
  const packs = glyphPacksFor(chars);
  if (packs === undefined) return undefined;
  const key = `${url}+${packsUrl}${packs.join(',')}`;
  let merged = cache.get(key);
  if (merged === undefined) {
    merged = Promise.all(packs.map((n) => loadPack(`${packsUrl}${n}.ttf`))).then((bytes) => prepareFont(mergeGlyphPacks(font.bytes, bytes)));
    cache.set(key, merged);
    merged.catch(() => cache.delete(key));
  }
  return merged;
}

/** The font at `url`, fetched at most once per page. */
export function loadFont(url: string): Promise<LoadedFont> {
  let font = cache.get(url);
  if (font === undefined) {
    font = fetchFont(url);
    cache.set(url, font);
    font.catch(() => cache.delete(url));
  }
  return font;
}

/** Supplies the font bytes for `url` without fetching (Node tests and the measuring script have no server). */
export function provideFont(url: string, bytes: Uint8Array): void {
  // Prepared on first use, like a fetched font, so that timings include the preparation.
  cache.set(url, Promise.resolve().then(() => prepareFont(bytes)));
}

/** Forgets every loaded font, so that the next load starts from the bytes again. */
export function forgetFonts(): void {
  cache.clear();
  packCache.clear();
}

/**
 * The first of `urls` whose font draws every character of `texts` that any font may hold, else the last, which holds
 * every character of the others (undefined entries are skipped). Fonts are fetched in order, so a larger one is never
 * fetched when a smaller one covers the text; a character beyond the BMP, which no font holds (font-tiers.ts), is left
 * to the missing-character check rather than fetching every larger font for nothing.
 *
 * With `packsUrl` (the folder of the glyph packs, glyph-packs.ts), the first font is the small one and, when it lacks
 * only characters of the middle font, their packs are added to it instead of fetching the next font; should a pack
 * fail to load or parse, the next font is fetched as before.
 * @example await smallestFontFor(titles, [fixedUrl, commonUrl, fullUrl, extendedUrl], '/fonts/generated/glyphs/')
 */
export async function smallestFontFor(texts: readonly string[], urls: readonly (string | undefined)[], packsUrl?: string): Promise<LoadedFont> {
  const tried = urls.filter((url): url is string => url !== undefined);
  if (tried.length === 0) throw new Error('smallestFontFor: no font URL');
  const lacking = (font: LoadedFont) => missingChars(texts, font.codePoints).filter((ch) => mayBeInAFont(ch.codePointAt(0) as number));
  let font: LoadedFont | undefined;
  for (const [i, url] of tried.entries()) {
    // The last font holds every character of the others: taken as it is.
    if (i === tried.length - 1 && (i > 0 || packsUrl === undefined)) return loadFont(url);
    font = await loadFont(url);
    const missing = lacking(font);
    if (missing.length === 0) return font;
    if (i === 0 && packsUrl !== undefined) {
      const withPacks = await loadWithPacks(url, font, missing, packsUrl)?.catch(() => undefined);
      if (withPacks !== undefined && (lacking(withPacks).length === 0 || tried.length === 1)) return withPacks;
    }
  }
  return font as LoadedFont;
}
