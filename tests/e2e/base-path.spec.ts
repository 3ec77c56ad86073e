/**
 * The same site built under a sub-path (SITE_BASE=/jxjy/, served by scripts/e2e-server.mjs), as when deployed
 * on an existing government site: every link, asset, search hit, clause link, share link and the PDF font
 * stay under the sub-path, with no Content-Security-Policy violation. Runs in the `base-path` project, whose
 * baseURL ends with the base.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { crawlSite } from './support/crawl';
import { watchCsp } from './support/csp';
import { addActivity, finish, openCalculator } from './calculator-helpers';

test('every page, link and asset stays under the base path', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const base = new URL(baseURL as string).pathname;
  expect(base).toBe('/jxjy/');
  const outside: string[] = [];
  const failed: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith('http') && !url.pathname.startsWith(base)) outside.push(r.url());
  });
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  // The Content-Security-Policy holds under the sub-path too (Chromium logs every violation to the console).
  const csp = await watchCsp(page);
  const pages = await crawlSite(page, baseURL as string);
  expect(pages.length).toBeGreaterThanOrEqual(13);
  for (const path of pages) expect(path.startsWith(base), path).toBe(true);
  // Links the crawler does not follow (calendar files, the draft schema) are under the base too.
  await page.goto('dates/');
  for (const href of await page.locator('a[href$=".ics"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
    expect(href.startsWith(`${base}dates/`), href).toBe(true);
  }
  expect(outside).toEqual([]);
  expect(failed).toEqual([]);
  expect(await csp.reports()).toEqual([]);
});

test('search hits, clause links, share links and the PDF font respect the base path', async ({ page, baseURL }) => {
  const base = new URL(baseURL as string).pathname;
  const csp = await watchCsp(page);
  await page.goto('search/?q=援疆');
  await expect(page.locator('#search-results a').first()).toBeVisible();
  const hits = await page.locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  for (const h of hits) expect(h.startsWith(base), h).toBe(true);
  expect(hits.some((h) => h.startsWith(`${base}notices/zhuzhou-2024/#fj1-2-7`)), hits.join('\n')).toBe(true);

  // The PDF font is fetched on intent (the PDF section in view, the button pointed at), so before the press:
  // every font request of this visit is recorded from the start.
  const fonts: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/fonts/generated/')) fonts.push(new URL(r.url()).pathname); });
  await openCalculator(page, 'calculator/');
  const editor = await addActivity(page, '发表论文');
  await editor.getByLabel('发表年份').fill('2022');
  await editor.getByRole('radio', { name: '独立或第一作者' }).check();
  await finish(editor);
  await expect(page.locator('table.item-table a').first()).toHaveAttribute('href', new RegExp(`^${base}notices/zhuzhou-2024/#fj1-`));

  await page.getByRole('button', { name: '生成分享链接' }).click();
  const link = await page.getByLabel('分享链接').inputValue();
  expect(link.startsWith(`${new URL(baseURL as string).origin}${base}calculator/#share=`)).toBe(true);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载PDF工作表' }).click();
  const pdf = await download;
  expect(fonts.length).toBeGreaterThan(0);
  for (const f of fonts) expect(f.startsWith(`${base}fonts/generated/`), f).toBe(true);
  expect(readFileSync((await pdf.path()) as string).subarray(0, 5).toString()).toBe('%PDF-');
  expect(await csp.reports()).toEqual([]);
});
