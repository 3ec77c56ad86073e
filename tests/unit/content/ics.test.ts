/** Calendar files for the key dates (RFC 5545): all-day events, exclusive end, CRLF, folding, escaping. */
import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, foldLine, nextDay } from '../../../src/lib/content/ics';
import { keyDateCalendars, keyDateEvent, keyDateRounds } from '../../../src/lib/content/key-dates';
import { getRuleSet, ruleSets } from '../../../src/lib/rules';

const stamp = new Date('2024-05-20T08:30:00.000Z');
const zhuzhou = getRuleSet('zhuzhou-2024');
const hunan = getRuleSet('hunan-2020');
if (zhuzhou === undefined || hunan === undefined) throw new Error('rule sets missing');

const unfold = (ics: string) => ics.replace(/\r\n /g, '');
const prop = (ics: string, name: string) =>
  unfold(ics)
    .split('\r\n')
    .filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));

describe('the iCalendar format', () => {
  it('ends every line with CRLF and has no bare LF', () => {
    const ics = buildCalendar([{ uid: 'a@x', summary: '截止', end: '2020-08-31' }], { stamp });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
  });

  it('writes an all-day range with an exclusive end date', () => {
    const ics = buildCalendar([{ uid: 'a@x', summary: 's', start: '2024-07-15', end: '2024-08-16' }], { stamp });
    expect(prop(ics, 'DTSTART')).toEqual(['DTSTART;VALUE=DATE:20240715']);
    expect(prop(ics, 'DTEND')).toEqual(['DTEND;VALUE=DATE:20240817']);
    expect(prop(ics, 'DTSTAMP')).toEqual(['DTSTAMP:20240520T083000Z']);
  });

  it('turns a deadline with only an end date into one all-day event on that date', () => {
    const ics = buildCalendar([{ uid: 'a@x', summary: 's', end: '2020-08-31' }], { stamp });
    expect(prop(ics, 'DTSTART')).toEqual(['DTSTART;VALUE=DATE:20200831']);
    expect(prop(ics, 'DTEND')).toEqual(['DTEND;VALUE=DATE:20200901']);
  });

  it('moves the exclusive end across month and year ends and leap days', () => {
    expect(nextDay('2024-07-31')).toBe('2024-08-01');
    expect(nextDay('2023-12-31')).toBe('2024-01-01');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2023-02-28')).toBe('2023-03-01');
  });

  it('escapes backslashes, semicolons, commas and newlines in text', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
    // Chinese punctuation is not special in iCalendar.
    expect(escapeText('办理《合格证明》，7月15日；')).toBe('办理《合格证明》，7月15日；');
  });

  it('folds long lines at 75 octets without splitting a Chinese character', () => {
    const line = `SUMMARY:${'继续教育学时网上核认'.repeat(6)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('refuses an event that ends before it starts', () => {
    expect(() => buildCalendar([{ uid: 'a@x', summary: 's', start: '2024-08-02', end: '2024-08-01' }], { stamp })).toThrow();
  });
});

describe('the key dates of both rounds as events', () => {
  it('gives the 2024 online verification (通知 二) June 1 to July 31 inclusive', () => {
    const date = zhuzhou.dates.find((d) => d.id === 'online-verification');
    if (date === undefined) throw new Error('missing');
    const ics = buildCalendar([keyDateEvent(zhuzhou, date)], { stamp });
    expect(prop(ics, 'DTSTART')).toEqual(['DTSTART;VALUE=DATE:20240601']);
    expect(prop(ics, 'DTEND')).toEqual(['DTEND;VALUE=DATE:20240801']);
    expect(unfold(ics)).toContain('DESCRIPTION:时间：6月至7月\\n');
  });

  it('keeps UIDs stable and unique per round and date', () => {
    const uids = ruleSets.flatMap((r) => r.dates.map((d) => keyDateEvent(r, d).uid));
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).toContain('hunan-2020-universities@hunan-jxjy-hours');
  });

  it('writes one file per date and one per round, and the 2020 universities deadline (通知 三（二）) is 31 August', () => {
    const files = keyDateCalendars(ruleSets, stamp);
    const count = ruleSets.reduce((n, r) => n + r.dates.length + 1, 0);
    expect(files.map((f) => f.file)).toHaveLength(count);
    const deadline = files.find((f) => f.file === 'hunan-2020-universities.ics');
    expect(prop(deadline?.body ?? '', 'DTSTART')).toEqual(['DTSTART;VALUE=DATE:20200831']);
    const round = files.find((f) => f.file === 'zhuzhou-2024.ics');
    expect(round?.body.match(/BEGIN:VEVENT/g)).toHaveLength(zhuzhou.dates.length);
  });

  it('lists the current round first, each row with its clause link and calendar file', () => {
    const rounds = keyDateRounds(ruleSets);
    expect(rounds[0]?.ruleSet.id).toBe('zhuzhou-2024');
    const row = rounds[0]?.rows.find((r) => r.id === 'city-units');
    expect(row).toMatchObject({ wording: '7月15日至8月16日前', range: '2024-07-15 至 2024-08-16', icsHref: '/dates/zhuzhou-2024-city-units.ics' });
    expect(row?.cite.href).toBe('/notices/zhuzhou-2024/#tz-2-1');
    expect(rounds[1]?.rows[0]?.range).toBe('截至 2020-03-10');
  });
});
