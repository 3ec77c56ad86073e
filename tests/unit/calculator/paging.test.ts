/** The pager of long lists: which page numbers it offers, and what a page holds in words. */
import { describe, expect, it } from 'vitest';
import { countPages, pageNumbers, pageRange, pageSlice } from '../../../src/lib/paging';

describe('pageNumbers', () => {
  it.each([
    [0, 1, [0]],
    [2, 7, [0, 1, 2, 3, 4, 5, 6]],
    [0, 20, [0, 1, null, 19]],
    [5, 20, [0, null, 4, 5, 6, null, 19]],
    [2, 20, [0, 1, 2, 3, null, 19]],
    [3, 20, [0, 1, 2, 3, 4, null, 19]],
    [19, 20, [0, null, 18, 19]],
  ])('on page %i of %i offers %j (first, last, the neighbours; … for the rest)', (page, count, expected) => {
    expect(pageNumbers(page, count)).toEqual(expected);
  });
});

describe('pageRange', () => {
  it('says which activities a page holds, the last page ending at the last one', () => {
    expect(pageRange(0, 50, 120)).toBe('第1–50项，共120项');
    expect(pageRange(2, 50, 120)).toBe('第101–120项，共120项');
  });
});

describe('countPages and pageSlice', () => {
  it('an empty list is one page, and a last part page counts', () => {
    expect(countPages(0, 50)).toBe(1);
    expect(countPages(50, 50)).toBe(1);
    expect(countPages(51, 50)).toBe(2);
    expect(countPages(500, 50)).toBe(10);
  });

  it('a page holds its entries, the last one what is left', () => {
    const list = Array.from({ length: 120 }, (_, i) => i);
    expect(pageSlice(list, 0, 50)).toEqual(list.slice(0, 50));
    expect(pageSlice(list, 2, 50)).toEqual([100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119]);
    expect(pageSlice(list, 3, 50)).toEqual([]);
  });
});
