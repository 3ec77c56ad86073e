/** Training-base web addresses break between their parts on narrow columns, never inside a word. */
import { describe, expect, it } from 'vitest';
import { urlBreakParts } from '../../../src/lib/content/bases';

describe('urlBreakParts', () => {
  it('cuts after the scheme and before each dot or slash, and the parts join back to the address', () => {
    expect(urlBreakParts('http://jxjyjd.hnu.edu.cn')).toEqual(['http://', 'jxjyjd', '.hnu', '.edu', '.cn']);
    expect(urlBreakParts('http://zhuzhou.hnzjpx.net/')).toEqual(['http://', 'zhuzhou', '.hnzjpx', '.net', '/']);
    for (const url of ['http://www.hnpxw.org', 'https://a.b/c/d']) expect(urlBreakParts(url).join('')).toBe(url);
  });
});
