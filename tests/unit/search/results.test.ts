/** Search hits land on the clause before the match, and excerpts are shown as text with only <mark> kept. */
import { describe, expect, it } from 'vitest';
import { clauseUrl, excerptParts, hitsForPage, type PagefindResultData } from '../../../src/lib/search/results';

const anchors = [
  { element: 'main', id: 'main', location: 0 },
  { element: 'h2', id: 'fj1-2', location: 100 },
  { element: 'p', id: 'fj1-2-4', location: 140 },
  { element: 'p', id: 'fj1-2-7', location: 200 },
];

describe('clauseUrl', () => {
  it('links to the last clause that starts at or before the matched word', () => {
    expect(clauseUrl('/notices/zhuzhou-2024/#fj1-2', anchors, 150)).toBe('/notices/zhuzhou-2024/#fj1-2-4');
    expect(clauseUrl('/notices/zhuzhou-2024/', anchors, 200)).toBe('/notices/zhuzhou-2024/#fj1-2-7');
    expect(clauseUrl('/notices/zhuzhou-2024/', anchors, 120)).toBe('/notices/zhuzhou-2024/#fj1-2');
  });

  it('keeps the URL when no clause precedes the word or the position is unknown (ids like main are not clauses)', () => {
    expect(clauseUrl('/guides/', anchors, 50)).toBe('/guides/');
    expect(clauseUrl('/guides/#x', anchors, undefined)).toBe('/guides/#x');
  });
});

describe('hitsForPage', () => {
  const data: PagefindResultData = {
    url: '/jxjy/notices/zhuzhou-2024/',
    excerpt: '页面摘要',
    meta: { title: '株人社函〔2024〕5号' },
    anchors,
    locations: [150, 210],
    sub_results: [
      { title: '二、学时折算', url: '/jxjy/notices/zhuzhou-2024/#fj1-2', excerpt: '获得国家<mark>发明专利</mark>的', locations: [150] },
      { title: '无匹配', url: '/jxjy/notices/zhuzhou-2024/#tz-1', excerpt: '', locations: [] },
    ],
  };

  it('lists the sections that match, each linked to its clause and titled with the page', () => {
    expect(hitsForPage(data)).toEqual([{ title: '株人社函〔2024〕5号 › 二、学时折算', url: '/jxjy/notices/zhuzhou-2024/#fj1-2-4', excerpt: '获得国家<mark>发明专利</mark>的' }]);
  });

  it('falls back to the page when no section matches', () => {
    expect(hitsForPage({ ...data, sub_results: [] })).toEqual([{ title: '株人社函〔2024〕5号', url: '/jxjy/notices/zhuzhou-2024/#fj1-2-4', excerpt: '页面摘要' }]);
  });
});

describe('excerptParts', () => {
  it('keeps <mark> as highlighting and everything else as text, entities decoded', () => {
    expect(excerptParts('每天折算为8学时，<mark>半天</mark>折算4学时 &lt;b&gt;')).toEqual([
      { text: '每天折算为8学时，', marked: false },
      { text: '半天', marked: true },
      { text: '折算4学时 <b>', marked: false },
    ]);
  });

  it('never turns other markup into elements: a script tag stays text', () => {
    const parts = excerptParts('<img src=x onerror=alert(1)><mark>援疆</mark>');
    expect(parts[0]).toEqual({ text: '<img src=x onerror=alert(1)>', marked: false });
    expect(parts[1]).toEqual({ text: '援疆', marked: true });
  });
});
