/** What the print rules (src/styles/print.css) make of a page on paper. */
import type { Page } from '@playwright/test';

/**
 * The printed page's text block and type: `main`'s largest width and side padding, and the body's font size. On paper
 * the text runs the sheet's full width in 11 pt (print.css), not in the screen's centred column; a page whose own
 * sheet lands before global.css in the build loses these to the screen rules.
 */
export function printedTextBlock(page: Page): Promise<{ maxWidth: string; paddingLeft: string; fontSize: string }> {
  return page.locator('main').evaluate((main) => {
    const cs = getComputedStyle(main);
    return { maxWidth: cs.maxWidth, paddingLeft: cs.paddingLeft, fontSize: getComputedStyle(document.body).fontSize };
  });
}

/** 11 pt in CSS pixels, as the browser reports it. */
export const PRINT_FONT_SIZE = '14.6667px';
