/** The pager of long lists: which page numbers it offers, and what a page holds in words. */
import { describe, expect, it } from 'vitest';
import { pageNumbers, pageRange } from '../../../src/lib/paging';

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
