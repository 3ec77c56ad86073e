/**
 * Site search over the clause index (search-index.json, built with the site): every clause of both notices, every
 * checklist entry, the calculator's forms, the dates, the training bases and the site's pages are documents.
 *
 * A query in traditional characters is read in simplified ones first (toSimplified: 專利 as 专利).
 * Matching is by whole words and phrases, never by scattered characters: a query is split into words (question
 * words such as 怎么 dropped, Intl.Segmenter where a phrase is not found as written), each word may be written as
 * the notices write it or as people say it (synonyms.ts), and a document must contain every word. A query with a
 * word that appears nowhere finds nothing, and the page says which words to try instead. A query that is a clause
 * label as the site prints it (附件1 二 4, 通知 二（一）) lists that clause first (clause-label.ts), and a document number
 * of a notice the site has (株人社函〔2024〕5号, in any brackets) that notice; any other document number is one word
 * (湘人社办函〔2024〕21号 finds the notice that cites it; doc-number.ts). Pure, no DOM.
 */
import { citationPattern, documentLabel, inNotice, labelMatch, mentionsNotice, parseClauseLabel, type ClauseLabel } from './clause-label';
import { findDocNumbers, formatDocNumber, type DocNumber } from './doc-number';
import { notAsTyped, questionWords, sameThing, stopWords, synonyms } from './synonyms';
import { TRADITIONAL_PAIRS } from './traditional-table';

/** One searchable document as stored in the index. */
export interface SearchDoc {
  /** Site-relative URL (without the base), with the clause anchor. */
  u: string;
  /** Title: the clause's section or the entry's name. */
  t: string;
  /** Where it sits: a clause label (附件1 二 3), 材料清单, 学时测算… */
  l: string;
  /** Which notice or part of the site it belongs to (株人社函〔2024〕5号, 继续教育基地…). */
  n: string;
  /** True for the notice in force (and for pages not tied to a round). */
  c: boolean;
  /** Kind of document. */
  k: 'clause' | 'note' | 'checklist' | 'tool' | 'date' | 'base' | 'page';
  /** The text shown and searched. */
  x: string;
  /** Further words that find it but are not shown (section titles, what the page is for). */
  s: string;
  /**
   * What the rule set takes from this clause (its citations): the requirement parts, spans, conversions and the
   * kinds they cover (2020 附件 二 4: 发明专利…), and the names the clause defines (通知 二: 《合格证明》, in full and
   * short). A clause that sets a figure or defines a name answers before one that mentions it.
   */
  d?: string;
  /**
   * A key date's days (from, to, and the day its notice was issued), for its state on the visitor's day beside the
   * hit (未开始 / 办理中 / 已截止): 6月至7月 read on 2026-12-07 as this year's (an HR officer's check).
   */
  w?: { f?: string; t: string; i?: string };
}

/** The index file. */
export interface SearchIndex {
  version: 1;
  docs: SearchDoc[];
}

/** A piece of a snippet or title, highlighted or not. */
export interface TextPart {
  text: string;
  marked: boolean;
}

/** One hit as the page lists it. */
export interface SearchHit {
  doc: SearchDoc;
  score: number;
  snippet: TextPart[];
}

/** What a search returns. */
export interface SearchOutcome {
  /** The words searched for, as the person typed them (question words left out). */
  words: string[];
  /** Words found nowhere: when any, there are no hits (those left out are in `left`). */
  missing: string[];
  /** Every form of the words that may be highlighted (the words and their synonyms). */
  marks: string[];
  hits: SearchHit[];
  /**
   * No document holds every word, though each is found somewhere: the hits hold some of them, the most first (合格证明
   * 打印, 论文 专利 found nothing at all, a dead end for a new user).
   */
  partial?: true;
  /** Words found nowhere and left out of the search, whose hits are those of the other words. */
  left?: string[];
}

/** A word of the query and the ways it may be written (the first as typed). */
interface Term {
  word: string;
  alternatives: string[];
  /**
   * A run kept whole because the index has it somewhere (折算学时), by its words (折算, 学时), each with its
   * alternatives: a document that has them apart, and not the run, still matches, for less (论文怎么折算学时 found only
   * the calculator; 附件1 二 3 says 折算专业科目30学时).
   */
  parts?: string[][];
}

interface Prepared {
  doc: SearchDoc;
  title: string;
  text: string;
  /** The text without short asides in brackets (科技（社科）奖项 reads as 科技奖项 too). */
  bare: string;
  context: string;
  /** What the rule set takes from the clause (SearchDoc.d). */
  sets: string;
  /** The clause's label, read once (clause documents only). */
  label: ClauseLabel | undefined;
}

/** A search index made ready to query once (normalised text kept beside each document). */
export interface PreparedIndex {
  docs: Prepared[];
  /** The notices' document numbers, which may lead a clause label in a query. */
  docNumbers: string[];
}

const QUOTES = /[《》“”‘’"'「」『』〈〉]/g;
/** A size after a number, written with or without B or as 兆: 20MB, 20 MB and 20兆 read as 20m, 500KB as 500k. */
const SIZE = /(\d)\s*(?:([kmg])b?|兆(?:字节)?)(?![a-z])/g;
/** Anything but a letter or a digit: spaces, punctuation, brackets of every kind (〔〕【】…), symbols. */
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/**
 * Text as it is compared: NFKC (full-width letters and digits made plain), lower case, the 2020 notice's “（分）”
 * dropped (学时（分）认定单 reads as 学时认定单), sizes written one way (20MB, 20 MB, 20兆 as 20m), quotation marks and
 * book-title marks dropped, anything else that is not a letter or a digit (punctuation, brackets, symbols, spaces) made
 * a single space, so that a word never matches across a sentence break and 株人社函〔2024〕5号 reads as
 * 株人社函 2024 5号 however its brackets are written.
 * @example normalise('《学时（分）认定单》，２０２０') // '学时认定单 2020'
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\(分\)/g, '')
    .replace(SIZE, (_, digit: string, unit: string | undefined) => `${digit}${unit ?? 'm'}`)
    .replace(QUOTES, '')
    .replace(SEPARATORS, ' ')
    .trim();
}

let simplifiedOf: Map<string, string> | undefined;

/**
 * A query typed in traditional characters, written as the notices write it: each character of the table
 * (traditional-table.ts, from OpenCC, kept to the characters the search can find) becomes its simplified form.
 * @example toSimplified('發表論文怎麼折算') // '发表论文怎么折算'
 */
export function toSimplified(text: string): string {
  if (simplifiedOf === undefined) {
    const chars = [...TRADITIONAL_PAIRS];
    simplifiedOf = new Map();
    for (let i = 0; i + 1 < chars.length; i += 2) simplifiedOf.set(chars[i] ?? '', chars[i + 1] ?? '');
  }
  let out = '';
  for (const ch of text) out += simplifiedOf.get(ch) ?? ch;
  return out;
}

/** Prepares an index once for many queries. */
export function prepareIndex(index: SearchIndex): PreparedIndex {
  const bare = (text: string) => normalise(text.replace(/（[^（）]{1,8}）/g, ''));
  const docs = index.docs.map((doc) => ({
    doc,
    title: normalise(doc.t),
    text: normalise(doc.x),
    bare: bare(doc.x),
    context: normalise(`${doc.l} ${doc.n} ${doc.s}`),
    sets: normalise(doc.d ?? ''),
    label: doc.k === 'clause' ? documentLabel(doc.l) : undefined,
  }));
  return { docs, docNumbers: [...new Set(index.docs.filter((d) => d.k === 'clause').map((d) => d.n))] };
}

/**
 * A phrase as the browser's word segmenter splits it, each piece marked a word or not (a space, a mark); the phrase
 * itself, as a word, where there is no segmenter.
 */
function segments(phrase: string): { text: string; word: boolean }[] {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (Segmenter === undefined) return [{ text: phrase, word: true }];
  return [...new Segmenter('zh', { granularity: 'word' }).segment(phrase)].map((s) => ({ text: s.segment, word: s.isWordLike !== false }));
}

/** Words of a phrase as the browser's word segmenter splits it; the phrase itself where there is no segmenter. */
function segment(phrase: string): string[] {
  return segments(phrase).filter((s) => s.word).map((s) => s.text);
}

const sortedKeys = Object.keys(synonyms).sort((a, b) => b.length - a.length);

let wholeKeys: readonly string[] | undefined;
/**
 * The synonym keys the word segmenter splits around a stop word (在线课程 → 在|线|课程, 研讨会 → 研讨|会, 还差 → 还|差),
 * longest first: a query keeps them whole, or the stop word would be dropped and the key never looked up.
 */
function keptWhole(): readonly string[] {
  return (wholeKeys ??= sortedKeys.filter((k) => segments(k).some((s) => stopWords.has(s.text))));
}

/** Calls `part` with the text before and after the first `key` in `text` (where there is any) and `whole` with the key, in order. */
function around(text: string, key: string, part: (piece: string) => void, whole: (key: string) => void): void {
  const at = text.indexOf(key);
  if (at > 0) part(text.slice(0, at));
  whole(key);
  if (at + key.length < text.length) part(text.slice(at + key.length));
}

/** Whether `key` in `run` has a single character beside it, before or after, that is no stop word (出 in 出差). */
function strandsOne(run: string, key: string): boolean {
  const at = run.indexOf(key);
  const single = (piece: string) => piece.length === 1 && !stopWords.has(piece);
  return single(run.slice(0, at)) || single(run.slice(at + key.length));
}

function alternativesOf(word: string): string[] {
  return [...new Set([...(notAsTyped.has(word) ? [] : [normalise(word)]), ...(synonyms[word] ?? []).map(normalise)])].filter((w) => w !== '');
}

function contains(d: Prepared, word: string): boolean {
  return d.text.includes(word) || d.bare.includes(word) || d.title.includes(word) || d.context.includes(word) || d.sets.includes(word);
}

function occursAnywhere(index: PreparedIndex, word: string): boolean {
  return index.docs.some((d) => contains(d, word));
}

/**
 * The runs of a piece of a query: normalised, question words and stop words dropped, split where they were and at
 * anything the word segmenter does not call a word, so that no run joins what was typed apart.
 */
function runsOf(text: string): string[] {
  let q = normalise(text);
  for (const w of questionWords) q = q.split(w).join(' ');
  const runs: string[] = [];
  const cut = (chunk: string): void => {
    // A synonym key the segmenter would cut a stop word out of (在线课程: 在|线|课程, 研讨会: 研讨|会) is a run of its own.
    const key = keptWhole().find((k) => chunk.includes(k));
    if (key !== undefined) return around(chunk, key, cut, (k) => runs.push(k));
    let run = '';
    for (const seg of segments(chunk)) {
      if (!seg.word || stopWords.has(seg.text)) {
        if (run !== '') runs.push(run);
        run = '';
      } else run += seg.text;
    }
    if (run !== '') runs.push(run);
  };
  for (const chunk of q.split(' ').filter((c) => c !== '')) cut(chunk);
  return runs;
}

/**
 * The words of a query. A document number (株人社函〔2024〕5号, in any brackets or none) is one word, matched as the
 * notices print it; its prefix is the longest end of the characters typed before it that the index has with that
 * number (关于株人社函〔2024〕5号: 株人社函), else all of them. Question words are dropped; each remaining run is kept
 * whole when it (or a synonym) occurs in the index, otherwise split at known synonyms and then by the word segmenter,
 * one word at a time.
 * @example queryWords('发表论文怎么折算') // ['发表论文', '折算'] (with an index holding both)
 */
export function queryTerms(index: PreparedIndex, query: string): Term[] {
  const terms: Term[] = [];
  const add = (word: string) => {
    if (!terms.some((t) => t.word === word)) terms.push({ word, alternatives: alternativesOf(word) });
  };
  const found = (word: string) => alternativesOf(word).some((a) => occursAnywhere(index, a));
  const split = (run: string): void => {
    if (found(run)) {
      add(run);
      const words = segment(run).filter((w) => !stopWords.has(w));
      const term = terms.find((t) => t.word === run);
      // Words, never single characters (公需 is no 公 and 需).
      if (term !== undefined && words.length > 1 && words.every((w) => w.length > 1 && found(w))) term.parts = words.map(alternativesOf);
      return;
    }
    // A synonym key inside the run (计算机考试合格 → 计算机考试 + 合格), longest first; not one inside the very words it
    // stands for (少 in 不少于: 每年累计不少于90学时 became 每年累计不 + 少 + 于90学时, a new user's long question).
    // Nor a one-character key that would leave a single character beside it (出差: 出 + 差, which matched every 出 and
    // 达到, 找到 3 条结果: an HR officer's check): the two are a word, searched whole, and said when found nowhere.
    const key = sortedKeys.find((k) => k.length < run.length && run.includes(k) && !(synonyms[k] ?? []).some((a) => a.includes(k) && run.includes(a)) && !(k.length === 1 && strandsOne(run, k)));
    if (key !== undefined) return around(run, key, split, add);
    const words = segment(run).filter((w) => !stopWords.has(w));
    if (words.length <= 1) return add(run);
    // Adjacent words that occur together stay together (中级职称 in 中级职称跨度).
    let i = 0;
    while (i < words.length) {
      let j = words.length;
      while (j > i + 1 && !found(words.slice(i, j).join(''))) j--;
      // Single characters side by side in what was typed, making no word the index has (规培, 论问): a word the
      // segmenter only cut into characters. It stays one word, found nowhere, instead of each character matching
      // anywhere (规培 listed 规定…培训 as 找到 5 条结果: a reader's check).
      let k = i;
      while (j === i + 1 && k < words.length && (words[k] as string).length === 1) k++;
      if (k - i > 1 && run.includes(words.slice(i, k).join(''))) j = k;
      add(words.slice(i, j).join(''));
      i = j;
    }
  };
  /** A document number as one word, with the characters before it that are not its prefix. */
  const docNumber = (doc: DocNumber): { before: string; word: string } => {
    const chars = [...doc.prefix];
    for (let from = 0; from <= Math.max(0, chars.length - 2); from++) {
      const word = formatDocNumber({ ...doc, prefix: chars.slice(from).join('') });
      if (occursAnywhere(index, normalise(word))) return { before: chars.slice(0, from).join(''), word };
    }
    return { before: '', word: formatDocNumber(doc) };
  };
  const typed = toSimplified(query).normalize('NFKC');
  let at = 0;
  for (const { doc, start, end } of findDocNumbers(typed)) {
    const { before, word } = docNumber(doc);
    for (const run of runsOf(`${typed.slice(at, start)} ${before}`)) split(run);
    if (!terms.some((t) => t.word === word)) terms.push({ word, alternatives: [normalise(word)] });
    at = end;
  }
  for (const run of runsOf(typed.slice(at))) split(run);
  return terms;
}

/**
 * How much a match in each field counts: the title (a clause's first phrase), what the rule set takes from the clause
 * (the clause that sets a figure, not one that mentions it), the text, the keywords and sections.
 */
const FIELD = { title: 2, sets: 2, text: 1, context: 0.25 };
/** A query of several words: a document that holds every one in its title, text or rule-set terms counts this much more. */
const OWN_WORDS = 1.25;
/** A query of several words: a document that holds each as typed (not only a synonym of it) counts this much more. */
const AS_TYPED = 1.5;
/**
 * A word in a document's title and in its text counts this much more than in either alone: 学时要求 comes before a
 * clause that only uses 学时.
 */
const TITLE_AND_TEXT = 0.25;
/** A match through a synonym counts a little less than the word as typed. */
const SYNONYM = 0.8;
/**
 * The operation guides (附件2–4, /guides/) say how to use the online system; on a topic the notice's own rule comes first:
 * 论文 finds 附件1 二 3 (papers' hours) before 附件2's upload note “在国外刊物发表的论文须提供检索材料”, a one-sentence
 * clause whose every word counts as its title.
 */
const GUIDE = 0.85;
/** Clauses of the notices answer first; the checklist, the calculator and the dates point on from them. */
const KIND: Record<SearchDoc['k'], number> = { clause: 1, note: 0.7, checklist: 0.6, tool: 0.5, date: 0.6, base: 1, page: 0.7 };

function count(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) n++;
  return n;
}

/** How much of a document's title the terms fill (each by its longest form found there), 0–1. */
function titleShare(d: Prepared, terms: readonly Term[]): number {
  const filled = terms.reduce((sum, t) => sum + Math.max(0, ...t.alternatives.filter((a) => d.title.includes(a)).map((a) => a.length)), 0);
  return d.title.length === 0 ? 0 : filled / d.title.length;
}

/** A term matched by its words apart, not as the run typed, counts this much of the least of them (Term.parts). */
const PARTS = 0.5;

/**
 * The best match of one term in one document: field weight × synonym weight, with a little for repeated mentions;
 * failing that, by the term's words apart (Term.parts).
 */
function termScore(d: Prepared, term: Term): number {
  const whole = altScore(d, term.alternatives);
  if (whole > 0 || term.parts === undefined) return whole;
  return PARTS * Math.min(...term.parts.map((alternatives) => altScore(d, alternatives)));
}

function altScore(d: Prepared, alternatives: readonly string[]): number {
  let best = 0;
  for (const [i, alt] of alternatives.entries()) {
    const weight = i === 0 ? 1 : SYNONYM;
    const inText = Math.max(count(d.text, alt), count(d.bare, alt));
    const fields = [
      d.title.includes(alt) ? FIELD.title : 0,
      d.sets.includes(alt) ? FIELD.sets : 0,
      inText > 0 ? FIELD.text * (1 + 0.15 * Math.min(inText - 1, 3)) : 0,
      d.context.includes(alt) ? FIELD.context : 0,
    ];
    best = Math.max(best, weight * (Math.max(...fields) + (fields[0] && fields[2] ? TITLE_AND_TEXT : 0)));
  }
  return best;
}

/**
 * One document's score for the query's terms (`idf`: each term's weight; `phrase`: the terms run together) and how many
 * of them it holds; undefined when it holds none, or (unless `some`) not every one.
 */
function docScore(d: Prepared, terms: readonly Term[], idf: readonly number[], phrase: string, some: boolean): { score: number; held: number } | undefined {
  let score = 0;
  let allOwn = true;
  let held = 0;
  for (const [i, term] of terms.entries()) {
    const s = termScore(d, term);
    if (s === 0 && !some) return undefined;
    if (s === 0) continue;
    held++;
    if (s <= FIELD.context) allOwn = false;
    score += s * (idf[i] ?? 1);
  }
  if (held === 0) return undefined;
  const all = held === terms.length;
  // A document that says every word itself answers before one that has a word only in its section titles or
  // keywords (发明专利多少学时: the clause giving the hours, not the patent-certificate clause under 学时折算细则).
  if (terms.length > 1 && allOwn && all) score *= OWN_WORDS;
  // Every word as typed, none only through what it may also mean: 学时认定单在哪打印 is answered by 附件2 第10步
  // (点击“学时证书打印”), before the clauses that 开具 or 办理 the 认定单.
  if (terms.length > 1 && all && terms.every((t) => t.alternatives[0] === normalise(t.word) && altScore(d, [t.alternatives[0]]) > 0)) score *= AS_TYPED;
  // A word with other names that a title says as typed: that is what was asked for (学分: 继续医学教育学分, not the
  // clauses on 学时（分） found through 学时, a doctor's search, 16th; 学分怎么换算, a nurse's, 14th).
  if (terms.some((t) => t.alternatives.length > 1 && d.title.includes(normalise(t.word)))) score *= AS_TYPED;
  if (terms.length > 1 && (d.text.includes(phrase) || d.bare.includes(phrase) || d.title.includes(phrase))) score *= 1.3;
  // A page of the site whose title is mostly the words asked for is what was asked for (继续教育基地: 继续教育基地一览,
  // not third), not one that shares a word with it (学时: 学时测算).
  const titled = d.doc.k === 'page' && all && titleShare(d, terms) > 0.5;
  score *= (titled ? KIND.clause : KIND[d.doc.k]) * (d.doc.c ? 1.15 : 1) * (d.doc.u.startsWith('/guides/') ? GUIDE : 1);
  score /= 1 + 0.12 * Math.log2(1 + d.text.length / 60);
  return { score, held };
}

/**
 * Searches the index: a clause label finds that clause (labelSearch); otherwise every word must be found (as written
 * or as a synonym) in a document's title, text, rule-set terms or keywords. Hits are ranked by how rare and how
 * prominent their words are, with the whole query as one phrase counting most, documents that hold every word
 * themselves before those that need their section titles, shorter clauses before long ones and the notice in force
 * before the older one.
 */
export function search(index: PreparedIndex, typed: string, limit = 30, partial = true): SearchOutcome {
  const query = toSimplified(typed);
  const byLabel = labelSearch(index, query, limit);
  if (byLabel !== undefined) return byLabel;
  const terms = queryTerms(index, query);
  const words = terms.map((t) => t.word);
  if (terms.length === 0) return { words, missing: [], marks: [], hits: [] };
  const missing = terms.filter((t) => !t.alternatives.some((a) => occursAnywhere(index, a))).map((t) => t.word);
  // A figure of the person's own (参加培训3天算多少学时: 3天 is in no clause) is searched without its number (天).
  const ownFigures = query.replace(/\d+(?:\.\d+)?(?=[^\d\s.])/g, (n, at: number) => (missing.some((m) => m.startsWith(n) && query.startsWith(m, at)) ? '' : n));
  if (missing.length > 0 && ownFigures !== query) return search(index, ownFigures, limit, partial);
  // A word of one's own found nowhere beside words that are found (外出进修一个月算多少学时: 外出 is in no text) is left
  // out, and the page says so: one such word emptied the results (an HR officer's check). Not a misspelt word
  // (发表论问, for which the page offers 发表论文), and not where such words are half of what was asked (外星人学时) or
  // what is left is less than two words (驾照科目三: 科目 and 三), one of them more than a word every clause has
  // (驾照科目三学时 listed 专业科目 and 三等奖: a re-check).
  const kept = terms.filter((t) => t.word.length > 1 && !missing.includes(t.word));
  const telling = kept.some((t) => !/^(?:学时|学分|课时|科目|时间|年度|每年)$/.test(t.word));
  if (missing.length > 0 && partial && missing.length * 2 < terms.length && kept.length > 1 && telling && correction(index, typed) === undefined) {
    const rest = missing.reduce((q, word) => q.split(word).join(' '), query);
    const found = search(index, rest, limit, partial);
    if (found.hits.length > 0) return { ...found, words, left: missing };
  }
  if (missing.length > 0) return { words, missing, marks: [], hits: [] };
  const n = index.docs.length;
  const idf = terms.map((t) => {
    const df = index.docs.filter((d) => t.alternatives.some((a) => contains(d, a))).length;
    return Math.log(1 + n / Math.max(df, 1));
  });
  const phrase = terms.map((t) => t.alternatives[0] ?? t.word).join('');
  const scored: { d: Prepared; score: number; order: number; held: number }[] = [];
  // Documents holding every word; with `some`, those holding any, with how many they hold.
  const rank = (some: boolean) =>
    index.docs.forEach((d, order) => {
      const found = docScore(d, terms, idf, phrase, some);
      if (found !== undefined) scored.push({ d, order, ...found });
    });
  rank(false);
  // No document holds every word (each is found somewhere, or `missing` returned above): those holding the most, unless
  // a word is misspelt (发表论问: its pieces 发表论 and 问 are no words to show results for; the page offers 发表论文).
  const some = scored.length === 0 && terms.length > 1 && partial && correction(index, typed) === undefined;
  if (some) rank(true);
  // The site's readings after the notice's words: no reading ranks above a clause that holds every word as typed.
  // 跨度 found 跨度以外的活动不计入 and 核认跨度可以修改 (titles in the site's words, which count as a clause's) before
  // 通知 二, which states the spans. A reading found through what the words mean (没学够 → 逐年计算，不跨年结转), where
  // no clause says them, keeps its place.
  // Another name for the notices' term counts as typed (sameThing: 核认年限 is 核认跨度).
  const said = scored.filter((s) => s.d.doc.k === 'clause' && terms.every((t) => altScore(s.d, sameThing.has(t.word) ? t.alternatives : t.alternatives.slice(0, 1)) > FIELD.context));
  const clauseFirst = Math.max(0, ...said.map((s) => s.score)) * 0.99;
  for (const s of scored) if (s.d.doc.k === 'note' && s.score > clauseFirst && said.length > 0) s.score = clauseFirst;
  // A question of how much (多少, 怎么算, 折算; not 算不算, which the clause naming the activity answers) asks for the
  // conversion (附件1 二), not for the list of materials (附件1 一), unless it names materials: 参加培训3天算多少学时 and
  // 发明专利排名第二算多少 gave the materials clause first (a re-check). Only where a conversion is among the first
  // found: 网课最多算多少学时 (no clause converts it) keeps the online course clause first.
  if (/多少|怎么算|如何算|怎样算|折算|算几/.test(query) && !/材料|证明|提供|准备|证书/.test(query)) {
    const near = [...scored].sort((a, b) => b.held - a.held || b.score - a.score).slice(0, 4);
    // A reading of how hours are counted answers too (按证书学时计算 for an online course, which no conversion names:
    // 网络课程学时怎么算 gave the two materials clauses first, an HR officer's check).
    const answer = near.find((s) => /^附件1? 二/.test(s.d.doc.l) || (s.d.doc.k === 'note' && s.d.doc.t.includes('学时')));
    // Nor does a clause that gives no figure in 学时 and no way of counting them (网课学时怎么算 gave 2020's 四（五）, on
    // the platforms' certificate keys, first: our own check).
    const noAnswer = (d: Prepared) => /^附件1? 一/.test(d.doc.l) || !/\d\s*学[时分]|折算|学时计算|计算学时/.test(d.doc.x);
    if (answer) for (const s of scored) if (noAnswer(s.d)) s.score = Math.min(s.score * 0.7, answer.score * 0.99);
  }
  // 今年, 现在: the notice in force, well before an earlier round's (今年的学时什么时候截止 gave three 2020 dates before 2024's
  // 《合格证明》 dates: an HR officer's check).
  if (/今年|本年|现在|目前|最新/.test(query)) for (const s of scored) if (!s.d.doc.c) s.score *= 0.3;
  scored.sort((a, b) => b.held - a.held || b.score - a.score || a.order - b.order);
  const alternatives = terms.flatMap((t) => [...t.alternatives, ...(t.parts?.flat() ?? [])]);
  // Snippets open at the rarest word (发表论文 rather than 折算 in 发表论文怎么折算).
  const rarest = terms[idf.indexOf(Math.max(...idf))]?.alternatives ?? [];
  const hits = scored.slice(0, limit).map(({ d, score }) => ({ doc: d.doc, score, snippet: snippet(d.doc.x, alternatives, 90, rarest) }));
  return some ? { words, missing, marks: alternatives, hits, partial: true } : { words, missing, marks: alternatives, hits };
}

/**
 * A query that is a clause label (附件1 二 4, 二（一）, 株人社函〔2024〕5号 附件1 二 4): the clause of each notice that
 * has that label (the label as typed first, then the notice in force), then the clauses within it, then what cites it
 * (the calculator form, the checklist entry, the date). A document number alone lists that notice: its opening and
 * its attachments' openings, then its clauses in order, then what cites the number (株人社函〔2024〕5号 附件1 lists
 * that attachment). Undefined when the query is no label or no clause has it: it is then searched as words.
 */
function labelSearch(index: PreparedIndex, query: string, limit: number): SearchOutcome | undefined {
  const label = parseClauseLabel(query, index.docNumbers);
  if (label === undefined) return undefined;
  const cites = citationPattern(label);
  // What cites a clause names it within its notice; what cites a notice names its number, wherever it is.
  const citesIt = (d: Prepared) =>
    label.path.length === 0 ? label.text === undefined && mentionsNotice(label, `${d.doc.x} ${d.doc.s}`) : inNotice(label, d.doc.n) && (cites.test(d.doc.x) || cites.test(d.doc.s));
  const found: { d: Prepared; tier: number; typed: number; order: number }[] = [];
  index.docs.forEach((d, order) => {
    const match = d.label === undefined ? undefined : labelMatch(label, d.label, d.doc.n);
    if (match !== undefined) found.push({ d, tier: match === 'same' ? 0 : 1, typed: label.text !== undefined && label.text === d.label?.text ? 0 : 1, order });
    else if (citesIt(d)) found.push({ d, tier: 2, typed: 1, order });
  });
  if (!found.some((f) => f.tier < 2)) return undefined;
  found.sort((a, b) => a.tier - b.tier || a.typed - b.typed || Number(b.d.doc.c) - Number(a.d.doc.c) || a.order - b.order);
  return { words: [query.trim()], missing: [], marks: [], hits: found.slice(0, limit).map(({ d }, i) => ({ doc: d.doc, score: found.length - i, snippet: snippet(d.doc.x, []) })) };
}

/** A pattern for a normalised word in original text: quotation marks, book-title marks and “（分）” may sit inside. */
function wordPattern(word: string): string {
  const gap = `(?:[《》“”‘’"'「」]|[（(]分[）)])*`;
  return [...word].map((ch) => (ch === ' ' ? '[^\\p{L}\\p{N}]+' : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join(gap);
}

/** Splits text into parts with every occurrence of the words marked (longest first), for titles and snippets. */
export function markWords(text: string, words: readonly string[]): TextPart[] {
  const list = [...new Set(words)].filter((w) => w !== '').sort((a, b) => b.length - a.length);
  if (list.length === 0) return text === '' ? [] : [{ text, marked: false }];
  const re = new RegExp(list.map(wordPattern).join('|'), 'giu');
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m[0] === '') continue;
    if (m.index > last) parts.push({ text: text.slice(last, m.index), marked: false });
    parts.push({ text: m[0], marked: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), marked: false });
  return parts;
}

/**
 * The parts as shown: marked words that touch are one mark (继续 and 教育 were two, each with its own padding, and read
 * 继续 教育 with a gap inside the word; a new user's check).
 * @example joinMarked([{ text: '继续', marked: true }, { text: '教育', marked: true }]) // [{ text: '继续教育', marked: true }]
 */
export function joinMarked(parts: readonly TextPart[]): TextPart[] {
  const out: TextPart[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (last !== undefined && last.marked && p.marked) out[out.length - 1] = { text: last.text + p.text, marked: true };
    else out.push(p);
  }
  return out;
}

/**
 * A snippet of about `length` characters around the first matched word (the first of `focus` where it occurs),
 * with every matched word marked and an ellipsis where text was cut.
 */
export function snippet(text: string, words: readonly string[], length = 90, focus: readonly string[] = []): TextPart[] {
  const parts = markWords(text, words);
  if (text.length <= length) return parts;
  const focused = focus.map(normalise);
  // Where each part starts, and the sentence (to its 。) each lies in.
  const starts: number[] = [];
  parts.reduce((n, p) => (starts.push(n), n + p.text.length), 0);
  const sentence = (at: number) => [text.lastIndexOf('。', at - 1) + 1, text.indexOf('。', at)] as const;
  // The snippet opens at the focus word (else the first marked one) in the sentence holding the most of the words:
  // 论文第二作者多少学时 opened at the book rule's 其他作者可折算30学时, the first 其他作者 of 附件1 二 3, and the paper
  // rule's 10学时 was cut off (an HR officer took 30 as the answer).
  const candidates = parts.flatMap((p, i) => (p.marked && focused.includes(normalise(p.text)) ? [i] : []));
  const held = (i: number) => {
    const [from, to] = sentence(starts[i]!);
    return new Set(parts.filter((p, j) => p.marked && starts[j]! >= from && (to === -1 || starts[j]! < to)).map((p) => normalise(p.text))).size;
  };
  const pool = candidates.length > 0 ? candidates : parts.flatMap((p, i) => (p.marked ? [i] : []));
  // Each candidate's sentence counted once; the first of the most.
  let first = pool[0] ?? -1;
  let most = -1;
  for (const i of pool) {
    const count = held(i);
    if (count > most) [first, most] = [i, count];
  }
  const before = first < 0 ? 0 : starts[first]!;
  // From the sentence's start where the word is near enough to it to show both (not pulled back into the sentence
  // before to fill the snippet: that showed the book rule's 30 学时 again).
  const opening = first < 0 ? 0 : sentence(before)[0];
  const start = first <= 0 ? 0 : before - opening <= length - 20 ? opening : Math.max(0, Math.min(before - 20, text.length - length));
  const end = start + length;
  const out: TextPart[] = [];
  let at = 0;
  for (const p of parts) {
    const from = Math.max(start, at);
    const to = Math.min(end, at + p.text.length);
    // A word cut at an end of the snippet is not marked: 学 alone was, of 学时（分）认定单 (a new user's re-check).
    if (to > from) out.push({ text: p.text.slice(from - at, to - at), marked: p.marked && to - from === p.text.length });
    at += p.text.length;
  }
  if (start > 0) out.unshift({ text: '…', marked: false });
  if (end < text.length) out.push({ text: '…', marked: false });
  return out;
}

/**
 * The words of the index that differ from `word` in one character, commonest first (发表论问 → 发表论文): a typing
 * slip, or a homophone the input method offered. Only for words of three characters or more, the shorter ones
 * differing from too many.
 */
function nearWords(index: PreparedIndex, word: string): string[] {
  const chars = [...word];
  if (chars.length < 3 || /[\sa-z0-9]/.test(word)) return [];
  const counts = new Map<string, number>();
  for (const d of index.docs) {
    const text = [...d.text];
    for (let at = 0; at + chars.length <= text.length; at++) {
      let differ = 0;
      for (let i = 0; i < chars.length && differ < 2; i++) if (text[at + i] !== chars[i]) differ++;
      if (differ !== 1) continue;
      const near = text.slice(at, at + chars.length).join('');
      if (!/\s/.test(near)) counts.set(near, (counts.get(near) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([near]) => near);
}

/**
 * The query with a misspelt word put right, when that finds something (发表论问怎么折算 → 发表论文怎么折算): each run
 * of the query that is found nowhere as written, and is not a synonym key joined to words the index holds, is
 * replaced by the commonest word of the index one character away. Undefined when there is nothing to put right or the
 * result finds no more than `than` results (nothing, by default; the search page offers it above results only where it
 * finds more than the query as typed).
 */
export function correction(index: PreparedIndex, query: string, than = 0): string | undefined {
  let q = normalise(toSimplified(query));
  for (const w of questionWords) q = q.split(w).join(' ');
  let fixed = normalise(toSimplified(query));
  for (const run of q.split(' ').filter((r) => r !== '')) {
    if (alternativesOf(run).some((a) => occursAnywhere(index, a))) continue;
    // A run made of a word the notices say otherwise and words they hold (学时差: 学时 + 差, 不少于) is read through
    // that word, not misspelt: it was put 'right' as 学时认.
    const key = sortedKeys.find((k) => run.includes(k));
    if (key !== undefined && run.split(key).every((rest) => rest === '' || (rest.length > 1 && occursAnywhere(index, rest)))) continue;
    const near = nearWords(index, run)[0];
    if (near !== undefined) fixed = fixed.replace(run, near);
  }
  return fixed !== normalise(toSimplified(query)) && search(index, fixed, than + 1, false).hits.length > than ? fixed : undefined;
}

/**
 * Words to suggest when nothing was found: the query put right where a word was misspelt (correction), the query's
 * words that do find something on their own, then common searches, without repeats.
 */
export function suggestions(index: PreparedIndex, outcome: SearchOutcome, common: readonly string[], query = ''): string[] {
  const fixed = query === '' ? undefined : correction(index, query);
  const own = outcome.words.filter((w) => !outcome.missing.includes(w) && w.length > 1 && alternativesOf(w).some((a) => occursAnywhere(index, a)));
  // A piece of the misspelt word (发表论 of 发表论问) is no suggestion beside the word put right.
  const pieces = fixed === undefined ? own : own.filter((w) => !fixed.includes(w));
  return [...new Set([...(fixed === undefined ? [] : [fixed]), ...pieces, ...common])].slice(0, 6);
}
