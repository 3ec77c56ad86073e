import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';

test('the dates page lists the 2024 round first and offers each date still to come as a calendar file', async ({ page }) => {
  // While the 2024 round is open, by the visitor's clock (after a date, no reminder is offered: round-clock.spec).
  await page.clock.setFixedTime(new Date('2024-07-01T09:00:00+08:00'));
  await page.goto('/dates/');
  const headings = page.locator('main h2');
  await expect(headings.first()).toContainText('株人社函〔2024〕5号');
  const row = page.locator('#zhuzhou-2024-city-units');
  await expect(row).toContainText('7月15日至8月16日前');
  await expect(row.getByRole('link', { name: '通知 二（一）' })).toHaveAttribute('href', '/notices/zhuzhou-2024/#tz-2-1');
  const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('link', { name: /下载 \.ics/ }).click()]);
  expect(download.suggestedFilename()).toBe('zhuzhou-2024-city-units.ics');
  const ics = await readFile(await download.path(), 'utf8');
  expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20240715\r\n');
  expect(ics).toContain('\r\nDTEND;VALUE=DATE:20240817\r\n');
  expect(ics).toContain('UID:zhuzhou-2024-city-units@hunan-jxjy-hours');
  // Whom the notice sends elsewhere without a date are listed under the table, with their clause: a county school
  // teacher found no line for herself (a new user's check).
  const undated = page.getByRole('heading', { name: '通知未列办理时间的人员' });
  await expect(undated).toHaveCount(1);
  const county = page.locator('#zhuzhou-2024-counties');
  await expect(county).toContainText('县市区参评职称人员：由县市区人力资源和社会保障部门按相关规定组织实施');
  await expect(county.getByRole('link', { name: '通知 二（二）' })).toHaveAttribute('href', '/notices/zhuzhou-2024/#tz-2-2');
  await expect(page.locator('#zhuzhou-2024-others')).toContainText('非公有制经济组织、社会组织及自由职业专业技术人员');
  await expectNoSeriousA11yViolations(page);
  // The online system's 6月至7月 leads to its own sentence, marked, not to the heading of 通知 二 with the sentence
  // off the first screen (an HR clerk sending the deadline to a colleague).
  const online = page.locator('#zhuzhou-2024-online-verification').getByRole('link', { name: '通知 二 第二段', exact: true });
  await expect(online).toHaveAttribute('href', '/notices/zhuzhou-2024/#tz-2-n2');
  await online.click();
  const sentence = page.locator('#tz-2-n2');
  await expect(sentence).toContainText('全面启用网上核认系统，于6月至7月集中办理');
  await expect(sentence).toBeInViewport();
  await expect(sentence.locator('.clause-where')).toContainText('您打开的条款：通知 二 第二段');
});

test('a deadline with only an end date is a one-day event on that date', async ({ request }) => {
  const ics = await (await request.get('/dates/hunan-2020-universities.ics')).text();
  expect(ics).toContain('DTSTART;VALUE=DATE:20200831\r\nDTEND;VALUE=DATE:20200901\r\n');
});

test('a checklist entry and a date row opened from a link (as search results lead there) are marked as a clause is', async ({ page }) => {
  const marked = 'rgb(255, 244, 194)';
  await page.goto('/checklists/zhuzhou-2024/#form-f7');
  await expect(page.locator('#form-f7')).toBeInViewport();
  await expect(page.locator('#form-f7')).toHaveCSS('background-color', marked);
  await expect(page.locator('#form-f8')).not.toHaveCSS('background-color', marked);
  await page.goto('/dates/#zhuzhou-2024-city-units');
  await expect(page.locator('#zhuzhou-2024-city-units')).toBeInViewport();
  await expect(page.locator('#zhuzhou-2024-city-units')).toHaveCSS('background-color', marked);
});

test('at 1280 px and at 特大, no date breaks at its hyphen and 下载 .ics stays on one line', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // A day when the 2024 round's calendar links are offered.
  await page.clock.setFixedTime(new Date('2024-07-01T09:00:00+08:00'));
  for (const size of ['standard', 'xlarge']) {
    await page.addInitScript((s) => window.localStorage.setItem('jxjy-text-size', s), size);
    await page.goto('/dates/');
    const days = page.locator('.range .day');
    expect(await days.count()).toBeGreaterThan(0);
    const broken = await page.locator('.range .day, .dates td[data-label="日历"] a').evaluateAll((els) =>
      els.filter((el) => new Set([...el.getClientRects()].map((r) => Math.round(r.top))).size > 1).map((el) => el.textContent),
    );
    expect(broken, size).toEqual([]);
    await expect(page.locator('.dates td[data-label="日历"] a:visible').first()).toBeVisible();
  }
});
