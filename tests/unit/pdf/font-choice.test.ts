import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { calculate, type Draft } from '../../../src/lib/rules';
import { buildWorksheetPdf, findMissingChars, type WorksheetOptions } from '../../../src/lib/pdf';
import { forgetFonts } from '../../../src/lib/pdf/font-loader';
import { REVIEW } from '../../../src/lib/pdf/labels';
import { composeWorksheet, worksheetTexts } from '../../../src/lib/pdf/worksheet-content';
import { mixedDraft } from './fixtures';
import { extractPdf, subsetForTest } from './test-font.mjs';

const FIXED = '/fonts/test-fixed.ttf';
const FULL = '/fonts/test-full.ttf';
const COMMON = '/fonts/test-common.ttf';
const EXTENDED = '/fonts/test-extended.ttf';
/** In GB2312 level 1, so in the middle font, but in no label or rule. */
const COMMONPLACE = '晓';
/** In GB2312 (level 2), so in the large font, but in no label or rule: only a user can type it. */
const UNCOMMON = '鑫';
/** A surname in GB2312 level 1, so in the middle font. */
const SURNAME = '王';
/** Beyond GB2312 (in GBK), so only in the extended font: a common given-name character. */
const NAME_ONLY = '喆';
/** In no font: Noto Sans SC has no glyph for it. */
const NOWHERE = '\u{30EDD}';

const options: WorksheetOptions = {
  includeName: false,
  includeEmployer: false,
  generatedAt: new Date(2024, 5, 1),
  fontUrl: FULL,
  fixedFontUrl: FIXED,
  calculatorUrl: 'https://jxjy.example.gov.cn/calculator/',
};

/** The case with every activity titled `title` (the user's only text on the worksheet: name and employer are not printed). */
function titled(title: string): Draft {
  const draft = mixedDraft();
  return { ...draft, activities: draft.activities.map((a) => ({ ...a, title })) };
}

/** The case with the person's name set (printed when `includeName` is on) and every activity titled 专题培训. */
function named(name: string): Draft {
  const draft = titled('专题培训');
  return { ...draft, profile: { ...draft.profile, name } };
}

let fonts: Record<string, Uint8Array>;
const fetched: string[] = [];

beforeAll(async () => {
  // The small font: exactly what this worksheet prints besides the user's titles; the large one: that and more.
  const draft = titled('专题培训');
  const texts = worksheetTexts(composeWorksheet(calculate(draft), draft, { ...options, shareLink: null }));
  // With the name's label too (the name itself, X, is ASCII).
  const withName = { ...draft, profile: { ...draft.profile, name: 'X' } };
  const nameTexts = worksheetTexts(composeWorksheet(calculate(withName), withName, { ...options, includeName: true, shareLink: null }));
  const fixedText = [...texts, ...nameTexts, ...Object.values(REVIEW), '〓'];
  fonts = {
    [FIXED]: await subsetForTest(fixedText),
    [COMMON]: await subsetForTest([...fixedText, COMMONPLACE, SURNAME]),
    [FULL]: await subsetForTest([...fixedText, COMMONPLACE, SURNAME, UNCOMMON]),
    [EXTENDED]: await subsetForTest([...fixedText, COMMONPLACE, SURNAME, UNCOMMON, NAME_ONLY]),
  };
});

afterEach(() => {
  vi.unstubAllGlobals();
  forgetFonts();
  fetched.length = 0;
});

function serveFonts(): void {
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    const bytes = fonts[url];
    return bytes === undefined ? new Response('', { status: 404 }) : new Response(new Uint8Array(bytes));
  });
}

async function pdfText(draft: Draft): Promise<string> {
  const blob = await buildWorksheetPdf(calculate(draft), draft, options);
  const pages = await extractPdf(new Uint8Array(await blob.arrayBuffer()));
  return pages.map((p) => p.text).join('').replace(/\s+/g, '');
}

describe('the worksheet font: the small one alone when it covers the user text, a larger one only when needed', { timeout: 60_000 }, () => {
  it('makes a worksheet whose titles the small font covers without ever fetching the large font', async () => {
    serveFonts();
    const draft = titled('专题培训');
    expect(await findMissingChars(calculate(draft), draft, options)).toEqual([]);
    expect(await pdfText(draft)).toContain('专题培训');
    expect(fetched).toEqual([FIXED]);
  });

  it('fetches the large font for a title with a character the small font lacks, and prints that character', async () => {
    serveFonts();
    const draft = titled(`${UNCOMMON}培训`);
    expect(await findMissingChars(calculate(draft), draft, options)).toEqual([]);
    expect(await pdfText(draft)).toContain(`${UNCOMMON}培训`);
    expect(new Set(fetched)).toEqual(new Set([FIXED, FULL]));
  });

  it('reports only the characters neither font has', async () => {
    serveFonts();
    const draft = titled(`${UNCOMMON}${NOWHERE}培训`);
    expect(await findMissingChars(calculate(draft), draft, options)).toEqual([NOWHERE]);
  });

  it('with a middle font, draws a title of level-1 characters with it and never fetches the large font', async () => {
    serveFonts();
    const draft = titled(`${COMMONPLACE}培训`);
    const withCommon = { ...options, commonFontUrl: COMMON };
    expect(await findMissingChars(calculate(draft), draft, withCommon)).toEqual([]);
    const blob = await buildWorksheetPdf(calculate(draft), draft, withCommon);
    const text = (await extractPdf(new Uint8Array(await blob.arrayBuffer()))).map((p) => p.text).join('').replace(/\s+/g, '');
    expect(text).toContain(`${COMMONPLACE}培训`);
    expect(new Set(fetched)).toEqual(new Set([FIXED, COMMON]));
  });

  it('with a middle font, still fetches the large font for a character only it has', async () => {
    serveFonts();
    const draft = titled(`${UNCOMMON}${COMMONPLACE}培训`);
    const withCommon = { ...options, commonFontUrl: COMMON };
    expect(await findMissingChars(calculate(draft), draft, withCommon)).toEqual([]);
    expect(new Set(fetched)).toEqual(new Set([FIXED, COMMON, FULL]));
  });

  it('with all four fonts, goes on to the extended font for a name beyond GB2312 and prints it', async () => {
    serveFonts();
    const draft = named(`${SURNAME}${NAME_ONLY}`);
    const allFour = { ...options, includeName: true, commonFontUrl: COMMON, extendedFontUrl: EXTENDED };
    expect(await findMissingChars(calculate(draft), draft, allFour)).toEqual([]);
    const blob = await buildWorksheetPdf(calculate(draft), draft, allFour);
    const text = (await extractPdf(new Uint8Array(await blob.arrayBuffer()))).map((p) => p.text).join('').replace(/\s+/g, '');
    expect(text).toContain(`${SURNAME}${NAME_ONLY}`);
    expect(fetched).toEqual([FIXED, COMMON, FULL, EXTENDED]);
  });

  it('fetches the extended font alone when the page leaves out the fonts the name cannot use (font-guess.ts)', async () => {
    serveFonts();
    const draft = named(`${SURNAME}${NAME_ONLY}`);
    const { fixedFontUrl: _, fontUrl: __, ...extendedOnly } = { ...options, includeName: true, extendedFontUrl: EXTENDED };
    expect(await findMissingChars(calculate(draft), draft, extendedOnly)).toEqual([]);
    expect(fetched).toEqual([EXTENDED]);
  });

  it('still reports a character no font has, with the extended font too', async () => {
    serveFonts();
    const draft = named(`${SURNAME}${NAME_ONLY}${NOWHERE}`);
    const allFour = { ...options, includeName: true, commonFontUrl: COMMON, extendedFontUrl: EXTENDED };
    expect(await findMissingChars(calculate(draft), draft, allFour)).toEqual([NOWHERE]);
  });

  it('fetches no larger font for a character beyond the BMP, which no font holds, and reports it', async () => {
    serveFonts();
    const draft = named(`${SURNAME}${NOWHERE}`);
    const allFour = { ...options, includeName: true, commonFontUrl: COMMON, extendedFontUrl: EXTENDED };
    expect(await findMissingChars(calculate(draft), draft, allFour)).toEqual([NOWHERE]);
    expect(fetched).toEqual([FIXED, COMMON]);
  });

  it('uses the large font alone when no small font is given (the batch export)', async () => {
    serveFonts();
    const draft = titled('专题培训');
    const { fixedFontUrl: _, ...largeOnly } = options;
    expect(await findMissingChars(calculate(draft), draft, largeOnly)).toEqual([]);
    expect(fetched).toEqual([FULL]);
  });
});
