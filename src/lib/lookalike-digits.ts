/**
 * A letter typed for the digit it looks like (2O22 with the letter O, 20l9 with a small L): named in the message, never
 * read as the digit (a figure is never one the person did not type). Shared by the calculator's fields and the batch
 * check's cells, which word the same slip the same way.
 */
const LOOKALIKE_DIGITS: Record<string, string> = { O: '0', o: '0', l: '1', I: '1' };

/**
 * “O”是字母，请改为数字“0” when `text`, with such letters put right, would have the `shape` asked for; undefined when
 * it has none of them or would still not (2Oxx).
 * @example lookalike('2O22', /^\d{4}$/) // '“O”是字母，请改为数字“0”'
 */
export function lookalike(text: string, shape: RegExp): string | undefined {
  const letter = [...text].find((ch) => ch in LOOKALIKE_DIGITS);
  if (letter === undefined || !shape.test(text.replace(/./g, (ch) => LOOKALIKE_DIGITS[ch] ?? ch))) return undefined;
  return `“${letter}”是字母，请改为数字“${LOOKALIKE_DIGITS[letter]}”`;
}
