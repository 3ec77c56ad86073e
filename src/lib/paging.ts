/**
 * Paging of long lists (the calculator's activities and items, the batch page's results and problems): which page
 * numbers a pager shows, and the range a page holds.
 */

/**
 * The page numbers (0-based) a pager shows: the first, the last, and the current one with its neighbours; `null`
 * stands for the pages left out between them (shown as “…”). Up to seven pages are all shown.
 * @example pageNumbers(5, 20) // [0, null, 4, 5, 6, null, 19]
 */
export function pageNumbers(page: number, count: number): (number | null)[] {
  if (count <= 7) return Array.from({ length: count }, (_, i) => i);
  const wanted = new Set([0, count - 1, page - 1, page, page + 1].filter((n) => n >= 0 && n < count));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const [i, n] of sorted.entries()) {
    const before = sorted[i - 1];
    // A gap of one page shows that page rather than “…”.
    if (before !== undefined && n - before === 2) out.push(before + 1);
    else if (before !== undefined && n - before > 2) out.push(null);
    out.push(n);
  }
  return out;
}

/**
 * What a page holds, as people count: 第51–100项，共500项.
 * @example pageRange(1, 50, 120) // '第51–100项，共120项'
 */
export function pageRange(page: number, size: number, total: number): string {
  const from = page * size + 1;
  const to = Math.min(total, (page + 1) * size);
  return `第${from}–${to}项，共${total}项`;
}

/**
 * How many pages a list of `total` entries takes at `size` a page: at least one, so an empty list shows page 1 of 1.
 * @example countPages(120, 50) // 3
 */
export function countPages(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/**
 * The entries page `page` (0-based) holds.
 * @example pageSlice(['a', 'b', 'c'], 1, 2) // ['c']
 */
export function pageSlice<T>(list: readonly T[], page: number, size: number): T[] {
  return list.slice(page * size, (page + 1) * size);
}
