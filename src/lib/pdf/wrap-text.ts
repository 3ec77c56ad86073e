/**
 * Line breaking for Chinese text mixed with Latin words and numbers, with the line-start and
 * line-end prohibitions of Chinese typesetting (GB/T 15834 标点符号用法: closing punctuation never
 * starts a line, opening brackets and quotes never end one). Pure: widths come from a callback.
 */

/** Width of a string in the caller's unit (for jsPDF: `doc.getTextWidth`). */
export type Measure = (text: string) => number;

/** Characters that must not start a line. */
export const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕〉］｝〗〙”’…—～·‰％℃°,.;:?!)]}%']);
/** Characters that must not end a line. */
export const NO_LINE_END = new Set([...'（《「『【〔〈［｛〖〘“‘([{']);

/** Han, kana, CJK punctuation and full-width forms: a line may break before and after each. */
const BREAK_AROUND = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u2014\u2026\u2E80-\u303F\uFE30-\uFE4F\uFF00-\uFFEF\u25A0-\u25FF]/u;
const SPACE = /[ \t]/;
/** U+2060 WORD JOINER: no break where it stands; dropped from the output. */
export const JOIN = '\u2060';
/** U+00A0 NO-BREAK SPACE: a space no line break may replace; drawn as a plain space. */
const NBSP = '\u00A0';

/**
 * The text marked so that wrapText never breaks inside it (a citation such as 附件1 二 7), unless it is wider than
 * a whole line.
 * @example wrapText(`依据（${unbreakable('附件1 二 7')}）`, 6, measure) // never ['依据（附件1', '二 7）']
 */
export function unbreakable(text: string): string {
  return [...text].map((ch) => (ch === ' ' ? NBSP : ch)).join(JOIN);
}

interface Atom {
  text: string;
  spaced: boolean;
  /** Joined to the previous atom by a word joiner. */
  joined: boolean;
}

interface Cluster {
  /** The text, which no line break may split unless it is wider than a whole line. */
  text: string;
  /** Whether a space separated it from the previous cluster (dropped at a line break). */
  spaced: boolean;
}

/**
 * Splits a paragraph into atoms (one CJK character, or one run of Latin letters, digits and
 * ASCII punctuation), then glues atoms across every forbidden break into clusters.
 */
function clusters(paragraph: string): Cluster[] {
  const atoms: Atom[] = [];
  let word = '';
  let spaced = false;
  let joined = false;
  const push = (text: string) => {
    atoms.push({ text, spaced, joined });
    spaced = false;
    joined = false;
  };
  const flush = () => {
    if (word !== '') {
      push(word);
      word = '';
    }
  };
  for (const ch of paragraph) {
    if (ch === JOIN) {
      flush();
      joined = atoms.length > 0;
    } else if (SPACE.test(ch)) {
      flush();
      spaced = atoms.length > 0;
    } else if (BREAK_AROUND.test(ch) || NO_LINE_START.has(ch) || NO_LINE_END.has(ch)) {
      flush();
      push(ch);
    } else {
      // A no-break space joins the words around it into one unbreakable run.
      word += ch === NBSP ? ' ' : ch;
    }
  }
  flush();

  const out: Cluster[] = [];
  for (const atom of atoms) {
    const prev = out[out.length - 1];
    const first = [...atom.text][0] as string;
    const glue = prev !== undefined && (atom.joined || NO_LINE_START.has(first) || endsWithNoLineEnd(prev.text));
    if (prev !== undefined && glue) prev.text += (atom.spaced ? ' ' : '') + atom.text;
    else out.push({ text: atom.text, spaced: atom.spaced });
  }
  return out;
}

function endsWithNoLineEnd(text: string): boolean {
  const chars = [...text];
  return NO_LINE_END.has(chars[chars.length - 1] as string);
}

/** Breaks a cluster wider than a line by characters, still avoiding forbidden breaks where it can. */
function splitWide(text: string, maxWidth: number, measure: Measure): string[] {
  const chars = [...text];
  const lines: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = start + 1;
    while (end < chars.length && measure(chars.slice(start, end + 1).join('')) <= maxWidth) end++;
    // Step back over a forbidden break, but never to an empty line.
    let cut = end;
    while (cut < chars.length && cut - 1 > start && (NO_LINE_START.has(chars[cut] as string) || NO_LINE_END.has(chars[cut - 1] as string))) cut--;
    lines.push(chars.slice(start, cut).join(''));
    start = cut;
  }
  return lines;
}

/**
 * Wraps text to lines no wider than `maxWidth`; `\n` starts a new paragraph. Never drops or
 * reorders a character: spaces at a break are the only thing removed.
 * @example wrapText('合计差62学时，公需差2学时。', 30, measure) // ['合计差62学时，', '公需差2学时。']
 */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const cluster of clusters(paragraph)) {
      const candidate = line === '' ? cluster.text : line + (cluster.spaced ? ' ' : '') + cluster.text;
      if (measure(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      if (measure(cluster.text) <= maxWidth) {
        line = cluster.text;
      } else {
        const parts = splitWide(cluster.text, maxWidth, measure);
        line = parts.pop() ?? '';
        lines.push(...parts);
      }
    }
    lines.push(line);
  }
  return lines;
}
