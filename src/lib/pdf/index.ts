/**
 * The PDF worksheet, loaded on demand by the calculator: check the font covers the text, then
 * build the A4 document. jsPDF itself is imported only when a PDF is built; the font is fetched
 * once per page and shared by both calls.
 * @example
 * const pdf = await import('../lib/pdf');
 * const options = { includeName, includeEmployer, generatedAt: new Date(), fontUrl: withBase('/fonts/generated/worksheet-sc.ttf') };
 * const missing = await pdf.findMissingChars(result, draft, options); // tell the user before printing
 * const blob = await pdf.buildWorksheetPdf(result, draft, options); // missing characters print as 〓
 */
import type { CalculationResult, Draft } from '../rules/core';
import { missingChars } from './font-coverage';
import { loadFont } from './font-loader';
import { composeWorksheet, worksheetTexts } from './worksheet-content';

/** What the user chose to print, and where the font is. */
export interface WorksheetOptions {
  includeName: boolean;
  includeEmployer: boolean;
  generatedAt: Date;
  /** URL of the subset TTF; in the browser withBase('/fonts/generated/worksheet-sc.ttf'). */
  fontUrl: string;
}

/** Characters in the worksheet text that the font cannot draw (empty when all can). */
export async function findMissingChars(result: CalculationResult, draft: Draft, options: WorksheetOptions): Promise<string[]> {
  const font = await loadFont(options.fontUrl);
  return missingChars(worksheetTexts(composeWorksheet(result, draft, options)), font.codePoints);
}

/** Builds the A4 worksheet PDF. */
export async function buildWorksheetPdf(result: CalculationResult, draft: Draft, options: WorksheetOptions): Promise<Blob> {
  const [font, { jsPDF }, { renderWorksheet }] = await Promise.all([loadFont(options.fontUrl), import('jspdf'), import('./render-worksheet')]);
  const doc = renderWorksheet(jsPDF, font, composeWorksheet(result, draft, options));
  return doc.output('blob');
}
