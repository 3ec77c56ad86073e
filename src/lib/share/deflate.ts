/**
 * Raw DEFLATE for share links. The browser's own CompressionStream where it knows 'deflate-raw' (Chromium 103+,
 * Firefox 113+, Safari 16.4+, Node 18+); elsewhere (Chromium 87–102 has CompressionStream without 'deflate-raw',
 * Safari 14–16.3 has none) fflate, loaded only then, so that the same links are made and opened everywhere.
 */

/** True where the browser compresses and decompresses raw DEFLATE itself. */
export function hasNativeDeflate(): boolean {
  if (typeof CompressionStream === 'undefined' || typeof DecompressionStream === 'undefined') return false;
  try {
    // Chromium 80–102 has the constructors but throws a TypeError for a format it does not know.
    new CompressionStream('deflate-raw');
    new DecompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

/** A payload that inflates past the caller's limit. */
export class TooLargeError extends Error {
  constructor() {
    super('too large');
  }
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

async function readAll(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    // A link is untrusted: stop a small payload that inflates to something huge.
    if (total > maxBytes) {
      await reader.cancel();
      throw new TooLargeError();
    }
    chunks.push(value);
  }
  return concat(chunks, total);
}

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/**
 * Input fed to fflate per step when inflating. DEFLATE expands at most about 1032:1, so one step's output stays
 * near 1 MB even for a crafted payload, and the size check after each step stops it there.
 */
const INFLATE_STEP = 1024;

async function inflateWithFflate(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  const { Inflate } = await import('fflate');
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.byteLength;
    if (total > maxBytes) throw new TooLargeError();
    chunks.push(chunk);
    if (final) ended = true;
  });
  for (let i = 0; i < bytes.length; i += INFLATE_STEP) {
    const last = i + INFLATE_STEP >= bytes.length;
    inflater.push(bytes.subarray(i, i + INFLATE_STEP), last);
  }
  if (bytes.length === 0) inflater.push(bytes, true);
  // Truncated input ends without a final block: as corrupt as the native stream reports it.
  if (!ended) throw new Error('unexpected end of data');
  return concat(chunks, total);
}

/** Compresses bytes with raw DEFLATE. */
export async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  if (hasNativeDeflate()) return readAll(streamOf(bytes).pipeThrough(new CompressionStream('deflate-raw') as unknown as TransformStream<Uint8Array, Uint8Array>), Infinity);
  const { deflateSync } = await import('fflate');
  return deflateSync(bytes);
}

/** Decompresses raw DEFLATE, refusing output larger than `maxBytes`; rejects on corrupt or truncated input. */
export function inflate(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  if (hasNativeDeflate()) return readAll(streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw') as unknown as TransformStream<Uint8Array, Uint8Array>), maxBytes);
  return inflateWithFflate(bytes, maxBytes);
}
