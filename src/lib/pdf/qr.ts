/**
 * The worksheet's QR code as a module matrix (true = dark), drawn by the renderer as vector squares.
 * qrcode-generator: small, no dependencies, gives the matrix directly (no canvas or image in the PDF).
 */
import qrcode from 'qrcode-generator';

/**
 * The QR matrix of `text` in byte mode, at error-correction level M where it fits and L otherwise; null when the
 * text is longer than the largest QR code holds (2,953 bytes at level L).
 * @example qrMatrix('https://example.org/calculator/#share=1.z…')?.length // 41 (version 6)
 */
export function qrMatrix(text: string): boolean[][] | null {
  // Choosing the mask is most of the cost (a tenth of a second on a slow phone): the same link is encoded once, so a
  // second PDF of the same case, or one prepared on intent, reuses it.
  if (last?.text !== text) last = { text, matrix: encode(text) };
  return last.matrix;
}

let last: { text: string; matrix: boolean[][] | null } | undefined;

function encode(text: string): boolean[][] | null {
  for (const level of ['M', 'L'] as const) {
    try {
      const qr = qrcode(0, level);
      qr.addData(text, 'Byte');
      qr.make();
      const n = qr.getModuleCount();
      return Array.from({ length: n }, (_, row) => Array.from({ length: n }, (_, col) => qr.isDark(row, col)));
    } catch {
      // Too long for this level: try the next, then give up.
    }
  }
  return null;
}
