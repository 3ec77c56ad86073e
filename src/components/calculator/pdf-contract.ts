/**
 * The worksheet PDF builder's interface (src/lib/pdf, built separately and loaded only when the user asks for
 * a PDF). Declared here so that the page compiles and keeps working while the builder is absent.
 */
import type { CalculationResult, Draft } from '../../lib/rules/core';

/** What the user chose to print, and where the font is. */
export interface WorksheetOptions {
  includeName: boolean;
  includeEmployer: boolean;
  generatedAt: Date;
  /** Base-prefixed URL of the subset TTF. */
  fontUrl: string;
}

/** src/lib/pdf/index.ts */
export interface WorksheetBuilder {
  /** Characters in the worksheet text that the font cannot draw (empty when all can). */
  findMissingChars(result: CalculationResult, draft: Draft, options: WorksheetOptions): Promise<string[]>;
  /** Builds the A4 worksheet PDF. */
  buildWorksheetPdf(result: CalculationResult, draft: Draft, options: WorksheetOptions): Promise<Blob>;
}

// A glob, not a plain import(): the build succeeds with or without the builder, and either way the builder
// is a separate chunk fetched on the click, never part of the page's own JavaScript.
const builders = import.meta.glob<WorksheetBuilder>('../../lib/pdf/index.ts');

/** Loads the builder on demand; undefined when this build has none. */
export async function loadWorksheetBuilder(): Promise<WorksheetBuilder | undefined> {
  const load = builders['../../lib/pdf/index.ts'];
  return load ? await load() : undefined;
}
