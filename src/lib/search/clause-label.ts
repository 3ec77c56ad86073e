/**
 * Clause labels as the site prints them on results, worksheets and clause links (附件1 二 4, 通知 二（一）,
 * 附件2 第7步), read from a query or from a search document. People type them with or without spaces and brackets
 * (附件1二4, 附件 1 二 4, 附件1 二（4）, 附件2 第 7 步), in full-width digits, and sometimes after the document number
 * the site prints beside them, in any brackets (株人社函〔2024〕5号 附件1 二 4, 株人社函[2024]5号 附件1 二 4).
 * Pure, no DOM.
 */
import { leadingDocNumber, namesDocNumber } from './doc-number';

/** A clause label: which text of a notice, and the clause's ordinals within it. */
export interface ClauseLabel {
  /** The document number named before the label, as letters and digits only (株人社函20245号); absent when none. */
  notice?: string;
  /** 通知, 附件 (no number: the notice's only attachment, or any attachment in a query) or 附件1…; absent when none. */
  text?: string;
  /** The ordinals, outermost first: Chinese numerals as written (二), digits (4), steps (第7步); brackets dropped. */
  path: string[];
}

const CN = '一二三四五六七八九十';
/** A Chinese numeral from 一 to 九十九, as notices number their parts. */
const CN_NUMBER = new RegExp(`^(?:[${CN.slice(0, 9)}]|十[${CN.slice(0, 9)}]?|[${CN.slice(1, 9)}]十[${CN.slice(0, 9)}]?)$`);
const GAP = /^[^\p{L}\p{N}]+/u;

/** The value of a Chinese numeral from 一 to 九十九 (七 → 7, 十二 → 12), or undefined. */
function chineseNumber(numeral: string): number | undefined {
  if (!CN_NUMBER.test(numeral)) return undefined;
  const at = numeral.indexOf('十');
  if (at === -1) return CN.indexOf(numeral) + 1;
  const tens = at === 0 ? 1 : CN.indexOf(numeral.slice(0, at)) + 1;
  const ones = numeral.slice(at + 1);
  return tens * 10 + (ones === '' ? 0 : CN.indexOf(ones) + 1);
}

/** Letters and digits only: how document numbers are compared (株人社函〔2024〕5号 = 株人社函[2024]5号). */
function compact(text: string): string {
  return text.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Reads a clause label. Returns undefined when the text is anything else: a label is one of the texts (通知, 附件,
 * 附件N) and/or ordinals, nothing more; without a text it must start with a Chinese numeral or a step, so that a
 * number such as 2020 or 90 is never read as a label. `docNumbers` are the numbers that may lead it, typed in any
 * brackets or none and with or without the issuer (〔2024〕5号); a number alone, or with a text, names that notice
 * or that text of it (株人社函〔2024〕5号 附件1: path []). A number the site has no notice for is no label.
 * @example parseClauseLabel('附件1二（4）') // { text: '附件1', path: ['二', '4'] }
 */
export function parseClauseLabel(input: string, docNumbers: readonly string[] = []): ClauseLabel | undefined {
  return readLabel(input, docNumbers, false);
}

/**
 * A search document's label: a clause label, or a text alone for the text's opening paragraphs (通知, 附件1), which a
 * query naming the notice or the text (株人社函〔2024〕5号, 株人社函〔2024〕5号 附件1) lists first.
 * @example documentLabel('附件1') // { text: '附件1', path: [] }
 */
export function documentLabel(label: string): ClauseLabel | undefined {
  return readLabel(label, [], true);
}

function readLabel(input: string, docNumbers: readonly string[], textAlone: boolean): ClauseLabel | undefined {
  let rest = input.normalize('NFKC').trim();
  let notice: string | undefined;
  const typed = leadingDocNumber(rest);
  if (typed !== undefined) {
    const known = docNumbers.find((n) => {
      const doc = leadingDocNumber(n)?.doc;
      return doc !== undefined && namesDocNumber(typed.doc, doc);
    });
    // A document number the site has no notice for is no label: the query is searched as words.
    if (known === undefined) return undefined;
    notice = compact(known);
    rest = typed.rest;
  }
  const skip = () => {
    rest = rest.replace(GAP, '');
  };
  skip();
  let text: string | undefined;
  // 附件 and its number may have a space between (附件 1 二 4 is 附件1 二 4): no path starts with a digit, so a digit
  // after 附件 is always the attachment's number. A Chinese numeral is its number only when written on (附件一); after a
  // space it is the first ordinal (附件 二 4, the 2020 notice's only attachment).
  const part = /^(?:(通知)|附件(?:\s*(\d{1,2})|([一二三四五六七八九]))?)/.exec(rest);
  if (part !== null) {
    const n = part[2] ?? part[3];
    text = part[1] ?? (n === undefined ? '附件' : `附件${/\d/.test(n) ? Number(n) : CN.indexOf(n) + 1}`);
    rest = rest.slice(part[0].length);
  }
  const path: string[] = [];
  for (skip(); rest !== ''; skip()) {
    const m = /^(?:第\s*(\d{1,3}|[一二三四五六七八九十]+)\s*步|([一二三四五六七八九十]+)|(\d{1,3}))/.exec(rest);
    if (m === null) return undefined;
    if (m[1] !== undefined) {
      const step = /\d/.test(m[1]) ? Number(m[1]) : chineseNumber(m[1]);
      if (step === undefined) return undefined;
      path.push(`第${step}步`);
    } else if (m[2] !== undefined) {
      if (!CN_NUMBER.test(m[2])) return undefined;
      path.push(m[2]);
    } else path.push(String(Number(m[3])));
    rest = rest.slice(m[0].length);
  }
  const first = path[0];
  // A document number alone, or with a text (株人社函〔2024〕5号 附件1), names that notice or that text of it.
  if (first === undefined) {
    // An attachment alone in a query (附件1) names it too: searched as words it listed first the checklist items and
    // calculator forms that cite 附件1, and the attachment itself after them (a new user's check).
    if (notice === undefined && !(text !== undefined && (textAlone || text.startsWith('附件')))) return undefined;
    return { ...(notice === undefined ? {} : { notice }), ...(text === undefined ? {} : { text }), path };
  }
  if (text === undefined && !/^[一二三四五六七八九十第]/.test(first)) return undefined;
  return { ...(notice === undefined ? {} : { notice }), ...(text === undefined ? {} : { text }), path };
}

/** True when a query's text names the label's: 附件 in a query is any attachment, 附件1 also a notice's only 附件. */
function sameText(query: string | undefined, label: string | undefined): boolean {
  if (query === undefined) return label !== undefined;
  if (label === undefined) return false;
  if (query === label) return true;
  if (query === '附件') return label.startsWith('附件');
  return query === '附件1' && label === '附件';
}

/** True when the query names no document number, or the one a document belongs to (its attachments included). */
export function inNotice(query: ClauseLabel, docNumber: string): boolean {
  return query.notice === undefined || compact(docNumber).startsWith(query.notice);
}

/** True when `text` mentions the document number the query names (in any brackets: letters and digits compared). */
export function mentionsNotice(query: ClauseLabel, text: string): boolean {
  return query.notice !== undefined && compact(text).includes(query.notice);
}

/**
 * How a document's label answers a label query: `same` clause, a clause `within` it (附件1 二 4（1） for 附件1 二 4),
 * or undefined. `docNumber` is the document's own.
 */
export function labelMatch(query: ClauseLabel, label: ClauseLabel, docNumber: string): 'same' | 'within' | undefined {
  if (!inNotice(query, docNumber)) return undefined;
  if (!sameText(query.text, label.text)) return undefined;
  if (label.path.length < query.path.length || query.path.some((p, i) => label.path[i] !== p)) return undefined;
  return label.path.length === query.path.length ? 'same' : 'within';
}

/**
 * A pattern finding where other text cites the queried clause (“按株人社函〔2024〕5号 附件1 二 4逐年折算”,
 * “（通知 二（一））”): the text (any of them when the query names none), then the ordinals, with a space or bracket
 * between ordinals and no numeral running on either side.
 */
export function citationPattern(query: ClauseLabel): RegExp {
  const text = query.text === undefined ? '(?:通知|附件\\d?)' : query.text === '附件' ? '附件\\d?' : query.text === '附件1' ? '附件1?' : query.text;
  const ordinals = query.path.join('[^\\p{L}\\p{N}]+');
  return new RegExp(`(?:^|[^\\d${CN}])${text}[^\\p{L}\\p{N}]*${ordinals}(?![\\d${CN}])`, 'u');
}
