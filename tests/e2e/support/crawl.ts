/** Finds every page of the built site by following its own links from the home page. */
import type { Page } from '@playwright/test';

/** Paths (with the base) of every HTML page linked from the site, home first; downloads (.ics, .json) left out. */
export async function crawlSite(page: Page, start: string): Promise<string[]> {
  const origin = new URL(start).origin;
  const seen = new Set<string>([new URL(start).pathname]);
  const queue = [new URL(start).pathname];
  for (let i = 0; i < queue.length; i++) {
    const path = queue[i] as string;
    await page.goto(origin + path);
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== origin || /\.(?:ics|json|pdf|svg|ttf)$/.test(url.pathname)) continue;
      if (!seen.has(url.pathname)) {
        seen.add(url.pathname);
        queue.push(url.pathname);
      }
    }
  }
  return queue;
}
