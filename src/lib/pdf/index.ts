/**
 * The PDF worksheet, loaded on demand by the calculator: check the font covers the text, then
 * build the A4 document. jsPDF itself is imported only when a PDF is built; the font is fetched
 * once per page and shared by both calls.
 * @example
 * const pdf = await import('../lib/pdf');
 * const options = { includeName, includeEmployer, generatedAt: new Date(), fontUrl: withBase('/fonts/generated/worksheet-sc.ttf'), calculatorUrl };
 * const missing = await pdf.findMissingChars(result, draft, options); // tell the user before printing
 * const blob = await pdf.buildWorksheetPdf(result, draft, options); // missing characters print as 〓
 */
import type { CalculationResult, Draft } from '../rules/core';
import { missingChars } from './font-coverage';
import { loadFont } from './font-loader';
import { composeWorksheet, worksheetTexts, type ContentOptions } from './worksheet-content';
import { shareUrl } from '../share/share-link';

/** What the user chose to print, and where the font is. */
export interface WorksheetOptions {
  includeName: boolean;
  includeEmployer: boolean;
  generatedAt: Date;
  /** URL of the subset TTF; in the browser withBase('/fonts/generated/worksheet-sc.ttf'). */
  fontUrl: string;
  /** Absolute URL of the calculator page on this site (origin and base), where the worksheet's link and QR code lead. */
  calculatorUrl: string;
}

/** What the worksheet shows: the options plus the share link of the case (no personal fields). */
async function contentOptions(draft: Draft, options: WorksheetOptions): Promise<ContentOptions> {
  let shareLink: string | null = null;
  try {
    shareLink = await shareUrl(options.calculatorUrl, draft);
  } catch {
    // Without a link the worksheet says so and still prints everything else.
  }
  return { ...options, shareLink };
}

/** Characters in the worksheet text that the font cannot draw (empty when all can). */
export async function findMissingChars(result: CalculationResult, draft: Draft, options: WorksheetOptions): Promise<string[]> {
  const [font, content] = await Promise.all([loadFont(options.fontUrl), contentOptions(draft, options)]);
  return missingChars(worksheetTexts(composeWorksheet(result, draft, content)), font.codePoints);
}

/** Builds the A4 worksheet PDF. */
export async function buildWorksheetPdf(result: CalculationResult, draft: Draft, options: WorksheetOptions): Promise<Blob> {
  const [font, { jsPDF }, { renderWorksheet }, content] = await Promise.all([loadFont(options.fontUrl), import('jspdf'), import('./render-worksheet'), contentOptions(draft, options)]);
  const doc = renderWorksheet(jsPDF, font, composeWorksheet(result, draft, content));
  return doc.output('blob');
}
