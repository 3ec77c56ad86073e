/** The training-base filter kept in the address: read back on going back, reloading or opening a shared link. */
import { describe, expect, it } from 'vitest';
import { filterFromSearch, withFilter } from '../../../src/lib/content/bases';

describe('filterFromSearch', () => {
  it('reads the level and the name typed', () => {
    expect(filterFromSearch(`?level=${encodeURIComponent('国家级')}&q=${encodeURIComponent('大学')}`)).toEqual({ level: '国家级', query: '大学' });
    expect(filterFromSearch(`?q=${encodeURIComponent('开放大学')}`)).toEqual({ level: '', query: '开放大学' });
  });

  it('is undefined for an address without a filter, so the form keeps what it has', () => {
    expect(filterFromSearch('')).toBeUndefined();
    expect(filterFromSearch('?utm=x')).toBeUndefined();
  });

  it('reads a level the directory does not offer as all levels, and keeps at most 40 characters of a name', () => {
    expect(filterFromSearch('?level=%3Cscript%3E')).toEqual({ level: '', query: '' });
    expect(filterFromSearch(`?q=${'大'.repeat(100)}`)?.query).toHaveLength(40);
  });
});

describe('withFilter', () => {
  it('puts the level and the name in the query, keeps the row anchor and leaves out what is the default', () => {
    const url = new URL(withFilter('https://example.cn/jxjy/bases/#fj6-3', { level: '市级', query: ' 开放 ' }));
    expect(url.pathname).toBe('/jxjy/bases/');
    expect(url.hash).toBe('#fj6-3');
    expect(url.searchParams.get('level')).toBe('市级');
    expect(url.searchParams.get('q')).toBe('开放');
    expect(withFilter('https://example.cn/bases/?level=%E5%B8%82%E7%BA%A7&q=x', { level: '', query: '' })).toBe('https://example.cn/bases/');
  });

  it('reads back as the same filter', () => {
    const filter = { level: '省级', query: '湖南' };
    expect(filterFromSearch(new URL(withFilter('https://example.cn/bases/', filter)).search)).toEqual(filter);
  });
});
