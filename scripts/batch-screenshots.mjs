#!/usr/bin/env node
/**
 * Screenshots of the batch check as an officer walks it, at 1280 px and 360 px: the empty page, a file with ten
 * mistakes (the problem list), the results, and one person's detail. Not part of `npm test`.
 * Needs the built site served (`npm run preview -- --port 4401`); writes to screenshots/batch-*.png.
 * Run: `node scripts/batch-screenshots.mjs [site URL, default http://127.0.0.1:4401/] [folder, default screenshots]`.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { loadSource } from './batch.mjs';

const [site = 'http://127.0.0.1:4401/', out = 'screenshots'] = process.argv.slice(2);
await mkdir(out, { recursive: true });
const { module: fixtures, close } = await loadSource('/tests/unit/batch/fixtures.ts');
const { module: helpers } = await loadSource('/tests/e2e/batch-helpers.ts');
const good = await helpers.fillWorkbook({ 人员: fixtures.GOOD_PEOPLE, 活动: fixtures.GOOD_ACTIVITIES });
const bad = await helpers.fillWorkbook({ 人员: fixtures.MISTAKES.people, 活动: fixtures.MISTAKES.activities });
await close();

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const sizes = [
  ['1280', { viewport: { width: 1280, height: 800 } }],
  ['360', { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }],
];
for (const [size, options] of sizes) {
  const page = await (await browser.newContext({ ...options, locale: 'zh-CN' })).newPage();
  const shot = async (name) => {
    const file = join(out, `batch-${name}-${size}.png`);
    await page.screenshot({ path: file, fullPage: true });
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    console.log(`${file}  (page width ${wide}px)`);
  };
  await page.goto(new URL('batch/', site).href);
  await page.getByRole('button', { name: '下载 Excel 模板' }).waitFor();
  await page.waitForFunction(() => !document.querySelector('button[disabled]'));
  await shot('empty');
  await page.locator('#batch-file').setInputFiles({ name: '有错误.xlsx', mimeType: 'application/octet-stream', buffer: bad });
  await page.getByText('发现 10 处错误').waitFor();
  await shot('mistakes');
  await page.locator('#batch-file').setInputFiles({ name: '本单位.xlsx', mimeType: 'application/octet-stream', buffer: good });
  await page.locator('#batch-summary').waitFor();
  await shot('results');
  await page.getByRole('button', { name: '查看明细：李四', exact: true }).click();
  await page.getByRole('heading', { name: '李四（A002）的测算明细' }).waitFor();
  await shot('detail');
}
await browser.close();
