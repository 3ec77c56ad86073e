#!/usr/bin/env node
/**
 * Full-page screenshots of the pages people most often open on a phone and on a desktop, to look at before
 * resolving a layout issue; also prints each page's height and whether it scrolls sideways. Not part of `npm test`.
 * Needs the built site served: `npm run build && npm run preview -- --port 4321`, then
 * `node scripts/screenshots.mjs [site URL, default http://127.0.0.1:4321/] [output folder, default screenshots/]`.
 * Writes <page>-360.png (360×740, mobile, DPR 2) and <page>-1280.png (1280×800) per page: the whole page, except
 * for the notice opened at a clause, which is shot as it first shows (the viewport around the clause).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const [site = 'http://127.0.0.1:4321/', out = 'screenshots'] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Page name (file name) and site-relative address, without a leading slash so a sub-path base is kept. */
const pages = [
  ['home', ''],
  ['calculator', 'calculator/'],
  ['changes', 'changes/'],
  ['notice-clause', 'notices/zhuzhou-2024/#fj1-2-4'],
  ['bases', 'bases/'],
];

const sizes = [
  { name: '360', options: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } },
  { name: '1280', options: { viewport: { width: 1280, height: 800 } } },
];

await mkdir(out, { recursive: true });
const browser = await chromium.launch({
  executablePath,
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
  console.log('page'.padEnd(16) + 'width  height (CSS px)  scrollWidth  file');
  for (const size of sizes) {
    // bypassCSP: the style added below is an inline style, which the site's Content-Security-Policy would refuse.
    const context = await browser.newContext({ ...size.options, locale: 'zh-CN', bypassCSP: true });
    for (const [name, path] of pages) {
      const page = await context.newPage();
      await page.goto(new URL(path, site).href, { waitUntil: 'networkidle' });
      // Sections with content-visibility: auto are painted only near the viewport; a full-page shot would show them
      // blank, and the page height would count their estimated size. Paint everything, as scrolling through would.
      await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
      // A page opened at a clause is shot as the reader lands on it (the viewport), not from the top.
      const { height, scrollWidth } = await page.evaluate(() => ({
        height: document.documentElement.scrollHeight,
        scrollWidth: document.documentElement.scrollWidth,
      }));
      const file = join(out, `${name}-${size.name}.png`);
      await page.screenshot({ path: file, fullPage: !path.includes('#') });
      console.log(`${name.padEnd(16)}${size.name.padStart(5)}  ${String(height).padStart(18)}  ${String(scrollWidth).padStart(11)}  ${file}`);
      await page.close();
    }
    await context.close();
  }
} finally {
  await browser.close();
}
