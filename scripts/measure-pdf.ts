/**
 * The measurement itself, loaded by scripts/measure-pdf.mjs through Vite (the engine is TypeScript).
 * One module so that the font cache the builder uses is the one this file primes.
 */
import { calculate } from '../src/lib/rules';
import { buildWorksheetPdf, findMissingChars, type WorksheetOptions } from '../src/lib/pdf';
import { forgetFonts, provideFont } from '../src/lib/pdf/font-loader';
import { fiveYearDraft } from '../tests/unit/pdf/fixtures';

/** One timed run: read the TTF, prepare it (cmap + base64), check coverage, build the PDF. */
export interface Run {
  totalMs: number;
  readMs: number;
  checkMs: number;
  buildMs: number;
  pdf: Uint8Array;
}

/**
 * Builds the worksheet for a 5-year case with `items` activities, from reading the font file to
 * the PDF bytes. `readFont` reads the TTF (given by the caller: this module stays free of Node APIs).
 */
export async function measure(readFont: () => Promise<Uint8Array>, items: number): Promise<Run> {
  const draft = fiveYearDraft(items);
  const result = calculate(draft);
  const options: WorksheetOptions = { includeName: true, includeEmployer: true, generatedAt: new Date(), fontUrl: '/fonts/generated/worksheet-sc.ttf' };
  forgetFonts();
  const t0 = performance.now();
  provideFont(options.fontUrl, await readFont());
  const t1 = performance.now();
  const missing = await findMissingChars(result, draft, options);
  if (missing.length > 0) throw new Error(`font lacks ${missing.join('')}`);
  const t2 = performance.now();
  const blob = await buildWorksheetPdf(result, draft, options);
  const pdf = new Uint8Array(await blob.arrayBuffer());
  const t3 = performance.now();
  return { totalMs: t3 - t0, readMs: t1 - t0, checkMs: t2 - t1, buildMs: t3 - t2, pdf };
}
