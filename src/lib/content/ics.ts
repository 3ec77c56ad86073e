/**
 * iCalendar (RFC 5545) files for the key dates: all-day events, CRLF lines folded at 75 octets, escaped text.
 * Hand-written rather than a library: the site needs one shape of event, built once at build time, and each
 * rule below is pinned by a unit test.
 */

/** One all-day event. Dates are YYYY-MM-DD; `end` is the last day, inclusive, as notices word it. */
export interface AllDayEvent {
  /** Stable across builds, so re-importing updates the event rather than duplicating it. */
  uid: string;
  summary: string;
  description?: string;
  /** First day; a deadline with only an end date becomes a one-day event on that date. */
  start?: string;
  end: string;
}

const CRLF = '\r\n';
const PRODID = '-//hunan-jxjy-hours//key dates//ZH';

/** Escapes TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line to at most 75 octets per line (RFC 5545 3.1), never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** 2024-06-01 → 20240601. */
function icsDate(iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`日期格式无效：${iso}`);
  return iso.replace(/-/g, '');
}

/** The day after an ISO date, as DTEND of an all-day event is exclusive. */
export function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** 2024-06-20T08:30:00.123Z → 20240620T083000Z. */
function icsStamp(when: Date): string {
  return when.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/**
 * A complete VCALENDAR with the given events.
 * @example buildCalendar([{ uid: 'x@site', summary: '截止', end: '2020-08-31' }], { stamp: new Date() })
 */
export function buildCalendar(events: readonly AllDayEvent[], options: { stamp: Date; name?: string }): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.name !== undefined) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  for (const event of events) {
    const start = event.start ?? event.end;
    if (start > event.end) throw new Error(`开始日期晚于结束日期：${event.uid}`);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${icsStamp(options.stamp)}`,
      `DTSTART;VALUE=DATE:${icsDate(start)}`,
      `DTEND;VALUE=DATE:${icsDate(nextDay(event.end))}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description !== undefined) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
