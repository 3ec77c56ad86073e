/**
 * Turning Pagefind results into what the search page shows: links that land on the clause rather than the
 * top of the page, and excerpts rendered as text with only Pagefind's <mark> kept as highlighting.
 * Pure functions, no DOM, so that they are unit-tested.
 */

/** An element with an id on the indexed page, as Pagefind reports it (`anchors` of a result's data). */
export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  /** Word position of the element on the page. */
  location: number;
}

/** A section of a page result, under one heading. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}

/** What `await result.data()` returns, as far as the page uses it. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
  anchors?: PagefindAnchor[];
  locations?: number[];
}

/** One hit as the page lists it. */
export interface SearchHit {
  title: string;
  url: string;
  excerpt: string;
}

/** Clause ids as the notices write them ({#fj1-2-4}); page furniture such as `main` is not a clause. */
const CLAUSE_ID = /^(?:tz|fj\d+)(?:-[a-z0-9]+)*$/;

/**
 * The URL of the clause nearest before a matched word: the page URL with `#id` of the last clause element that
 * starts at or before the word, or the given URL unchanged when no clause precedes it.
 */
export function clauseUrl(url: string, anchors: readonly PagefindAnchor[], location: number | undefined): string {
  if (location === undefined) return url;
  let best: PagefindAnchor | undefined;
  for (const a of anchors) {
    if (!CLAUSE_ID.test(a.id) || a.location > location) continue;
    if (best === undefined || a.location >= best.location) best = a;
  }
  if (best === undefined) return url;
  const hash = url.indexOf('#');
  return `${hash === -1 ? url : url.slice(0, hash)}#${best.id}`;
}

/** Up to `max` hits for one page: its sections, each linked to its clause; the page itself when it has none. */
export function hitsForPage(data: PagefindResultData, max = 3): SearchHit[] {
  const pageTitle = data.meta.title ?? data.url;
  const anchors = data.anchors ?? [];
  const subs = (data.sub_results ?? []).filter((s) => (s.locations?.length ?? 0) > 0);
  if (subs.length === 0) return [{ title: pageTitle, url: clauseUrl(data.url, anchors, data.locations?.[0]), excerpt: data.excerpt }];
  return subs.slice(0, max).map((s) => ({
    title: s.title === pageTitle ? pageTitle : `${pageTitle} › ${s.title}`,
    url: clauseUrl(s.url, anchors, s.locations?.[0]),
    excerpt: s.excerpt,
  }));
}

/** One piece of an excerpt: plain text, highlighted or not. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/**
 * Splits a Pagefind excerpt on its <mark> tags. Everything else is text (entities decoded, any other tag shown
 * as written), so the page inserts it with textContent and never as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const decode = (s: string) => s.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e] ?? e);
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let m = re.exec(excerpt); m !== null; m = re.exec(excerpt)) {
    if (m.index > last) parts.push({ text: decode(excerpt.slice(last, m.index)), marked: false });
    parts.push({ text: decode(m[1] ?? ''), marked: true });
    last = m.index + m[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decode(excerpt.slice(last)), marked: false });
  return parts.filter((p) => p.text !== '');
}
