/**
 * The measurement itself, loaded by scripts/measure-pdf.mjs through Vite (in Node) or as a
 * bundle (in Chromium). One module, so that the font cache the builder uses is the one it primes.
 */
import { calculate } from '../src/lib/rules';
import { buildWorksheetPdf, findMissingChars, type WorksheetOptions } from '../src/lib/pdf';
import { forgetFonts, provideFont } from '../src/lib/pdf/font-loader';
import { fiveYearDraft } from '../tests/unit/pdf/fixtures';

/** One timed run, in milliseconds, and the PDF it produced. */
export interface Run {
  totalMs: number;
  /** Fetching (browser) or reading (Node) the TTF, preparing it (cmap + binary string), checking coverage. */
  fontMs: number;
  /** jsPDF import (first run only), font registration, layout and output. */
  buildMs: number;
  pdf: Uint8Array;
}

/**
 * Builds the worksheet for a 5-year case with `items` activities, from loading the font to the
 * PDF bytes. With `readFont` the bytes come from the caller (Node has no server); without it the
 * font is fetched from `fontUrl`, as on the site.
 */
export async function measure(items: number, fontUrl: string, readFont?: () => Promise<Uint8Array>): Promise<Run> {
  const draft = fiveYearDraft(items);
  const result = calculate(draft);
  // The large font only: the fixture's titles need it (the small font's figures come from the site run).
  const options: WorksheetOptions = { includeName: true, includeEmployer: true, generatedAt: new Date(), fontUrl, calculatorUrl: 'https://jxjy.example.gov.cn/calculator/' };
  forgetFonts();
  const t0 = performance.now();
  if (readFont) provideFont(fontUrl, await readFont());
  const missing = await findMissingChars(result, draft, options);
  if (missing.length > 0) throw new Error(`font lacks ${missing.join('')}`);
  const t1 = performance.now();
  const blob = await buildWorksheetPdf(result, draft, options);
  const pdf = new Uint8Array(await blob.arrayBuffer());
  const t2 = performance.now();
  return { totalMs: t2 - t0, fontMs: t1 - t0, buildMs: t2 - t1, pdf };
}
