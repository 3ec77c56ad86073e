/**
 * Every person's PDF worksheet in one .zip, built in the worker: fflate's streaming Zip adds each PDF as it is made,
 * so the whole archive is never held twice; the caller may stop between two people.
 */
import { Zip, ZipPassThrough } from 'fflate';

/** A file name safe on Windows, macOS and Linux. */
export function safeFileName(text: string): string {
  return text.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 80) || '未命名';
}

/** Collects a streaming zip into a Blob; `add` stores one file (PDFs are compressed already: stored, not deflated). */
export function zipWriter(): { add: (name: string, bytes: Uint8Array) => void; finish: () => Promise<Blob> } {
  const parts: Uint8Array[] = [];
  let done: (blob: Blob) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const finished = new Promise<Blob>((resolve, reject) => {
    done = resolve;
    fail = reject;
  });
  const zip = new Zip((error, chunk, final) => {
    if (error) return fail(error);
    parts.push(chunk);
    if (final) done(new Blob(parts as BlobPart[], { type: 'application/zip' }));
  });
  return {
    add(name, bytes) {
      const file = new ZipPassThrough(name);
      zip.add(file);
      file.push(bytes, true);
    },
    finish() {
      zip.end();
      return finished;
    },
  };
}
