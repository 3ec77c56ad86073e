/**
 * What the worksheet says, as plain strings, before any drawing. The renderer draws exactly
 * these strings and findMissingChars checks exactly these strings, so the two cannot disagree.
 */
import { SUBJECT_LABELS, deemedWithoutHours, figureParts, formatHours, getRuleSet, laterThanRound, needText, roundDigest, shortYears, spanRuleLabel, yearInChina, yearsToCome } from '../rules/core';
import { alternativeName, EXTRA_LABEL } from '../rules/alternatives';
import { detailLine, rateLine } from '../rules/activity-details';
import type { CalculationResult, Draft, ItemResult, NoteRef, PartResult, YearResult } from '../rules/core';
import { DEGREE_LABELS, REVIEW, STATUS_LABELS, TEXT, TITLE_LEVEL_LABELS, formatDate, pageLabel } from './labels';
import { qrMatrix } from './qr';
import { unbreakable } from './wrap-text';

/** A clause marked so that no line break falls inside it: （附件1 二 7） stays on one line. */
const cite = (clause: string) => unbreakable(clause);

/** Each figure (figureParts, as the page marks them) kept on one line with the word joiners the citations use. */
const keepFigures = (text: string, unit: string) => figureParts(text, unit).map((p) => (p.figure ? unbreakable(p.text) : p.text)).join('');

/** The options that change what the worksheet shows. */
export interface ContentOptions {
  includeName: boolean;
  includeEmployer: boolean;
  generatedAt: Date;
  /** The share link that reopens this case in the calculator (no personal fields); null where none could be made. */
  shareLink: string | null;
  /**
   * What the case leaves out of the file it came from, said under 请注意 (the batch check: 已排除活动表第23、27行，未计入学时).
   * A worksheet from a batch was silent on rows the officer excluded, and read as the whole record (an HR officer).
   */
  sourceNotes?: readonly string[] | undefined;
}

/** The last block: how to reopen and check the case, and the lines to sign. */
export interface ReviewBlock {
  heading: string;
  version: string;
  intro: string;
  link: string | null;
  /** QR modules of the link (true = dark); null when there is no link or it is too long for a QR code. */
  qr: boolean[][] | null;
  qrMissing: string | null;
  signature: { self: string; unit: string; reviewer: string; date: string };
}

/** One "label：value" line of the header; `blank`: no value, drawn as a line to fill in by hand. */
export interface HeaderField {
  text: string;
  blank: boolean;
}

/** One row of the year-by-year table. */
export interface TableRow {
  cells: [year: string, pub: string, pro: string, total: string, requirement: string, verdict: string];
  status: YearResult['status'];
  /** A short year after the worksheet's date (尚未开始): drawn in the text's colour, not as a failure. */
  toCome?: boolean;
}

/** One activity as listed under a year. */
export interface ItemBlock {
  heading: string;
  hours: string;
  lines: string[];
}

/** A titled group of items (a year, or the items no year counts). */
export interface ItemGroup {
  heading: string;
  items: ItemBlock[];
  empty: string | null;
}

/** One numbered note, e.g. "[1] 测算仅供参考：…（通知 二）". */
export interface NoteBlock {
  text: string;
}

/** One material entry: any one of its sets is enough; every line gets a tick box. */
export interface MaterialEntry {
  heading: string;
  detail: string | null;
  oneOf: string | null;
  sets: { label: string | null; items: string[] }[];
  extras: string[];
}

/** The materials for one year. */
export interface MaterialGroup {
  heading: string;
  entries: MaterialEntry[];
  empty: string | null;
}

/** Everything the worksheet draws, except the page numbers. */
export interface WorksheetContent {
  title: string;
  round: string;
  roundTitle: string;
  /** 规则数据版本 and its digest. */
  version: string;
  fields: HeaderField[];
  problems: string[];
  headings: { summary: string; items: string; notes: string; materials: string; problems: string };
  summary: string;
  unitNote: string;
  table: { head: readonly string[]; rows: TableRow[] };
  items: ItemGroup[];
  notes: NoteBlock[];
  materials: MaterialGroup[];
  review: ReviewBlock;
  footer: { generated: string; disclaimer: string };
}

const h = formatHours;

/**
 * A year's required parts with their names, in the order of the table's columns and of the page's 结论: 公需科目,
 * 专业科目, 合计 (合计 first read as the reverse of the row: an engineer's check). A round without a 公需 minimum has none.
 */
function partsInOrder(parts: YearResult['parts']): [string, PartResult][] {
  const all: [string, PartResult | null][] = [
    [TEXT.public, parts.public],
    [TEXT.professional, parts.professional],
    [TEXT.total, parts.total],
  ];
  return all.filter((x): x is [string, PartResult] => x[1] !== null);
}

function requirementText(year: YearResult, unit: string): string {
  const line = ([name, p]: [string, PartResult]) => `${name} ${p.strength === 'advisory' ? TEXT.advisory : '≥'} ${h(p.required)}`;
  return keepFigures(partsInOrder(year.parts).map(line).join('\n'), unit);
}

/** 每年的要求依据 通知 一（二）。 ('' without a year): the clauses of the yearly requirement's parts, each once. */
function requirementCite(result: CalculationResult): string {
  const parts = result.years[0]?.parts;
  if (parts === undefined) return '';
  const clauses = [...new Set(partsInOrder(parts).map(([, p]) => p.cite.clause))];
  return `每年的要求依据 ${clauses.map(cite).join('、')}。`;
}

/**
 * A year's verdict in words: 达标, 视为达标 (and why), 基本达标 (an advisory part short), 未达标 and what is missing;
 * 尚未开始 and what it will need for a short year later than `thisYear`; 未达标（本年度尚未结束） in `thisYear` itself.
 */
function verdictText(year: YearResult, unit: string, thisYear: number): string {
  return keepFigures(verdictWords(year, unit, thisYear), unit);
}

function verdictWords(year: YearResult, unit: string, thisYear: number): string {
  if (year.metInFull) return `${TEXT.deemedMet}：${year.metInFull.text}（${cite(year.metInFull.cite.clause)}）`;
  const gaps = (strength: PartResult['strength']) => partsInOrder(year.parts).filter(([, p]) => !p.met && p.strength === strength);
  const advisory = gaps('advisory').map(([name, p]) => `${name}${TEXT.advisory} ${h(p.required)}，${TEXT.shortBy} ${h(p.shortfall)}`);
  // One plan, not three gaps side by side (“差公需科目 30、合计 20” read as a contradiction: the 30 make up the 20).
  if (year.status === 'short') return `${year.year > thisYear ? TEXT.toCome : year.year === thisYear ? `${TEXT.short}${TEXT.yearOpen}` : TEXT.short}：${needText(year.parts, unit)}${advisory.length > 0 ? `；${advisory.join('；')}` : ''}`;
  if (year.status === 'warning') return `${TEXT.warning}：${advisory.join('；')}`;
  return TEXT.met;
}

/** Builds the worksheet's text from an engine result and the draft it came from. */
export function composeWorksheet(result: CalculationResult, draft: Draft, options: ContentOptions): WorksheetContent {
  const unit = result.ruleSet.hoursUnit;
  const ruleSet = getRuleSet(result.ruleSet.id);
  // Each kind's conversion, looked up once for the rates among the notes and each item's lines.
  const conversions = new Map((ruleSet?.conversions ?? []).map((c) => [c.kind, c]));
  const activities = new Map(draft.activities.map((a) => [a.id, a]));
  const numbers = new Map(result.items.map((item, i) => [item.activityId, i + 1]));

  // Notes: the case's own first, then each item's in draft order, each once.
  const notes: NoteBlock[] = [];
  const markers = new Map<string, string>();
  const addNote = (note: NoteRef) => {
    if (markers.has(note.id)) return;
    const marker = `[${notes.length + 1}]`;
    markers.set(note.id, marker);
    // The site's own readings are marked as the page marks them: on paper, with a clause after each, they read as the
    // notice's words (a reviewer's check).
    const decision = note.kind === 'decision';
    notes.push({ text: `${marker} ${note.title}${decision ? TEXT.decision : ''}：${keepFigures(note.text, unit)}（${decision ? `${TEXT.seeAlso} ` : ''}${cite(note.cite.clause)}）` });
  };
  // A table's rates, once, beside the notes, for each table an item on the sheet is rated by: a reviewer holding only
  // the paper saw 1项 × 30学时 for 省部级 二等奖 and had to open the notice to check the 30 (a reviewer's check).
  const rates = new Map<string, string>();
  const addRates = (item: ItemResult) => {
    const conversion = conversions.get(item.kind);
    if (conversion?.method !== 'table' || rates.has(conversion.kind)) return;
    const line = rateLine(conversion);
    if (line === undefined) return;
    const marker = `[${notes.length + 1}]`;
    rates.set(conversion.kind, `${marker}${conversion.label}${TEXT.rates}`);
    notes.push({ text: `${marker} ${conversion.label}${TEXT.rates}（每${conversion.count.unit}，${unit}）：${line}（${cite(conversion.cite.clause)}）` });
  };
  result.notes.forEach(addNote);
  result.items.forEach((item) => {
    item.notes.forEach(addNote);
    addRates(item);
  });

  const itemBlock = (item: ItemResult): ItemBlock => {
    const number = numbers.get(item.activityId) ?? 0;
    const conversion = conversions.get(item.kind);
    const title = item.title?.trim();
    const lines = [detailLine(activities.get(item.activityId), conversion)];
    const subject = item.status === 'counted' && item.subject !== null ? `，计入${SUBJECT_LABELS[item.subject]}` : '';
    if (item.working !== '') lines.push(`折算：${keepFigures(item.working, unit)}${subject}（${TEXT.basis} ${cite(item.cite.clause)}）`);
    else lines.push(`${TEXT.basis}：${cite(item.cite.clause)}`);
    // An assignment partly outside the span says only which of its years are left out: 当年视为达标：2020年不在核认跨度…
    // 不计入 read as a contradiction (a reviewer's check); its working says already what it meets.
    if (item.status !== 'counted' && item.yearsOutside === undefined) lines.push(`${STATUS_LABELS[item.status]}${item.reason ? `：${item.reason}` : ''}`);
    else if (item.reason) lines.push(item.reason);
    for (const error of item.errors) lines.push(`须更正：${error.message}`);
    // What the engine tells of the item, as the calculator says it beside the activity (an older draft's 开始当年).
    for (const warning of item.warnings) lines.push(`${TEXT.problems}：${warning}`);
    const refs = item.notes.map((n) => `${markers.get(n.id) ?? ''}${n.title}`);
    const rate = rates.get(item.kind);
    if (rate !== undefined) refs.push(rate);
    if (refs.length > 0) lines.push(`${TEXT.notes}：${refs.join('；')}`);
    const hours = item.status === 'met-in-full' ? TEXT.deemedMet : `${h(item.hours)}${unit}`;
    return { heading: `${number}. ${item.label}${title ? `：${title}` : ''}`, hours, lines: lines.filter((l) => l !== '') };
  };

  const listed = new Set<string>();
  const items: ItemGroup[] = result.years.map((year) => {
    year.items.forEach((i) => listed.add(i.activityId));
    return { heading: `${year.year}年`, items: year.items.map(itemBlock), empty: year.items.length === 0 ? (year.metInFull?.by === 'certificate' ? TEXT.noItemsCovered : TEXT.noItems) : null };
  });
  const unlisted = result.items.filter((i) => !listed.has(i.activityId));
  if (unlisted.length > 0) items.push({ heading: TEXT.outsideHeading, items: unlisted.map(itemBlock), empty: null });

  const profile = draft.profile;
  const fields: HeaderField[] = [];
  const field = (label: string, value: string) => fields.push({ text: `${label}：${value}`, blank: value === '' });
  if (options.includeName) field(TEXT.name, profile.name?.trim() ?? '');
  if (options.includeEmployer) field(TEXT.employer, profile.employer?.trim() ?? '');
  field(TEXT.titleLevel, profile.titleLevel === undefined ? '' : TITLE_LEVEL_LABELS[profile.titleLevel]);
  field(TEXT.degree, profile.degree === undefined ? '' : DEGREE_LABELS[profile.degree]);
  if (profile.teacher) field(TEXT.teacher, TEXT.yes);
  if (profile.medical) field(TEXT.medical, TEXT.yes);
  const span = result.span;
  let spanText = '未确定';
  if (span !== null) {
    const why = span.source === 'override' ? TEXT.spanOverride : span.rule ? `${spanRuleLabel(result.ruleSet.year, span.rule.label)}，${cite(span.rule.cite.clause)}` : '';
    spanText = `${span.from}～${span.to}年${why ? `（${why}）` : ''}`;
  }
  field(TEXT.span, spanText);
  if (draft.coveredYears.length > 0) field(TEXT.coveredYears, `${[...draft.coveredYears].sort((a, b) => a - b).join('、')}年`);

  const { yearsMet, yearsWarning } = result.summary;
  const invalid = result.items.filter((i) => i.status === 'invalid').length;
  // Which years are short, as the page says it: the verdict in one sentence (a reviewer's check).
  // A year still to come (after the worksheet's date, in Beijing) is 尚未开始, not 未达标, as the page says it.
  const thisYear = yearInChina(options.generatedAt);
  const short = shortYears(result, thisYear);
  // This year among them is said to be running, as on the page.
  const shortNamed = short.length > 0 ? `（${short.join('、')}年${short.includes(thisYear) ? `，${thisYear}年尚未结束` : ''}）` : '';
  const toCome = yearsToCome(result, thisYear);
  const toComeNamed = toCome.length > 0 ? `，${TEXT.toCome} ${toCome.length} 个（${toCome.join('、')}年）` : '';
  let summary =
    result.years.length === 0
      ? '尚未确定核认跨度，无法逐年测算。'
      : // The breakdown the page and its floating summary give (a 基本达标 year was counted as 达标 with a 提示 here).
        `核认跨度内共 ${result.years.length} 个年度：${TEXT.met} ${yearsMet} 个，${yearsWarning > 0 ? `${TEXT.warning} ${yearsWarning} 个，` : ''}${TEXT.short} ${short.length} 个${shortNamed}${toComeNamed}。`;
  if (invalid > 0) summary += `有 ${invalid} 项活动填写有误，暂未计入。`;
  // Years after the round's own (a span typed to 2026 under 株人社函〔2024〕5号, for a 2027 application): the page's
  // banner says that later years go by the latest notice, the worksheet said nothing (a new user's check).
  const later = laterThanRound(span, result.ruleSet.year);
  if (later !== undefined) summary += `${later}；以后年度请以人力资源和社会保障部门发布的最新通知为准。`;

  const materials: MaterialGroup[] = result.materials.map((m) => ({
    heading: `${m.year}年`,
    empty: m.needs.length === 0 ? TEXT.noMaterials : null,
    entries: m.needs.map((need) => ({
      // Named as the page names it, by its title and clause: 形式1, 形式3, 形式5 (附件1 一's numbers, which the clause
      // gives) read as a list with gaps (an engineer's check).
      heading: `${need.title}（${cite(need.cite.clause)}）`,
      // The entry's note (its line under the title, ending in 。) and the items it is for, on one small line.
      detail: [need.note ?? '', need.activityIds.length > 0 ? `${TEXT.forItems}：第 ${need.activityIds.map((id) => numbers.get(id) ?? '?').join('、')} 项` : ''].join('') || null,
      oneOf: need.sets.length > 1 ? TEXT.oneOf : null,
      sets: need.sets.map((set, i) => ({ label: need.sets.length > 1 ? `${alternativeName(i)}（${cite(set.cite.clause)}）：` : null, items: set.items })),
      // A note, said as the page and the checklist say it (注：…), not a material with a tick box (a reviewer's check).
      extras: need.extras.map((e) => `${EXTRA_LABEL}：${e.text}（${cite(e.cite.clause)}）`),
    })),
  }));

  const digest = ruleSet ? (roundDigest(ruleSet.id) ?? '') : '';
  const version = `${REVIEW.version}：${digest}`;
  const qr = options.shareLink === null ? null : qrMatrix(options.shareLink);
  const review: ReviewBlock = {
    heading: REVIEW.heading,
    version: `${version}（${result.ruleSet.docNumber}）。${REVIEW.versionNote}`,
    intro: options.shareLink === null ? REVIEW.noLink : REVIEW.intro,
    link: options.shareLink,
    qr,
    qrMissing: options.shareLink !== null && qr === null ? REVIEW.qrTooLong : null,
    signature: { self: REVIEW.self, unit: REVIEW.unit, reviewer: REVIEW.reviewer, date: REVIEW.date },
  };

  return {
    title: TEXT.title,
    round: `${TEXT.round}：${result.ruleSet.shortTitle} ${result.ruleSet.docNumber}`,
    roundTitle: `《${result.ruleSet.title}》`,
    version,
    fields,
    problems: [...result.problems.map((p) => p.message), ...(options.sourceNotes ?? [])],
    headings: { summary: TEXT.summaryHeading, items: TEXT.itemsHeading, notes: TEXT.notesHeading, materials: TEXT.materialsHeading, problems: TEXT.problems },
    summary,
    // The requirement's clause, as the page's table heads give it: the worksheet's 要求 column named none (an engineer's
    // check of his printout).
    unitNote: `表中数字单位：${unit}。${requirementCite(result)}`,
    table: {
      head: TEXT.tableHead,
      rows: result.years.map((y) => {
        // A year met by a rule with no hours of its own shows —, as the page does.
        const shown = (hours: number) => (deemedWithoutHours(y) ? '—' : h(hours));
        return { cells: [String(y.year), shown(y.public), shown(y.professional), shown(y.total), requirementText(y, unit), verdictText(y, unit, thisYear)], status: y.status, ...(toCome.includes(y.year) ? { toCome: true } : {}) };
      }),
    },
    items,
    notes,
    materials,
    review,
    footer: { generated: `${TEXT.generated}：${formatDate(options.generatedAt)}`, disclaimer: TEXT.disclaimer },
  };
}

/** Every string the worksheet draws (page labels included), for the font coverage check. */
export function worksheetTexts(content: WorksheetContent): string[] {
  return [
    content.title,
    content.round,
    content.roundTitle,
    content.version,
    ...content.fields.map((f) => f.text),
    ...Object.values(content.headings),
    ...content.problems,
    content.summary,
    content.unitNote,
    ...content.table.head,
    ...content.table.rows.flatMap((r) => r.cells),
    ...content.items.flatMap((g) => [g.heading, g.empty ?? '', ...g.items.flatMap((i) => [i.heading, i.hours, ...i.lines])]),
    ...content.notes.map((n) => n.text),
    ...content.materials.flatMap((g) => [
      g.heading,
      g.empty ?? '',
      ...g.entries.flatMap((e) => [e.heading, e.detail ?? '', e.oneOf ?? '', ...e.sets.flatMap((s) => [s.label ?? '', ...s.items]), ...e.extras]),
    ]),
    content.review.heading,
    content.review.version,
    content.review.intro,
    content.review.link ?? '',
    content.review.qrMissing ?? '',
    ...Object.values(content.review.signature),
    content.footer.generated,
    content.footer.disclaimer,
    pageLabel(1, 1),
  ];
}
