/**
 * The PDF worksheet, loaded on demand by the calculator: check the font covers the text, then
 * build the A4 document. jsPDF itself is imported only when a PDF is built; each font is fetched
 * once per page and shared by both calls. With `fixedFontUrl` the small font of the worksheet's own
 * text is used alone whenever it draws every character, and the larger fonts are fetched only when the
 * user's text (name, employer, activity titles) needs them.
 * @example
 * const pdf = await import('../lib/pdf');
 * const options = { includeName, includeEmployer, generatedAt: new Date(), fontUrl: withBase('/fonts/generated/worksheet-sc.ttf'), fixedFontUrl: withBase('/fonts/generated/worksheet-sc-fixed.ttf'), calculatorUrl };
 * const missing = await pdf.findMissingChars(result, draft, options); // tell the user before printing
 * const blob = await pdf.buildWorksheetPdf(result, draft, options); // missing characters print as 〓
 */
import type { CalculationResult, Draft } from '../rules/core';
import { missingChars } from './font-coverage';
import { loadEmbeddedFont, loadJsPdf, loadRenderer } from './modules';
import { loadFontEarly, smallestFontFor, type LoadedFont } from './font-loader';
import { formatDate } from './labels';
import { pdfBlob } from './pdf-output';
import { composeWorksheet, worksheetTexts, type ContentOptions, type WorksheetContent } from './worksheet-content';
import { shareUrl } from '../share/share-link';
import { compactDate } from '../rules/dates';
import { fileSafe } from '../file-name';

/** What the user chose to print, and where the font is. */
export interface WorksheetOptions {
  includeName: boolean;
  includeEmployer: boolean;
  generatedAt: Date;
  /**
   * URL of the large subset TTF (all of GB2312; in the browser withBase('/fonts/generated/worksheet-sc.ttf')): used when
   * the smaller ones given lack a character. The calculator leaves it out when the user's text needs the extended font
   * (font-guess.ts), so that it is not fetched first for nothing.
   */
  fontUrl?: string | undefined;
  /**
   * URL of the small TTF of the worksheet's own text (withBase('/fonts/generated/worksheet-sc-fixed.ttf')): used
   * alone when it draws every character of the worksheet; without it a larger font is always used.
   */
  fixedFontUrl?: string | undefined;
  /**
   * URL of the middle TTF (withBase('/fonts/generated/worksheet-sc-common.ttf'): the small one plus GB2312's symbols and
   * level-1 hanzi): used when it draws every character and the small one does not.
   */
  commonFontUrl?: string | undefined;
  /**
   * URL of the extended TTF (withBase('/fonts/generated/worksheet-sc-extended.ttf'): the GB2312 font plus GBK and every
   * other character of the Basic Multilingual Plane the source font has, such as 喆 玥 祎): used when the others given
   * lack a character. At least one of the four URLs must be given.
   */
  extendedFontUrl?: string | undefined;
  /** Absolute URL of the calculator page on this site (origin and base), where the worksheet's link and QR code lead. */
  calculatorUrl: string;
  /** What the case leaves out of the file it came from (the batch check's excluded rows), said under 请注意. */
  sourceNotes?: readonly string[] | undefined;
  /** The site's text size as a factor of the standard one (大 1.1875, 特大 1.375): the worksheet's text is drawn that much larger. */
  textScale?: number | undefined;
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

/** The last worksheet composed, by what it was composed from (see composed). */
let lastComposed: { key: string; content: Promise<WorksheetContent> } | undefined;

/**
 * The worksheet of this case composed (its share link and QR code included), once for as long as the case, the
 * choices and the day printed on it stay the same: composing on intent then leaves a press only the font and the
 * drawing (on a slow phone composing took a quarter of a second of a first press). `result` is calculate(draft).
 */
function composed(result: CalculationResult, draft: Draft, options: WorksheetOptions): Promise<WorksheetContent> {
  const { includeName, includeEmployer, calculatorUrl, sourceNotes } = options;
  const key = JSON.stringify([draft, includeName, includeEmployer, calculatorUrl, sourceNotes ?? null, formatDate(options.generatedAt)]);
  if (lastComposed?.key !== key) {
    const content = contentOptions(draft, options).then((withLink) => composeWorksheet(result, draft, withLink));
    lastComposed = { key, content };
    content.catch(() => {
      if (lastComposed?.content === content) lastComposed = undefined;
    });
  }
  return lastComposed.content;
}

/**
 * The font the worksheet is drawn with: the smallest given that draws every character of `texts` (small, middle,
 * large, extended; a larger one is then never fetched), else the largest given, which holds every character of the
 * smaller ones.
 */
function fontFor(texts: readonly string[], options: WorksheetOptions): Promise<LoadedFont> {
  return smallestFontFor(texts, [options.fixedFontUrl, options.commonFontUrl, options.fontUrl, options.extendedFontUrl], loadFontEarly);
}

/** A worksheet composed once: the characters the chosen font cannot draw, and the PDF built from the same text. */
export interface PreparedWorksheet {
  /** Characters in the worksheet text that no font given can draw (empty when all can): tell the user before printing. */
  missing: string[];
  /** Builds the A4 worksheet PDF (missing characters print as 〓). */
  build(): Promise<Blob>;
}

/**
 * Composes the worksheet once (its share link and QR code included) and chooses its font, for the check before
 * printing and the PDF alike: on a slow phone composing twice cost as much as drawing. jsPDF and the renderer start
 * loading at once.
 */
export async function prepareWorksheet(result: CalculationResult, draft: Draft, options: WorksheetOptions): Promise<PreparedWorksheet> {
  const modules = Promise.all([loadJsPdf(), loadRenderer()]);
  modules.catch(() => undefined);
  const content = await composed(result, draft, options);
  const texts = worksheetTexts(content);
  const font = await fontFor(texts, options);
  return {
    missing: missingChars(texts, font.codePoints),
    build: async () => {
      const [{ jsPDF }, { renderWorksheet, fontStreams }] = await modules;
      // Drawn as soon as the font's metrics are in; saved once its outlines are (font-loader.ts).
      const doc = renderWorksheet(jsPDF, font, content, options.textScale);
      return pdfBlob(jsPDF, doc, [await fontStreams(jsPDF, font, doc)]);
    },
  };
}

/**
 * Readies everything a press needs for this case without building a PDF: jsPDF and the renderer loaded, the
 * worksheet composed (its share link and QR code, kept for the press while the case is unchanged), and its font
 * fetched and parsed for jsPDF (jsPDF's own code is compiled by warmPdfCode, run earlier on the same intent). Called
 * when the person has shown intent and the browser is idle; a press afterwards only lays out and saves.
 */
export async function prepareOnIntent(result: CalculationResult, draft: Draft, options: WorksheetOptions): Promise<void> {
  const modules = Promise.all([loadJsPdf(), loadRenderer(), loadEmbeddedFont()]);
  modules.catch(() => undefined);
  const content = await composed(result, draft, options);
  const font = await fontFor(worksheetTexts(content), options);
  const [{ jsPDF }, , { embeddableFont }] = await modules;
  embeddableFont(jsPDF, font);
}

/**
 * Composes the worksheet of this case ahead of a press (see prepareOnIntent), without waiting for any font: called on
 * intent as soon as the builder has loaded, while jsPDF and the font are still downloading and the processor is idle.
 */
export async function composeOnIntent(result: CalculationResult, draft: Draft, options: WorksheetOptions): Promise<void> {
  await composed(result, draft, options);
}

/**
 * Runs jsPDF's drawing and saving code once on a small throwaway document (the built-in Helvetica, a few pages of
 * text, saved as a press saves it: pdf-output.ts), so that the browser has compiled it before the press. Called on intent while the Chinese font
 * is still downloading: on a slow phone the download leaves the processor idle, and a first press then spends its
 * time on the worksheet instead of on compiling jsPDF. Nothing is drawn once `skip()` is true (a
 * press has begun by the time jsPDF has loaded).
 */
export async function warmPdfCode(skip: () => boolean = () => false): Promise<void> {
  const { jsPDF } = await loadJsPdf();
  // A press already under way compiles the same code while it draws.
  if (skip()) return;
  const doc = new jsPDF({ orientation: 'portrait', unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  for (let page = 0; page < 3; page++) {
    if (page > 0) doc.addPage();
    for (let line = 0; line < 60; line++) {
      doc.setFontSize(9 + (line % 3));
      doc.text(`${page}-${line} 0123456789 continuing education hours worksheet`, 15, 12 + line * 4.5);
      doc.rect(10, 10 + line * 4.5, 2, 2, line % 2 ? 'F' : 'S');
    }
  }
  await pdfBlob(jsPDF, doc);
}

/**
 * The worksheet's file name, with the name the person gave the draft (`draftName`; '' for none, or for the default name, which
 * says nothing): an HR officer's worksheets for two colleagues both came down as
 * 继续教育学时测算-20261207.pdf, told apart only by the browser's (1).
 * @example worksheetFileName('张伟（中级）', new Date('2026-12-07T10:00:00+08:00')) // '继续教育学时测算-张伟（中级）-20261207.pdf'
 */
export function worksheetFileName(draftName: string, date: Date): string {
  const safe = fileSafe(draftName);
  return `继续教育学时测算-${safe === '' ? '' : `${safe}-`}${compactDate(date)}.pdf`;
}

/** Characters in the worksheet text that no font given can draw (empty when all can). */
export async function findMissingChars(result: CalculationResult, draft: Draft, options: WorksheetOptions): Promise<string[]> {
  const texts = worksheetTexts(composeWorksheet(result, draft, await contentOptions(draft, options)));
  return missingChars(texts, (await fontFor(texts, options)).codePoints);
}

/** Builds the A4 worksheet PDF (missing characters print as 〓). */
export async function buildWorksheetPdf(result: CalculationResult, draft: Draft, options: WorksheetOptions): Promise<Blob> {
  return (await prepareWorksheet(result, draft, options)).build();
}
