/**
 * The search query set (tests/search-queries.ts) against the built index, as the search page runs it: precision at 1
 * and at 3 are printed and must be at least 0.9 at 3; every nonsense query finds nothing; every hit links to an id
 * that exists on its page.
 */
import { expect, test } from '@playwright/test';
import { prepareIndex, search, type SearchIndex } from '../../src/lib/search/engine';
import { nothingQueries, queryCases, reportedQueries } from '../search-queries';

async function builtIndex(request: import('@playwright/test').APIRequestContext): Promise<SearchIndex> {
  const response = await request.get('/search-index.json');
  expect(response.ok()).toBe(true);
  return (await response.json()) as SearchIndex;
}

test('the query set finds the clause people mean: precision at 3 ≥ 0.9, printed with precision at 1', async ({ request }) => {
  expect(queryCases.length).toBeGreaterThanOrEqual(40);
  const index = prepareIndex(await builtIndex(request));
  const misses: string[] = [];
  let at1 = 0;
  let at3 = 0;
  for (const c of queryCases) {
    const top = search(index, c.q, 3).hits.map((h) => h.doc.u);
    if (c.first.includes(top[0] ?? '')) at1++;
    if (top.some((u) => c.first.includes(u))) at3++;
    else misses.push(`${c.q}: ${top.join(' ')} (want ${c.first.join(' ')}; ${c.why})`);
    if (c.alsoTop3 !== undefined) expect(top, `${c.q} also leads to ${c.alsoTop3}`).toContain(c.alsoTop3);
  }
  const p1 = at1 / queryCases.length;
  const p3 = at3 / queryCases.length;
  console.log(`search query set: ${queryCases.length} queries, precision@1 ${p1.toFixed(3)} (${at1}), precision@3 ${p3.toFixed(3)} (${at3})`);
  expect(p3, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
});

test('the queries a user reported put the clause they mean first: clause labels, 公需科目, 发明专利, 20MB', async ({ request }) => {
  const index = prepareIndex(await builtIndex(request));
  const wrong = reportedQueries
    .map(({ q, top, why }) => ({ q, want: top, got: search(index, q, top.length).hits.map((h) => h.doc.u), why }))
    .filter((r) => r.got.join(' ') !== r.want.join(' '));
  expect(wrong).toEqual([]);
  // 发明专利 also finds the 2020 clause, which converts any granted patent (附件 二 4 “获得专利授予的”).
  expect(search(index, '发明专利', 5).hits.map((h) => h.doc.u)).toContain('/notices/hunan-2020/#fj1-2-4');
});

test('every nonsense query finds nothing', async ({ request }) => {
  expect(nothingQueries.length).toBeGreaterThanOrEqual(10);
  const index = prepareIndex(await builtIndex(request));
  const found = nothingQueries.map((q) => ({ q, hits: search(index, q).hits.map((h) => h.doc.u) })).filter((r) => r.hits.length > 0);
  expect(found).toEqual([]);
});

test('every document of the index links to an element that exists on its page', async ({ request }) => {
  const index = await builtIndex(request);
  const byPage = new Map<string, Set<string>>();
  for (const d of index.docs) {
    const [path = '', id] = d.u.split('#');
    const ids = byPage.get(path) ?? new Set<string>();
    if (id !== undefined) ids.add(id);
    byPage.set(path, ids);
  }
  const broken: string[] = [];
  for (const [path, ids] of byPage) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    for (const id of ids) if (!html.includes(`id="${id}"`)) broken.push(`${path}#${id}`);
  }
  expect(broken).toEqual([]);
});
