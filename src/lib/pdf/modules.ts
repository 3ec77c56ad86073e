/**
 * The worksheet's code fetched on use (jsPDF, the renderer, the font embedder), one loader each for the warm-up on
 * intent and the press: a fetch that failed (offline, a dropped line) is tried again by the next press, under a new
 * address where the browser keeps the failure (import-again.ts).
 */
import { importAgain } from '../import-again';

export const loadJsPdf = importAgain(() => import('jspdf'));
export const loadRenderer = importAgain(() => import('./render-worksheet'));
export const loadEmbeddedFont = importAgain(() => import('./embedded-font'));
