import { afterEach, describe, expect, it, vi } from 'vitest';
import { FontLoadError, forgetFonts, loadFont } from '../../../src/lib/pdf/font-loader';
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

  it('reports a network failure in Chinese', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    await expect(loadFont('/fonts/z.ttf')).rejects.toThrow(/无法下载工作表所用的中文字体，请检查网络后重试/);
  });
});
