/**
 * Loads the worksheet PDF builder (src/lib/pdf) on the click. A dynamic import keeps the builder, jsPDF
 * and the font out of the page's own JavaScript: they are separate chunks fetched only when asked for.
 */
export type { WorksheetOptions } from '../../lib/pdf';

export type WorksheetBuilder = typeof import('../../lib/pdf');

/** The builder module, fetched once and cached by the module loader. */
export function loadWorksheetBuilder(): Promise<WorksheetBuilder> {
  return import('../../lib/pdf');
}
