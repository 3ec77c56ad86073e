import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { layoutShift, pushedDown } from './support/layout-shift';

test('the notice index lists both notices, the current one first, with links', async ({ page }) => {
  await page.goto('/notices/');
  await expect(page).toHaveTitle(/政策原文/);
  const links = page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link');
  await expect(links).toHaveCount(2);
  await expect(links.nth(0)).toHaveAttribute('href', /\/notices\/zhuzhou-2024\/$/);
  await expect(links.nth(1)).toHaveAttribute('href', /\/notices\/hunan-2020\/$/);
  await expect(page.getByRole('main')).toContainText('株人社函〔2024〕5号');
  await expect(page.getByRole('main')).toContainText('湘人社函〔2020〕11号');
  await expect(page.getByRole('main')).toContainText('未注明成文日期');
  await expect(page.getByRole('main')).toContainText('2020年2月11日');
  await expect(page.getByRole('main')).toContainText('本站收录的最新通知');
  await expect(page.getByRole('main')).not.toContainText('现行');
  await expectNoSeriousA11yViolations(page);
  await links.nth(1).click();
  await expect(page).toHaveURL(/\/notices\/hunan-2020\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('关于做好2020年专业技术人员继续教育有关工作的通知');
});

test('a shared clause link lands on the highlighted clause', async ({ page }) => {
  await page.goto('/notices/zhuzhou-2024/#fj1-2-4');
  await expect(page).toHaveTitle(/株人社函〔2024〕5号/);
  await expect(page.getByRole('main')).toContainText('株人社函〔2024〕5号');
  // The notice's text gives no date: its details say so, as the index does, rather than leave the row out.
  await expect(page.locator('.notice-header .meta > div', { hasText: '成文日期' }).locator('dd')).toHaveText('未注明成文日期');
  const clause = page.locator('#fj1-2-4');
  await expect(clause).toContainText('获得国家发明专利');
  expect(await clause.evaluate((el) => el.matches(':target'))).toBe(true);
  await expect(clause).toBeInViewport();
  const style = await clause.evaluate((el) => {
    const s = getComputedStyle(el);
    return { background: s.backgroundColor, outline: s.outlineStyle, outlineWidth: s.outlineWidth, scrollMargin: s.scrollMarginTop };
  });
  expect(style.background).not.toBe('rgba(0, 0, 0, 0)');
  expect(style.outline).toBe('solid');
  expect(parseFloat(style.outlineWidth)).toBeGreaterThan(0);
  expect(parseFloat(style.scrollMargin)).toBeGreaterThan(0);
  await expectNoSeriousA11yViolations(page);
});

const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

test.describe('a clause opened from a link on a phone', () => {
  test.use(phone);

  test('says where it is (附件1 二 4) and which notice it belongs to, on screen with the clause', async ({ page }) => {
    await page.goto('/notices/zhuzhou-2024/#fj1-2-4');
    const where = page.locator('#fj1-2-4 .clause-where');
    await expect(where).toBeVisible();
    await expect(where).toHaveText('您打开的条款：附件1 二 4株人社函〔2024〕5号《关于做好2024年专业技术人员继续教育有关工作的通知》');
    await expect(where).toBeInViewport();
    await expect(page.locator('.clause-where:visible')).toHaveCount(1);
    expect(await layoutShift(page)).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoSeriousA11yViolations(page);
  });

  test('an earlier round’s clause says 往年通知，供参考 where it opens, not only at the page’s top (a new user took 2020’s 著作 90 学时 for the rule)', async ({ page }) => {
    await page.goto('/notices/hunan-2020/#fj1-2-3');
    const where = page.locator('#fj1-2-3 .clause-where');
    await expect(where).toBeInViewport();
    await expect(where.locator('.clause-where-old')).toHaveText('往年通知，供参考');
    expect(await layoutShift(page)).toBe(0);
    await expectNoSeriousA11yViolations(page);
    // The round in force says nothing of the kind.
    await page.goto('/notices/zhuzhou-2024/#fj1-2-3');
    await expect(page.locator('#fj1-2-3 .clause-where')).toBeVisible();
    await expect(page.locator('.clause-where-old')).toHaveCount(0);
  });

  test('on a slow phone, the clause is painted with its box from the first frame: the text does not jump', async ({ page }) => {
    // At 6× slower CPU the first paint comes before the fragment is reached; the box (您打开的条款) then pushed the
    // clause's text down by 80 px (CLS 0.064 in every run). The page now waits for the clause before painting.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    await page.goto('/notices/zhuzhou-2024/#fj1-2-4');
    await expect(page.locator('#fj1-2-4 .clause-where')).toBeInViewport();
    // Nothing in the notice's text is pushed down (the box did it by 80 px). Only the text: at 6× the header can still
    // settle a few pixels in a rare run, which is not what this checks.
    expect(await pushedDown(page, '.clause-text')).toBeLessThanOrEqual(0);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  });

  test('the next clause’s # tapped right after opening a link: its whole box is on screen, the last one gone', async ({ page }) => {
    // A box shown for the opened clause until the address changed was still in place while the browser scrolled to
    // the next clause: the old box then went, and the new one landed 45 px above the screen (clause 4 → 5).
    await page.goto('/notices/zhuzhou-2024/#fj1-2-4');
    await expect(page.locator('#fj1-2-4 .clause-where')).toBeInViewport();
    await page.getByRole('link', { name: '本条链接：附件1 二 5' }).tap();
    const where = page.locator('#fj1-2-5 .clause-where');
    await expect(where).toBeVisible();
    await expect(page.locator('.clause-where:visible')).toHaveCount(1);
    await expect.poll(() => where.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeGreaterThanOrEqual(0);
    await expect(where).toBeInViewport({ ratio: 1 });
  });

  test('a clause’s # and 复制链接 take a tap 44 px high, without making its line taller', async ({ page }) => {
    await page.goto('/notices/zhuzhou-2024/#fj1-2-3');
    const tools = page.locator('#fj1-2-3 .clause-tools');
    await expect(tools.getByRole('button', { name: /复制链接/ })).toBeVisible();
    const hits = await tools.evaluate((el) => {
      const out: string[] = [];
      for (const target of el.querySelectorAll<HTMLElement>('.clause-anchor, .clause-copy')) {
        // The box a person sees: the button's drawn border is inside a transparent one (its padding box).
        const box = target.getBoundingClientRect();
        const r = target.clientHeight > 0 ? new DOMRect(box.left + target.clientLeft, box.top + target.clientTop, target.clientWidth, target.clientHeight) : box;
        const x = r.left + r.width / 2;
        // 9 px above and below the visible box, and 3 px beyond each side (the two are 8 px apart).
        for (const [px, py] of [[x, r.top - 9], [x, r.bottom + 9], [r.left - 3, r.top + r.height / 2], [r.right + 3, r.top + r.height / 2]] as const) {
          const hit = document.elementFromPoint(px, py);
          if (hit !== target) out.push(`${target.textContent?.trim()} at (${Math.round(px)}, ${Math.round(py)}): ${hit?.tagName ?? 'nothing'}`);
        }
      }
      const drawn = [...el.querySelectorAll<HTMLElement>('.clause-copy')].map((b) => b.clientHeight);
      return { missed: out, height: el.getBoundingClientRect().height, drawn };
    });
    expect(hits.missed).toEqual([]);
    // The visible line stays as it was (the larger area is an empty box around each control).
    expect(hits.height).toBeLessThan(30);
    expect(hits.drawn.every((h) => h < 26), `复制链接 drawn ${hits.drawn.join(', ')} px high`).toBe(true);
  });

  test('a link whose # names no clause says so where the page opens, and a clause link then clears it', async ({ page }) => {
    await page.goto('/notices/zhuzhou-2024/#fj1-2-99');
    const note = page.getByRole('status').filter({ hasText: '未找到链接所指的条款' });
    await expect(note).toHaveText('未找到链接所指的条款（#fj1-2-99）。链接可能有误或已过时，请从下面的目录查找。');
    await expect(note).toBeInViewport();
    // Whatever follows the #, it is shown as text.
    await page.goto('/notices/zhuzhou-2024/#%3Cimg%20src%3Dx%3E');
    await expect(note).toContainText('（#<img src=x>）');
    await expect(page.locator('.notice img')).toHaveCount(0);
    await page.getByRole('navigation', { name: '目录' }).getByRole('link').first().tap();
    await expect(note).toBeHidden();
    await page.goto('/notices/zhuzhou-2024/#fj1-2-4');
    await expect(page.locator('#clause-missing')).toBeHidden();
    // The # changed on the page already open, far down it: the page is taken to the note.
    await page.evaluate(() => (location.hash = '#fj1-2-98'));
    await expect(note).toHaveText('未找到链接所指的条款（#fj1-2-98）。链接可能有误或已过时，请从下面的目录查找。');
    await expect(note).toBeInViewport();
  });

  test('a clause link typed in capitals (#TZ-1) opens that clause, marked, with no note that it was not found', async ({ page }) => {
    await page.goto('/notices/hunan-2020/#TZ-1');
    await expect(page).toHaveURL(/\/notices\/hunan-2020\/#tz-1$/);
    await expect(page.locator('#tz-1')).toBeInViewport();
    await expect(page.locator('#clause-missing')).toBeHidden();
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('tz-1');
  });

  test('at 特大, a link whose # names no clause opens with its note on screen, below the title and details', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('jxjy-text-size', 'xlarge'));
    await page.goto('/notices/zhuzhou-2024/#nope-9');
    const note = page.getByRole('status').filter({ hasText: '未找到链接所指的条款（#nope-9）' });
    await expect(note).toBeVisible();
    await expect(note).toBeInViewport({ ratio: 1 });
  });

  test('moves to the next clause whose link is followed, and names headings without changing them', async ({ page }) => {
    await page.goto('/notices/zhuzhou-2024/#fj1-2-4');
    await page.getByRole('link', { name: '本条链接：附件1 二 5' }).tap();
    await expect(page.locator('#fj1-2-5 .clause-where')).toContainText('您打开的条款：附件1 二 5');
    await expect(page.locator('.clause-where:visible')).toHaveCount(1);
    await page.goto('/notices/hunan-2020/#fj1-2');
    const where = page.locator('.clause-where:visible');
    await expect(where).toHaveCount(1);
    await expect(where).toContainText('您打开的条款：附件 二');
    await expect(where).toContainText('湘人社函〔2020〕11号《关于做好2020年专业技术人员继续教育有关工作的通知》');
    await expect(where).toBeInViewport();
    await expect(page.locator('#fj1-2')).toHaveText(/^二、/);
  });

  test('needs no JavaScript, and a page opened without a clause shows no such note', async ({ browser }) => {
    const context = await browser.newContext({ ...phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/notices/zhuzhou-2024/#tz-2');
    await expect(page.locator('.clause-where:visible')).toHaveText('您打开的条款：通知 二株人社函〔2024〕5号《关于做好2024年专业技术人员继续教育有关工作的通知》');
    await page.goto('/notices/zhuzhou-2024/');
    await expect(page.locator('.clause-where:visible')).toHaveCount(0);
    await context.close();
  });
});

test('the table of contents links to the notice’s sections and every attachment', async ({ page }) => {
  await page.goto('/notices/zhuzhou-2024/');
  const toc = page.getByRole('navigation', { name: '目录' });
  await expect(toc.getByRole('link', { name: /^附件\d/ })).toHaveCount(6);
  for (const [name, id] of [['二、认真开展职称参评人员继续教育学时核认', 'tz-2'], ['附件6　株洲市已备案国家级、省级、市级专业技术人员继续教育基地一览表', 'fj6'], ['三、学时核认申报', 'fj2-3']] as const) {
    await toc.getByRole('link', { name, exact: true }).first().click();
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await expect(page.locator(`#${id}`)).toBeInViewport();
  }
  // Attachments follow the notice in number order, each under a heading with its number and title.
  const titles = await page.locator('section.attachment h2').allTextContents();
  expect(titles.map((t) => t.slice(0, 3))).toEqual(['附件1', '附件2', '附件3', '附件4', '附件5', '附件6']);
  await expect(page.getByRole('region', { name: /^附件1\s*继续教育学时折算细则$/ })).toBeVisible();
});

test('every clause has a plain # link, which works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/notices/hunan-2020/');
  const clauses = await page.locator('[data-clause]').count();
  expect(clauses).toBeGreaterThan(40);
  await expect(page.locator('.clause-anchor')).toHaveCount(clauses);
  await expect(page.getByRole('link', { name: '本条链接：附件 二 4' })).toHaveAttribute('href', '#fj1-2-4');
  await expect(page.locator('button.clause-copy').first()).toBeHidden();
  await context.close();
});

test('the copy button copies the clause’s full address and says so', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
  await page.goto('/notices/zhuzhou-2024/');
  const button = page.getByRole('button', { name: '复制链接：附件2 第7步' });
  await expect(button).toBeVisible();
  await button.click();
  await expect(page.getByRole('status')).toHaveText('链接已复制');
  await expect(page.locator('[aria-live]').filter({ hasText: '链接已复制' })).toHaveCount(1);
  // Said on the button, not in a bar over the page (which covered the next clause's button on a phone); read out all the same.
  await expect(button).toHaveText('已复制');
  expect((await page.getByRole('status').boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
  await expect(button).toHaveText('复制链接', { timeout: 5000 });
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(new URL('/notices/zhuzhou-2024/#fj2-s7', page.url()).href);
  expect(copied).toBe(`${page.url()}#fj2-s7`);
});

test('without clipboard access the address is shown selected for copying by hand', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
  await page.goto('/notices/zhuzhou-2024/');
  await page.getByRole('button', { name: '复制链接：通知 一（二）' }).click();
  const field = page.getByRole('textbox', { name: '本条链接' });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(/\/notices\/zhuzhou-2024\/#tz-1-2$/);
  expect(await field.evaluate((el: HTMLInputElement) => (el.selectionEnd ?? 0) - (el.selectionStart ?? 0))).toBe((await field.inputValue()).length);
  // The box shows where the address starts (it showed its end, ocalhost:…/notices/…, a new user's re-check).
  expect(await field.evaluate((el: HTMLInputElement) => [el.selectionDirection, el.scrollLeft])).toEqual(['backward', 0]);
  await expect(page.getByRole('status')).toContainText('请按 Ctrl+C（苹果电脑按 ⌘+C）复制');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('without clipboard access the address is shown selected, with a long press to copy it, not keys', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await page.goto('/notices/zhuzhou-2024/');
    await page.getByRole('button', { name: '复制链接：通知 一（二）' }).tap();
    await expect(page.getByRole('textbox', { name: '本条链接' })).toHaveValue(/\/notices\/zhuzhou-2024\/#tz-1-2$/);
    await expect(page.getByRole('status')).toHaveText('无法直接复制，链接已选中，请长按链接后选择“复制”。');
  });
});

test('with a mouse, each clause’s # and 复制链接 are at least 24 × 24 px (WCAG 2.2, 2.5.8)', async ({ page }) => {
  await page.goto('/notices/zhuzhou-2024/');
  await expect(page.locator('button.clause-copy').first()).toBeVisible();
  const small = await page.locator('.clause-tools').evaluateAll((tools) =>
    tools.flatMap((el) =>
      [...el.querySelectorAll<HTMLElement>('.clause-anchor, .clause-copy')].flatMap((target) => {
        const r = target.getBoundingClientRect();
        return r.width > 0 && (r.width < 24 || r.height < 24) ? [`${target.getAttribute('aria-label')}: ${r.width.toFixed(1)} × ${r.height.toFixed(1)}`] : [];
      }),
    ),
  );
  expect(small).toEqual([]);
});

test('keyboard users reach a copy button and see where focus is', async ({ page }) => {
  await page.goto('/notices/zhuzhou-2024/');
  await expect(page.locator('button.clause-copy').first()).toBeVisible();
  // The 字号 buttons in the header come first; Tab on to the first copy button.
  let focused = '';
  for (let i = 0; i < 80 && focused !== 'clause-copy'; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => (document.activeElement?.classList.contains('clause-copy') ? 'clause-copy' : ''));
  }
  expect(focused).toBe('clause-copy');
  const active = page.locator('button.clause-copy:focus');
  await expect(active).toHaveCount(1);
  const outline = await active.evaluate((el) => {
    const s = getComputedStyle(el);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
});

test('printing leaves out the navigation, the contents and the copy controls', async ({ page }) => {
  await page.goto('/notices/zhuzhou-2024/');
  await expect(page.locator('button.clause-copy').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: '当前位置' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: '目录' })).toBeHidden();
  expect(await page.locator('button.clause-copy:visible').count()).toBe(0);
  expect(await page.locator('.clause-anchor:visible').count()).toBe(0);
  await expect(page.locator('#fj1-2-4')).toBeVisible();
  await expect(page.getByRole('main')).toContainText('此件主动公开');
  // 附件6's table is on another page: on paper it is found by its full address (it said only 见本站继续教育基地一览).
  const note = page.locator('.table-note a');
  const printed = await note.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(printed).toBe(`"（网址：${new URL('/bases/', page.url()).href}）"`);
});

test('the notice page fits a 360 px screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/notices/', '/notices/zhuzhou-2024/', '/notices/hunan-2020/']) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
  }
});

test('the notice’s list of attachments leads to each attachment on the same page', async ({ page }) => {
  await page.goto('/notices/zhuzhou-2024/');
  await page.getByRole('main').getByRole('link', { name: '株洲市已备案国家级、省级、市级专业技术人员继续教育基地一览表' }).first().click();
  await expect(page).toHaveURL(/#fj6$/);
  await expect(page.locator('#fj6')).toBeInViewport();
  await expect(page.locator('#fj6')).toContainText('附件6');
});

test('the policy cases speak to a reader: each case numbered, no file paths or line numbers of the site’s sources', async ({ page }) => {
  for (const id of ['zhuzhou-2024', 'hunan-2020']) {
    await page.goto(`/rules/${id}/cases/`);
    const main = page.locator('main');
    await expect(main).not.toContainText('content/');
    await expect(main).not.toContainText('.yaml');
    await expect(main).not.toContainText(/第 \d+ 行/);
    const headings = main.locator('section.case h2');
    await expect(headings.first()).toContainText(/^案例 1：/);
    await expect(headings.nth(11)).toContainText(/^案例 12：/);
    await expect(headings.nth(11)).toHaveAttribute('id', 'case-12');
    // The notice's title in 《》, and no space before full-width punctuation (a new user's finding: “保存， 每次”, “ ；申报人”).
    await expect(main.locator('p').first()).toContainText('按《');
    const text = await main.innerText();
    expect(text.match(/.{0,12} [，。；：（）].{0,6}|[，。；：] .{0,6}/g) ?? []).toEqual([]);
  }
});

test('a policy case can be linked to by its #, and a case opened from a link is marked (a new user’s check: neither was so)', async ({ page }) => {
  // An officer sends a colleague 案例 40: the page said 每个案例有编号，便于引用, but gave no link and marked nothing.
  await page.goto('/rules/zhuzhou-2024/cases/#case-40');
  const heading = page.locator('#case-40');
  await expect(heading).toBeInViewport();
  await expect(heading).toHaveCSS('outline-style', 'solid');
  await expect(heading).toHaveCSS('background-color', 'rgb(255, 244, 194)');
  await expect(page.locator('#case-39')).toHaveCSS('outline-style', 'none');
  // Each case's # is its link, reached by the keyboard, and it marks the case it opens.
  const link = page.getByRole('link', { name: '本案例链接：案例 12', exact: true });
  await expect(link).toHaveAttribute('href', '#case-12');
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/rules\/zhuzhou-2024\/cases\/#case-12$/);
  await expect(page.locator('#case-12')).toHaveCSS('outline-style', 'solid');
  await expect(heading).toHaveCSS('outline-style', 'none');
  // Not on paper.
  await page.emulateMedia({ media: 'print' });
  await expect(link).toBeHidden();
  await expect(page.locator('#case-12')).toHaveCSS('outline-style', 'none');
});

test('links that leave the site say so and send no referrer, as on the guides page', async ({ page }) => {
  await page.goto('/notices/zhuzhou-2024/');
  const external = page.locator('main a[href^="https://ggfw.rst.hunan.gov.cn/"]').first();
  await expect(external).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(external).toContainText('（外部网站）');
});

test('each notice links to its policy cases, printed one table per case and all agreeing with the site', async ({ page }) => {
  await page.goto('notices/zhuzhou-2024/');
  await page.getByRole('link', { name: /政策测试案例/ }).click();
  await expect(page).toHaveURL(/\/rules\/zhuzhou-2024\/cases\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('政策测试案例');
  await expect(page.locator('.check')).toContainText(/全部 \d+ 个案例与本站测算一致/);
  expect(await page.locator('section.case').count()).toBeGreaterThanOrEqual(40);
  const first = page.locator('section.case').first();
  await expect(first.getByRole('table').last()).toContainText('结论');
  // A static page: no script file of its own, only the site-wide update-notice script (the 字号 script is inline).
  await expect(page.locator('script[src]:not([src*="UpdateNotice"])')).toHaveCount(0);
  await first.getByRole('link', { name: '通知 二' }).click();
  await expect(page).toHaveURL(/\/notices\/zhuzhou-2024\/#tz-2$/);
});
