/**
 * The browser measurements of `npm run perf`, in Chromium driven by Playwright with CDP throttling. Each function
 * opens fresh browser contexts (an empty HTTP cache, no service worker yet: a first visit) and returns raw figures in
 * milliseconds; scripts/perf.mjs takes medians and prints the table.
 */

/** Lighthouse's mobile preset (moto g power 2022 screen) and its slow-4G + 4× CPU throttling figures. */
export const MOBILE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
  userAgent: 'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Mobile Safari/537.36',
};
/** 1.6 Mbit/s down (Lighthouse counts 1,024 kbit per Mbit), 750 kbit/s up, 150 ms round trip per request. */
export const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
/** The PDF's line: 10 Mbit/s (1,250,000 bytes/s) down and up, 40 ms round trip. */
export const LINE_10M = { offline: false, latency: 40, downloadThroughput: 1_250_000, uploadThroughput: 1_250_000 };

/**
 * Waits until the whole browser is idle (all its processes together use under 5% of one core over half a second,
 * for at most 15 s) and returns how long that took. Each new context opens a new window, and in the full Chromium
 * (156) each new window loads its own omnibox popup page (chrome://omnibox-popup.top-chrome) in a renderer of its
 * own: about 1 s of CPU unthrottled, and in a trace of a first visit at 4× CPU 3.2 s of that renderer's main thread,
 * running beside the page on this machine's two cores. A phone's browser does no such thing, and a person opens a
 * link in a browser whose window is already there (as Lighthouse does, in a tab it keeps), so each measure starts
 * once the browser's own start-up work is done. The headless shell opens no such page and is idle at once.
 */
export async function browserIdle(browser, { quietShare = 0.05, every = 500, most = 15_000 } = {}) {
  const cdp = await browser.newBrowserCDPSession();
  const started = Date.now();
  try {
    const cpuSeconds = async () => (await cdp.send('SystemInfo.getProcessInfo')).processInfo.reduce((sum, p) => sum + p.cpuTime, 0);
    let before = await cpuSeconds();
    while (Date.now() - started < most) {
      await new Promise((resolve) => setTimeout(resolve, every));
      const now = await cpuSeconds();
      if ((now - before) * 1000 < quietShare * every) break;
      before = now;
    }
  } finally {
    await cdp.detach();
  }
  return Date.now() - started;
}

export async function throttle(page, { cpu, network }) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  if (network) await cdp.send('Network.emulateNetworkConditions', network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  return cdp;
}

/**
 * In the page from its first byte: layout shifts (value, time, whether input preceded), the largest contentful paint,
 * and when `[data-ready]` (the calculator island's "ready") first appears, all on the navigation's clock.
 */
function observePageLoad() {
  const perf = { shifts: [], lcp: 0, ready: null };
  Object.defineProperty(window, '__perf', { value: perf });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) perf.shifts.push({ value: e.value, at: e.startTime, input: e.hadRecentInput });
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) perf.lcp = e.renderTime || e.loadTime || e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  const seen = (node) => node.nodeType === 1 && (node.matches('[data-ready]') || node.querySelector('[data-ready]') !== null);
  const watch = new MutationObserver((records) => {
    for (const r of records) {
      if ((r.type === 'attributes' && seen(r.target)) || [...r.addedNodes].some(seen)) {
        perf.ready = performance.now();
        watch.disconnect();
        return;
      }
    }
  });
  watch.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
}

/** CLS as Lighthouse and web-vitals define it: the largest session window (gaps < 1 s, at most 5 s) of shifts without recent input. */
export function sessionWindowCls(shifts) {
  let best = 0;
  let sum = 0;
  let first = -Infinity;
  let last = -Infinity;
  for (const s of shifts.filter((x) => !x.input).sort((a, b) => a.at - b.at)) {
    if (s.at - last < 1000 && s.at - first < 5000) sum += s.value;
    else [sum, first] = [s.value, s.at];
    last = s.at;
    best = Math.max(best, sum);
  }
  return best;
}

/**
 * One first visit to `url` on a throttled phone: `{ cls, lcp, ready }` (ready only where the page has `[data-ready]`).
 * Shifts are counted until the network has been quiet for 500 ms after load (and after ready), as Lighthouse's trace
 * runs until the page settles. The page is opened once the browser is idle (browserIdle), unless `idleFirst` is false.
 */
export async function pageLoad(browser, url, { cpu = 4, network = SLOW_4G, waitReady = false, idleFirst = true } = {}) {
  const context = await browser.newContext({ ...MOBILE, locale: 'zh-CN', serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    if (idleFirst) await browserIdle(browser);
    await page.addInitScript(observePageLoad);
    await throttle(page, { cpu, network });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    if (waitReady) await page.waitForSelector('[data-ready]', { state: 'attached', timeout: 120_000 });
    await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => {});
    const perf = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.__perf)))));
    return { cls: sessionWindowCls(perf.shifts), lcp: perf.lcp, ready: perf.ready };
  } finally {
    await context.close();
  }
}

/** Opens the calculator and imports a draft through its 导入草稿 file input, as a person would. */
export async function calculatorWith(page, origin, draft) {
  await page.goto(`${origin}/calculator/`);
  await page.waitForSelector('[data-ready]', { timeout: 60_000 });
  await page.locator('#calc-import').setInputFiles({ name: '测算草稿.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(draft)) });
  await page.locator('#calc-draft-notice').filter({ hasText: '已导入' }).waitFor({ timeout: 60_000 });
}

/**
 * Keystroke → next frame in 全天天数 of the first activity of `draft` (500 activities), with real key presses
 * (page.keyboard.press: '5', Backspace, …) at `cpu`× CPU: from the key event's timestamp to a task queued by the first
 * animation frame after the input event, i.e. once that frame has been produced. Returns the `count` figures after
 * `warmUp` presses. With `withoutScript`, the page's own listeners never see the key (the measure's listener, added
 * after, still does). With `phone`, in Lighthouse's phone screen (412×823, touch), the field reached by taps.
 */
export async function keystrokes(browser, origin, draft, { cpu, count = 40, warmUp = 5, withoutScript = false, phone = false }) {
  const context = await browser.newContext({ locale: 'zh-CN', ...(phone ? MOBILE : {}) });
  try {
    const page = await context.newPage();
    await calculatorWith(page, origin, draft);
    const edit = page.getByRole('button', { name: /修改\s*第1项$/ });
    const days = page.getByRole('group', { name: /^第1项/ }).getByLabel('全天天数（天）');
    // On a desktop the mouse clicks 修改 and stays over the page (each frame then also handles a mouse move); on a
    // phone a finger taps 修改 and the field, and nothing rests on the screen.
    if (phone) {
      await edit.tap();
      await days.tap();
    } else {
      await edit.click();
      await days.focus();
    }
    // The calculator's own handling of the key switched off (its input event stops at the document, before the
    // page's listeners): what the same page costs the browser alone, the floor under this page's figure.
    if (withoutScript) await page.evaluate(() => document.addEventListener('input', (event) => event.stopPropagation(), true));
    return await timeKeys(page, { cpu, count, warmUp });
  } finally {
    await context.close();
  }
}

/**
 * The same measure on a page that holds nothing but one labelled input and a paragraph: what a keystroke costs the
 * browser itself on this machine, the floor under the calculator's figure.
 */
export async function keystrokeFloor(browser, { cpu, count = 40, warmUp = 5 }) {
  const context = await browser.newContext({ locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    await page.setContent(`<!doctype html><html lang="zh-CN"><body><label>全天天数（天）<input id="days" inputmode="numeric"></label><p>${'继续教育学时'.repeat(60)}</p></body></html>`);
    await page.locator('#days').focus();
    return await timeKeys(page, { cpu, count, warmUp });
  } finally {
    await context.close();
  }
}

/** Presses '5' and Backspace by turns in the focused field at `cpu`× CPU; each key's time to the next frame. */
async function timeKeys(page, { cpu, count, warmUp }) {
  await browserIdle(page.context().browser());
  await throttle(page, { cpu });
  await page.evaluate(() => {
    const times = [];
    Object.defineProperty(window, '__keys', { value: times });
    document.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        const onInput = () => {
          document.removeEventListener('input', onInput, true);
          requestAnimationFrame(() => setTimeout(() => times.push(performance.now() - start), 0));
        };
        document.addEventListener('input', onInput, true);
      },
      true,
    );
  });
  for (let i = 0; i < warmUp + count; i++) {
    await page.keyboard.press(i % 2 ? 'Backspace' : '5');
    await page.waitForTimeout(cpu > 1 ? 250 : 150);
  }
  const times = await page.evaluate(() => window.__keys);
  if (times.length !== warmUp + count) throw new Error(`expected ${warmUp + count} input events, got ${times.length}`);
  return times.slice(warmUp);
}

/**
 * The PDF worksheet on a 10 Mbit/s line at `cpu`× CPU, `runs` first visits: in each, the draft is imported, then
 * 下载PDF工作表 is pressed once (first PDF: jsPDF and the font fetched) and `warm` more times (everything in memory).
 * Time runs from the press (the click reaching the page) to the click on the download link the page makes for the
 * PDF; the press comes right after scrolling to the button, so fetches started on intent have no head start.
 */
export async function pdfTimes(browser, origin, draft, { cpu, runs = 3, warm = 2 }) {
  const first = [];
  const later = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ locale: 'zh-CN', acceptDownloads: true });
    try {
      const page = await context.newPage();
      await page.addInitScript(() => {
        const done = [];
        let pressed = 0;
        Object.defineProperty(window, '__pdf', { value: done });
        document.addEventListener(
          'click',
          (event) => {
            const target = event.target instanceof Element ? event.target : null;
            if (target?.closest('button')?.textContent?.includes('下载PDF工作表')) pressed = performance.now();
            else if (target?.matches('a[download$=".pdf"]') && pressed > 0) done.push(performance.now() - pressed);
          },
          true,
        );
      });
      await calculatorWith(page, origin, draft);
      await browserIdle(browser);
      await throttle(page, { cpu, network: LINE_10M });
      const button = page.getByRole('button', { name: '下载PDF工作表' });
      for (let i = 0; i <= warm; i++) {
        await button.scrollIntoViewIfNeeded();
        const download = page.waitForEvent('download', { timeout: 120_000 });
        await button.click();
        await (await download).path();
        await page.waitForFunction((n) => window.__pdf.length === n, i + 1);
        await page.waitForTimeout(300);
      }
      const [cold, ...rest] = await page.evaluate(() => window.__pdf);
      first.push(cold);
      later.push(...rest);
    } finally {
      await context.close();
    }
  }
  return { first, warm: later };
}
