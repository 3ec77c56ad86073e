/**
 * A time limit for a request that may never be answered: a stalled line, or a private window whose IndexedDB never
 * answers. The page waits for such requests before it starts, and must not wait for ever.
 */

/**
 * `promise`, or a rejection once `ms` milliseconds have passed without it settling. The request itself goes on: a
 * caller that wants a late answer keeps its own handle on `promise`.
 */
export function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
