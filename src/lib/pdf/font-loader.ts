/**
 * Loads the worksheet font once per page: the first click fetches it, later clicks (and the
 * coverage check before printing) reuse the same promise. A failed load is forgotten so that
 * the next click tries again.
 */
import { fontCodePoints, missingChars } from './font-coverage';
import { mayBeInAFont } from './font-tiers';

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

async function fetchFont(url: string): Promise<LoadedFont> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new FontLoadError('无法下载工作表所用的中文字体，请检查网络后重试。');
  }
  if (!response.ok) throw new FontLoadError(`无法下载工作表所用的中文字体（HTTP ${response.status}），请稍后重试。`);
  return prepareFont(new Uint8Array(await response.arrayBuffer()));
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
}

/**
 * The first of `urls` whose font draws every character of `texts` that any font may hold, else the last, which holds
 * every character of the others (undefined entries are skipped). Fonts are fetched in order, so a larger one is never
 * fetched when a smaller one covers the text; a character beyond the BMP, which no font holds (font-tiers.ts), is left
 * to the missing-character check rather than fetching every larger font for nothing.
 * @example await smallestFontFor(titles, [fixedUrl, commonUrl, fullUrl, extendedUrl])
 */
export async function smallestFontFor(texts: readonly string[], urls: readonly (string | undefined)[]): Promise<LoadedFont> {
  const tried = urls.filter((url): url is string => url !== undefined);
  const last = tried[tried.length - 1];
  if (last === undefined) throw new Error('smallestFontFor: no font URL');
  for (const url of tried.slice(0, -1)) {
    const font = await loadFont(url);
    if (missingChars(texts, font.codePoints).every((ch) => !mayBeInAFont(ch.codePointAt(0) as number))) return font;
  }
  return loadFont(last);
}
