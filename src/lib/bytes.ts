/** Byte helpers shared by the share links (share/deflate.ts) and the PDF font's download (pdf/font-loader.ts). */

/** The chunks joined into one array of `total` bytes (a single chunk of that size is returned as it is). */
export function concatBytes(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]?.byteLength === total) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
