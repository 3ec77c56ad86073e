// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { failedModuleUrl, importAgain } from '../../src/lib/import-again';

const origin = location.origin;
const chunk = `${origin}/_astro/ActivityEditor.DogGA10i.js`;
/** What Chromium throws when an import()'s fetch fails (Firefox's words differ; Safari names no file). */
const chromiumFailure = () => new TypeError(`Failed to fetch dynamically imported module: ${chunk}`);

describe('failedModuleUrl: the file an import() failed to fetch', () => {
  it('reads the address Chromium and Firefox name', () => {
    expect(failedModuleUrl(chromiumFailure())).toBe(chunk);
    expect(failedModuleUrl(new TypeError(`error loading dynamically imported module: ${chunk}`))).toBe(chunk);
  });

  it('names none for Safari’s message, or for a file of another site', () => {
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeNull();
    expect(failedModuleUrl(new TypeError('Failed to fetch dynamically imported module: https://cdn.example/x.js'))).toBeNull();
  });
});

describe('importAgain: code fetched on use can be fetched again after a failure', () => {
  it('after a failure the browser kept, fetches the same file under a new address', async () => {
    const load = vi.fn(() => Promise.reject(chromiumFailure()));
    const importUrl = vi.fn((url: string) => Promise.resolve({ url }));
    const get = importAgain<{ url: string }>(load, importUrl);
    await expect(get()).rejects.toThrow('Failed to fetch');
    // A browser that keeps the failure would fail this at once without a request: the new address is fetched.
    await expect(get()).resolves.toEqual({ url: `${chunk}?retry=1` });
    expect(load).toHaveBeenCalledTimes(1);
    // Once loaded, every later call gets the same module.
    await get();
    expect(importUrl).toHaveBeenCalledTimes(1);
  });

  it('counts its attempts, so that each is an address not yet failed', async () => {
    const importUrl = vi.fn((url: string) => Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${url}`)));
    const get = importAgain(() => Promise.reject(chromiumFailure()), importUrl);
    for (let i = 0; i < 3; i++) await expect(get()).rejects.toThrow();
    expect(importUrl.mock.calls.map(([url]) => url)).toEqual([`${chunk}?retry=1`, `${chunk}?retry=2`]);
  });

  it('joins a fetch under way instead of starting another', async () => {
    let answer: (value: string) => void = () => {};
    const load = vi.fn(() => new Promise<string>((resolve) => (answer = resolve)));
    const get = importAgain(load);
    const first = get();
    const second = get();
    answer('form');
    await expect(Promise.all([first, second])).resolves.toEqual(['form', 'form']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('where the browser named no file, tries the import itself again', async () => {
    const load = vi.fn().mockRejectedValueOnce(new TypeError('Importing a module script failed.')).mockResolvedValueOnce('form');
    const importUrl = vi.fn();
    const get = importAgain(load, importUrl);
    await expect(get()).rejects.toThrow();
    await expect(get()).resolves.toBe('form');
    expect(importUrl).not.toHaveBeenCalled();
  });
});
