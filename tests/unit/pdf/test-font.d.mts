/** A TrueType subset holding printable ASCII and every character of `texts` (`options` go to subset-font). */
export function subsetForTest(texts: Iterable<string>, options?: object): Promise<Uint8Array<ArrayBuffer>>;

/** One run of text as pdf.js places it (PDF points, origin bottom left). */
export interface TextRun {
  str: string;
  x: number;
  y: number;
  /** Font size in points (the run's vertical scale). */
  size: number;
}

/** One page: its size in points, its runs in content order, and their text joined. */
export interface ExtractedPage {
  width: number;
  height: number;
  runs: TextRun[];
  /** Square paths drawn on the page (side in points). */
  squares: { x: number; y: number; side: number }[];
  text: string;
}

/** The text of every page of a PDF, as pdf.js extracts it. */
export function extractPdf(bytes: Uint8Array): Promise<ExtractedPage[]>;

/** Page `n` (1-based) rendered by pdf.js to RGBA pixels, at `scale` × 72 dpi. */
export function renderPage(bytes: Uint8Array, n: number, scale?: number): Promise<{ width: number; height: number; data: Uint8ClampedArray }>;
