/**
 * The worksheet a reviewer can check: the rule data version, a link and a QR code that reopen the same case, each
 * year's verdict in words, the lines to sign, items and citations never split, no lone tick box of a year on a page.
 */
import jsQR from 'jsqr';
import { beforeAll, describe, expect, it } from 'vitest';
import { calculate, getRuleSet, ruleSetDigest, type CalculationResult, type Draft, type RuleSet } from '../../../src/lib/rules';
import { buildWorksheetPdf, type WorksheetOptions } from '../../../src/lib/pdf';
import { provideFont } from '../../../src/lib/pdf/font-loader';
import { REVIEW, TEXT } from '../../../src/lib/pdf/labels';
import { composeWorksheet, worksheetTexts, type WorksheetContent } from '../../../src/lib/pdf/worksheet-content';
import { decodeShareHash } from '../../../src/lib/share';
import { fiveYearDraft, mixedDraft } from './fixtures';
import { extractPdf, renderPage, subsetForTest, type ExtractedPage } from './test-font.mjs';

const FONT_URL = '/test/worksheet-review.ttf';
const CALCULATOR = 'https://jxjy.example.gov.cn/sub/calculator/';
const BOX_SIDE = (2.8 * 72) / 25.4;
const options: WorksheetOptions = { includeName: true, includeEmployer: true, generatedAt: new Date(2024, 5, 1), fontUrl: FONT_URL, calculatorUrl: CALCULATOR };
/** Text without spaces and without the word joiners that keep citations whole (never drawn). */
const norm = (text: string) => text.replace(/[\s\u2060]+/g, '');

interface Built {
  draft: Draft;
  result: CalculationResult;
  content: WorksheetContent;
  bytes: Uint8Array;
  pages: ExtractedPage[];
}

async function build(draft: Draft): Promise<Built> {
  const result = calculate(draft);
  const bytes = new Uint8Array(await (await buildWorksheetPdf(result, draft, options)).arrayBuffer());
  // The same content the builder drew (its share link is made the same way, so compose with a stand-in and compare text only).
  const content = composeWorksheet(result, draft, { ...options, shareLink: null });
  return { draft, result, content, bytes, pages: await extractPdf(bytes.slice()) };
}

/** The pixels of a rendered page, as jsQR reads them. */
async function readQr(bytes: Uint8Array, page: number): Promise<string | null> {
  const image = await renderPage(bytes.slice(), page, 4);
  return jsQR(image.data, image.width, image.height)?.data ?? null;
}

const small = fiveYearDraft(20);
const large = fiveYearDraft(50);
/** 57 activities put 2021年's heading of the items at the foot of a page (it was drawn there alone before 2026-12-02). */
const footed = fiveYearDraft(57);
let built: Built;
let big: Built;
let atFoot: Built;
/** A 2020 case: its table says 专业科目 一般不少于 60, which a narrow cell broke before the figure. */
let mixed: Built;

beforeAll(async () => {
  const texts = [small, large, footed, mixedDraft()].flatMap((d) => worksheetTexts(composeWorksheet(calculate(d), d, { ...options, shareLink: null })));
  provideFont(FONT_URL, await subsetForTest([...texts, ...Object.values(REVIEW), '〓']));
  built = await build(small);
  big = await build(large);
  atFoot = await build(footed);
  mixed = await build(mixedDraft());
}, 60_000);

describe('a 5-year worksheet a reviewer can check', () => {
  it('names the rule set and its data version on the first page and beside the signatures', () => {
    const digest = ruleSetDigest(getRuleSet('zhuzhou-2024') as RuleSet);
    expect(digest).toMatch(/^[0-9a-f]{8}$/);
    expect(built.pages[0]?.text).toContain(`规则数据版本：${digest}`);
    const last = built.pages.at(-1) as ExtractedPage;
    expect(norm(last.text)).toContain(norm(`规则数据版本：${digest}（株人社函〔2024〕5号）`));
  });

  it('carries a QR code that a reader decodes to a link on the site that reopens the same case, without personal fields', { timeout: 30_000 }, async () => {
    const link = await readQr(built.bytes, built.pages.length);
    expect(link).not.toBeNull();
    expect(link?.startsWith(`${CALCULATOR}#share=1.`)).toBe(true);
    const decoded = await decodeShareHash(new URL(link as string).hash);
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.rulesChanged).toBeNull();
    expect(decoded.draft.profile.name).toBeUndefined();
    expect(decoded.draft.profile.employer).toBeUndefined();
    const figures = (r: CalculationResult) => r.years.map((y) => [y.year, y.public, y.professional, y.total, y.status]);
    expect(figures(calculate(decoded.draft))).toEqual(figures(built.result));
    // The same link is printed in full beside the code.
    expect(norm(built.pages.at(-1)?.text ?? '')).toContain(norm(link as string));
  });

  it('still carries a readable QR code for 50 activities', async () => {
    const link = await readQr(big.bytes, big.pages.length);
    expect(link?.startsWith(`${CALCULATOR}#share=1.`)).toBe(true);
    const decoded = await decodeShareHash(new URL(link as string).hash);
    expect(decoded.ok && decoded.draft.activities.length).toBe(50);
  });

  it('states each year’s verdict in words: 达标, 视为达标, or 未达标 with what is missing', () => {
    const text = norm(built.pages.map((p) => p.text).join(''));
    for (const row of built.content.table.rows) expect(text).toContain(norm(row.cells[5]));
    expect(built.content.table.rows.map((r) => r.cells[5].split(/[，：]/)[0])).toEqual(
      built.result.years.map((y) => (y.metInFull ? '视为达标' : y.status === 'met' ? '达标' : y.status === 'warning' ? '基本达标' : '未达标')),
    );
  });

  it('calls a short year after the worksheet’s date (in Beijing) 尚未开始, not 未达标, in the summary and its row, still with what it needs (通知 一（二）)', () => {
    // No activities: every year of 2019～2023 short. New Year in Beijing comes at 16:00 UTC.
    const draft = fiveYearDraft(0);
    const result = calculate(draft);
    const at = (instant: string) => composeWorksheet(result, draft, { ...options, generatedAt: new Date(instant), shareLink: null });
    const verdicts = (content: WorksheetContent) => content.table.rows.map((r) => r.cells[5].split('：')[0]);
    const late2021 = at('2021-12-31T15:30:00Z');
    // The year running is said to be (a teacher counted 2026 with the years gone by, on 2026-12-07).
    expect(late2021.summary).toContain('未达标 3 个（2019、2020、2021年，2021年尚未结束），尚未开始 2 个（2022、2023年）。');
    expect(verdicts(late2021)).toEqual(['未达标', '未达标', '未达标（本年度尚未结束）', '尚未开始', '尚未开始']);
    // Drawn in the text's colour, not the failure's red (a re-check).
    expect(late2021.table.rows.map((r) => r.toCome === true)).toEqual([false, false, false, true, true]);
    expect(late2021.table.rows[4]?.cells[5].replace(/\u2060/g, '').replace(/\u00a0/g, ' ')).toMatch(/^尚未开始：还需公需科目 30、专业科目 60 学时，共 90 学时/);
    const early2022 = at('2021-12-31T16:30:00Z');
    expect(early2022.summary).toContain('未达标 4 个（2019、2020、2021、2022年，2022年尚未结束），尚未开始 1 个（2023年）。');
    // Read after the span, as most worksheets are: none 尚未开始.
    expect(at('2026-12-07T01:00:00Z').summary).toContain('未达标 5 个（2019、2020、2021、2022、2023年）。');
  });

  it('says a certified year’s 视为达标 is the site’s reading of 通知 三（三）, which makes the certificate that year’s evidence, and lists no missing activities under it', () => {
    // A reader took 本年度视为达标（通知 三（三）） for the notice's words; the PDF said 本年度没有录入活动 under it.
    const draft: Draft = { ...fiveYearDraft(0), coveredYears: [2019] };
    const content = composeWorksheet(calculate(draft), draft, { ...options, shareLink: null });
    expect(content.table.rows[0]?.cells[5].replace(/\u2060/g, '').replace(/\u00a0/g, ' ')).toBe('视为达标：已开具《学时认定单》（《合格证明》），可作本年度佐证材料，本站按达标计算（通知 三（三））');
    expect(content.items[0]).toMatchObject({ heading: '2019年', empty: '本年度已开具认定单，无需录入活动。' });
    expect(content.items[1]).toMatchObject({ heading: '2020年', empty: TEXT.noItems });
  });

  it('says which years of the span come after the round’s own, and that they are measured by its requirement (通知 一（二）)', () => {
    // A 2027 applicant types 2022～2026 under 株人社函〔2024〕5号 (a new user's check): the page's banner says later
    // years go by the latest notice, the worksheet said nothing.
    const typed = (from: number, to: number): Draft => ({ ...fiveYearDraft(0), span: { from, to } });
    const summary = (draft: Draft) => composeWorksheet(calculate(draft), draft, { ...options, shareLink: null }).summary;
    expect(summary(typed(2022, 2026))).toContain('2025～2026年晚于本通知的年度（2024年度），按本通知的要求测算；以后年度请以人力资源和社会保障部门发布的最新通知为准。');
    expect(summary(typed(2021, 2025))).toContain('2025年晚于本通知的年度（2024年度）');
    expect(summary(typed(2026, 2027))).toContain('2026～2027年晚于本通知的年度');
    // The notice's own span, and one that ends with the notice's year, say nothing of it.
    expect(summary(fiveYearDraft(0))).not.toContain('晚于本通知');
    expect(summary(typed(2020, 2024))).not.toContain('晚于本通知');
  });

  it('lists each year’s requirement in the columns’ order: 公需科目, 专业科目, then 合计 (通知 一（二）)', () => {
    const zz = getRuleSet('zhuzhou-2024') as RuleSet;
    const content = composeWorksheet(calculate({ ...fiveYearDraft(1), ruleSet: zz.id }), { ...fiveYearDraft(1), ruleSet: zz.id }, { ...options, shareLink: null });
    const requirement = content.table.rows[0]?.cells[4].split('\n').map((line) => line.split(' ')[0]);
    expect(requirement).toEqual([TEXT.public, TEXT.professional, TEXT.total]);
    expect(content.table.head.slice(1, 4).map((h) => h.split(/[（(]/)[0])).toEqual([TEXT.public, TEXT.professional, TEXT.total]);
  });

  it.each(['zhuzhou-2024', 'hunan-2020'])('%s: names the clause of the yearly requirement above the table, as the page’s heads do (an engineer’s check: the 要求 column named none)', (id) => {
    const rs = getRuleSet(id) as RuleSet;
    const draft = { ...fiveYearDraft(1), ruleSet: rs.id };
    const result = calculate(draft);
    // Both notices set every part of it in 通知 一（二）: once.
    const note = composeWorksheet(result, draft, { ...options, shareLink: null }).unitNote.replace(/\u2060/g, '').replace(/\u00a0/g, ' ');
    expect(note).toBe(`表中数字单位：${rs.hoursUnit}。每年的要求依据 通知 一（二）。`);
  });

  it('heads each material as the page does, by its title and clause, without 附件1 一’s number before it (形式1, 形式3 read as a list with gaps)', () => {
    const headings = built.content.materials.flatMap((g) => g.entries.map((e) => e.heading));
    expect(headings.length).toBeGreaterThan(0);
    for (const heading of headings) expect(heading.replace(/\u2060/g, '').replace(/\s/g, ' ')).toMatch(/^[^形].*（附件1? 一 \d+）$/);
    expect(headings.map((h) => h.replace(/\u2060/g, '').replace(/（[^（]*$/, ''))).toEqual(built.result.materials.flatMap((m) => m.needs.map((n) => n.title)));
  });

  it('marks each note that is this site’s reading (本站理解), as the page does, and no note that is the notice’s rule', () => {
    const notes = [...built.result.notes, ...built.result.items.flatMap((i) => i.notes)];
    const decision = notes.find((n) => n.kind === 'decision');
    const rule = notes.find((n) => n.kind === 'rule');
    expect(decision && rule).toBeTruthy();
    const text = norm(built.pages.map((p) => p.text).join(''));
    expect(text).toContain(norm(`${decision!.title}${TEXT.decision}：`));
    expect(text).toContain(norm(`${rule!.title}：`));
    expect(text).not.toContain(norm(`${rule!.title}${TEXT.decision}`));
  });

  it('cites the clause a reading bears on as 参见 …, and the clause of a rule bare (a bare clause read as the notice’s words)', () => {
    const entries = built.content.notes.map((n) => n.text);
    const notes = [...built.result.notes, ...built.result.items.flatMap((i) => i.notes)];
    for (const kind of ['decision', 'rule'] as const) {
      const note = notes.find((n) => n.kind === kind)!;
      const entry = entries.find((t) => t.includes(`${note.title}${kind === 'decision' ? TEXT.decision : ''}：`));
      expect(entry, note.title).toBeDefined();
      // Read as text: without the word joiners and no-break spaces that keep a clause on one line.
      const plain = entry!.replace(/\u2060/g, '').replace(/\u00a0/g, ' ');
      expect(plain.endsWith(`（${kind === 'decision' ? '参见 ' : ''}${note.cite.clause}）`), plain).toBe(true);
    }
  });

  it('ends with lines for 本人签名 and 单位审核意见（盖章）, each with a date, on the same page as the QR code', () => {
    const last = norm(built.pages.at(-1)?.text ?? '');
    expect(last).toContain(norm(`${REVIEW.self}${REVIEW.date}`));
    expect(last).toContain(norm(REVIEW.unit));
    expect(last).toContain(norm(`${REVIEW.reviewer}${REVIEW.date}`));
    expect(last.indexOf(norm(REVIEW.self))).toBeGreaterThan(last.indexOf(norm(REVIEW.heading)));
  });

  it('never splits an item across pages: its heading and all its lines are on one page', () => {
    for (const { pages, content } of [built, big]) {
      const texts = pages.map((p) => norm(p.text));
      for (const item of content.items.flatMap((g) => g.items)) {
        const heading = norm(item.heading);
        const page = texts.findIndex((t) => t.includes(heading));
        expect(page, item.heading).toBeGreaterThanOrEqual(0);
        const after = (texts[page] as string).slice((texts[page] as string).indexOf(heading) + heading.length);
        expect(after.startsWith(norm(item.lines.join(''))), `${item.heading} on page ${page + 1}`).toBe(true);
      }
    }
  });

  it('never breaks a line inside a citation such as （附件1 二 7）', () => {
    for (const { pages, result } of [built, big]) {
      const clauses = new Set<string>([
        ...result.items.map((i) => i.cite.clause),
        ...result.items.flatMap((i) => i.notes.map((n) => n.cite.clause)),
        ...result.notes.map((n) => n.cite.clause),
        ...result.materials.flatMap((m) => m.needs.flatMap((n) => [n.cite.clause, ...n.sets.map((s) => s.cite.clause)])),
      ]);
      const runs = pages.flatMap((p) => p.runs.map((r) => norm(r.str)));
      const all = norm(pages.map((p) => p.text).join(''));
      const count = (text: string, c: string) => text.split(c).length - 1;
      for (const clause of clauses) {
        const c = norm(`（${clause}）`);
        const inRuns = runs.reduce((n, r) => n + count(r, c), 0);
        expect(inRuns, clause).toBe(count(all, c));
      }
      expect(clauses.size).toBeGreaterThan(10);
    }
  });

  it('never breaks a line between a figure and its unit, or between 一般不少于 and its figure (共 85 学 / 时 in a table cell, 满6 / 个月 in a note)', () => {
    let figures = 0;
    for (const { pages } of [built, big, mixed]) {
      const runs = pages.flatMap((p) => p.runs.map((r) => norm(r.str)));
      const all = norm(pages.map((p) => p.text).join(''));
      const count = (text: string, c: string) => text.split(c).length - 1;
      for (const figure of new Set(all.match(/(?:一般不少于|≥)\d+(?:\.\d+)?|\d+(?:\.\d+)?(?:学时|个月|月|日)/g) ?? [])) {
        figures++;
        expect(runs.reduce((n, r) => n + count(r, figure), 0), figure).toBe(count(all, figure));
      }
    }
    expect(figures).toBeGreaterThan(20);
  });

  it('never leaves a year’s heading of the items alone at the foot of a page: its first item is on the same page', () => {
    for (const { pages, content } of [built, big, atFoot]) {
      // From 二、各项活动及折算 to 三、说明 (the materials of 四、 have year headings too).
      const texts = pages.map((p) => norm(p.text));
      const from = texts.findIndex((t) => t.includes(norm(TEXT.itemsHeading)));
      const section = texts.map((t, i) => (i < from ? '' : i === from ? t.slice(t.indexOf(norm(TEXT.itemsHeading))) : t)).map((t) => t.split(norm(TEXT.notesHeading))[0] as string);
      expect(from).toBeGreaterThanOrEqual(0);
      for (const group of content.items) {
        const heading = norm(group.heading);
        const first = norm(group.items[0]?.heading ?? group.empty ?? '');
        // The heading, at most the first item's hours, then the first item's heading, on one page.
        const together = section.some((t) => {
          const at = t.indexOf(heading);
          const next = at < 0 ? -1 : t.indexOf(first, at + heading.length);
          return next >= 0 && next - (at + heading.length) <= 12;
        });
        expect(together, `${group.heading} followed by ${first}`).toBe(true);
      }
    }
  });

  it('never leaves a year’s tick box alone on a page', () => {
    for (const { pages, result } of [built, big]) {
      const totals = new Map(result.materials.map((m) => [m.year, m.needs.reduce((n, need) => n + need.sets.reduce((k, s) => k + s.items.length, 0), 0)]));
      let started = false;
      let year: number | null = null;
      pages.forEach((page, p) => {
        // Top to bottom: a year heading starts a year; each tick box belongs to the year above it.
        const marks = [
          ...page.runs.map((r) => ({ y: r.y, heading: r.str, box: false })),
          ...page.squares.filter((s) => Math.abs(s.side - BOX_SIDE) < 0.2).map((s) => ({ y: s.y + s.side, heading: '', box: true })),
        ].sort((a, b) => b.y - a.y);
        const perYear = new Map<number, number>();
        for (const mark of marks) {
          if (mark.heading.startsWith('四、需准备的材料')) started = true;
          const m = /^(\d{4})年$/.exec(mark.heading.trim());
          if (started && m) year = Number(m[1]);
          if (started && mark.box && year !== null) perYear.set(year, (perYear.get(year) ?? 0) + 1);
        }
        for (const [y, n] of perYear) expect(n === 1 ? totals.get(y) : n, `page ${p + 1}, ${y}`).toBe(n === 1 ? 1 : n);
      });
      expect(started).toBe(true);
    }
  });
});
