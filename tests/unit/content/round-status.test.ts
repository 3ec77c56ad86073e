/** Round status and key-date states for a fixed day: before, during and after the 2024 round (issue 11 item 1). */
import { describe, expect, it } from 'vitest';
import { asOfText, dateState, dayOf, daysBetween, endedSentence, lastDay, noticeRegion, msToNextDay, roundStatus } from '../../../src/lib/content/round-status';
import { yearInChina } from '../../../src/lib/rules/dates';
import { latestRound, roundFirstDay, roundIssued, roundLastDay } from '../../../src/lib/content/rounds';
import { getRuleSet, ruleSets, type RuleSet } from '../../../src/lib/rules';

const z24 = getRuleSet('zhuzhou-2024') as RuleSet;
const h20 = getRuleSet('hunan-2020') as RuleSet;
const status = (rs: RuleSet, today: string) => roundStatus(roundLastDay(rs), rs.year, today, roundIssued(rs), roundFirstDay(rs));
const stateOf = (rs: RuleSet, id: string, today: string) => {
  const d = rs.dates.find((x) => x.id === id);
  if (d === undefined) throw new Error(id);
  return dateState(d, today, roundIssued(rs));
};

describe('the 2024 round (株人社函〔2024〕5号), whose last key date is 2024-08-23', () => {
  it('ends on its last key date, 8月23日 (通知 二（三）)', () => {
    expect(roundLastDay(z24)).toBe('2024-08-23');
  });

  it('is 未开始 before its first date opens (6月1日, 通知 二（一）), as every date is, with the days until it opens', () => {
    expect(roundFirstDay(z24)).toBe('2024-06-01');
    expect(status(z24, '2024-05-01')).toBe('upcoming');
    expect(status(z24, '2024-05-31')).toBe('upcoming');
    expect(status(z24, '2024-06-01')).toBe('open');
    expect(stateOf(z24, 'online-verification', '2024-05-01')).toEqual({ state: 'upcoming', days: 31, text: '未开始，31 天后开始' });
  });

  it('is 进行中 during its dates: open dates show the days left, counting today', () => {
    expect(status(z24, '2024-07-20')).toBe('open');
    expect(stateOf(z24, 'online-verification', '2024-07-20')).toMatchObject({ state: 'open', text: '办理中，还剩 12 天' });
    expect(stateOf(z24, 'city-units', '2024-07-20').state).toBe('open');
    expect(stateOf(z24, 'entrusted-units', '2024-07-20').state).toBe('upcoming');
  });

  it('says 今天截止 on a date’s last day and 已截止 the day after', () => {
    expect(stateOf(z24, 'entrusted-units', '2024-08-23').text).toBe('办理中，今天截止');
    expect(stateOf(z24, 'entrusted-units', '2024-08-24')).toMatchObject({ state: 'closed', text: '已截止' });
    expect(status(z24, '2024-08-23')).toBe('open');
  });

  it('is 已截止 after its last date in 2024, and 往年 from 2025 on (today, 2026-12-01)', () => {
    expect(status(z24, '2024-08-24')).toBe('closed');
    expect(status(z24, '2024-12-31')).toBe('closed');
    expect(status(z24, '2025-01-01')).toBe('past');
    expect(status(z24, '2026-12-01')).toBe('past');
    expect(z24.dates.every((d) => dateState(d, '2026-12-01').state === 'closed')).toBe(true);
  });
});

describe('the 2020 round and the round list', () => {
  it('treats a "by" deadline (8月31日前) as open from the notice’s issue date until that day', () => {
    expect(stateOf(h20, 'universities', '2020-08-31').state).toBe('open');
    expect(stateOf(h20, 'universities', '2020-02-11')).toMatchObject({ state: 'open', text: '办理中，还剩 203 天' });
    expect(stateOf(h20, 'universities', '2020-09-01').state).toBe('closed');
  });

  it('is 往年 during the 2024 round', () => {
    expect(status(h20, '2024-07-01')).toBe('past');
  });

  it('takes the newest round by year as the one the home page and the calculator speak of', () => {
    expect(latestRound(ruleSets)?.id).toBe('zhuzhou-2024');
    expect(latestRound([h20])?.id).toBe('hunan-2020');
  });

  it('treats a round without dates as open during its year only', () => {
    expect(lastDay([])).toBeUndefined();
    expect(roundStatus(undefined, 2027, '2027-06-01')).toBe('open');
    expect(roundStatus(undefined, 2027, '2028-01-01')).toBe('past');
  });
});

describe('before a round’s notice was issued', () => {
  it('takes the stated issue date, else 1 January of the year in the document number', () => {
    expect(roundIssued(h20)).toBe('2020-02-11');
    // 株人社函〔2024〕5号 states no date (its page says 未注明成文日期); numbered in 2024, it cannot be older.
    expect(roundIssued(z24)).toBe('2024-01-01');
    expect(roundIssued({ ...z24, docNumber: '某通知' })).toBeUndefined();
  });

  it('calls the round 尚未发布, not 进行中, and its dates 未开始 without a count of days (clock at 2020-03-09)', () => {
    expect(status(z24, '2020-03-09')).toBe('unissued');
    expect(stateOf(z24, 'online-verification', '2020-03-09')).toMatchObject({ state: 'upcoming', text: '未开始' });
    expect(status(z24, '2023-12-31')).toBe('unissued');
    // Issued, but none of its dates open before 6月1日.
    expect(status(z24, '2024-01-01')).toBe('upcoming');
  });

  it('turns the 2020 round from 尚未发布 to 进行中 on its issue date, 2020-02-11, and opens its "by" deadlines then', () => {
    expect(status(h20, '2020-02-10')).toBe('unissued');
    expect(stateOf(h20, 'key-b', '2020-02-10')).toMatchObject({ state: 'upcoming', text: '未开始' });
    expect(status(h20, '2020-02-11')).toBe('open');
    expect(stateOf(h20, 'key-b', '2020-02-11')).toMatchObject({ state: 'open', text: '办理中，还剩 29 天' });
    expect(stateOf(h20, 'provincial-units', '2020-03-09').text).toBe('未开始，84 天后开始');
  });

  it('makes no claim for a round whose issue day is unknown', () => {
    expect(roundStatus('2030-06-30', 2030, '2020-01-01')).toBe('open');
    expect(dateState({ to: '2030-06-30' }, '2020-01-01').state).toBe('open');
  });
});

describe('words and days', () => {
  it('gives the required sentence once the newest round has ended', () => {
    expect(endedSentence(z24.docNumber)).toBe('本站收录的最新通知为株人社函〔2024〕5号，其办理时间已结束；以后年度请以人力资源和社会保障部门发布的最新通知为准。');
    // A city's notice, as its rule data decides (notice-scope, 通知 第一段: 我市): other cities go by their own.
    expect(noticeRegion(z24)).toBe('株洲市');
    expect(endedSentence(z24.docNumber, noticeRegion(z24))).toBe('本站收录的最新通知为株人社函〔2024〕5号（株洲市），其办理时间已结束；以后年度及其他市州请以当地人社部门的通知为准。');
    // The province's notice is everyone's.
    expect(noticeRegion(getRuleSet('hunan-2020')!)).toBeUndefined();
  });

  it('says which day in Beijing the states are computed for, in text of the same length either way', () => {
    expect(asOfText('build', '2026-12-01')).toBe('本页状态按北京时间2026年12月1日（即本站更新日期）计算。');
    expect(asOfText('device', '2024-08-01')).toBe('本页状态按北京时间2024年8月1日（据您设备的时钟）计算。');
    expect(asOfText('device', '2026-12-01')).toHaveLength(asOfText('build', '2026-12-01').length);
  });

  it('counts the time to the next midnight in Beijing, whatever the device’s time zone', () => {
    expect(msToNextDay(new Date('2024-07-31T23:58:00+08:00'))).toBe(120_000);
    expect(msToNextDay(new Date('2024-07-31T20:00:00Z'))).toBe(20 * 3_600_000);
    expect(msToNextDay(new Date('2024-08-01T00:00:00+08:00'))).toBe(86_400_000);
    expect(dayOf(new Date(Date.parse('2024-07-31T23:58:00+08:00') + 120_000))).toBe('2024-08-01');
  });

  it('reads an instant as a day in Beijing, where the deadlines are', () => {
    expect(dayOf(new Date('2024-08-23T15:59:59Z'))).toBe('2024-08-23');
    expect(dayOf(new Date('2024-08-23T16:00:00Z'))).toBe('2024-08-24');
    // The same day Intl gives for Asia/Shanghai, across a year (China keeps UTC+8 all year).
    const beijing = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
    for (let hour = 0; hour < 366 * 24; hour += 7) {
      const instant = new Date(Date.UTC(2025, 11, 31, 12) + hour * 3_600_000);
      expect(dayOf(instant)).toBe(beijing.format(instant));
    }
  });

  it('reads an instant as a year in Beijing (the calculator and batch check’s yearInChina): 今年 turns at midnight there, with dayOf', () => {
    expect(yearInChina(new Date('2026-12-31T15:59:59Z'))).toBe(2026);
    expect(yearInChina(new Date('2026-12-31T16:00:00Z'))).toBe(2027);
    // The engine's copy and the pages' day agree on every hour around New Year and across a year.
    for (let hour = -48; hour < 366 * 24; hour += 5) {
      const instant = new Date(Date.UTC(2026, 11, 31, 0) + hour * 3_600_000);
      expect(yearInChina(instant)).toBe(Number(dayOf(instant).slice(0, 4)));
    }
  });

  it('counts days across months and leap years', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2024-08-24', '2024-08-23')).toBe(-1);
  });
});
