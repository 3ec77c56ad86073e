/**
 * The strict Content-Security-Policy (astro.config.mjs `security.csp`): every page carries it, and every page
 * type does its job under it — search, the bases filter, copy link, the upload pre-check, the calculator with
 * import, export, PDF and share links — without a single `securitypolicyviolation` or CSP console error.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { addActivity, finish, openCalculator, draftTools } from './calculator-helpers';
import { pagePolicy, watchCsp } from './support/csp';

const contentPages = [
  '/',
  '/notices/',
  '/notices/hunan-2020/',
  '/notices/zhuzhou-2024/',
  '/checklists/',
  '/checklists/hunan-2020/',
  '/checklists/zhuzhou-2024/',
  '/checklists/hunan-2020/print/',
  '/checklists/zhuzhou-2024/print/',
  '/bases/',
  '/guides/',
  '/dates/',
  '/changes/',
  '/search/',
  '/calculator/',
  '/no-such-page/',
];

/** The response headers of the README's nginx example, read from the README so that the two cannot drift apart. */
function readmeHeaders(): Record<string, string> {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('### Security headers'));
  const block = /```nginx\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return Object.fromEntries([...block.matchAll(/^add_header ([\w-]+) "([^"]*)" always;$/gm)].map((m) => [(m[1] as string).toLowerCase(), m[2] as string]));
}

/** Types a query on the search page and waits for its hits. */
async function search(page: Page, query: string): Promise<void> {
  await page.getByLabel('搜索通知原文、材料清单和操作指南').pressSequentially(query, { delay: 50 });
  await expect(page.locator('#search-results a').first()).toBeVisible();
  await expect(page.locator('#search-status')).toContainText('条结果');
}

/** Adds a paper the way a person does, so the case has a figure to share and print. */
async function addPaper(page: Page): Promise<void> {
  const editor = await addActivity(page, '发表论文');
  await editor.getByLabel('发表年份').fill('2022');
  await editor.getByRole('radio', { name: '独立或第一作者' }).check();
  await finish(editor);
}

test('every page carries the strict policy ahead of its scripts and styles: only the site or a hash, no eval, and no referrer', async ({ page }) => {
  for (const path of contentPages) {
    await page.goto(path);
    await expect(page.locator('meta[http-equiv="content-security-policy" i]'), path).toHaveCount(1);
    // A meta policy governs only what comes after it in the document.
    const before = await page.evaluate(() => {
      const meta = document.querySelector('meta[http-equiv="content-security-policy" i]');
      return [...document.querySelectorAll('script, style, link[rel="stylesheet"]')].filter((el) => meta !== null && (meta.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING) !== 0).map((el) => el.outerHTML.slice(0, 80));
    });
    expect(before, path).toEqual([]);
    const policy = await pagePolicy(page);
    expect(policy.get('default-src'), path).toEqual(["'self'"]);
    expect(policy.get('object-src'), path).toEqual(["'none'"]);
    expect(policy.get('base-uri'), path).toEqual(["'self'"]);
    expect(policy.get('form-action'), path).toEqual(["'self'"]);
    expect(policy.get('connect-src'), path).toEqual(["'self'"]);
    for (const directive of ['script-src', 'style-src']) {
      const sources = policy.get(directive) ?? [];
      expect(sources, `${path} ${directive}`).toContain("'self'");
      // Only the site itself and hashes of what Astro emitted ('wasm-unsafe-eval' is no longer needed by search).
      const loose = sources.filter((s) => s !== "'self'" && s !== "'wasm-unsafe-eval'" && !/^'sha(?:256|384|512)-[A-Za-z0-9+/=]+'$/.test(s));
      expect(loose, `${path} ${directive}`).toEqual([]);
    }
    expect(policy.get('style-src'), path).not.toContain("'wasm-unsafe-eval'");
    // Directives a meta policy cannot carry would only be ignored with a console warning: they belong in the host's headers.
    expect(policy.has('frame-ancestors'), path).toBe(false);
    await expect(page.locator('meta[name="referrer"]'), path).toHaveAttribute('content', 'no-referrer');
  }
});

test('the violation listener reports what the policy blocks: an inline script and a style attribute put in by markup', async ({ page }) => {
  const csp = await watchCsp(page);
  await page.goto('/');
  await page.evaluate(() => {
    const box = document.createElement('div');
    box.innerHTML = '<p style="color: red">x</p>';
    document.body.append(box);
    const script = document.createElement('script');
    script.textContent = 'window.__ran = true';
    document.body.append(script);
  });
  expect(await page.evaluate(() => (window as Window & { __ran?: boolean }).__ran)).toBeUndefined();
  await expect.poll(async () => (await page.evaluate(() => window.__cspViolations?.map((v) => v.directive) ?? [])).sort()).toEqual(['script-src-elem', 'style-src-attr']);
  expect((await csp.reports()).map((r) => r.directive).filter((d) => d !== 'console').sort()).toEqual(['script-src-elem', 'style-src-attr']);
});

test('the content pages work under the policy with no violation: copy link, upload pre-check, bases filter, search, print view, 404', async ({ page, context }) => {
  test.setTimeout(90_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const csp = await watchCsp(page);

  for (const path of ['/', '/notices/', '/checklists/', '/guides/', '/dates/', '/changes/', '/checklists/hunan-2020/']) {
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    expect(await csp.reports(), path).toEqual([]);
  }

  for (const id of ['hunan-2020', 'zhuzhou-2024']) {
    await page.goto(`/notices/${id}/`);
    const copy = page.locator('button[data-copy]').first();
    await copy.click();
    await expect(page.locator('#clause-copy-status')).toHaveText(/链接已复制|链接已选中/);
    expect(await csp.reports(), id).toEqual([]);
  }

  await page.goto('/checklists/zhuzhou-2024/');
  await page.getByLabel('选择准备上传的扫描件（可多选）').setInputFiles([
    { name: '结业证书.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') },
    { name: '照片.heic', mimeType: 'image/heic', buffer: Buffer.from('x') },
  ]);
  await expect(page.locator('.upload-list li')).toHaveCount(2);
  await expect(page.locator('.upload-list li.fail')).toContainText('照片.heic');
  expect(await csp.reports(), 'upload pre-check').toEqual([]);

  for (const id of ['hunan-2020', 'zhuzhou-2024']) {
    await page.goto(`/checklists/${id}/print/`);
    await expect(page.getByRole('button', { name: '打印' })).toBeVisible();
    expect(await csp.reports(), `print ${id}`).toEqual([]);
  }

  await page.goto('/bases/');
  const rows = page.locator('tbody tr:visible');
  await page.getByRole('radio', { name: '国家级' }).check();
  await expect(page.getByRole('status')).toHaveText('显示 2 个基地（共 6 个）');
  await page.getByRole('radio', { name: '全部' }).check();
  await page.getByLabel('按名称或地址查找').pressSequentially('开放大学');
  await expect(rows).toHaveCount(1);
  expect(await csp.reports(), 'bases filter').toEqual([]);

  // Search: its index (search-index.json) loads on the first query.
  await page.goto('/search/');
  await search(page, '援疆');
  expect(await csp.reports(), 'search').toEqual([]);

  const notFound = await page.goto('/no-such-page/');
  expect(notFound?.status()).toBe(404);
  await expect(page.locator('h1')).toBeVisible();
  expect(await csp.reports(), '404').toEqual([]);
});

test('the calculator works under the policy with no violation: an activity, import, export, the PDF worksheet, a share link and a broken one', async ({ page, browser }) => {
  test.setTimeout(60_000);
  const csp = await watchCsp(page);
  await openCalculator(page);
  await addPaper(page);
  await expect(page.locator('table.year-table tr[data-year="2022"] td').nth(1).locator('.figure')).toHaveText('30');
  expect(await csp.reports(), 'activity').toEqual([]);

  const draft = { format: 'hunan-jxjy-draft', version: 1, ruleSet: 'zhuzhou-2024', profile: { titleLevel: 'deputy-senior', degree: 'bachelor' }, activities: [{ id: 'c', kind: 'course', year: 2020, subject: 'professional', source: 'online', hours: 24.5 }] };
  await page.locator('#calc-import').setInputFiles({ name: '导入的草稿.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(draft)) });
  await expect(page.locator('#calc-draft-notice')).toContainText('已导入为新草稿「导入的草稿」');
  expect(await csp.reports(), 'import').toEqual([]);

  const exported = page.waitForEvent('download');
  await draftTools(page);
  await page.getByRole('button', { name: '导出草稿' }).click();
  expect(JSON.parse(readFileSync((await (await exported).path()) as string, 'utf8'))).toMatchObject({ format: 'hunan-jxjy-draft' });
  expect(await csp.reports(), 'export').toEqual([]);

  // jsPDF and the font are loaded on the click; the worksheet is built and downloaded.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载PDF工作表' }).click();
  const pdf = await download;
  await expect(page.locator('#calc-pdf-msg')).toContainText('PDF 工作表已生成');
  expect(readFileSync((await pdf.path()) as string).subarray(0, 5).toString()).toBe('%PDF-');
  expect(await csp.reports(), 'PDF').toEqual([]);

  await page.getByRole('button', { name: '生成分享链接' }).click();
  const link = await page.getByLabel('分享链接').inputValue();
  expect(await csp.reports(), 'share link made').toEqual([]);

  const other = await browser.newContext();
  const colleague = await other.newPage();
  const colleagueCsp = await watchCsp(colleague);
  await colleague.goto(link);
  await expect(colleague.getByRole('heading', { name: '您正在查看分享的测算' })).toBeVisible();
  await expect(colleague.locator('table.year-table tr[data-year="2020"] td').nth(1).locator('.figure')).toHaveText('24.5');
  expect(await colleagueCsp.reports(), 'share link opened').toEqual([]);

  // A link cut short in a chat message: the error banner (its message keeps its line breaks) raises nothing either.
  await colleague.goto('/');
  await colleague.goto('/calculator/#share=1.jeyJ2ZXJzaW9uIjoxfQ');
  const banner = colleague.getByRole('alert').filter({ hasText: '分享链接' });
  await expect(banner).toBeVisible();
  // Its line breaks come from a class now, not a style attribute the policy would refuse.
  await expect(banner.locator('p')).toHaveCSS('white-space', 'pre-line');
  expect(await colleagueCsp.reports(), 'broken share link').toEqual([]);
  await other.close();
});

test('search finds clauses in a browser without workers (the index is plain JSON searched on the page)', async ({ page }) => {
  const csp = await watchCsp(page);
  // As in a browser that refuses workers: search never needed one.
  await page.addInitScript(() => Reflect.deleteProperty(window, 'Worker'));
  await page.goto('/search/');
  await search(page, '发明专利');
  expect(await csp.reports()).toEqual([]);
});

test('with the headers the README gives a host, the pages still raise no violation, and no page can be shown in a frame', async ({ page }) => {
  const headers = readmeHeaders();
  expect(Object.keys(headers).sort()).toEqual(['content-security-policy', 'referrer-policy', 'x-content-type-options']);
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  // The host's headers on every response, as nginx would send them; the browser enforces them with each page's meta policy.
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
  });
  const csp = await watchCsp(page);

  await page.goto('/search/');
  await search(page, '援疆');
  expect(await csp.reports(), 'search').toEqual([]);
  await page.goto('/bases/');
  await page.getByRole('radio', { name: '国家级' }).check();
  await expect(page.getByRole('status')).toHaveText('显示 2 个基地（共 6 个）');
  expect(await csp.reports(), 'bases').toEqual([]);
  await openCalculator(page);
  await addPaper(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载PDF工作表' }).click();
  await download;
  await expect(page.locator('#calc-pdf-msg')).toContainText('PDF 工作表已生成');
  expect(await csp.reports(), 'calculator').toEqual([]);

  // A page of this site framed by a page of this same site: refused by frame-ancestors 'none'.
  await page.goto('/');
  await page.evaluate(() => {
    const frame = document.createElement('iframe');
    frame.src = '/guides/';
    document.body.append(frame);
  });
  const seen: string[] = [];
  await expect.poll(async () => {
    seen.push(...(await csp.reports()).map((r) => r.sample));
    return seen.join('\n');
  }).toContain("frame-ancestors 'none'");
  expect(page.frames().map((f) => f.url())).not.toContain(new URL('/guides/', page.url()).href);
});
