/** Layout shift as the browser reports it, for tests that a page does not move under the reader. */
import type { Page } from '@playwright/test';

/** Sum of the page's layout shifts since it loaded that no input caused (CLS), once pending entries are delivered. */
export async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) sum += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(sum)));
      }),
  );
}

/**
 * How far layout shifts so far pushed anything inside `selector` down the page, in CSS pixels (the largest move; 0 when
 * none did). For a test of one cause of shifts, where another (the page header settling on a slow phone) is not it.
 */
export async function pushedDown(page: Page, selector: string): Promise<number> {
  return page.evaluate(
    (within) =>
      new Promise<number>((resolve) => {
        let most = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { hadRecentInput: boolean; sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] })[]) {
            if (entry.hadRecentInput) continue;
            for (const s of entry.sources) {
              const inside = s.node instanceof Element ? s.node.closest(within) : s.node?.parentElement?.closest(within);
              if (inside) most = Math.max(most, s.currentRect.y - s.previousRect.y);
            }
          }
        }).observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(most)));
      }),
    selector,
  );
}
