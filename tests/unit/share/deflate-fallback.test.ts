/**
 * Share links in older browsers: Chromium 87–102 has CompressionStream without 'deflate-raw', Safari 14–16.3 has
 * none. There fflate does the work, and the links are the same as the browser's own compression makes.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeShareHash, encodeShareFragment, MAX_SHARE_JSON_BYTES } from '../../../src/lib/share';
import { toBase64Url } from '../../../src/lib/share/base64url';
import { deflate, hasNativeDeflate, inflate } from '../../../src/lib/share/deflate';
import { caseDraft } from '../drafts/fixtures';

const text = new TextEncoder().encode(JSON.stringify({ activities: Array.from({ length: 200 }, (_, i) => ({ kind: 'training', year: 2020 + (i % 4), days: i })) }));

/** Chromium 80–102: the constructors exist but refuse the 'deflate-raw' format. */
class OldCompressionStream {
  constructor(format: string) {
    if (format !== 'gzip' && format !== 'deflate') throw new TypeError(`Unsupported compression format: '${format}'`);
  }
}

function asSafari14(): void {
  vi.stubGlobal('CompressionStream', undefined);
  vi.stubGlobal('DecompressionStream', undefined);
}

function asChromium87(): void {
  vi.stubGlobal('CompressionStream', OldCompressionStream);
  vi.stubGlobal('DecompressionStream', OldCompressionStream);
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('raw DEFLATE where the browser cannot do it', () => {
  it('uses the browser’s own compression where it knows deflate-raw', () => {
    expect(hasNativeDeflate()).toBe(true);
  });

  for (const [browser, setUp] of [['Safari 14 (no CompressionStream)', asSafari14], ['Chromium 87 (no deflate-raw)', asChromium87]] as const) {
    it(`compresses and decompresses without the browser in ${browser}`, async () => {
      setUp();
      expect(hasNativeDeflate()).toBe(false);
      const packed = await deflate(text);
      expect(packed.byteLength).toBeLessThan(text.byteLength / 4);
      expect(await inflate(packed, 1e7)).toEqual(text);
    });
  }

  it('opens in an old browser a link made by a current one, and the reverse', async () => {
    const modern = await deflate(text);
    asSafari14();
    expect(await inflate(modern, 1e7)).toEqual(text);
    const old = await deflate(text);
    vi.unstubAllGlobals();
    expect(await inflate(old, 1e7)).toEqual(text);
  });

  it('makes a compressed share link in an old browser that opens with the same case', async () => {
    asChromium87();
    const fragment = await encodeShareFragment(caseDraft());
    expect(fragment).toMatch(/^share=1\.z/);
    vi.unstubAllGlobals();
    const opened = await decodeShareHash(fragment);
    expect(opened.ok).toBe(true);
    if (opened.ok) expect(opened.draft.activities.length).toBe(caseDraft().activities.length);
  });

  it('refuses a small payload that inflates past the limit (a deflate bomb) without the browser’s help', async () => {
    const bomb = await deflate(new Uint8Array(MAX_SHARE_JSON_BYTES * 8));
    asSafari14();
    await expect(inflate(bomb, MAX_SHARE_JSON_BYTES)).rejects.toThrow('too large');
    const opened = await decodeShareHash(`share=1.z${toBase64Url(bomb)}`);
    expect(opened.ok).toBe(false);
  });

  it('rejects corrupt and truncated input without the browser’s help', async () => {
    const packed = await deflate(text);
    asSafari14();
    await expect(inflate(packed.subarray(0, packed.byteLength >> 1), 1e7)).rejects.toThrow();
    await expect(inflate(new Uint8Array([0xff, 0xff, 0xff, 0xff]), 1e7)).rejects.toThrow();
    expect((await decodeShareHash('share=1.z____')).ok).toBe(false);
  });
});
