/**
 * What today means for a round: its status (尚未发布 / 未开始 / 进行中 / 已截止 / 往年) and each key date's state (未开始 /
 * 办理中 / 已截止, with days left). Pure and tiny: the pages compute it at build time for the HTML, and a bundled
 * script computes it again from the visitor's clock. Dates are calendar days in China (the notices' time zone).
 */

/** A key date's days: `from` absent for a "by" deadline (…前). */
export interface DayRange {
  from?: string | undefined;
  to: string;
}

/** A round's status on a day: `unissued` before its notice was issued, `upcoming` before its first date opens. */
export type RoundStatus = 'unissued' | 'upcoming' | 'open' | 'closed' | 'past';
/** A key date's state on a day. */
export type DateState = 'upcoming' | 'open' | 'closed';

/**
 * A round of a later year is 已截止 as one that ended this year is: 往年 beside 本站收录的最新通知 read as a contradiction,
 * and 往年 on /dates/ beside 已截止 on the home page as two states of one notice (new-user findings). The heading names
 * the year. The states stay apart (data-state) for what differs.
 */
export const ROUND_STATUS_LABELS: Record<RoundStatus, string> = { unissued: '尚未发布', upcoming: '未开始', open: '进行中', closed: '已截止', past: '已截止' };
export const DATE_STATE_LABELS: Record<DateState, string> = { upcoming: '未开始', open: '办理中', closed: '已截止' };

/**
 * The notices' time zone, China Standard Time: UTC+8 all year (China has kept no daylight saving time since 1991, and
 * every round is later). A fixed offset rather than `Intl.DateTimeFormat` with `timeZone: 'Asia/Shanghai'`: the
 * first such formatter a page creates loads the browser's time-zone data, 36 ms on this machine and four times that on
 * a slow phone, in the script that shows each round's status.
 */
const CHINA_STANDARD_TIME_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * The calendar day of an instant in China (the notices' dates), as YYYY-MM-DD.
 * @example dayOf(new Date('2024-07-31T20:00:00Z')) // '2024-08-01' (04:00 in Beijing)
 */
export function dayOf(instant: Date): string {
  return new Date(instant.getTime() + CHINA_STANDARD_TIME_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * Milliseconds from an instant to the next midnight in China, when the day (and every state) changes.
 * @example msToNextDay(new Date('2024-07-31T23:58:00+08:00')) // 120000
 */
export function msToNextDay(instant: Date): number {
  return 86_400_000 - ((instant.getTime() + CHINA_STANDARD_TIME_OFFSET_MS) % 86_400_000);
}

/** Whole days from `a` to `b` (both YYYY-MM-DD); negative when b is earlier. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/**
 * A key date's state on `today`, with the days until it opens or closes and the words shown for it. Before `issued`,
 * the first day its notice is known to exist, the date was not yet announced: 未开始, with no count of days.
 */
export function dateState(range: DayRange, today: string, issued?: string): { state: DateState; days: number; text: string } {
  if (issued !== undefined && today < issued) {
    return { state: 'upcoming', days: daysBetween(today, range.from ?? issued), text: DATE_STATE_LABELS.upcoming };
  }
  if (today > range.to) return { state: 'closed', days: 0, text: DATE_STATE_LABELS.closed };
  if (range.from !== undefined && today < range.from) {
    const days = daysBetween(today, range.from);
    return { state: 'upcoming', days, text: `${DATE_STATE_LABELS.upcoming}，${days} 天后开始` };
  }
  const days = daysBetween(today, range.to);
  return { state: 'open', days, text: days === 0 ? `${DATE_STATE_LABELS.open}，今天截止` : `${DATE_STATE_LABELS.open}，还剩 ${days + 1} 天` };
}

/**
 * The day a round's first key date opens, or undefined when one of them is open from the notice's issue (a "by"
 * deadline, …前) or it has none.
 */
export function firstDay(ranges: readonly DayRange[]): string | undefined {
  if (ranges.length === 0 || ranges.some((r) => r.from === undefined)) return undefined;
  return ranges.reduce<string>((first, r) => (r.from !== undefined && r.from < first ? r.from : first), ranges[0]?.from ?? '');
}

/** The last day of a round's key dates, or undefined when it has none. */
export function lastDay(ranges: readonly DayRange[]): string | undefined {
  return ranges.reduce<string | undefined>((last, r) => (last === undefined || r.to > last ? r.to : last), undefined);
}

/**
 * A round's status on `today`: 尚未发布 before `issued` (the first day its notice is known to exist), 未开始 before
 * `first` (the day its first key date opens), then 进行中 until its last key date has passed, 已截止 for the rest of
 * that calendar year, 往年 from the next year. A round without dates is 进行中 during its year. It was 进行中 before
 * its first date too, beside rows that all said 未开始: two new users read that as a contradiction.
 * @example roundStatus('2024-08-23', 2024, '2024-12-01') // 'closed'
 * @example roundStatus('2024-08-23', 2024, '2020-03-09', '2024-01-01') // 'unissued'
 * @example roundStatus('2024-08-23', 2024, '2024-05-01', '2024-01-01', '2024-06-01') // 'upcoming'
 */
export function roundStatus(last: string | undefined, year: number, today: string, issued?: string, first?: string): RoundStatus {
  if (issued !== undefined && today < issued) return 'unissued';
  if (first !== undefined && today < first) return 'upcoming';
  const end = last ?? `${year}-12-31`;
  if (today <= end) return 'open';
  return Number(today.slice(0, 4)) <= Number(end.slice(0, 4)) ? 'closed' : 'past';
}

/**
 * The sentence the home page, the calculator and the batch check show once the newest round the site holds has ended;
 * with `region`, the notice is that city's (its rule data's decision notice-scope: 株人社函〔2024〕5号 is for 我市, and a
 * teacher in 长沙 took it for his own), and other cities go by their own. Three lines on a phone, as without: a
 * fourth pushed the calculator's first question below the first screen.
 */
export function endedSentence(docNumber: string, region?: string): string {
  if (region !== undefined) return `本站收录的最新通知为${docNumber}（${region}），其办理时间已结束；以后年度及其他市州请以当地人社部门的通知为准。`;
  return `本站收录的最新通知为${docNumber}，其办理时间已结束；以后年度请以人力资源和社会保障部门发布的最新通知为准。`;
}

/**
 * The city a round's notice is for, where its rule data says the notice is one city's (the decision notice-scope):
 * its issuer without 人力资源和社会保障局 (株洲市). Undefined for a province's notice.
 */
export function noticeRegion(ruleSet: { issuer: string; notes: readonly { id: string }[] }): string | undefined {
  return ruleSet.notes.some((n) => n.id === 'notice-scope') ? ruleSet.issuer.replace(/人力资源和社会保障局$/, '') : undefined;
}

/** "2026年12月1日". */
export function dayLabel(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/**
 * Which day the page's states are for, in words of one shape and length (the build's day in the HTML, the visitor's
 * once computed): always a day in Beijing, from the device's clock, whatever its time zone. It names no position
 * ("以上"): on /dates/ it stands above the tables, on the home page below the dates.
 */
export function asOfText(source: 'build' | 'device', day: string): string {
  return `本页状态按北京时间${dayLabel(day)}（${source === 'build' ? '即本站更新日期' : '据您设备的时钟'}）计算。`;
}
