/**
 * Loads the worksheet font once per page: the first click fetches it, later clicks (and the
 * coverage check before printing) reuse the same promise. A failed load is forgotten so that
 * the next click tries again.
 */
import { fontCodePoints, missingChars, tableDirectory } from './font-coverage';
import { mayBeInAFont } from './font-tiers';

/**
 * The font as the PDF builder and the coverage check need it. A font read as it downloads (loadFontEarly) is given
 * as soon as everything but its glyph outlines has arrived: the worksheet's fonts keep the outlines (glyf) last in
 * the file (scripts/build-font.mjs), so its character map, metrics and glyph index come in the first few percent.
 * That is enough to check the text and to lay out and draw the whole worksheet; only saving it needs the outlines.
 */
export interface LoadedFont {
  /** The TTF file (handed to jsPDF by embedded-font.ts, never converted to a string); until `complete`, its start. */
  bytes: Uint8Array;
  /** Code points the font can draw. */
  codePoints: ReadonlySet<number>;
  byteLength: number;
  /** Whether `bytes` is the whole file, glyph outlines included. */
  complete: boolean;
  /** The whole file (`bytes` itself once complete); rejects with a FontLoadError when the rest fails to arrive. */
  whole(): Promise<Uint8Array>;
}

/**
 * Thrown when the font cannot be fetched; the message is shown to the user. `unreachable`: no answer came at all (the
 * request itself failed: no network, and the font not in this device's store, which would have answered), as against
 * an answer that was an error.
 */
export class FontLoadError extends Error {
  override name = 'FontLoadError';
  constructor(
    message: string,
    readonly unreachable = false,
  ) {
    super(message);
  }
}

/** A font's download: the font once all but its outlines are in, and the whole font. */
interface Download {
  early: Promise<LoadedFont>;
  complete: Promise<LoadedFont>;
}

const cache = new Map<string, Download>();

/** Prepares raw TTF bytes: reads which characters the font can draw. */
function prepareFont(bytes: Uint8Array, whole: Promise<Uint8Array> | undefined): LoadedFont {
  const complete = whole === undefined;
  return { bytes, codePoints: fontCodePoints(bytes), byteLength: bytes.byteLength, complete, whole: () => whole ?? Promise.resolve(bytes) };
}

/**
 * Where the glyph outlines start, when every other table lies before them (the worksheet's fonts); undefined while
 * the table directory has not arrived, or when the outlines are not last (the whole file is waited for then).
 */
function beforeOutlines(start: Uint8Array): number | undefined {
  if (start.byteLength < 12) return undefined;
  const view = new DataView(start.buffer, start.byteOffset, start.byteLength);
  if (start.byteLength < 12 + 16 * view.getUint16(4)) return undefined;
  const tables = tableDirectory(view);
  const glyf = tables.get('glyf');
  if (glyf === undefined) return Infinity;
  let end = 0;
  for (const [tag, t] of tables) if (tag !== 'glyf') end = Math.max(end, t.offset + t.length);
  return end <= glyf.offset ? glyf.offset : Infinity;
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]?.byteLength === total) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

const NETWORK_FAILED = '无法下载工作表所用的中文字体，请检查网络后重试。';

function download(url: string): Download {
  let giveEarly: (font: LoadedFont) => void = () => undefined;
  const early = new Promise<LoadedFont>((resolve) => (giveEarly = resolve));
  let given = false;
  const complete = (async () => {
    let response: Response;
    try {
      response = await fetch(url);
    } catch {
      throw new FontLoadError(NETWORK_FAILED, true);
    }
    if (!response.ok) throw new FontLoadError(`无法下载工作表所用的中文字体（HTTP ${response.status}），请稍后重试。`);
    const chunks: Uint8Array[] = [];
    let received = 0;
    let wholeFile: (bytes: Uint8Array) => void = () => undefined;
    let failed: (error: unknown) => void = () => undefined;
    const rest = new Promise<Uint8Array>((resolve, reject) => ((wholeFile = resolve), (failed = reject)));
    rest.catch(() => undefined);
    try {
      const reader = response.body?.getReader();
      if (reader === undefined) {
        chunks.push(new Uint8Array(await response.arrayBuffer()));
        received = chunks[0]?.byteLength ?? 0;
      } else {
        let need: number | undefined;
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          chunks.push(value);
          received += value.byteLength;
          if (given) continue;
          need ??= beforeOutlines(concat(chunks, received));
          if (need !== undefined && received >= need && need !== Infinity) {
            given = true;
            giveEarly(prepareFont(concat(chunks, received).slice(0, need), rest));
          }
        }
      }
    } catch {
      const error = new FontLoadError(NETWORK_FAILED);
      failed(error);
      throw error;
    }
    const bytes = concat(chunks, received);
    wholeFile(bytes);
    return prepareFont(bytes, undefined);
  })();
  // A font that never gives its start early (its outlines not last, or no readable body) is given whole.
  const first = Promise.race([early, complete]);
  // Failures are reported to whoever awaits either; an intent that only started the download awaits neither.
  first.catch(() => undefined);
  return { early: first, complete };
}

function downloadOf(url: string): Download {
  let d = cache.get(url);
  if (d === undefined) {
    d = download(url);
    cache.set(url, d);
    d.complete.catch(() => cache.delete(url));
  }
  return d;
}

/** The font at `url`, whole, fetched at most once per page. */
export function loadFont(url: string): Promise<LoadedFont> {
  return downloadOf(url).complete;
}

/**
 * The font at `url` as soon as everything but its glyph outlines has arrived (see LoadedFont), from the same single
 * download as loadFont; `whole()` gives the rest.
 */
export function loadFontEarly(url: string): Promise<LoadedFont> {
  return downloadOf(url).early;
}

/** Supplies the font bytes for `url` without fetching (Node tests and the measuring script have no server). */
export function provideFont(url: string, bytes: Uint8Array): void {
  // Prepared on first use, like a fetched font, so that timings include the preparation.
  const font = Promise.resolve().then(() => prepareFont(bytes, undefined));
  cache.set(url, { early: font, complete: font });
}

/** Forgets every loaded font, so that the next load starts from the bytes again. */
export function forgetFonts(): void {
  cache.clear();
}

/**
 * The first of `urls` whose font draws every character of `texts` that any font may hold, else the last, which holds
 * every character of the others (undefined entries are skipped). Fonts are fetched in order, so a larger one is never
 * fetched when a smaller one covers the text; a character beyond the BMP, which no font holds (font-tiers.ts), is left
 * to the missing-character check rather than fetching every larger font for nothing. With `load` = loadFontEarly each
 * font is judged as soon as its character map is in.
 * @example await smallestFontFor(titles, [fixedUrl, commonUrl, fullUrl, extendedUrl])
 */
export async function smallestFontFor(texts: readonly string[], urls: readonly (string | undefined)[], load: (url: string) => Promise<LoadedFont> = loadFont): Promise<LoadedFont> {
  const tried = urls.filter((url): url is string => url !== undefined);
  const last = tried[tried.length - 1];
  if (last === undefined) throw new Error('smallestFontFor: no font URL');
  for (const url of tried.slice(0, -1)) {
    const font = await load(url);
    if (missingChars(texts, font.codePoints).every((ch) => !mayBeInAFont(ch.codePointAt(0) as number))) return font;
  }
  return load(last);
}
