/** Short random ids for drafts and activities (letters, digits and '-', as the draft format requires). */

/** A new id such as `a-lx3k9d-4f2a`: time for rough order, randomness against collisions between tabs. */
export function newId(prefix: string): string {
  const random = new Uint32Array(1);
  globalThis.crypto.getRandomValues(random);
  return `${prefix}-${Date.now().toString(36)}-${(random[0] ?? 0).toString(36).padStart(7, '0')}`;
}
