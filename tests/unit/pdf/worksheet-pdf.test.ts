import { beforeAll, describe, expect, it } from 'vitest';
import { DRAFT_FORMAT, DRAFT_VERSION, calculate, formatHours, parseDraft, type CalculationResult, type Draft } from '../../../src/lib/rules';
import { needText, yearNeed } from '../../../src/lib/rules/core';
import { buildWorksheetPdf, type WorksheetOptions } from '../../../src/lib/pdf';
import { provideFont } from '../../../src/lib/pdf/font-loader';
import { composeWorksheet, worksheetTexts } from '../../../src/lib/pdf/worksheet-content';
import { REVIEW, TEXT } from '../../../src/lib/pdf/labels';
import { fiveYearDraft, mixedDraft } from './fixtures';
import { draft as ruleDraft } from '../rules/helpers';
import { extractPdf, subsetForTest, type ExtractedPage } from './test-font.mjs';

const FONT_URL = '/test/worksheet-pdf.ttf';
/** Side of a tick box: 2.8 mm in points. */
const BOX_SIDE = (2.8 * 72) / 25.4;
const A4 = { width: 595.28, height: 841.89 };

const options = (overrides: Partial<WorksheetOptions> = {}): WorksheetOptions => ({
  includeName: true,
  includeEmployer: true,
  generatedAt: new Date(2024, 5, 1, 9, 30),
  fontUrl: FONT_URL,
  calculatorUrl: 'https://jxjy.example.gov.cn/sub/calculator/',
  ...overrides,
});

function hunanDraft(): Draft {
  const parsed = parseDraft({
    format: DRAFT_FORMAT,
    version: DRAFT_VERSION,
    ruleSet: 'hunan-2020',
    profile: { titleLevel: 'full-senior', degree: 'bachelor', name: '王芳' },
    activities: [
      { kind: 'training', id: 'h1', year: 2016, subject: 'professional', format: 'training', days: 5, halfDays: 0, evenings: 2 },
      { kind: 'book', id: 'h2', year: 2018, role: 'first' },
    ],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.draft;
}

/** Text without spaces and without the word joiners that keep citations and figures whole (never drawn). */
const norm = (text: string) => text.replace(/[\s\u2060]+/g, '');
const textOf = (pages: ExtractedPage[]) => norm(pages.map((p) => p.text).join(''));

async function pdfOf(draft: Draft, opts: WorksheetOptions = options()): Promise<{ result: CalculationResult; pages: ExtractedPage[] }> {
  const result = calculate(draft);
  const blob = await buildWorksheetPdf(result, draft, opts);
  return { result, pages: await extractPdf(new Uint8Array(await blob.arrayBuffer())) };
}

const mixed = mixedDraft();
const many = fiveYearDraft(50);
const hunan = hunanDraft();
/** 博士参评副高: the 2024 notice gives no span, so the engine reports a problem and no years. */
const noSpan = mixedDraft({ degree: 'doctor' });

beforeAll(async () => {
  // A font holding exactly the characters these worksheets draw, plus the mark for missing ones.
  const texts = [mixed, many, hunan, noSpan].flatMap((d) => worksheetTexts(composeWorksheet(calculate(d), d, { ...options(), shareLink: null })));
  provideFont(FONT_URL, await subsetForTest([...texts, ...Object.values(REVIEW), '〓']));
});

describe('buildWorksheetPdf for a 5-year zhuzhou-2024 case', () => {
  let result: CalculationResult;
  let pages: ExtractedPage[];
  let text: string;
  beforeAll(async () => {
    ({ result, pages } = await pdfOf(mixed));
    text = textOf(pages);
  });

  it('produces A4 portrait pages', () => {
    for (const page of pages) {
      expect(page.width).toBeCloseTo(A4.width, 1);
      expect(page.height).toBeCloseTo(A4.height, 1);
    }
  });

  it('heads the worksheet with its title and the round: short title, document number and notice title', () => {
    expect(pages[0]?.text).toContain('继续教育学时测算工作表');
    expect(text).toContain(norm(result.ruleSet.shortTitle));
    expect(text).toContain(result.ruleSet.docNumber);
    expect(text).toContain(norm(result.ruleSet.title));
  });

  it('shows the applicant title level, degree, span and the years covered by a certificate', () => {
    expect(text).toContain('申报职称级别：副高级');
    expect(text).toContain('最高学历（学位）：硕士研究生');
    // The person's answer as the calculator asked it, with no degree they did not state.
    expect(text).not.toContain('硕士学位');
    expect(text).toContain(`核认跨度：${result.span?.from}～${result.span?.to}年`);
    // Whose span it is, in the notice's words (株人社函〔2024〕5号 通知 二: 2024 年度参评高级职称…核认跨度为 2019~2023 年).
    expect(text).toContain(norm('（2024年度参评高级职称，通知 二）'));
    expect(text).toContain('已认定年度：2019年');
  });

  it('draws one table row per year with the engine’s 公需, 专业 and total hours; — for a year met by a rule with none of its own', () => {
    // 0 under 要求 ≥ 90 beside 视为达标 read as 0 of 90 (a new user): such a year shows —, as the page does.
    const page = pages[0] as ExtractedPage;
    expect(result.years).toHaveLength(5);
    expect(result.years.some((y) => y.metInFull && y.total === 0)).toBe(true);
    for (const year of result.years) {
      const cell = page.runs.find((r) => r.str === String(year.year));
      expect(cell, `row ${year.year}`).toBeDefined();
      const row = page.runs
        .filter((r) => Math.abs(r.y - (cell?.y ?? 0)) < 0.5 && r.str.trim() !== '')
        .sort((a, b) => a.x - b.x)
        .map((r) => r.str.trim());
      const hours = year.metInFull && year.total === 0 ? ['—', '—', '—'] : [formatHours(year.public), formatHours(year.professional), formatHours(year.total)];
      expect(row.slice(0, 4)).toEqual([String(year.year), ...hours]);
    }
  });

  it('states each year’s conclusion: the shortfalls of a short year, the reason of a year deemed met', () => {
    const short = result.years.filter((y) => y.status === 'short');
    expect(short.length).toBeGreaterThan(0);
    for (const year of short) {
      // As the page's 结论 says it: one plan, the hours each part needs and what the total lacks beyond them.
      const need = yearNeed(year.parts);
      expect(need.total).toBeGreaterThan(0);
      expect(text).toContain(norm(`未达标：${needText(year.parts, result.ruleSet.hoursUnit)}`));
    }
    expect(result.years.filter((y) => y.status === 'met' && y.metInFull === null)).toEqual([]);
    const deemed = result.years.filter((y) => y.metInFull !== null);
    expect(deemed.map((y) => y.metInFull?.by).sort()).toEqual(['assignment', 'certificate']);
    for (const year of deemed) expect(text).toContain(norm(`视为达标：${year.metInFull?.text}（${year.metInFull?.cite.clause}）`));
    expect(result.summary.yearsWarning).toBe(0);
    // The short years named in the sentence itself: the person's verdict in one place (a reviewer's check).
    expect(text).toContain(norm(`核认跨度内共 5 个年度：达标 ${result.summary.yearsMet} 个，未达标 ${result.summary.yearsShort} 个（${short.map((y) => y.year).join('、')}年）。`));
  });

  it('lists every item with its hours, working and clause', () => {
    result.items.forEach((item, i) => {
      expect(text).toContain(norm(`${i + 1}. ${item.label}${item.title ? `：${item.title}` : ''}`));
      expect(text).toContain(norm(item.working));
      expect(text).toContain(norm(`依据 ${item.cite.clause}`));
      if (item.status === 'counted') expect(text).toContain(`${formatHours(item.hours)}学时`);
    });
  });

  it('leaves out 计入年度 for an assignment within one year, where it decides nothing (附件1 二 7)', () => {
    expect(text).toContain(norm('任务类型：援藏；考核合格：是'));
    expect(text).not.toContain('计入年度');
  });

  it('explains items that do not count: not covered, outside the span, met in full', () => {
    const byStatus = (status: string) => result.items.find((i) => i.status === status);
    expect(text).toContain(norm(`不予折算：${byStatus('not-covered')?.reason}`));
    expect(text).toContain(norm(`跨度外，不计入：${byStatus('outside-span')?.reason}`));
    expect(text).toContain('当年视为达标');
    expect(text).toContain('未计入任何年度的活动');
  });

  it('prints the notes the result and its items carry', () => {
    const notes = [...result.notes, ...result.items.flatMap((i) => i.notes)];
    expect(notes.length).toBeGreaterThan(5);
    for (const note of notes) expect(text).toContain(norm(`${note.title}${note.kind === 'decision' ? TEXT.decision : ''}：${note.text}`));
  });

  it('lists the materials per year, with “one of” alternatives, an empty tick box before each material and none before a note', () => {
    let lines = 0;
    for (const year of result.materials) {
      for (const need of year.needs) {
        expect(text).toContain(norm(need.title));
        for (const set of need.sets) for (const item of set.items) expect(text).toContain(norm(item));
        // A note, as the page says it, with no tick box (a reviewer's check: it had one, as if a document to hand in).
        for (const extra of need.extras) expect(text).toContain(norm(`注：${extra.text}`));
        // Named as the checklist names them (方式一, 方式二), not （1）（2） (附件1 一 1: two ways to show a training).
        if (need.sets.length > 1) for (const name of ['以下材料之一：任选一种方式', '方式一（', '方式二（']) expect(text).toContain(norm(name));
        lines += need.sets.reduce((n, s) => n + s.items.length, 0);
      }
    }
    const boxes = pages.flatMap((p) => p.squares).filter((s) => Math.abs(s.side - BOX_SIDE) < 0.2);
    expect(boxes).toHaveLength(lines);
  });

  it('shows the name and employer when chosen', () => {
    expect(text).toContain('姓名：李晓明');
    expect(text).toContain('工作单位：株洲市某某研究院');
  });
});

describe('buildWorksheetPdf options and pages', () => {
  it('leaves the name and employer out unless chosen', async () => {
    const { pages } = await pdfOf(mixed, options({ includeName: false, includeEmployer: false }));
    const text = textOf(pages);
    expect(text).not.toContain('李晓明');
    expect(text).not.toContain('姓名：');
    expect(text).not.toContain('株洲市某某研究院');
    expect(text).not.toContain('工作单位：');
  });

  it('includes the employer without the name when only the employer is chosen', async () => {
    const text = textOf((await pdfOf(mixed, options({ includeName: false }))).pages);
    expect(text).not.toContain('李晓明');
    expect(text).toContain('工作单位：株洲市某某研究院');
  });

  it('numbers every page “第 i 页 / 共 n 页” with the generation date and the disclaimer, for 50 items', async () => {
    const { pages } = await pdfOf(many);
    expect(pages.length).toBeGreaterThan(3);
    pages.forEach((page, i) => {
      expect(page.text).toContain(`第 ${i + 1} 页 / 共 ${pages.length} 页`);
      expect(page.text).toContain('生成日期：2024年6月1日');
      expect(norm(page.text)).toContain('本表为测算结果，仅供参考');
      expect(norm(page.text)).toContain('审核认定为准');
    });
  });

  it('draws its text at the site’s text size (特大 1.375), the footer excepted, with every figure and page as at 标准', async () => {
    const sizes = (pages: ExtractedPage[], text: string) => [...new Set(pages.flatMap((p) => p.runs).filter((r) => norm(r.str).includes(text)).map((r) => Math.round(r.size * 10) / 10))];
    const standard = await pdfOf(many);
    const xlarge = await pdfOf(many, options({ textScale: 1.375 }));
    // The title 17 pt, a year's summary line 9.5 pt (body), the footer's disclaimer 7.5 pt.
    expect(sizes(standard.pages, '继续教育学时测算工作表')).toEqual([17]);
    expect(sizes(xlarge.pages, '继续教育学时测算工作表')).toEqual([23.4]);
    expect(sizes(xlarge.pages, '本表为测算结果')).toEqual(sizes(standard.pages, '本表为测算结果'));
    expect(xlarge.pages.length).toBeGreaterThan(standard.pages.length);
    // The same words on more pages: nothing cut off.
    const words = (pages: ExtractedPage[]) => pages.map((p) => norm(p.text).slice(0, norm(p.text).lastIndexOf('本表为测算结果'))).join('');
    expect(words(xlarge.pages).length).toBe(words(standard.pages).length);
    // A scale beyond what the year table's columns hold is drawn at the largest (1.5).
    expect(sizes((await pdfOf(many, options({ textScale: 3 }))).pages, '继续教育学时测算工作表')).toEqual([25.5]);
  });

  it('never leaves a section heading alone at the foot of a page: it goes with its first year and that year\'s first block', async () => {
    // An HR officer's check: 四、需准备的材料（按年度） ended page 2, its first year starting page 3 (a fixed 30 mm kept).
    const stranded: string[] = [];
    for (let count = 1; count <= 24; count++) {
      const draft = fiveYearDraft(count);
      const content = composeWorksheet(calculate(draft), draft, { ...options(), shareLink: null });
      const { pages } = await pdfOf(draft);
      const sections = [
        [content.headings.items, content.items[0]?.heading],
        [content.headings.materials, content.materials[0]?.heading],
      ] as const;
      for (const [heading, firstYear] of sections) {
        if (firstYear === undefined) continue;
        const page = pages.map((p) => norm(p.text)).find((t) => t.includes(norm(heading)));
        // On the heading's page, before the footer (生成日期…): the first year's heading, and a line under it.
        const body = page?.slice(page.indexOf(norm(heading)) + norm(heading).length).split('生成日期')[0] ?? '';
        if (!body.includes(norm(firstYear)) || body.split(norm(firstYear))[1]!.length < 8) stranded.push(`${count}: ${heading}`);
      }
    }
    expect(stranded).toEqual([]);
  });

  it('marks a character the font lacks with 〓 instead of dropping it', async () => {
    const draft = mixedDraft({ name: '李𠮷明' });
    const text = textOf((await pdfOf(draft)).pages);
    expect(text).toContain('姓名：李〓明');
  });

  it('prints a hunan-2020 case with its advisory 专业 requirement and no 公需 minimum', async () => {
    const { result, pages } = await pdfOf(hunan);
    const text = textOf(pages);
    expect(text).toContain(result.ruleSet.docNumber);
    expect(text).toContain('专业科目一般不少于60');
    expect(text).not.toContain('公需≥');
    const book = result.items.find((i) => i.kind === 'book');
    expect(text).toContain(norm(`${book?.working}，计入专业科目（依据 ${book?.cite.clause}）`));
    expect(text).toContain(`表中数字单位：${result.ruleSet.hoursUnit}`);
  });

  it('prints a case without a span: the problem to fix, every item, no year table', async () => {
    const { result, pages } = await pdfOf(noSpan);
    const text = textOf(pages);
    expect(result.years).toEqual([]);
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) expect(text).toContain(norm(problem.message));
    expect(text).toContain('尚未确定核认跨度');
    expect(text).not.toContain('年度公需科目专业科目合计要求结论');
    result.items.forEach((item, i) => expect(text).toContain(norm(`${i + 1}. ${item.label}`)));
  });
});

describe('an assignment across two years on the worksheet (附件1 二 7: the end year, POLICY-NOTES.md)', () => {
  const lines = (activities: Draft['activities']) => {
    const draft = { ...mixedDraft(), activities };
    return worksheetTexts(composeWorksheet(calculate(draft), draft, { ...options(), shareLink: null })).map(norm).join('\n');
  };
  const posting = { kind: 'assignment' as const, id: 'p1', mission: 'tibet' as const, passed: true };

  it('prints no 计入年度 line, whatever an older draft chose: the end year is met, as the working says', () => {
    for (const older of [{}, { countYear: 'start' as const }]) {
      const text = lines([{ ...posting, start: '2021-09-01', end: '2022-04-30', ...older }]);
      expect(text).not.toContain(norm('计入年度：'));
      expect(text).toContain(norm('任务类型：援藏；考核合格：是'));
      expect(text).toContain(norm('按结束当年，2022年视为完成'));
    }
  });

  it('says under the item, once, that an older draft’s 开始当年 no longer applies, where it had decided the year', () => {
    const text = lines([{ ...posting, start: '2021-09-01', end: '2022-04-30', countYear: 'start' }]);
    const notice = norm('请注意：计入年度已按通知改为结束当年（2022年），原选择的开始当年不再适用');
    expect(text.split(notice)).toHaveLength(2);
    expect(lines([{ ...posting, start: '2021-09-01', end: '2022-04-30' }])).not.toContain('计入年度');
    expect(lines([{ ...posting, start: '2021-01-01', end: '2021-09-30', countYear: 'start' }])).not.toContain('计入年度');
  });

  it('says of a posting partly outside the span which of its years are left out, with no 当年视为达标 before it (a reviewer’s check)', () => {
    const draft = { ...mixedDraft(), span: { from: 2022, to: 2024 }, activities: [{ ...posting, start: '2021-07-01', end: '2022-12-31' }] };
    const text = worksheetTexts(composeWorksheet(calculate(draft), draft, { ...options(), shareLink: null })).map(norm).join('\n');
    expect(text).toContain(norm('超过1年，2021～2022年每年视为完成'));
    expect(text).toContain(norm('2021年不在核认跨度（2022～2024年）内，不计入。'));
    expect(text).not.toContain(norm(`${TEXT.deemedMet}：2021年`));
    expect(text).not.toContain(norm('当年视为达标：'));
  });

  it('prints none for a posting longer than a year, where every year it touches is met', () => {
    const text = lines([{ ...posting, start: '2021-09-01', end: '2023-04-30', countYear: 'start' }]);
    expect(text).toContain(norm('2021～2023年每年视为完成'));
    expect(text).not.toContain('计入年度');
  });
});

describe('materials of a course whose list is borrowed on the worksheet (通知 三（一）: 用人单位备案的线下专业培训)', () => {
  it('prints the note under the heading, beside the items it is for, and the heading ends in one bracket', () => {
    const d = ruleDraft('zhuzhou-2024', [{ kind: 'course', year: 2021, subject: 'professional', source: 'employer', hours: 16 }], { span: { from: 2020, to: 2022 } });
    const content = composeWorksheet(calculate(d), d, { ...options(), shareLink: null });
    const entry = content.materials.find((g) => g.heading === '2021年')?.entries[0];
    // Spaces and the word joiners that keep a citation whole are not drawn.
    const drawn = (text: string | null | undefined) => text?.replace(/[\s\u2060]+/g, '');
    expect(drawn(entry?.heading)).toBe('参加用人单位备案的线下专业培训（通知三（一））');
    expect(drawn(entry?.detail)).toBe('通知未单列此项材料，按附件1一1准备。对应活动：第1项');
  });
});

describe('the rates of a table on the worksheet (a reviewer holding only the paper)', () => {
  it('prints a table’s rates once among the notes and points each of its items to them (附件1 二 5)', () => {
    const d = ruleDraft('zhuzhou-2024', [
      { kind: 'award', year: 2021, level: 'provincial', grade: 'second' },
      { kind: 'award', year: 2022, level: 'municipal', grade: 'third' },
      { kind: 'exam', year: 2022, count: 2 },
    ], { span: { from: 2019, to: 2023 } });
    const content = composeWorksheet(calculate(d), d, { ...options(), shareLink: null });
    // The word joiners and no-break spaces that keep a figure or a clause on one line are not drawn.
    const drawn = (text: string) => text.replace(/[\u2060]/g, '').replace(/\u00a0/g, ' ');
    const rateNotes = content.notes.map((n) => drawn(n.text)).filter((t) => t.includes(TEXT.rates));
    expect(rateNotes).toHaveLength(1);
    const marker = rateNotes[0]!.split(' ')[0]!;
    expect(rateNotes[0]).toBe(`${marker} 科技（社科）奖项折算标准（每项，学时）：省部级及以上、一等奖 60；省部级及以上、二等奖 30；省部级及以上、三等奖 10；市厅级、一等奖 30；市厅级、二等奖 10；市厅级、三等奖 5；市厅级以下 不予折算（附件1 二 5）`);
    const items = content.items.flatMap((g) => g.items);
    const saying = (label: string) => items.filter((i) => i.heading.includes(label)).map((i) => drawn(i.lines.find((l) => l.startsWith(`${TEXT.notes}：`)) ?? ''));
    for (const line of saying('科技（社科）奖项')) expect(line).toContain(`${marker}科技（社科）奖项折算标准`);
    expect(saying('科技（社科）奖项')).toHaveLength(2);
    // One rate (每个合格模块 20, 附件1 二 6): the working says it; no table is printed for it.
    expect(saying('数字技术应用能力水平考试').join('')).not.toContain(TEXT.rates);
  });
});
