import { beforeAll, describe, expect, it } from 'vitest';
import { calculate } from '../../../src/lib/rules';
import { findMissingChars, type WorksheetOptions } from '../../../src/lib/pdf';
import { provideFont } from '../../../src/lib/pdf/font-loader';
import { composeWorksheet, worksheetTexts } from '../../../src/lib/pdf/worksheet-content';
import { REVIEW } from '../../../src/lib/pdf/labels';
import { mixedDraft } from './fixtures';
import { subsetForTest } from './test-font.mjs';

const FONT_URL = '/test/find-missing.ttf';
const WITHOUT_DA_URL = '/test/find-missing-no-da.ttf';

const options = (overrides: Partial<WorksheetOptions> = {}): WorksheetOptions => ({
  includeName: true,
  includeEmployer: true,
  generatedAt: new Date(2024, 5, 1),
  fontUrl: FONT_URL,
  calculatorUrl: 'https://jxjy.example.gov.cn/sub/calculator/',
  ...overrides,
});

const base = mixedDraft();
const check = (draft: ReturnType<typeof mixedDraft>, opts = options()) => findMissingChars(calculate(draft), draft, opts);

beforeAll(async () => {
  const texts = worksheetTexts(composeWorksheet(calculate(base), base, { ...options(), shareLink: 'https://jxjy.example.gov.cn/sub/calculator/#share=1.z' }));
  provideFont(FONT_URL, await subsetForTest([...texts, ...Object.values(REVIEW)]));
  // The same font without 达 (used only by the fixed labels: 达标, 未达标).
  provideFont(WITHOUT_DA_URL, await subsetForTest(texts.map((t) => t.replaceAll('达', ''))));
});

describe('findMissingChars', () => {
  it('finds nothing when the font has every character of the worksheet', async () => {
    expect(await check(base)).toEqual([]);
  });

  it('finds a rare character outside the BMP in the name (𠮷)', async () => {
    expect(await check(mixedDraft({ name: '李𠮷明' }))).toEqual(['𠮷']);
  });

  it('finds a CJK Extension A character (㐀) in the employer and in an activity title, each once', async () => {
    const draft = mixedDraft({ employer: '株洲市㐀研究院' });
    const withTitle = { ...draft, activities: draft.activities.map((a, i) => (i === 0 ? { ...a, title: '㐀专题培训' } : a)) };
    expect(await check(withTitle)).toEqual(['㐀']);
  });

  it('reports characters in the order they appear: name before employer', async () => {
    expect(await check(mixedDraft({ name: '李𠮷', employer: '㐀研究院' }))).toEqual(['𠮷', '㐀']);
  });

  it('ignores the name and employer when they are left out of the worksheet', async () => {
    const draft = mixedDraft({ name: '李𠮷', employer: '㐀研究院' });
    expect(await check(draft, options({ includeName: false }))).toEqual(['㐀']);
    expect(await check(draft, options({ includeName: false, includeEmployer: false }))).toEqual([]);
  });

  it('checks the fixed labels and figures too, not only what the user typed', async () => {
    expect(await check(base, options({ fontUrl: WITHOUT_DA_URL }))).toEqual(['达']);
  });
});
