import { beforeAll, describe, expect, it } from 'vitest';
import { calculate, type Draft } from '../../../src/lib/rules';
import { composeOnIntent, prepareWorksheet, type WorksheetOptions } from '../../../src/lib/pdf';
import { provideFont } from '../../../src/lib/pdf/font-loader';
import { composeWorksheet, worksheetTexts } from '../../../src/lib/pdf/worksheet-content';
import { mixedDraft } from './fixtures';
import { extractPdf, subsetForTest } from './test-font.mjs';

const FONT_URL = '/test/compose-ahead.ttf';
const options = (overrides: Partial<WorksheetOptions> = {}): WorksheetOptions => ({
  includeName: false,
  includeEmployer: false,
  generatedAt: new Date(Date.UTC(2026, 11, 4, 1, 30)),
  fontUrl: FONT_URL,
  calculatorUrl: 'https://jxjy.example.gov.cn/calculator/',
  ...overrides,
});

function titled(title: string): Draft {
  const draft = mixedDraft({ name: '李晓' });
  return { ...draft, activities: draft.activities.map((a) => ({ ...a, title })) };
}

async function pdfText(draft: Draft, opts: WorksheetOptions): Promise<string> {
  const blob = await (await prepareWorksheet(calculate(draft), draft, opts)).build();
  return (await extractPdf(new Uint8Array(await blob.arrayBuffer()))).map((p) => p.text).join('').replace(/\s+/g, '');
}

beforeAll(async () => {
  const texts = [titled('护理培训'), titled('急救培训')].flatMap((draft) =>
    [new Date(Date.UTC(2026, 11, 4, 1)), new Date(Date.UTC(2026, 11, 5, 1))].flatMap((generatedAt) =>
      worksheetTexts(composeWorksheet(calculate(draft), draft, { ...options({ includeName: true, generatedAt }), shareLink: 'https://jxjy.example.gov.cn/calculator/#c=x' })),
    ),
  );
  provideFont(FONT_URL, await subsetForTest(texts));
});

describe('the worksheet composed on intent, reused by the press only while nothing printed on it has changed', { timeout: 60_000 }, () => {
  it('prints the case as it is at the press, not as it was composed on intent', async () => {
    const before = titled('护理培训');
    await composeOnIntent(calculate(before), before, options());
    // The person changed a title after the PDF section came into view.
    const text = await pdfText(titled('急救培训'), options());
    expect(text).toContain('急救培训');
    expect(text).not.toContain('护理培训');
  });

  it('prints the name when it is ticked after intent, and the day of the press when the day has turned', async () => {
    const draft = titled('护理培训');
    await composeOnIntent(calculate(draft), draft, options());
    expect(await pdfText(draft, options({ includeName: true }))).toContain('李晓');
    await composeOnIntent(calculate(draft), draft, options());
    const nextDay = await pdfText(draft, options({ generatedAt: new Date(Date.UTC(2026, 11, 4, 16, 5)) }));
    expect(nextDay).toContain('2026年12月5日');
    expect(nextDay).not.toContain('2026年12月4日');
  });

  it('reuses what intent composed for the same case, day and choices', async () => {
    const draft = titled('护理培训');
    await composeOnIntent(calculate(draft), draft, options());
    // Later the same day in China (the worksheet's day is China's: labels.ts).
    const text = await pdfText(draft, options({ generatedAt: new Date(Date.UTC(2026, 11, 4, 12, 0)) }));
    expect(text).toContain('护理培训');
    expect(text).toContain('2026年12月4日');
  });
});
