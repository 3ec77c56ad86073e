/**
 * The site knows what day it is: with the browser's clock fixed before, during and after the 2024 round, the home
 * page, /dates/ and the calculator say whether the round is open and each date's state; without JavaScript they say
 * which day their states were computed for, and no page calls a finished round current.
 */
import { expect, test, type Page } from '@playwright/test';
import { crawlSite } from './support/crawl';
import { layoutShift } from './support/layout-shift';

// The notice is 株洲市's (the rule data's decision notice-scope): a teacher in 长沙 took it for his own.
const ENDED = '本站收录的最新通知为株人社函〔2024〕5号（株洲市），其办理时间已结束；以后年度及其他市州请以当地人社部门的通知为准。';
/** The line saying which day the states are for, once computed from the visitor's clock. */
const asOf = (label: string) => `本页状态按北京时间${label}（据您设备的时钟）计算。`;

const days = {
  before: { at: '2024-05-01T09:00:00+08:00', label: '2024年5月1日', round: '未开始', online: '未开始，31 天后开始', entrusted: '未开始，96 天后开始', ended: false },
  during: { at: '2024-07-20T09:00:00+08:00', label: '2024年7月20日', round: '进行中', online: '办理中，还剩 12 天', entrusted: '未开始，16 天后开始', ended: false },
  after: { at: '2026-12-01T09:00:00+08:00', label: '2026年12月1日', round: '已截止', online: '已截止', entrusted: '已截止', ended: true },
} as const;

async function openAt(page: Page, path: string, at: string) {
  await page.clock.setFixedTime(new Date(at));
  await page.goto(path);
}

for (const [when, day] of Object.entries(days)) {
  test.describe(`${when} the 2024 round (${day.label})`, () => {
    test('the home page names the newest notice held, its status and each date’s state', async ({ page }) => {
      await openAt(page, '/', day.at);
      const now = page.locator('.round-now');
      await expect(now).toContainText('本站收录的最新通知：株人社函〔2024〕5号');
      // A past round reads 已截止, as on /dates/: 往年 beside 本站收录的最新通知 read as a contradiction to a new user.
      await expect(now.locator('.round-status')).toHaveText(day.round);
      if (day.ended) await expect(page.getByText(ENDED)).toBeVisible();
      else await expect(page.getByText(ENDED)).toBeHidden();
      const dates = page.locator('.facts li', { hasText: '集中办理' });
      await expect(dates.locator('.date-state')).toHaveText(day.online);
      await expect(page.locator('.facts li', { hasText: '中央、省驻株单位' }).locator('.date-state')).toHaveText(day.entrusted);
      await expect(page.locator('[data-as-of]')).toHaveText(asOf(day.label));
    });

    test('/dates/ gives each round its status and each date its state', async ({ page }) => {
      await openAt(page, '/dates/', day.at);
      await expect(page.locator('#round-zhuzhou-2024 .round-status')).toHaveText(day.round);
      await expect(page.locator('#round-hunan-2020 .round-status')).toHaveText('已截止');
      await expect(page.locator('#zhuzhou-2024-online-verification .date-state')).toHaveText(day.online);
      await expect(page.locator('#zhuzhou-2024-entrusted-units .date-state')).toHaveText(day.entrusted);
      await expect(page.locator('#hunan-2020-universities .date-state')).toHaveText('已截止');
      // A calendar reminder is offered while the date is to come, by the visitor's clock; after it, 已截止 stands there.
      const city = page.locator('#zhuzhou-2024-city-units');
      const all = page.getByRole('link', { name: /^全部加入日历（\d+ 项，\.ics）.*株人社函/ });
      if (day.ended) {
        await expect(city.getByRole('link', { name: /下载 \.ics/ })).toBeHidden();
        await expect(city.getByText('已截止，无需提醒')).toBeVisible();
        await expect(all).toBeHidden();
      } else {
        await expect(city.getByRole('link', { name: /下载 \.ics/ })).toBeVisible();
        await expect(city.getByText('已截止，无需提醒')).toBeHidden();
        await expect(all).toBeVisible();
      }
      // The 2020 round's dates are all past on each of these days.
      await expect(page.locator('#hunan-2020-universities').getByRole('link', { name: /下载 \.ics/ })).toBeHidden();
    });

    test('a clause of the notice that sets dates gives them their year and their state on that day, under the clause opened from a link (a new user: 7月15日至8月16日 read as this year’s)', async ({ page }) => {
      await openAt(page, '/notices/zhuzhou-2024/#tz-2-n2', day.at);
      const online = page.locator('#tz-2-n2 + .clause-dates');
      await expect(online).toBeVisible();
      await expect(online).toContainText('本站注：本条所定时间全省参评高级职称人员：2024年6月至7月');
      await expect(online.locator('.date-state')).toHaveText(day.online);
      await expect(page.locator('.clause-dates', { hasText: '中央、省驻株单位（委托我市进行中级职称评审）：2024年8月5日至8月23日' }).locator('.date-state')).toHaveText(day.entrusted);
      // In the notice's own words, with the year: …8月16日前, not 8月16日 (a re-check).
      await expect(page.locator('.clause-dates', { hasText: '市直单位（由主管部门统一办理）：2024年7月15日至8月16日前' })).toHaveCount(1);
      // The 2020 round's, 8月31日前 for the universities: past on each of these days, and said with its year.
      await page.goto('/notices/hunan-2020/');
      await expect(page.locator('.clause-dates', { hasText: '具有职称自评权的高校：2020年8月31日前' }).locator('.date-state')).toHaveText('已截止');
    });

    test('a search for a deadline gives each date its year and its state on that day (an HR officer’s check: 6月至7月 without a year read as this year’s)', async ({ page }) => {
      await openAt(page, '/search/', day.at);
      const box = page.getByLabel('搜索通知原文、材料清单和操作指南');
      await box.pressSequentially('今年的学时什么时候截止', { delay: 40 });
      await box.press('Enter');
      const online = page.locator('#search-results > li', { has: page.locator('a[href="/dates/#zhuzhou-2024-online-verification"]') });
      await expect(online.locator('.hit-snippet')).toContainText('2024年6月至7月');
      await expect(online.locator('.hit-state')).toHaveText(day.online);
      await expect(page.locator('#search-results > li', { has: page.locator('a[href="/dates/#zhuzhou-2024-entrusted-units"]') }).locator('.hit-state')).toHaveText(day.entrusted);
    });

    for (const path of ['/calculator/', '/batch/']) test(`${path} says which round the site holds and whether its time is over`, async ({ page }) => {
      // /batch/ too: an HR officer checking a unit after the round had ended was not told so there.
      await openAt(page, path, day.at);
      const notice = page.locator('.round-notice');
      // Before its first date opens, the round's time has not begun (it said 尚未结束 beside dates all 未开始).
      const open = notice.getByText(`本站收录的最新通知：株人社函〔2024〕5号（株洲市 2024 年度），办理时间尚未${when === 'before' ? '开始' : '结束'}。`);
      if (day.ended) {
        await expect(notice.getByText(ENDED)).toBeVisible();
        await expect(open).toBeHidden();
      } else {
        await expect(notice.getByText(ENDED)).toBeHidden();
        await expect(open).toBeVisible();
      }
      await expect(notice.locator('[data-as-of]')).toHaveText(asOf(day.label));
      // The island still starts under the fixed clock.
      if (path === '/calculator/') await expect(page.getByRole('heading', { name: '1. 申报信息' })).toBeVisible();
      else await expect(page.getByLabel(/选择文件/)).toBeEnabled();
    });
  });
}

test('after the round’s last day the status turns to 已截止 for the rest of 2024', async ({ page }) => {
  await openAt(page, '/dates/', '2024-08-24T09:00:00+08:00');
  await expect(page.locator('#round-zhuzhou-2024 .round-status')).toHaveText('已截止');
  await expect(page.locator('#zhuzhou-2024-entrusted-units .date-state')).toHaveText('已截止');
  await openAt(page, '/', '2024-08-23T23:30:00+08:00');
  await expect(page.locator('.facts li', { hasText: '中央、省驻株单位' }).locator('.date-state')).toHaveText('办理中，今天截止');
  await expect(page.getByText(ENDED)).toBeHidden();
});

test('the computed states replace text of the same shape: the home page does not move', async ({ page }) => {
  await openAt(page, '/', days.after.at);
  await expect(page.locator('[data-as-of]')).toContainText('据您设备的时钟');
  expect(await layoutShift(page)).toBeLessThan(0.01);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the states say they are as of the site’s build, and the finished round is not called current', async ({ page }) => {
    for (const path of ['/', '/dates/', '/calculator/']) {
      await page.goto(path);
      await expect(page.locator('[data-as-of]')).toHaveText(/^本页状态按北京时间\d{4}年\d{1,2}月\d{1,2}日（即本站更新日期）计算。$/);
      // Built after 2024-08-23: the build day's states already say the round is over.
      await expect(page.locator('.round-status', { hasText: '进行中' })).toHaveCount(0);
      await expect(page.locator('.date-state', { hasText: '办理中' })).toHaveCount(0);
    }
    for (const path of ['/', '/calculator/']) {
      await page.goto(path);
      await expect(page.getByText(ENDED)).toBeVisible();
      await expect(page.getByText('办理时间尚未结束')).toBeHidden();
    }
  });
});

test('no page calls a round 当前, 本轮, 当前适用 or 现行 once its deadlines have passed', async ({ page }) => {
  await page.clock.setFixedTime(new Date(days.after.at));
  const paths = await crawlSite(page, `${test.info().project.use.baseURL ?? ''}/`);
  expect(paths.length).toBeGreaterThan(10);
  for (const path of paths) {
    await page.goto(path);
    // textContent, not innerText: innerText leaves out the sections scrolled out of view (content-visibility: auto).
    const text = await page.locator('main').evaluate((main) => {
      const copy = main.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('script, style, template').forEach((e) => e.remove());
      return copy.textContent ?? '';
    });
    expect(text, path).not.toMatch(/当前适用|本轮|现行|当前通知|当前政策|（当前）/);
    const badges = (await page.locator('.round-status').allTextContents()).map((t) => t.trim());
    expect(badges, path).not.toContain('进行中');
  }
});

test.describe('a page left open', () => {
  /**
   * A person leaves the tab and comes back. Headless Chromium keeps every tab visible (bringToFront changes nothing),
   * so the test sets what the browser reports and fires the event it fires.
   */
  async function switchTab(page: Page, state: 'hidden' | 'visible') {
    await page.evaluate((s) => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => s });
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => s === 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
    }, state);
  }

  test('at midnight before its first date opens (6月1日), the round turns from 未开始 to 进行中, on /dates/ and in the calculator', async ({ page }) => {
    await page.clock.install({ time: new Date('2024-05-31T23:58:00+08:00') });
    await page.goto('/dates/');
    const status = page.locator('#round-zhuzhou-2024 .round-status');
    await expect(status).toHaveText('未开始');
    await expect(page.locator('#zhuzhou-2024-online-verification .date-state')).toHaveText('未开始，1 天后开始');
    await page.clock.runFor('05:00');
    await expect(status).toHaveText('进行中');
    await expect(page.locator('#zhuzhou-2024-online-verification .date-state')).toHaveText('办理中，还剩 61 天');
    await page.clock.setSystemTime(new Date('2024-05-31T12:00:00+08:00'));
    await page.goto('/calculator/');
    const notice = page.locator('.round-notice');
    await expect(notice.getByText('办理时间尚未开始。')).toBeVisible();
    await page.clock.setSystemTime(new Date('2024-06-01T00:00:01+08:00'));
    await page.clock.runFor('12:00:00');
    await expect(notice.getByText('办理时间尚未结束。')).toBeVisible();
    await expect(notice.getByText('办理时间尚未开始。')).toBeHidden();
  });

  test('/dates/ turns to the new day at midnight in Beijing', async ({ page }) => {
    await page.clock.install({ time: new Date('2024-07-31T23:58:00+08:00') });
    await page.goto('/dates/');
    const online = page.locator('#zhuzhou-2024-online-verification .date-state');
    await expect(online).toHaveText('办理中，今天截止');
    await expect(page.locator('#zhuzhou-2024-city-units .date-state')).toHaveText('办理中，还剩 17 天');
    await page.clock.runFor('05:00');
    await expect(online).toHaveText('已截止');
    await expect(page.locator('#zhuzhou-2024-city-units .date-state')).toHaveText('办理中，还剩 16 天');
    await expect(page.locator('[data-as-of]')).toHaveText(asOf('2024年8月1日'));
    // And again the next midnight, a day later.
    await page.clock.runFor('24:00:00');
    await expect(page.locator('#zhuzhou-2024-city-units .date-state')).toHaveText('办理中，还剩 15 天');
  });

  test('the home page’s round status turns to 已截止 at midnight after the last day', async ({ page }) => {
    await page.clock.install({ time: new Date('2024-08-23T23:58:00+08:00') });
    await page.goto('/');
    const status = page.locator('.round-now .round-status');
    await expect(status).toHaveText('进行中');
    await expect(page.getByText(ENDED)).toBeHidden();
    await page.clock.runFor('05:00');
    await expect(status).toHaveText('已截止');
    await expect(page.getByText(ENDED)).toBeVisible();
    await expect(page.locator('.facts li', { hasText: '中央、省驻株单位' }).locator('.date-state')).toHaveText('已截止');
  });

  test('at New Year a round that closed last year stays 已截止, on the home page and on /dates/ (never 往年)', async ({ page }) => {
    // By the visitor's clock (the build day's HTML says 已截止 for both states): 往年 beside 最新 read as a contradiction,
    // and 往年 on /dates/ against 已截止 on the home page as two states of one notice.
    await page.clock.install({ time: new Date('2024-12-31T23:58:00+08:00') });
    await page.goto('/');
    const status = page.locator('.round-now .round-status');
    await expect(status).toHaveText('已截止');
    await page.clock.runFor('05:00');
    await expect(page.locator('[data-as-of]')).toHaveText(asOf('2025年1月1日'));
    await expect(status).toHaveAttribute('data-state', 'past');
    await expect(status).toHaveText('已截止');
    await expect(page.getByText(ENDED)).toBeVisible();
    await page.goto('/dates/');
    await expect(page.locator('#round-zhuzhou-2024 .round-status')).toHaveText('已截止');
    await expect(page.locator('#round-hunan-2020 .round-status')).toHaveText('已截止');
  });

  test('/dates/ shows the new day when its tab is shown again, though no timer ran meanwhile', async ({ page }) => {
    await page.clock.install({ time: new Date('2024-07-31T23:58:00+08:00') });
    await page.goto('/dates/');
    const online = page.locator('#zhuzhou-2024-online-verification .date-state');
    await expect(online).toHaveText('办理中，今天截止');
    await switchTab(page, 'hidden');
    // The computer slept overnight: the clock moved on, no timer fired.
    await page.clock.setSystemTime(new Date('2024-08-01T08:30:00+08:00'));
    await switchTab(page, 'visible');
    await expect(online).toHaveText('已截止');
    await expect(page.locator('[data-as-of]')).toHaveText(asOf('2024年8月1日'));
  });

  test('the home page shows the new day when it comes back from the back-forward cache', async ({ page }) => {
    await page.clock.install({ time: new Date('2024-08-23T23:58:00+08:00') });
    await page.goto('/');
    await expect(page.locator('.round-now .round-status')).toHaveText('进行中');
    await page.clock.setSystemTime(new Date('2024-08-24T08:30:00+08:00'));
    // Playwright's Chromium reloads on going back rather than restoring from the cache: fire what the browser fires then.
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
    await expect(page.locator('.round-now .round-status')).toHaveText('已截止');
    await expect(page.getByText(ENDED)).toBeVisible();
  });
});

test.describe('before a notice was issued (clock at 2020-03-09)', () => {
  const at = '2020-03-09T09:00:00+08:00';

  test('/dates/ calls the 2024 round 尚未发布 and gives its dates no countdown; the 2020 round is 进行中', async ({ page }) => {
    await openAt(page, '/dates/', at);
    await expect(page.locator('#round-zhuzhou-2024 .round-status')).toHaveText('尚未发布');
    for (const id of ['online-verification', 'city-units', 'entrusted-units']) {
      await expect(page.locator(`#zhuzhou-2024-${id} .date-state`)).toHaveText('未开始');
    }
    await expect(page.locator('#round-hunan-2020 .round-status')).toHaveText('进行中');
    await expect(page.locator('#hunan-2020-key-b .date-state')).toHaveText('办理中，还剩 2 天');
    await expect(page.locator('#hunan-2020-provincial-units .date-state')).toHaveText('未开始，84 天后开始');
    await expect(page.locator('[data-as-of]')).toHaveText(asOf('2020年3月9日'));
  });

  test('the home page and the calculator say the same', async ({ page }) => {
    await openAt(page, '/', at);
    await expect(page.locator('.round-now .round-status')).toHaveText('尚未发布');
    await expect(page.getByText(ENDED)).toBeHidden();
    await expect(page.locator('.facts li', { hasText: '集中办理' }).locator('.date-state')).toHaveText('未开始');
    await openAt(page, '/calculator/', at);
    const notice = page.locator('.round-notice');
    await expect(notice.getByText('本站收录的最新通知：株人社函〔2024〕5号（株洲市 2024 年度），尚未发布。')).toBeVisible();
    await expect(notice.getByText('办理时间尚未结束')).toBeHidden();
    await expect(notice.getByText(ENDED)).toBeHidden();
  });

  test('the 2020 notice is 尚未发布 the day before its issue date, 2020-02-11, and 进行中 on it', async ({ page }) => {
    await openAt(page, '/dates/', '2020-02-10T12:00:00+08:00');
    await expect(page.locator('#round-hunan-2020 .round-status')).toHaveText('尚未发布');
    await expect(page.locator('#hunan-2020-key-b .date-state')).toHaveText('未开始');
    await openAt(page, '/dates/', '2020-02-11T12:00:00+08:00');
    await expect(page.locator('#round-hunan-2020 .round-status')).toHaveText('进行中');
    await expect(page.locator('#hunan-2020-key-b .date-state')).toHaveText('办理中，还剩 29 天');
  });
});

test.describe('on a device set to UTC', () => {
  test.use({ timezoneId: 'UTC' });

  test('/dates/ says the states are for Beijing time, from the device’s clock (20:00 UTC is 04:00 the next day there)', async ({ page }) => {
    await openAt(page, '/dates/', '2024-07-31T20:00:00Z');
    await expect(page.locator('#zhuzhou-2024-online-verification .date-state')).toHaveText('已截止');
    const line = page.locator('[data-as-of]');
    await expect(line).toHaveText('本页状态按北京时间2024年8月1日（据您设备的时钟）计算。');
    // It sits above the tables: it must not point at what is "above".
    await expect(line).not.toContainText('以上');
  });
});
