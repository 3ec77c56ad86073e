/** Notices and their attachments grouped for the notice pages; pure over collection data. */
import type { RuleSet } from '../rules/rule-set-schema';
import type { ClauseDate, ClauseReading } from './clause-html';
import { dateState, dayLabel } from './round-status';

/** The frontmatter of a notice entry (kind notice), as the collection schema gives it. */
export interface NoticeData {
  kind: 'notice';
  notice: string;
  title: string;
  issuer: string;
  docNumber: string;
  date?: Date | undefined;
  year: number;
  scope: string;
  status: 'current' | 'superseded';
}

/** The frontmatter of an attachment entry. */
export interface AttachmentData {
  kind: 'attachment';
  notice: string;
  number: number;
  title: string;
}

/** A collection entry with either kind of frontmatter (a subset of Astro's entry type). */
export interface NoticeEntryLike<E> {
  entry: E;
  data: NoticeData | AttachmentData;
}

/** One notice page: the notice and its attachments in number order. */
export interface NoticeGroup<E> {
  notice: E;
  data: NoticeData;
  attachments: { entry: E; data: AttachmentData }[];
}

/**
 * Groups entries by notice id, attachments by number, the current notice first and then newest first.
 * Throws where an attachment has no notice or two attachments share a number, so the build fails loudly.
 */
export function groupNotices<E>(items: readonly NoticeEntryLike<E>[]): NoticeGroup<E>[] {
  const groups = new Map<string, NoticeGroup<E>>();
  for (const { entry, data } of items) {
    if (data.kind !== 'notice') continue;
    if (groups.has(data.notice)) throw new Error(`通知重复：${data.notice}`);
    groups.set(data.notice, { notice: entry, data, attachments: [] });
  }
  for (const { entry, data } of items) {
    if (data.kind !== 'attachment') continue;
    const group = groups.get(data.notice);
    if (group === undefined) throw new Error(`附件${data.number}所属的通知不存在：${data.notice}`);
    if (group.attachments.some((a) => a.data.number === data.number)) throw new Error(`${data.notice} 附件${data.number}重复`);
    group.attachments.push({ entry, data });
  }
  for (const group of groups.values()) group.attachments.sort((a, b) => a.data.number - b.data.number);
  return [...groups.values()].sort((a, b) => Number(b.data.status === 'current') - Number(a.data.status === 'current') || b.data.year - a.data.year);
}

/**
 * "本站收录的最新通知" or the wording for a notice kept for reference. Never 现行 or 当前: whether a round is still
 * open depends on the day, which the dates page and the home page compute.
 */
export function noticeStatusLabel(status: NoticeData['status']): string {
  return status === 'current' ? '本站收录的最新通知' : '往年通知，供参考';
}

/** "2020年2月11日", or the wording for a notice without a stated date. Dates are read as calendar days (UTC). */
export function noticeDateLabel(date: Date | undefined): string {
  if (date === undefined) return '未注明成文日期';
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/** How an attachment is cited: "附件1", or "附件" where the notice has only one (as its rule set cites it). */
export function attachmentPrefix(number: number, count: number): string {
  return count === 1 ? '附件' : `附件${number}`;
}

/** Attachments whose table is kept as data and shown on its own page (site-relative link), keyed by notice id and number. */
const attachmentTables: Record<string, { href: string; label: string }> = {
  'zhuzhou-2024/6': { href: '/bases/', label: '继续教育基地一览' },
};

/** Where an attachment's table lives, if it is kept as data rather than in the Markdown text. */
export function attachmentTable(notice: string, number: number): { href: string; label: string } | undefined {
  return attachmentTables[`${notice}/${number}`];
}

/**
 * The key dates each clause of a round sets (the rule data's `dates`, by the clause they cite), with their year and
 * their state on `today` (the build day; RoundClock redraws it for the visitor): shown under the clause (clauseDates).
 */
export function clauseDatesOf(ruleSet: RuleSet | undefined, today: string, issued: string | undefined): Map<string, ClauseDate[]> {
  const byClause = new Map<string, ClauseDate[]>();
  for (const d of ruleSet?.dates ?? []) {
    // The notice's own wording (7月15日至8月16日前, 6月至7月) with its year, where the dates fall in one year; else the
    // days in full. The note gave 7月15日至8月16日 for the notice's …8月16日前 (a re-check).
    const year = d.to.slice(0, 4);
    const when = (d.from ?? d.to).slice(0, 4) === year ? `${year}年${d.wording}` : `${dayLabel(d.from ?? d.to)}至${dayLabel(d.to)}`;
    const { state, text } = dateState(d, today, issued);
    const list = byClause.get(d.cite.anchor) ?? [];
    list.push({ who: d.who, when, ...(d.from === undefined ? {} : { from: d.from }), to: d.to, ...(issued === undefined ? {} : { issued }), state, stateText: text });
    byClause.set(d.cite.anchor, list);
  }
  return byClause;
}

/**
 * The site's readings of a notice's clauses, by clause id: the rule set's `decision` notes (our reading where the
 * notice is silent or ambiguous, POLICY-NOTES.md), each under the clause it cites, in the rule data's order.
 */
export function clauseReadingsOf(ruleSet: Pick<RuleSet, 'notes'> | undefined): Map<string, ClauseReading[]> {
  const byClause = new Map<string, ClauseReading[]>();
  for (const note of ruleSet?.notes ?? []) {
    if (note.kind !== 'decision') continue;
    const list = byClause.get(note.cite.anchor) ?? [];
    list.push({ id: note.id, title: note.title, text: note.text });
    byClause.set(note.cite.anchor, list);
  }
  return byClause;
}
