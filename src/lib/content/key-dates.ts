/** Key dates of each round as table rows and calendar events (the dates page and its .ics files). */
import type { CitationRef, KeyDate, RuleSet } from '../rules';
import { buildCalendar, type AllDayEvent } from './ics';
import { citeRef, roundsCurrentFirst } from './rounds';

/** One row of the dates table. */
export interface KeyDateRow {
  id: string;
  who: string;
  what: string;
  /** How the notice words it. */
  wording: string;
  /** The dates the calendar event uses, e.g. 2024-06-01 至 2024-07-31. */
  range: string;
  /** The same days as data, for the state shown beside them (未开始 / 办理中 / 已截止). */
  days: { from?: string; to: string };
  cite: CitationRef;
  /** Site-relative path of the event's .ics file. */
  icsHref: string;
}

/** One round's dates. */
export interface KeyDateRound {
  ruleSet: RuleSet;
  rows: KeyDateRow[];
  /** Site-relative path of the .ics file with all the round's events. */
  icsHref: string;
}

/** A Calendar file's name for one date, or for the whole round when `dateId` is absent. */
export function icsFileName(notice: string, dateId?: string): string {
  return dateId === undefined ? `${notice}.ics` : `${notice}-${dateId}.ics`;
}

/** The days an event covers, in words: 2024-06-01 至 2024-07-31, or 截至 2020-08-31. */
export function describeRange(date: KeyDate): string {
  return date.from === undefined ? `截至 ${date.to}` : `${date.from} 至 ${date.to}`;
}

/** Rounds with their date rows, current round first; each round's rows in date order. */
export function keyDateRounds(sets: readonly RuleSet[]): KeyDateRound[] {
  return roundsCurrentFirst(sets).map((ruleSet) => ({
    ruleSet,
    icsHref: `/dates/${icsFileName(ruleSet.id)}`,
    rows: sortedDates(ruleSet).map((d) => ({
      id: d.id,
      who: d.who,
      what: d.what,
      wording: d.wording,
      range: describeRange(d),
      days: d.from === undefined ? { to: d.to } : { from: d.from, to: d.to },
      cite: citeRef(ruleSet, d.cite),
      icsHref: `/dates/${icsFileName(ruleSet.id, d.id)}`,
    })),
  }));
}

function sortedDates(ruleSet: RuleSet): KeyDate[] {
  return [...ruleSet.dates].sort((a, b) => (a.from ?? a.to).localeCompare(b.from ?? b.to) || a.to.localeCompare(b.to));
}

/** A key date as an all-day calendar event; the UID depends only on the round and the date's id. */
export function keyDateEvent(ruleSet: RuleSet, date: KeyDate): AllDayEvent {
  const event: AllDayEvent = {
    uid: `${ruleSet.id}-${date.id}@hunan-jxjy-hours`,
    summary: `${date.what}（${date.who}）`,
    description: `时间：${date.wording}\n对象：${date.who}\n依据：${ruleSet.docNumber} ${date.cite.clause}\n本提醒仅供参考，以通知原文和主管部门安排为准。`,
    end: date.to,
  };
  if (date.from !== undefined) event.start = date.from;
  return event;
}

/** Every .ics file of the dates page: one per date and one per round, with its contents. */
export function keyDateCalendars(sets: readonly RuleSet[], stamp: Date): { file: string; body: string }[] {
  return roundsCurrentFirst(sets).flatMap((ruleSet) => [
    ...ruleSet.dates.map((d) => ({
      file: icsFileName(ruleSet.id, d.id),
      body: buildCalendar([keyDateEvent(ruleSet, d)], { stamp }),
    })),
    {
      file: icsFileName(ruleSet.id),
      body: buildCalendar(sortedDates(ruleSet).map((d) => keyDateEvent(ruleSet, d)), { stamp, name: `${ruleSet.docNumber} 办理时间` }),
    },
  ]);
}
