/**
 * Draws worksheet content on A4 pages with jsPDF: flowing text, the year table, tick boxes and
 * a footer on every page. Draws only the strings of the content it is given.
 */
import type { jsPDF as JsPdf } from 'jspdf';
import { isNotDrawn } from './font-coverage';
import { embeddableFont, type EmbeddableFont } from './embedded-font';
import type { EmbeddedFontStreams } from './pdf-output';
import type { LoadedFont } from './font-loader';
import { pageLabel } from './labels';
import type { WorksheetContent } from './worksheet-content';
import { JOIN, wrapText } from './wrap-text';


/** The family name the font is registered under: the subset's own name (FAMILY in scripts/build-font.mjs), not the original's. */
const FONT_FAMILY = 'WorksheetSC';
const FONT_FILE = 'worksheet-sc.ttf';

const PAGE = { width: 210, height: 297, margin: 18, footer: 22 } as const;
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
const BOTTOM = PAGE.height - PAGE.footer;
const MM_PER_PT = 25.4 / 72;
/** Font sizes in pt at the site's 标准 text size. */
const BASE_SIZE = { title: 17, heading: 12, subheading: 10.5, body: 9.5, small: 8.5, footer: 7.5 } as const;
/**
 * The sizes of the worksheet being drawn: BASE_SIZE times the text scale the reader chose on the site (大, 特大: a
 * teacher of 52 who reads the site at 特大 got the worksheet he takes to 人事科 at 8.5–9.5 pt), the footer's excepted:
 * its lines must fit under the text area on every page. Set by renderWorksheet, which draws the whole document at once.
 */
let SIZE: Record<keyof typeof BASE_SIZE, number> = { ...BASE_SIZE };
/** The largest text scale drawn (the site's 特大 is 1.375): beyond it the year table's 结论 column grows too narrow. */
const MAX_TEXT_SCALE = 1.5;
const COLOR = { text: 20, muted: 85, rule: 120, headFill: 236, short: [164, 38, 44] as const };
const BOX = 2.8;
/** Column widths of the year table in mm at 标准 (年度, 公需, 专业, 合计, 要求; 结论 takes the rest). */
const BASE_COLUMNS = [14, 17, 17, 15, 33] as const;
/**
 * The year table's column widths in mm for the worksheet being drawn (renderWorksheet sets them): 年度 and the three
 * figures widen with the text (at 特大 their heads broke as 公需科 / 目, a re-check), 要求 keeps its width, and 结论
 * takes the rest.
 */
let COLUMNS: number[] = [];
function columnsAt(scale: number): number[] {
  const widths = BASE_COLUMNS.map((w, i) => (i < 4 ? w * scale : w));
  return [...widths, CONTENT_WIDTH - widths.reduce((a, b) => a + b, 0)];
}
const CELL_PAD = 1.6;

const lineHeight = (size: number) => size * MM_PER_PT * 1.5;
/** The most a block kept together may take: a whole page's text area. */
const PAGE_BODY = BOTTOM - PAGE.margin;
/** Side of one QR module in mm, and the QR code's largest side. */
const QR = { module: 0.5, minSide: 30, maxSide: 56, quiet: 4 } as const;

interface TextStyle {
  size: number;
  indent?: number;
  bold?: boolean;
  color?: number | readonly [number, number, number];
  /** Space above, in mm. */
  before?: number;
  /** Space in mm that must follow on the same page, so that a heading never ends a page. */
  keep?: number;
}

/**
 * Marks a character the font lacks with 〓 (the geta mark Chinese typesetting uses for a missing
 * glyph) instead of letting jsPDF drop it: findMissingChars reports these before printing.
 */
const MISSING_MARK = '〓';

/** A cursor that flows text down the pages. */
class Flow {
  y: number = PAGE.margin;
  constructor(
    readonly doc: JsPdf,
    private readonly codePoints: ReadonlySet<number>,
    private readonly font: EmbeddableFont,
  ) {}

  /** Width in mm of `text` at the current font size, as doc.getTextWidth gives it, from the font's cached advances. */
  width(text: string): number {
    return (this.font.unitWidth(text) * this.doc.getFontSize()) / this.doc.internal.scaleFactor;
  }

  /** The text with every character the font cannot draw replaced by a visible mark. */
  safe(text: string): string {
    let out = '';
    for (const ch of text) {
      // Word joiners and no-break spaces only steer line breaking (wrapText); they are never drawn.
      if (ch === '\n' || ch === JOIN || ch === '\u00A0' || this.codePoints.has(ch.codePointAt(0) as number)) out += ch;
      // Line feeds stay (wrapText breaks on them); the other characters findMissingChars skips
      // (tabs and carriage returns) are layout, drawn as a space.
      else out += isNotDrawn(ch) ? ' ' : MISSING_MARK;
    }
    return out;
  }

  /** Starts a new page when `height` mm do not fit; returns whether it did. */
  ensure(height: number): boolean {
    if (this.y + height <= BOTTOM) return false;
    this.doc.addPage('a4', 'portrait');
    this.y = PAGE.margin;
    return true;
  }

  style(size: number, color: TextStyle['color'] = COLOR.text): void {
    this.doc.setFontSize(size);
    if (typeof color === 'number') this.doc.setTextColor(color);
    else this.doc.setTextColor(color[0], color[1], color[2]);
  }

  wrap(text: string, width: number): string[] {
    return wrapText(this.safe(text), width, (s) => this.width(s));
  }

  /** Draws one line with its top at y. Bold is faked with a stroke: one font file keeps the download small. */
  line(text: string, x: number, y: number, bold = false, align: 'left' | 'right' | 'center' = 'left'): void {
    if (bold) {
      this.doc.setLineWidth(0.12);
      this.doc.setDrawColor(this.doc.getTextColor());
    }
    const drawn = this.safe(text).replaceAll(JOIN, '').replaceAll('\u00A0', ' ');
    this.doc.text(drawn, x, y, { baseline: 'top', align, renderingMode: bold ? 'fillThenStroke' : 'fill' });
  }

  /** Height in mm of a paragraph as `paragraph` would draw it. */
  height(text: string, style: TextStyle): number {
    this.style(style.size, style.color);
    return (style.before ?? 0) + this.wrap(text, CONTENT_WIDTH - (style.indent ?? 0)).length * lineHeight(style.size);
  }

  /** Height in mm of a tick line as `tick` would draw it. */
  tickHeight(text: string, indent: number, size: number): number {
    this.style(size);
    return this.wrap(text, CONTENT_WIDTH - indent - BOX - 2).length * lineHeight(size);
  }

  /**
   * Starts a new page unless `height` mm fit on this one, so that a block is never split across pages; a block
   * taller than a whole page starts a page and flows on.
   */
  keep(height: number): void {
    this.ensure(Math.min(height, PAGE_BODY));
  }

  paragraph(text: string, style: TextStyle): void {
    const indent = style.indent ?? 0;
    this.style(style.size, style.color);
    const lh = lineHeight(style.size);
    const lines = this.wrap(text, CONTENT_WIDTH - indent);
    this.y += style.before ?? 0;
    this.ensure(lh * (style.keep === undefined ? 1 : lines.length) + (style.keep ?? 0));
    for (const l of lines) {
      this.ensure(lh);
      this.line(l, PAGE.margin + indent, this.y, style.bold);
      this.y += lh;
    }
  }

  /** A line of text after an empty tick box. */
  tick(text: string, indent: number, size: number): void {
    this.style(size);
    const lh = lineHeight(size);
    const lines = this.wrap(text, CONTENT_WIDTH - indent - BOX - 2);
    this.ensure(lh * Math.min(lines.length, 2));
    this.doc.setDrawColor(COLOR.text);
    this.doc.setLineWidth(0.25);
    this.doc.rect(PAGE.margin + indent, this.y + (lh - BOX) / 2 - 0.4, BOX, BOX, 'S');
    lines.forEach((l, i) => {
      if (i > 0) this.ensure(lh);
      this.line(l, PAGE.margin + indent + BOX + 2, this.y);
      this.y += lh;
    });
  }
}

function header(flow: Flow, content: WorksheetContent): void {
  const { doc } = flow;
  flow.style(SIZE.title);
  flow.line(content.title, PAGE.width / 2, flow.y, true, 'center');
  flow.y += lineHeight(SIZE.title) + 1;
  flow.style(SIZE.body);
  flow.line(content.round, PAGE.width / 2, flow.y, false, 'center');
  flow.y += lineHeight(SIZE.body);
  flow.style(SIZE.small, COLOR.muted);
  for (const l of flow.wrap(content.roundTitle, CONTENT_WIDTH)) {
    flow.line(l, PAGE.width / 2, flow.y, false, 'center');
    flow.y += lineHeight(SIZE.small);
  }
  flow.line(content.version, PAGE.width / 2, flow.y, false, 'center');
  flow.y += lineHeight(SIZE.small);
  flow.y += 2;
  doc.setDrawColor(COLOR.rule);
  doc.setLineWidth(0.3);
  doc.line(PAGE.margin, flow.y, PAGE.width - PAGE.margin, flow.y);
  flow.y += 3;

  // Applicant fields in two columns.
  const columnWidth = CONTENT_WIDTH / 2 - 3;
  const lh = lineHeight(SIZE.body);
  flow.style(SIZE.body);
  for (let i = 0; i < content.fields.length; i += 2) {
    const pair = content.fields.slice(i, i + 2);
    const wrapped = pair.map((f) => flow.wrap(f.text, columnWidth - (f.blank ? 35 : 0)));
    const rows = Math.max(...wrapped.map((w) => w.length));
    pair.forEach((f, j) => {
      const x = PAGE.margin + j * (CONTENT_WIDTH / 2);
      (wrapped[j] ?? []).forEach((l, k) => flow.line(l, x, flow.y + k * lh));
      if (f.blank) {
        // A blank to fill in by hand, after the label.
        const start = x + flow.width(flow.safe(f.text)) + 1;
        doc.setDrawColor(COLOR.text);
        doc.setLineWidth(0.2);
        doc.line(start, flow.y + lh - 0.8, start + 35, flow.y + lh - 0.8);
      }
    });
    flow.y += rows * lh + 0.6;
  }
}

function table(flow: Flow, content: WorksheetContent): void {
  const { doc } = flow;
  const size = SIZE.small;
  const lh = size * MM_PER_PT * 1.35;
  const right = [false, true, true, true, false, false];

  const drawRow = (cells: readonly string[], head: boolean, color: TextStyle['color']) => {
    flow.style(size);
    const wrapped = cells.map((c, i) => flow.wrap(c, (COLUMNS[i] ?? 0) - 2 * CELL_PAD));
    // The last line needs only its glyph height, not its line spacing, above the bottom padding.
    const height = Math.max(...wrapped.map((w) => w.length)) * lh - (lh - size * MM_PER_PT * 1.15) + 2 * CELL_PAD;
    if (flow.ensure(height) && !head) drawRow(content.table.head, true, COLOR.text);
    let x = PAGE.margin;
    wrapped.forEach((lines, i) => {
      const w = COLUMNS[i] ?? 0;
      // Colours are set per cell: drawing text changes the PDF's current fill colour.
      doc.setDrawColor(COLOR.rule);
      doc.setLineWidth(0.25);
      doc.setFillColor(COLOR.headFill, COLOR.headFill, COLOR.headFill);
      doc.rect(x, flow.y, w, height, head ? 'FD' : 'S');
      flow.style(size, i === 5 ? color : COLOR.text);
      lines.forEach((l, k) => {
        const y = flow.y + CELL_PAD + k * lh;
        if (head) flow.line(l, x + w / 2, y, true, 'center');
        else if (right[i]) flow.line(l, x + w - CELL_PAD, y, false, 'right');
        else flow.line(l, x + CELL_PAD, y);
      });
      x += w;
    });
    flow.y += height;
  };

  flow.ensure(lineHeight(size) * 4 + 4 * CELL_PAD);
  drawRow(content.table.head, true, COLOR.text);
  for (const row of content.table.rows) drawRow(row.cells, false, row.status === 'short' && !row.toCome ? COLOR.short : COLOR.text);
}

type ItemContent = WorksheetContent['items'][number]['items'][number];

/** Space above each item, in mm. */
const ITEM_GAP = 1.2;

/** An item's heading lines (beside its hours) and the height in mm of the whole item, its lines included. */
function itemLayout(flow: Flow, item: ItemContent): { lines: string[]; height: number } {
  flow.style(SIZE.body);
  const hoursWidth = flow.width(flow.safe(item.hours)) + 4;
  const lines = flow.wrap(item.heading, CONTENT_WIDTH - 4 - hoursWidth);
  const height = lineHeight(SIZE.body) * lines.length + item.lines.reduce((sum, l) => sum + flow.height(l, { size: SIZE.small, indent: 8 }), 0);
  return { lines, height };
}

const yearHeading = (): TextStyle => ({ size: SIZE.subheading, bold: true, before: 2.5 });

/** A year's heading and its first item, in mm: kept on one page (a fixed 16 mm had left 2021年 alone at a page's foot). */
function itemsLead(flow: Flow, group: WorksheetContent['items'][number]): number {
  const [firstItem] = group.items;
  const first = firstItem !== undefined ? ITEM_GAP + itemLayout(flow, firstItem).height : flow.height(group.empty ?? '', { size: SIZE.small, indent: 4 });
  return flow.height(group.heading, yearHeading()) + first;
}

function items(flow: Flow, content: WorksheetContent): void {
  for (const group of content.items) {
    flow.keep(itemsLead(flow, group));
    flow.paragraph(group.heading, yearHeading());
    if (group.empty !== null) flow.paragraph(group.empty, { size: SIZE.small, indent: 4, color: COLOR.muted });
    for (const item of group.items) {
      // Heading on the left, hours on the right of its first line.
      const lh = lineHeight(SIZE.body);
      const { lines, height: whole } = itemLayout(flow, item);
      flow.style(SIZE.body);
      flow.y += ITEM_GAP;
      // The heading, its hours and all its lines on one page: an item is never split.
      flow.keep(whole);
      flow.line(item.hours, PAGE.width - PAGE.margin, flow.y, true, 'right');
      for (const l of lines) {
        flow.ensure(lh);
        flow.line(l, PAGE.margin + 4, flow.y);
        flow.y += lh;
      }
      for (const l of item.lines) flow.paragraph(l, { size: SIZE.small, indent: 8, color: COLOR.muted });
    }
  }
}

type MaterialEntryContent = WorksheetContent['materials'][number]['entries'][number];

function tickCount(entry: MaterialEntryContent): number {
  // Its notes (extras) are lines without a box.
  return entry.sets.reduce((n, set) => n + set.items.length, 0);
}

function entryHeight(flow: Flow, entry: MaterialEntryContent): number {
  let height = flow.height(entry.heading, { size: SIZE.body, indent: 4, before: 1 });
  if (entry.detail !== null) height += flow.height(entry.detail, { size: SIZE.small, indent: 8 });
  if (entry.oneOf !== null) height += flow.height(entry.oneOf, { size: SIZE.small, indent: 8 });
  for (const set of entry.sets) {
    if (set.label !== null) height += flow.height(set.label, { size: SIZE.small, indent: 8 });
    for (const item of set.items) height += flow.tickHeight(item, set.label === null ? 8 : 12, SIZE.small);
  }
  for (const extra of entry.extras) height += flow.height(extra, { size: SIZE.small, indent: 8 });
  return height;
}

/**
 * A year's entries in runs that are kept together: each entry whole, and an entry with a single tick box joined to
 * its neighbour, so that no page holds one lone tick box of a year.
 */
function entryRuns(entries: readonly MaterialEntryContent[]): MaterialEntryContent[][] {
  const runs: MaterialEntryContent[][] = [];
  for (const entry of entries) {
    const last = runs[runs.length - 1];
    const lastTicks = last?.reduce((n, e) => n + tickCount(e), 0) ?? 0;
    if (last !== undefined && (lastTicks < 2 || tickCount(entry) < 2)) last.push(entry);
    else runs.push([entry]);
  }
  return runs;
}

function drawEntry(flow: Flow, entry: MaterialEntryContent): void {
  flow.paragraph(entry.heading, { size: SIZE.body, indent: 4, before: 1 });
  if (entry.detail !== null) flow.paragraph(entry.detail, { size: SIZE.small, indent: 8, color: COLOR.muted });
  if (entry.oneOf !== null) flow.paragraph(entry.oneOf, { size: SIZE.small, indent: 8 });
  for (const set of entry.sets) {
    const indent = set.label === null ? 8 : 12;
    if (set.label !== null) flow.paragraph(set.label, { size: SIZE.small, indent: 8 });
    for (const item of set.items) flow.tick(item, indent, SIZE.small);
  }
  for (const extra of entry.extras) flow.paragraph(extra, { size: SIZE.small, indent: 8 });
}

/** A year's heading and its first run of entries, in mm: kept on one page. */
function materialsLead(flow: Flow, group: WorksheetContent['materials'][number]): number {
  const first = entryRuns(group.entries)[0]?.reduce((sum, e) => sum + entryHeight(flow, e), 0) ?? flow.height(group.empty ?? '', { size: SIZE.small, indent: 4 });
  return flow.height(group.heading, yearHeading()) + first;
}

/**
 * What a section's heading keeps with it on its page: its first year's heading and first block, at least 30 mm. A
 * fixed 30 mm left 四、需准备的材料（按年度） alone at the foot of a page when its first year's block was taller (an HR
 * officer's check of the PDF); a block taller than a page leaves the heading at the top of the next.
 */
const sectionKeep = (lead: number | undefined) => Math.min(Math.max(30, lead ?? 0), PAGE_BODY - 20);

function materials(flow: Flow, content: WorksheetContent): void {
  for (const group of content.materials) {
    const runs = entryRuns(group.entries);
    // The year's heading stays with its first run of entries.
    flow.keep(materialsLead(flow, group));
    flow.paragraph(group.heading, yearHeading());
    if (group.empty !== null) flow.paragraph(group.empty, { size: SIZE.small, indent: 4, color: COLOR.muted });
    for (const run of runs) {
      flow.keep(run.reduce((sum, e) => sum + entryHeight(flow, e), 0));
      for (const entry of run) drawEntry(flow, entry);
    }
  }
}

/** Draws the QR modules as filled squares, top-left at (x, y), `side` mm wide including the quiet zone. */
function drawQr(doc: JsPdf, modules: boolean[][], x: number, y: number, side: number): void {
  const n = modules.length;
  const cell = side / (n + 2 * QR.quiet);
  doc.setFillColor(0, 0, 0);
  modules.forEach((row, r) => {
    // One rectangle per run of dark modules in a row: fewer drawing operations, the same picture.
    let c = 0;
    while (c < n) {
      if (!row[c]) {
        c++;
        continue;
      }
      const start = c;
      while (c < n && row[c]) c++;
      doc.rect(x + (QR.quiet + start) * cell, y + (QR.quiet + r) * cell, (c - start) * cell, cell, 'F');
    }
  });
}

function review(flow: Flow, content: WorksheetContent): void {
  const { doc } = flow;
  const block = content.review;
  const small = { size: SIZE.small } as const;
  const qrSide = block.qr === null ? 0 : Math.min(QR.maxSide, Math.max(QR.minSide, (block.qr.length + 2 * QR.quiet) * QR.module));
  const linkStyle = { size: SIZE.footer, indent: qrSide === 0 ? 0 : qrSide + 4 } as const;
  const textWidth = CONTENT_WIDTH - linkStyle.indent;
  flow.style(SIZE.small);
  const introLines = flow.wrap(block.intro, textWidth);
  flow.style(SIZE.footer);
  const linkLines = block.link === null ? [] : wrapText(block.link, textWidth, (t) => flow.width(t));
  const besideQr = introLines.length * lineHeight(SIZE.small) + linkLines.length * lineHeight(SIZE.footer) + (block.qrMissing ? lineHeight(SIZE.small) * 2 : 0);
  const signatures = lineHeight(SIZE.body) * 2 + 6 + lineHeight(SIZE.body) * 5 + 8;
  const height = flow.height(block.heading, { size: SIZE.heading, before: 6 }) + flow.height(block.version, small) + 2 + Math.max(qrSide, besideQr) + 4 + signatures;
  // The whole block on one page: whoever signs sees the link, the QR code and the version they sign for.
  flow.keep(height);
  flow.paragraph(block.heading, { size: SIZE.heading, bold: true, before: 6 });
  flow.paragraph(block.version, small);
  flow.y += 2;
  const top = flow.y;
  if (block.qr !== null) drawQr(doc, block.qr, PAGE.margin, top, qrSide);
  const x = PAGE.margin + linkStyle.indent;
  let y = top;
  flow.style(SIZE.small);
  for (const l of introLines) {
    flow.line(l, x, y);
    y += lineHeight(SIZE.small);
  }
  flow.style(SIZE.footer, [0, 51, 153]);
  for (const l of linkLines) {
    flow.line(l, x, y);
    y += lineHeight(SIZE.footer);
  }
  if (block.link !== null && linkLines.length > 0) {
    // The printed link is also a link in the PDF viewer, and so is the QR code.
    doc.link(x, top + introLines.length * lineHeight(SIZE.small), textWidth, linkLines.length * lineHeight(SIZE.footer), { url: block.link });
    if (qrSide > 0) doc.link(PAGE.margin, top, qrSide, qrSide, { url: block.link });
  }
  if (block.qrMissing !== null) {
    flow.style(SIZE.small, COLOR.short);
    for (const l of flow.wrap(block.qrMissing, textWidth)) {
      flow.line(l, x, y);
      y += lineHeight(SIZE.small);
    }
  }
  flow.y = Math.max(top + qrSide, y) + 4;

  // Lines to fill in by hand: 本人签名 and its date; 单位审核意见（盖章）, ruled lines, 审核人 and the date.
  const lh = lineHeight(SIZE.body);
  const rule = (x0: number, x1: number, yy: number) => {
    doc.setDrawColor(COLOR.text);
    doc.setLineWidth(0.25);
    doc.line(x0, yy, x1, yy);
  };
  flow.style(SIZE.body);
  const sig = block.signature;
  const dateX = PAGE.margin + CONTENT_WIDTH * 0.55;
  flow.line(sig.self, PAGE.margin, flow.y, true);
  rule(PAGE.margin + flow.width(sig.self) + 1, dateX - 4, flow.y + lh - 0.8);
  flow.line(sig.date, dateX, flow.y);
  flow.y += lh * 2;
  flow.line(sig.unit, PAGE.margin, flow.y, true);
  flow.y += lh + 2;
  for (let i = 0; i < 3; i++) {
    rule(PAGE.margin, PAGE.width - PAGE.margin, flow.y + lh - 0.8);
    flow.y += lh + 1;
  }
  flow.y += 2;
  flow.line(sig.reviewer, PAGE.margin, flow.y, true);
  rule(PAGE.margin + flow.width(sig.reviewer) + 1, dateX - 4, flow.y + lh - 0.8);
  flow.line(sig.date, dateX, flow.y);
  flow.y += lh;
}

function footers(flow: Flow, content: WorksheetContent): void {
  const { doc } = flow;
  const pages = doc.getNumberOfPages();
  const lh = lineHeight(SIZE.footer);
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    const top = PAGE.height - PAGE.footer + 5;
    doc.setDrawColor(COLOR.rule);
    doc.setLineWidth(0.2);
    doc.line(PAGE.margin, top, PAGE.width - PAGE.margin, top);
    flow.style(SIZE.footer, COLOR.muted);
    let y = top + 1.5;
    for (const l of flow.wrap(content.footer.disclaimer, CONTENT_WIDTH)) {
      flow.line(l, PAGE.margin, y);
      y += lh;
    }
    flow.line(content.footer.generated, PAGE.margin, y);
    flow.line(pageLabel(page, pages), PAGE.width - PAGE.margin, y, false, 'right');
  }
}

/**
 * The worksheet font's streams as the document's save will embed them (pdf-output.ts compresses them ahead), once the
 * font's glyph outlines have arrived (the document may have been drawn before: font-loader.ts). Call it before saving.
 */
export async function fontStreams(JsPdfClass: typeof JsPdf, font: LoadedFont, doc: JsPdf): Promise<EmbeddedFontStreams> {
  await embeddableFont(JsPdfClass, font).outlines();
  const internal = doc.internal as unknown as { getFont(name: string, style: string): { metadata: { subset: { encode(): Uint8Array }; toUnicode: Record<number, number> } } };
  const { metadata } = internal.getFont(FONT_FAMILY, 'normal');
  return { program: metadata.subset.encode(), toUnicode: metadata.toUnicode };
}

/**
 * Registers the font and draws the whole worksheet into a new A4 document, its text `textScale` times the standard
 * size (the site's text size; 1 to MAX_TEXT_SCALE).
 */
export function renderWorksheet(JsPdfClass: typeof JsPdf, font: LoadedFont, content: WorksheetContent, textScale = 1): JsPdf {
  const scale = Number.isFinite(textScale) ? Math.min(Math.max(textScale, 1), MAX_TEXT_SCALE) : 1;
  SIZE = { ...BASE_SIZE };
  for (const key of ['title', 'heading', 'subheading', 'body', 'small'] as const) SIZE[key] = BASE_SIZE[key] * scale;
  COLUMNS = columnsAt(scale);
  const doc = new JsPdfClass({ orientation: 'portrait', unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  // The font parsed once per page; the document embeds only the glyphs it draws (embedded-font.ts).
  const embeddable = embeddableFont(JsPdfClass, font);
  doc.addFileToVFS(FONT_FILE, embeddable.vfsEntry);
  doc.addFont(FONT_FILE, FONT_FAMILY, 'normal', 400, 'Identity-H');
  doc.setFont(FONT_FAMILY, 'normal');
  doc.setLanguage('zh-CN');
  doc.setDocumentProperties({ title: content.title, subject: content.roundTitle });

  const flow = new Flow(doc, font.codePoints, embeddable);
  header(flow, content);
  if (content.problems.length > 0) {
    flow.paragraph(content.headings.problems, { size: SIZE.subheading, bold: true, before: 2, color: COLOR.short, keep: 6 });
    for (const p of content.problems) flow.paragraph(p, { size: SIZE.body, indent: 4, color: COLOR.short });
  }
  flow.paragraph(content.headings.summary, { size: SIZE.heading, bold: true, before: 4, keep: 30 });
  flow.paragraph(content.summary, { size: SIZE.body, before: 1 });
  flow.paragraph(content.unitNote, { size: SIZE.small, color: COLOR.muted });
  flow.y += 1.5;
  if (content.table.rows.length > 0) table(flow, content);
  const firstYear = content.items[0];
  flow.paragraph(content.headings.items, { size: SIZE.heading, bold: true, before: 6, keep: sectionKeep(firstYear && itemsLead(flow, firstYear)) });
  items(flow, content);
  if (content.notes.length > 0) {
    flow.paragraph(content.headings.notes, { size: SIZE.heading, bold: true, before: 6, keep: 20 });
    for (const note of content.notes) {
      flow.keep(flow.height(note.text, { size: SIZE.small, before: 0.8 }));
      flow.paragraph(note.text, { size: SIZE.small, before: 0.8 });
    }
  }
  // Without a span there are no years, hence no checklist; the problems above say why.
  if (content.materials.length > 0) {
    const firstYear = content.materials[0];
    flow.paragraph(content.headings.materials, { size: SIZE.heading, bold: true, before: 6, keep: sectionKeep(firstYear && materialsLead(flow, firstYear)) });
    materials(flow, content);
  }
  review(flow, content);
  footers(flow, content);
  return doc;
}
