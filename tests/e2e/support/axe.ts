/** Accessibility scan used by the page specs: WCAG 2 A and AA rules, failing on serious or critical findings. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * An axe scan of the page, as every spec runs it. The site has no frames, so axe runs in the page itself (legacy
 * mode) instead of gathering partial results per frame and finishing them in a new blank page; and only violations
 * are reported in full (axe still runs every rule; a passing rule names one node instead of all). On the 2,849
 * elements of /rules/zhuzhou-2024/cases/ a scan took 25.8 s this way round and 7.3 s with both (2026-12-02, this
 * 2-core machine); the audit itself is 5.8 s of either.
 */
export function axeScan(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
}

/** Runs axe on the page as it is now and expects no serious or critical violation. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await axeScan(page).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(serious).toEqual([]);
}
