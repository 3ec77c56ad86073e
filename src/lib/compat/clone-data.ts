/** Copying draft data in browsers without `structuredClone` (Chromium before 98, Safari before 15.4). */

/**
 * A deep copy of JSON-shaped data (drafts, activities: strings, numbers, booleans, arrays, plain objects): the
 * browser's structuredClone where it has one, else a JSON round trip, which gives the same for such data.
 * @example cloneData({ days: [1, 2] }) // { days: [1, 2] }, a new object
 */
export function cloneData<T>(value: T): T {
  if (typeof structuredClone === 'function') return structuredClone(value);
  return JSON.parse(JSON.stringify(value)) as T;
}
