/**
 * How the calculator starts: every script it needs at start is named in its HTML (fetched at once after the HTML, not
 * discovered one import at a time), a first visit fetches nothing it does not show, and the activity form, fetched
 * on use, still opens where the person expects it when its code arrives late or not at all.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { draftTools, openCalculator } from './calculator-helpers';

/** The activity form's code, at any address: fetched again after a failure, it is asked for with ?retry=N. */
const ACTIVITY_FORM = /\/_astro\/ActivityEditor\.[^/?]*\.js(?:\?.*)?$/;

/** Holds every request for the activity form's code until `release` is called. */
async function holdActivityForm(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(ACTIVITY_FORM, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/**
 * Kills a tab's renderer, as a phone drops a tab in the background (no pagehide, no save), and waits until its journal
 * entry is older than JOURNAL_STALE_MS (5 s): another tab then takes it in.
 */
async function killTab(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;
  await new Promise((resolve) => setTimeout(resolve, 5_500));
}

test('every script the calculator runs before it is ready is named in its HTML, and a first visit fetches nothing else', async ({ page }) => {
  // When the island says it is ready, on the page's own clock.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('.calculator[data-ready]') === null) return;
      (window as unknown as { readyAt: number }).readyAt = performance.now();
      observer.disconnect();
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
  });
  await openCalculator(page, '/calculator/', false);
  const { announced, before } = await page.evaluate(() => {
    const readyAt = (window as unknown as { readyAt: number }).readyAt;
    const path = (url: string) => new URL(url, location.href).pathname;
    const announced = [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => path(l.href));
    for (const s of document.querySelectorAll<HTMLScriptElement>('script[src]')) announced.push(path(s.src));
    for (const island of document.querySelectorAll('astro-island')) for (const a of ['component-url', 'renderer-url']) announced.push(path(island.getAttribute(a) ?? ''));
    const before = performance
      .getEntriesByType('resource')
      // Not the service worker's registration, which every page loads once it has loaded (src/lib/offline).
      .filter((e) => e.startTime < readyAt && path(e.name).endsWith('.js') && !/\/service-worker\.[^/]*\.js$/.test(path(e.name)))
      .map((e) => path(e.name));
    return { announced, before };
  });
  expect(before.length).toBeGreaterThan(0);
  // Nothing a first visit does not need: no draft reader (the draft schema), draft actions, activity form or results
  // parts, nor the round's whole data file (its notes and materials lists, for the parts below the results).
  expect(before.filter((p) => /\/(read-record|read-journal|read-draft|draft-actions|draft-file|share-link|ActivityEditor|ItemsTable|PdfButton|zhuzhou-2024)\.[^/]*\.js$/.test(p))).toEqual([]);
  expect(before.filter((p) => !announced.includes(p))).toEqual([]);
});

test('adding an activity before the form’s code has arrived shows the form when it arrives, with focus in its first field', async ({ page }) => {
  const release = await holdActivityForm(page);
  await openCalculator(page);
  await page.getByLabel('添加活动').selectOption({ label: '发表论文' });
  await page.getByRole('button', { name: '添加', exact: true }).click();
  await expect(page.getByText('正在载入第1项的表单…')).toBeVisible();

  release();
  const editor = page.getByRole('group', { name: /^第1项：发表论文$/ });
  await expect(editor).toBeVisible();
  // Where 添加 puts focus when the code is there: the form's first field (发表年份), ready for typing.
  const year = editor.getByLabel('发表年份');
  await expect(year).toBeFocused();
  await page.keyboard.type('2022');
  await expect(year).toHaveValue('2022');
});

test('when the activity form’s code cannot be fetched, the person is told and the figures stay', async ({ page }) => {
  // As when the network drops, or the site is updated while the page is open.
  await page.route(ACTIVITY_FORM, (route) => route.abort());
  await openCalculator(page);
  await page.getByLabel('添加活动').selectOption({ label: '发表论文' });
  await page.getByRole('button', { name: '添加', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: '第1项的表单未能载入' })).toBeVisible();
  await expect(page.locator('#calc-summary')).toContainText('1 项活动尚未填写完整');
});

test('before 职称级别 and 学历 are chosen, the span asks for them instead of saying the notice is silent', async ({ page }) => {
  await openCalculator(page, '/calculator/', false);
  const span = page.locator('#calc-span');
  await expect(span).toContainText('请先选择拟申报职称级别和最高学历，核认跨度随之按通知确定。');
  await expect(span).not.toContainText('未规定');
  await page.getByRole('radio', { name: '副高级' }).check();
  await expect(span).toContainText('请先选择拟申报职称级别和最高学历');
  await page.getByRole('radio', { name: '大学本科' }).check();
  await expect(span.locator('.span-value')).toContainText('2019～2023 年');
  await expect(span).not.toContainText('请先选择');
});

test('a form whose code could not be fetched can be loaded again or taken back out, by keyboard', async ({ page }) => {
  let refuse = true;
  await page.route(ACTIVITY_FORM, (route) => (refuse ? route.abort() : route.continue()));
  await openCalculator(page);
  const add = async () => {
    await page.getByLabel('添加活动').selectOption({ label: '发表论文' });
    await page.getByRole('button', { name: '添加', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: /第\d项的表单未能载入/ })).toBeVisible();
  };
  await add();
  // Focus on 重新载入表单, not left on 添加 below the message.
  await expect(page.getByRole('button', { name: '重新载入表单' })).toBeFocused();
  // 取消添加 takes the unfinished activity out: nothing is left counted as 尚未填写, focus back at 添加活动.
  await page.getByRole('button', { name: '取消添加' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: '表单未能载入' })).toHaveCount(0);
  await expect(page.locator('#calc-summary')).not.toContainText('尚未填写完整');
  await expect(page.getByLabel('添加活动')).toBeFocused();
  // Once the line is back, 重新载入表单 shows the form, focus in its first field, and typing goes on there.
  await add();
  // Pressed while the line is still down: said beside the button, which keeps focus.
  const again = page.getByRole('button', { name: '重新载入表单' });
  await again.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '仍未能载入，请检查网络后再试。' })).toBeVisible();
  await expect(again).toBeFocused();
  refuse = false;
  await page.keyboard.press('Enter');
  const editor = page.getByRole('group', { name: /^第1项：发表论文$/ });
  const year = editor.getByLabel('发表年份');
  await expect(year).toBeFocused();
  await year.pressSequentially('2022', { delay: 60 });
  await expect(year).toHaveValue('2022');
});

test('a form opened after an earlier one failed to load says it is loading while its own fetch is under way', async ({ page }) => {
  let line: 'down' | 'slow' | 'up' = 'down';
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(ACTIVITY_FORM, async (route) => {
    if (line === 'down') return route.abort();
    if (line === 'slow') await released;
    return route.continue();
  });
  await openCalculator(page);
  await page.getByLabel('添加活动').selectOption({ label: '发表论文' });
  await page.getByRole('button', { name: '添加', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: '第1项的表单未能载入' })).toBeVisible();
  await page.getByRole('button', { name: '取消添加' }).click();

  // The line is back, and slow: the next form's fetch is under way. It was told 未能载入 at once (the earlier failure).
  line = 'slow';
  await page.getByLabel('添加活动').selectOption({ label: '发表论文' });
  await page.getByRole('button', { name: '添加', exact: true }).click();
  await expect(page.getByText('正在载入第1项的表单…')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: '表单未能载入' })).toHaveCount(0);
  release();
  const year = page.getByRole('group', { name: /^第1项：发表论文$/ }).getByLabel('发表年份');
  await expect(year).toBeFocused();
  await year.pressSequentially('2021', { delay: 60 });
  await expect(year).toHaveValue('2021');
});

test('重新载入表单 pressed while a fetch begun offline is still under way loads the form once that fetch has failed', async ({ page }) => {
  // As on a slow phone: moving to the button starts a fetch (the page fetches what a person heads for) before the line
  // is back, and it fails only after the press. The press waited for that fetch alone and the form never came (CI).
  let line: 'down' | 'slow and down' | 'up' = 'down';
  let failHeld = () => {};
  const held = new Promise<void>((resolve) => (failHeld = resolve));
  let holding = false;
  await page.route(ACTIVITY_FORM, async (route) => {
    if (line === 'up') return route.continue();
    if (line === 'slow and down') {
      holding = true;
      await held;
    }
    return route.abort();
  });
  await openCalculator(page);
  await page.getByLabel('添加活动').selectOption({ label: '发表论文' });
  await page.getByRole('button', { name: '添加', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: '第1项的表单未能载入' })).toBeVisible();

  line = 'slow and down';
  const again = page.getByRole('button', { name: '重新载入表单' });
  // Moving to the button starts a fetch, unless one begun before (the page's own, once idle) is still failing: then
  // the next move does.
  await expect(async () => {
    await page.getByLabel('添加活动').focus();
    await again.focus();
    expect(holding).toBe(true);
  }).toPass();
  line = 'up';
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '正在重新载入…' })).toBeVisible();
  failHeld();
  const year = page.getByRole('group', { name: /^第1项：发表论文$/ }).getByLabel('发表年份');
  await expect(year).toBeFocused();
  await year.pressSequentially('2022', { delay: 60 });
  await expect(year).toHaveValue('2022');
});

test('a form opened before the round’s whole data file has come shows its fields’ hints once it has (the page bundles the round without them)', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/zhuzhou-2024\.[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await openCalculator(page);
  await page.getByLabel('添加活动').selectOption({ label: '培训、会议等（按天折算）' });
  await page.getByRole('button', { name: '添加', exact: true }).click();
  const format = page.getByRole('group', { name: /^第1项/ }).getByRole('group', { name: '形式' });
  await expect(format.getByRole('radio', { name: '培训班、研修班、进修班' })).toBeVisible();
  const hint = format.getByText('请改选“有学时证明的课程”');
  await expect(hint).toHaveCount(0);
  release();
  await expect(hint).toBeVisible();
});

test('when the round’s notes and materials lists cannot be fetched, the person is told and the figures stay', async ({ page }) => {
  // The page bundles the default round without them; the parts below the results wait for its whole data file.
  await page.route(/\/_astro\/zhuzhou-2024\.[^/]*\.js$/, (route) => route.abort());
  await openCalculator(page);
  await expect(page.getByRole('alert').filter({ hasText: '逐项明细、计算过程、材料清单和 PDF 工作表未能载入' })).toContainText('请检查网络后刷新页面，所填内容不受影响。');
  await page.getByLabel('添加活动').selectOption({ label: '发表论文' });
  await page.getByRole('button', { name: '添加', exact: true }).click();
  const editor = page.getByRole('group', { name: /^第1项：发表论文$/ });
  await editor.getByLabel('发表年份').pressSequentially('2022', { delay: 40 });
  await expect(page.getByRole('region', { name: '需准备的材料' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /PDF/ })).toHaveCount(0);
  // The first screen still counts: the form says what the item is short of, nothing went blank.
  await expect(page.locator('#calc-summary')).toContainText('1 项活动尚未填写完整');
});

test('while the calculator is still loading on a slow line, its form is dimmed and the foot of the screen says so; gone once it is ready', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  // The calculator's own code held back, as a slow line on a first visit holds it.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/calculator\.[^/?]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto('/calculator/');
  const calculator = page.locator('.calculator');
  await expect(calculator).toHaveAttribute('aria-busy', 'true');
  const waiting = () => calculator.evaluate((el) => ({ text: getComputedStyle(el, '::after').content, shown: getComputedStyle(el, '::after').visibility, form: getComputedStyle(el.querySelector('.calc-form') as Element).opacity }));
  // Not at once: a page ready within a second never shows it.
  expect((await waiting()).shown).toBe('hidden');
  await expect.poll(async () => (await waiting()).shown, { timeout: 3000 }).toBe('visible');
  expect(await waiting()).toEqual({ text: '"正在载入测算程序，请稍候…"', shown: 'visible', form: '0.55' });
  release();
  await expect(page.locator('[data-ready]')).toBeVisible();
  expect((await waiting()).text).toBe('none');
  expect((await waiting()).form).toBe('1');
});

test('what a killed tab had typed comes back on the next visit; where the code that takes it in cannot be fetched, the person is told and it comes back on the visit after', async ({ context }) => {
  const page = await context.newPage();
  await openCalculator(page);
  await page.getByText('姓名和工作单位（选填）').click();
  const name = page.getByLabel('姓名', { exact: true });
  await name.pressSequentially('张', { delay: 80 });
  await expect(page.locator('.save-state')).toContainText('已自动保存到本机');
  await name.pressSequentially('明', { delay: 80 });
  // Within the autosave delay the tab is killed, as a phone drops a tab in the background: no pagehide, no save. Only
  // the journal holds 明, and another tab takes it in once it is older than JOURNAL_STALE_MS (5 s).
  await killTab(context, page);
  const next = await context.newPage();
  const actions = /\/_astro\/draft-actions\.svelte\.[^/]*\.js$/;
  await next.route(actions, (route) => route.abort());
  await next.goto('/calculator/');
  await expect(next.locator('[data-ready]')).toBeVisible();
  await expect(next.locator('#calc-draft-notice')).toContainText('上次离开本页时未保存的修改暂未能取回（仍保留在本机）：所需的程序未能载入');
  await next.unroute(actions);
  await next.reload();
  await expect(next.locator('[data-ready]')).toBeVisible();
  await next.getByText('姓名和工作单位（选填）').click();
  await expect(next.getByLabel('姓名', { exact: true })).toHaveValue('张明');
  await expect(next.locator('#calc-draft-notice')).toHaveCount(0);
});

test('a tab opened after another was killed opens the draft that tab was typing in, not the one opened last elsewhere', async ({ context }) => {
  // A new user's phone dropped the tab she was typing in; the next tab opened the draft of her other tab (opened last),
  // and her training seemed gone.
  const a = await context.newPage();
  await openCalculator(a);
  await a.getByText('姓名和工作单位（选填）').click();
  const nameA = a.getByLabel('姓名', { exact: true });
  await nameA.pressSequentially('张', { delay: 80 });
  await expect(a.locator('.save-state')).toContainText('已自动保存到本机');
  const b = await context.newPage();
  await openCalculator(b, '/calculator/', false);
  await draftTools(b);
  await b.getByRole('button', { name: '新建草稿' }).click();
  await b.getByText('姓名和工作单位（选填）').click();
  await b.getByLabel('姓名', { exact: true }).pressSequentially('李', { delay: 80 });
  await expect(b.locator('.save-state')).toContainText('已自动保存到本机');
  await expect(b.locator('#calc-draft-current')).toHaveText('我的测算 2');
  await a.bringToFront();
  await nameA.pressSequentially('明', { delay: 80 });
  await killTab(context, a);
  const next = await context.newPage();
  await next.goto('/calculator/');
  await expect(next.locator('[data-ready]')).toBeVisible();
  await expect(next.locator('#calc-draft-current')).toHaveText('我的测算');
  await next.getByText('姓名和工作单位（选填）').click();
  await expect(next.getByLabel('姓名', { exact: true })).toHaveValue('张明');
});
