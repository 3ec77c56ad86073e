/**
 * Test fonts: small subsets of the packaged Noto Sans SC, made in a few milliseconds, so unit
 * tests need neither the build step nor the 2 MB worksheet font. Plain JS: it needs Node's fs.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
let source;

/** A TrueType subset holding printable ASCII and every character of `texts` (`options` go to subset-font). */
export async function subsetForTest(texts, options = { targetFormat: 'truetype', noLayoutClosure: true }) {
  source ??= await readFile(require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'));
  let ascii = '';
  for (let c = 0x20; c < 0x7f; c++) ascii += String.fromCharCode(c);
  const subset = await subsetFont(source, ascii + [...texts].join(''), options);
  return new Uint8Array(subset.buffer, subset.byteOffset, subset.byteLength);
}

/** The text of every page of a PDF, as pdf.js extracts it, with the position of each run. */
export async function extractPdf(bytes) {
  const { getDocument, OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const pages = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const { width, height } = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const runs = content.items.filter((i) => 'str' in i && i.str !== '').map((i) => ({ str: i.str, x: i.transform[4], y: i.transform[5], size: Math.hypot(i.transform[2], i.transform[3]) }));
    // Paths whose bounding box is a square, with their side in points (tick boxes).
    const ops = await page.getOperatorList();
    const squares = [];
    ops.fnArray.forEach((fn, i) => {
      const minMax = fn === OPS.constructPath ? ops.argsArray[i][2] : null;
      if (!minMax) return;
      const [x0, y0, x1, y1] = minMax;
      if (Math.abs(x1 - x0 - (y1 - y0)) < 0.01 && x1 > x0) squares.push({ x: x0, y: y0, side: x1 - x0 });
    });
    pages.push({ width, height, runs, squares, text: runs.map((r) => r.str).join('') });
  }
  await pdf.destroy();
  return pages;
}

/** Renders page `n` (1-based) of a PDF to RGBA pixels with pdf.js on a Node canvas, at `scale` × 72 dpi. */
export async function renderPage(bytes, n, scale = 4) {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const { createCanvas } = await import('@napi-rs/canvas');
  const pdf = await getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const page = await pdf.getPage(n);
  const viewport = page.getViewport({ scale });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext('2d');
  await page.render({ canvasContext: context, viewport, canvas }).promise;
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  await pdf.destroy();
  return { width: canvas.width, height: canvas.height, data: new Uint8ClampedArray(image.data) };
}
