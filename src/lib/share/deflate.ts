/** Raw DEFLATE with the browser's own CompressionStream: no library shipped for it. */

/** True where the browser can compress and decompress (Chromium 103+, Firefox 113+, Safari 16.4+, Node 18+). */
export function canDeflate(): boolean {
  return typeof CompressionStream !== 'undefined' && typeof DecompressionStream !== 'undefined';
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
      throw new Error('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/** Compresses bytes with raw DEFLATE. */
export function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  return readAll(streamOf(bytes).pipeThrough(new CompressionStream('deflate-raw') as unknown as TransformStream<Uint8Array, Uint8Array>), Infinity);
}

/** Decompresses raw DEFLATE, refusing output larger than `maxBytes`; rejects on corrupt input. */
export function inflate(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  return readAll(streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw') as unknown as TransformStream<Uint8Array, Uint8Array>), maxBytes);
}
