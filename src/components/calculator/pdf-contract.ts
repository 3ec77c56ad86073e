/**
 * Loads the worksheet PDF builder (src/lib/pdf) on intent and on the click. Dynamic imports keep the builder and
 * jsPDF out of the page's own JavaScript, and the fonts are fetched only then. On intent (the PDF section comes into
 * view, or the button is hovered, focused or touched) the builder, jsPDF, the renderer and the small font of the
 * worksheet's own text start loading side by side, so that a press finds them loaded or in flight.
 */
import { smallestFontFor } from '../../lib/pdf/font-loader';

export type { WorksheetOptions } from '../../lib/pdf';

export type WorksheetBuilder = typeof import('../../lib/pdf');

/** The worksheet's two fonts (URLs with the site's base). */
export interface WorksheetFonts {
  /** The small font of the worksheet's own text; left out when the user's text is not likely to be covered by it
   *  (src/lib/pdf/font-guess.ts), so that the middle font is fetched at once. */
  fixed?: string;
  /** The middle font (the small one plus GB2312 level 1), for user text the small one lacks. */
  common: string;
  /** The large font (all of GB2312), needed only for user text the small one lacks. */
  full: string;
}

/** The builder module, fetched once and cached by the module loader. */
export function loadWorksheetBuilder(): Promise<WorksheetBuilder> {
  return import('../../lib/pdf');
}

let warming = false;

/**
 * Starts loading what the PDF will need: at most once per page the builder, jsPDF and the renderer (in parallel,
 * not one after the other as the builder's own imports would) and the small font; then, each time it is called,
 * the middle font if the user's own text (`texts`: the name and employer if printed, the activity titles) has a
 * character the small font lacks, and the large one if the middle one lacks some too. Failures are left to the press,
 * which loads again and reports them.
 */
export async function warmUp(fonts: WorksheetFonts, texts: readonly string[]): Promise<void> {
  const ignore = () => undefined;
  if (!warming) {
    warming = true;
    import('jspdf').catch(ignore);
    import('../../lib/pdf/render-worksheet').catch(ignore);
    // While the font downloads, jsPDF's code is run once so that the press does not wait for it to compile.
    loadWorksheetBuilder()
      .then((builder) => builder.warmPdfCode())
      .catch(ignore);
  }
  try {
    await smallestFontFor(texts, [fonts.fixed, fonts.common, fonts.full]);
  } catch {
    // The press loads again and says what failed.
  }
}
