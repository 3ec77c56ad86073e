/**
 * Measurements (printed, not asserted: timings depend on the machine): recalculation with 500 activities after
 * a keystroke, and what the page loads before the PDF button is used. Sizes: scripts/measure-calculator.mjs.
 */
import { expect, test } from '@playwright/test';
import { bigDraftInput } from '../fixtures/big-draft';
import { openCalculator } from './calculator-helpers';

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]?.toFixed(2);
  return `median ${at(0.5)} ms, 90th percentile ${at(0.9)} ms, max ${at(1)} ms over ${s.length} keystrokes (after 5 warm-up keystrokes)`;
};

test('measure: recalculation after a keystroke with 500 activities', async ({ page }) => {
  await openCalculator(page);
  await page.locator('#calc-import').setInputFiles({ name: '500项.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bigDraftInput())) });
  await expect(page.locator('#calc-activity-range')).toHaveText('第1–50项，共500项');
  await page.getByRole('button', { name: /修改\s*第1项$/ }).click();
  const days = page.getByRole('group', { name: /^第1项/ }).getByLabel('全天天数（天）');
  await expect(days).toBeVisible();

  const figures = await days.evaluate(async (input: HTMLInputElement) => {
    const calc: number[] = [];
    const keystroke: number[] = [];
    const cell = document.querySelector('table.year-table tr[data-year="2019"] td:nth-of-type(2) .figure');
    for (let i = 0; i < 35; i++) {
      const before = cell?.textContent;
      const start = performance.now();
      input.value = String(1 + (i % 2) * 4);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // The key shows at once; the form is read after the next frame (CalculatorState.typeValue) and Svelte applies
      // the figures in a microtask. A timeout queued from the same frame runs after both.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      if (i >= 5) {
        keystroke.push(performance.now() - start);
        calc.push(performance.getEntriesByName('calculate', 'measure').at(-1)?.duration ?? NaN);
      }
      if (cell?.textContent === before) throw new Error('the table did not change');
    }
    return { calc, keystroke };
  });
  console.log(`calculate() in the page, 500 activities: ${stats(figures.calc)}`);
  console.log(`keystroke to updated figures (the next frame, then calculate + render), 500 activities: ${stats(figures.keystroke)}`);
  expect(figures.calc.every((x) => Number.isFinite(x))).toBe(true);
});

test('loads no PDF code or font before the PDF button is used', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await openCalculator(page);
  await page.waitForLoadState('networkidle');
  const scripts = requests.filter((p) => p.endsWith('.js'));
  console.log(`JavaScript loaded with the calculator page: ${scripts.join(', ')}`);
  // The PDF builder, jsPDF and the font (the button component, PdfButton, is page code).
  expect(requests.filter((p) => /jspdf|\.ttf$|\/(pdf|render-worksheet)\.[^/]*\.js$/i.test(p))).toEqual([]);
  // Every request stays on the site (no CDN, fonts or analytics).
  const hosts = new Set<string>();
  page.on('request', (r) => hosts.add(new URL(r.url()).host));
  await page.getByRole('button', { name: '下载PDF工作表' }).click();
  await expect(page.locator('#calc-pdf-msg')).toBeVisible();
  expect([...hosts].filter((h) => h !== new URL(page.url()).host)).toEqual([]);
});
