/**
 * Loads the worksheet PDF builder (src/lib/pdf) on intent and on the click. Dynamic imports keep the builder and
 * jsPDF out of the page's own JavaScript, and the fonts are fetched only then. On intent (the PDF section comes into
 * view, or the button is hovered, focused or touched) the builder, jsPDF, the renderer and the small font of the
 * worksheet's own text start loading side by side, so that a press finds them loaded or in flight.
 */
import { loadFontEarly, smallestFontFor } from '../../lib/pdf/font-loader';
import { loadJsPdf, loadRenderer } from '../../lib/pdf/modules';
import { importAgain } from '../../lib/import-again';

export type { WorksheetOptions } from '../../lib/pdf';

export type WorksheetBuilder = typeof import('../../lib/pdf');

/**
 * The worksheet's fonts (URLs with the site's base), smallest first. Those below the tier the user's text is likely to
 * need (src/lib/pdf/font-guess.ts) are left out, so that the font the text needs is fetched at once.
 */
export interface WorksheetFonts {
  /** The small font of the worksheet's own text. */
  fixed?: string | undefined;
  /** The middle font (the small one plus GB2312's symbols and level 1). */
  common?: string | undefined;
  /** The large font (all of GB2312). */
  full?: string | undefined;
  /** The extended font (GBK and the rest of the BMP the source font has: 喆 玥 祎, 㮾), for user text beyond GB2312. */
  extended?: string | undefined;
}

/**
 * The builder module, fetched once, and again by the next press after a failed fetch (import-again.ts). Once loaded,
 * the same settled promise is handed back: importing a loaded module again resolves only a task later, which on a
 * slow phone kept a press waiting 0.15-0.3 s behind the downloads' tasks.
 */
export const loadWorksheetBuilder: () => Promise<WorksheetBuilder> = importAgain(() => import('../../lib/pdf'));

let warming = false;
let pressed = false;

/**
 * Says that a press is making a PDF: the throwaway document warmPdfCode would draw is then skipped, since the press
 * compiles the same code and on a slow phone the two would share the processor (a press the moment the section came
 * into view waited for it).
 */
export function pressStarted(): void {
  pressed = true;
}

/**
 * Starts loading what the PDF will need: at most once per page the builder, jsPDF and the renderer (in parallel,
 * not one after the other as the builder's own imports would); then, each time it is called, the smallest of `fonts`
 * that draws the user's own text (`texts`: the name and employer if printed, the activity titles), trying them
 * smallest first. Failures are left to the press, which loads again and reports them. jsPDF's warm-up document waits
 * for `after` (the worksheet composed on the same intent, which a press needs more).
 */
export async function warmUp(fonts: WorksheetFonts, texts: readonly string[], after: Promise<unknown> = Promise.resolve()): Promise<void> {
  const ignore = () => undefined;
  if (!warming) {
    warming = true;
    loadJsPdf().catch(ignore);
    loadRenderer().catch(ignore);
    // While the font downloads, jsPDF's code is run once so that the press does not wait for it to compile.
    Promise.all([loadWorksheetBuilder(), after])
      .then(([builder]) => builder.warmPdfCode(() => pressed))
      .catch(ignore);
  }
  try {
    await smallestFontFor(texts, [fonts.fixed, fonts.common, fonts.full, fonts.extended], loadFontEarly);
  } catch {
    // The press loads again and says what failed.
  }
}
