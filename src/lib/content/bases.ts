/** The training-base directory (附件6): ordering, filtering and phone links. Safe to bundle for the browser. */

/** The levels in the order the directory offers them. */
export const baseLevels = ['国家级', '省级', '市级'] as const;

/** What the person filters by: a level ('' for all) and a name query. */
export interface BaseFilter {
  level: string;
  query: string;
}

/** The row anchor, the same id the rule sets would cite: fj6-3. */
export function baseAnchor(no: number): string {
  return `fj6-${no}`;
}

/** Bases in the attachment's row order. */
export function sortBases<T extends { no: number }>(bases: readonly T[]): T[] {
  return [...bases].sort((a, b) => a.no - b.no);
}

/** A tel: link: digits only (and a leading +), so every phone can dial it. */
export function telHref(phone: string): string {
  const trimmed = phone.trim();
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/\D/g, '')}`;
}

/** A query as compared: no spaces, lower case (for names with Latin letters). */
export function normaliseQuery(query: string): string {
  return query.replace(/\s+/g, '').toLowerCase();
}

/**
 * True when a base passes the filter: its level (or any), and its name or its address contains the query (people look
 * for a base near them as often as for one by name: 长沙, 株洲, 岳麓区).
 */
export function baseMatches(base: { name: string; level: string; address?: string }, filter: BaseFilter): boolean {
  if (filter.level !== '' && base.level !== filter.level) return false;
  const q = normaliseQuery(filter.query);
  return q === '' || normaliseQuery(base.name).includes(q) || normaliseQuery(base.address ?? '').includes(q);
}

/** The longest query kept in the page's address (every base's name is shorter). */
const MAX_QUERY = 40;

/**
 * The filter an address carries (?level=国家级&q=大学), so that going back to the directory, reloading it or opening
 * a shared link shows the same rows. A level the directory does not offer is read as all levels. Undefined when the
 * address carries no filter: the form then keeps what it has.
 * @example filterFromSearch('?level=%E7%9C%81%E7%BA%A7') // { level: '省级', query: '' }
 */
export function filterFromSearch(search: string): BaseFilter | undefined {
  const params = new URLSearchParams(search);
  if (!params.has('level') && !params.has('q')) return undefined;
  const level = params.get('level') ?? '';
  return { level: (baseLevels as readonly string[]).includes(level) ? level : '', query: (params.get('q') ?? '').slice(0, MAX_QUERY) };
}

/**
 * The address with the filter in its query (the level and the name typed, nothing else; no personal data), without
 * the parts that are the default, and the rest of the address (a row's #fj6-3) kept.
 * @example withFilter('https://example.cn/bases/#fj6-3', { level: '市级', query: '' }) // 'https://example.cn/bases/?level=%E5%B8%82%E7%BA%A7#fj6-3'
 */
export function withFilter(href: string, filter: BaseFilter): string {
  const url = new URL(href);
  url.searchParams.delete('level');
  url.searchParams.delete('q');
  if (filter.level !== '') url.searchParams.set('level', filter.level);
  const query = filter.query.trim().slice(0, MAX_QUERY);
  if (query !== '') url.searchParams.set('q', query);
  return url.href;
}

/** The result line for the live region: 显示 2 个基地（共 6 个）. */
export function describeMatches(shown: number, total: number): string {
  return shown === total ? `共 ${total} 个基地` : shown === 0 ? `没有符合条件的基地（共 ${total} 个）` : `显示 ${shown} 个基地（共 ${total} 个）`;
}

/**
 * A web address cut into pieces a line may break between: after “://” and before each “.” and “/”, never inside a
 * word (the page joins the pieces with <wbr>).
 * @example urlBreakParts('http://jxjyjd.hnu.edu.cn') // ['http://', 'jxjyjd', '.hnu', '.edu', '.cn']
 */
export function urlBreakParts(url: string): string[] {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(url)?.[0] ?? '';
  return [scheme, ...url.slice(scheme.length).split(/(?=[./])/)].filter((p) => p !== '');
}
