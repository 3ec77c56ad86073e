/**
 * The search index (/search-index.json): every clause, checklist entry, calculator form, date, training base and
 * page as a document (src/lib/search/documents.ts). Written at build time; fetched by the search page on the first
 * query only.
 */
import { getCollection } from 'astro:content';
import type { APIRoute } from 'astro';
import { sortBases } from '../lib/content/bases';
import { roundsCurrentFirst } from '../lib/content/rounds';
import { ruleSets } from '../lib/rules';
import { buildSearchIndex, type NoticeText } from '../lib/search/documents';

export const GET: APIRoute = async () => {
  const entries = await getCollection('notices');
  const rounds = roundsCurrentFirst(ruleSets);
  const texts: NoticeText[] = rounds.flatMap((ruleSet) => {
    const own = entries.filter((e) => e.data.notice === ruleSet.id);
    const attachments = own.filter((e) => e.data.kind === 'attachment').length;
    const number = (e: (typeof own)[number]) => (e.data.kind === 'attachment' ? e.data.number : 0);
    return [...own]
      .sort((a, b) => number(a) - number(b))
      .map((e) => ({ notice: ruleSet.id, docNumber: ruleSet.docNumber, current: ruleSet.current, ...(e.data.kind === 'attachment' ? { number: e.data.number } : {}), attachments, title: e.data.title, body: e.body ?? '' }));
  });
  const bases = sortBases((await getCollection('bases')).map((b) => b.data));
  return new Response(JSON.stringify(buildSearchIndex(texts, rounds, bases)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
