/**
 * Code fetched on use that can be fetched again after a failure. Browsers keep a module whose fetch failed (offline on
 * a first visit, a dropped line) in the page's module map: the same import() then fails at once, without a request,
 * until the page is reloaded. So do Chromium before 2026 (the 奇安信, UOS and 360 browsers, WeChat), Firefox and
 * Safari; the HTML standard dropped the rule in 2024 (whatwg/html#10327), and only the newest Chromium follows it.
 * Measured: Debian's Chromium 150 never fetched the activity form again after one refused fetch; 156 did.
 */

/** Whether `error` is an import() whose fetch failed, in the words of Chromium, Firefox or Safari. */
export function isImportFailure(error: unknown): boolean {
  return error instanceof Error && /dynamically imported module|Importing a module script failed/i.test(error.message);
}

/** A module's address, as Chromium and Firefox name it in the failure of an import() (Safari names none). */
export function failedModuleUrl(error: unknown): string | null {
  const message = error instanceof Error ? error.message : String(error);
  const found = /https?:\/\/[^\s'"]+?\.m?js(?=[?#\s'"]|$)/.exec(message)?.[0];
  if (found === undefined || typeof location === 'undefined') return null;
  try {
    return new URL(found).origin === location.origin ? found : null;
  } catch {
    return null;
  }
}

/**
 * `load` (a function holding one `import()`) made safe to call again: it fetches once, and while a fetch is under way
 * or once one has succeeded, a call gets that one. After a failure, the next call imports the same file under a new
 * address (`?retry=N`), which the module map has not seen; the module's own imports are the page's, already loaded.
 * Where the browser did not name the file (Safari), the next call runs `load` again: a browser that keeps the failure
 * fails again at once, and the person's way out is a reload.
 */
export function importAgain<T>(load: () => Promise<T>, importUrl: (url: string) => Promise<T> = (url) => import(/* @vite-ignore */ url) as Promise<T>): () => Promise<T> {
  let current: Promise<T> | null = null;
  let failedUrl: string | null = null;
  let retries = 0;
  return () => {
    if (current !== null) return current;
    const attempt = failedUrl === null ? load() : importUrl(`${failedUrl}?retry=${++retries}`);
    const settled = attempt.catch((error: unknown) => {
      failedUrl ??= failedModuleUrl(error);
      if (current === settled) current = null;
      throw error;
    });
    current = settled;
    return settled;
  };
}
