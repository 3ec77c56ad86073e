/**
 * Document numbers (文号) as people type them: 株人社函〔2024〕5号 is printed with 〔〕, but typed with [], 【】, （）,
 * (), ［］, spaces or nothing between the year and the number, in full-width digits, and sometimes without the issuer's
 * prefix (〔2024〕5号). Pure, no DOM.
 */

/** A document number read from text: the issuer's prefix (empty when not typed), the year and the serial number. */
export interface DocNumber {
  prefix: string;
  year: string;
  number: string;
}

/**
 * A document number in NFKC text: a prefix of Chinese characters, then the year in brackets (any of 〔〕 [] 【】 ()
 * 〖〗, mixed or not) or, after a prefix, the year alone, then the number and 号. Without brackets the year must follow
 * a prefix, so that 2024 5号 alone is not read as one.
 */
const DOC_NUMBER = /(\p{Script=Han}*)\s*(?:[〔[【(〖]\s*((?:19|20)\d{2})\s*[〕\]】)〗]|((?:19|20)\d{2}))\s*0*(\d{1,4})\s*号/gu;

/** Every document number in `text`, with where it starts and ends in the NFKC form of the text. */
export function findDocNumbers(text: string): { doc: DocNumber; start: number; end: number }[] {
  const found: { doc: DocNumber; start: number; end: number }[] = [];
  for (const m of text.normalize('NFKC').matchAll(DOC_NUMBER)) {
    const prefix = m[1] ?? '';
    const year = m[2] ?? m[3] ?? '';
    if (m[2] === undefined && prefix === '') continue;
    found.push({ doc: { prefix, year, number: String(Number(m[4])) }, start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** A document number read from the start of `text` (NFKC), and the text after it; undefined when it starts otherwise. */
export function leadingDocNumber(text: string): { doc: DocNumber; rest: string } | undefined {
  const nfkc = text.normalize('NFKC').trimStart();
  const first = findDocNumbers(nfkc)[0];
  return first === undefined || first.start !== 0 ? undefined : { doc: first.doc, rest: nfkc.slice(first.end) };
}

/** A document number as the notices print it: 株人社函〔2024〕5号. */
export function formatDocNumber(doc: DocNumber): string {
  return `${doc.prefix}〔${doc.year}〕${doc.number}号`;
}

/** True when a typed number names a known one: the same year and number, and the same prefix unless none was typed. */
export function namesDocNumber(typed: DocNumber, known: DocNumber): boolean {
  return typed.year === known.year && typed.number === known.number && (typed.prefix === '' || typed.prefix === known.prefix);
}
