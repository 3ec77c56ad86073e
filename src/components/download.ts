/**
 * A file download started from the page, no server involved: an object URL clicked through a temporary link, revoked
 * once the browser has had time to start the download (large files, a slow device).
 */
export function download(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
