import { afterEach, describe, expect, it, vi } from 'vitest';
import { FontLoadError, forgetFonts, loadFont, loadFontEarly } from '../../../src/lib/pdf/font-loader';
import { fontCodePoints, tableDirectory } from '../../../src/lib/pdf/font-coverage';
import { sfnt } from '../../../src/lib/pdf/sfnt';
import { SUBSET_NAMES, SUBSET_OPTIONS, renameFont } from '../../../scripts/build-font.mjs';
import { subsetForTest } from './test-font.mjs';

afterEach(() => {
  vi.unstubAllGlobals();
  forgetFonts();
});

describe('loadFont', () => {
  it('fetches the font once per page however often it is asked for', async () => {
    const bytes = await subsetForTest(['学时']);
    const fetchMock = vi.fn(async () => new Response(bytes));
    vi.stubGlobal('fetch', fetchMock);
    const [a, b] = await Promise.all([loadFont('/fonts/x.ttf'), loadFont('/fonts/x.ttf')]);
    const c = await loadFont('/fonts/x.ttf');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(a).toBe(b);
    expect(c).toBe(a);
    expect(a.codePoints.has('学'.codePointAt(0) as number)).toBe(true);
    expect(a.bytes.length).toBe(bytes.length);
  });

  it('reports a failed download in Chinese and tries again on the next call', async () => {
    const bytes = await subsetForTest(['学']);
    const fetchMock = vi.fn().mockResolvedValueOnce(new Response('not found', { status: 404 })).mockResolvedValueOnce(new Response(bytes));
    vi.stubGlobal('fetch', fetchMock);
    const failed = loadFont('/fonts/y.ttf');
    await expect(failed).rejects.toThrow(FontLoadError);
    await expect(failed).rejects.toThrow(/无法下载.*HTTP 404/);
    const font = await loadFont('/fonts/y.ttf');
    expect(font.byteLength).toBe(bytes.length);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('reports a network failure in Chinese, as a request that got no answer (the button then says there is no network)', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    const failed = loadFont('/fonts/z.ttf');
    await expect(failed).rejects.toThrow(/无法下载工作表所用的中文字体，请检查网络后重试/);
    await expect(failed).rejects.toMatchObject({ unreachable: true });
  });

  it('does not call an answer that was an error unreachable', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('', { status: 503 })));
    await expect(loadFont('/fonts/w.ttf')).rejects.toMatchObject({ unreachable: false });
  });
});

/** A worksheet font as build-font.mjs writes it (outlines last), and where its outlines start. */
async function worksheetFont(text: string): Promise<{ bytes: Uint8Array<ArrayBuffer>; outlinesAt: number }> {
  const bytes: Uint8Array<ArrayBuffer> = renameFont(await subsetForTest([text], SUBSET_OPTIONS), SUBSET_NAMES);
  const tables = tableDirectory(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return { bytes, outlinesAt: tables.get('glyf')!.offset };
}

/** A body that sends `bytes` up to `at`, then waits for `release` before the rest (or fails, if `fail`). */
function gatedBody(bytes: Uint8Array, at: number, fail = false): { body: ReadableStream<Uint8Array>; release: () => void } {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(bytes.slice(0, at));
      await gate;
      if (fail) controller.error(new TypeError('network error'));
      else {
        controller.enqueue(bytes.slice(at));
        controller.close();
      }
    },
  });
  return { body, release };
}

describe('loadFontEarly: the font read as it downloads', () => {
  it('is given once all but the glyph outlines have arrived; the whole file comes from the same download', async () => {
    const { bytes, outlinesAt } = await worksheetFont('公需科目学时');
    const { body, release } = gatedBody(bytes, outlinesAt + 10);
    const fetchMock = vi.fn(async () => new Response(body));
    vi.stubGlobal('fetch', fetchMock);
    // Resolves while the rest of the file is held back.
    const early = await loadFontEarly('/fonts/early.ttf');
    expect(early.complete).toBe(false);
    expect(early.bytes).toEqual(bytes.subarray(0, outlinesAt));
    expect(early.codePoints).toEqual(fontCodePoints(bytes));
    let arrived = false;
    const whole = early.whole().then((b) => ((arrived = true), b));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(arrived).toBe(false);
    release();
    expect(await whole).toEqual(bytes);
    const complete = await loadFont('/fonts/early.ttf');
    expect(complete.complete).toBe(true);
    expect(complete.bytes).toEqual(bytes);
    expect(await loadFontEarly('/fonts/early.ttf')).toBe(early);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('says in Chinese when the outlines fail to arrive after the font was given, and fetches again next time', async () => {
    const { bytes, outlinesAt } = await worksheetFont('学时');
    const { body, release } = gatedBody(bytes, outlinesAt + 10, true);
    const fetchMock = vi.fn().mockResolvedValueOnce(new Response(body)).mockResolvedValueOnce(new Response(bytes));
    vi.stubGlobal('fetch', fetchMock);
    const early = await loadFontEarly('/fonts/cut.ttf');
    release();
    await expect(early.whole()).rejects.toThrow(FontLoadError);
    await expect(early.whole()).rejects.toThrow(/无法下载工作表所用的中文字体/);
    // The failed download is forgotten: the next press fetches the font again.
    expect((await loadFont('/fonts/cut.ttf')).bytes).toEqual(bytes);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('waits for the whole file when the outlines are not last (a font not made by build-font.mjs)', async () => {
    const { bytes: outlinesLast } = await worksheetFont('学时');
    const byTag = tableDirectory(new DataView(outlinesLast.buffer, outlinesLast.byteOffset, outlinesLast.byteLength));
    // The same tables with their data in tag order: glyf before head, hhea, hmtx, loca, maxp, name, post.
    const bytes = sfnt([...byTag].map(([tag, t]) => [tag, outlinesLast.slice(t.offset, t.offset + t.length)] as [string, Uint8Array]));
    const tables = tableDirectory(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    expect(tables.get('loca')!.offset).toBeGreaterThan(tables.get('glyf')!.offset);
    const { body, release } = gatedBody(bytes, tables.get('glyf')!.offset + 10);
    vi.stubGlobal('fetch', vi.fn(async () => new Response(body)));
    let given = false;
    const early = loadFontEarly('/fonts/plain.ttf').then((f) => ((given = true), f));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(given).toBe(false);
    release();
    expect((await early).complete).toBe(true);
    expect((await early).bytes).toEqual(bytes);
  });
});
