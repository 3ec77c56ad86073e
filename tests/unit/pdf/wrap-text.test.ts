import { describe, expect, it } from 'vitest';
import { NO_LINE_END, NO_LINE_START, unbreakable, wrapText, type Measure } from '../../../src/lib/pdf/wrap-text';

/** Full-width characters are 1 unit wide, everything else half a unit, like a CJK font. */
const measure: Measure = (text) => [...text].reduce((w, ch) => w + ((ch.codePointAt(0) as number) > 0x2e7f ? 1 : 0.5), 0);

const first = (line: string) => [...line][0] as string;
const last = (line: string) => [...line].at(-1) as string;
const squash = (text: string) => text.replace(/\s+/g, '');

const sample =
  '2020年：合计差62学时，公需差2学时，专业差60学时。已开具《学时认定单》（《合格证明》），本年度视为达标；' +
  '“三援”、东西部扶贫协作等特定工作任务（附件1 二 7）：满6个月、不超过1年！是否计入？以审核单位认定为准……' +
  'Digital literacy (module 2) passed, score 86%.';

describe('wrapText', () => {
  // From 4 characters up: the sample's longest unbreakable run (明》），) is 4 wide; narrower lines must split it.
  it('never starts a line with closing punctuation nor ends one with an opening bracket, at any width', () => {
    for (let width = 4; width <= 30; width += 0.5) {
      const lines = wrapText(sample, width, measure);
      for (const line of lines.slice(1)) expect(NO_LINE_START.has(first(line)), `width ${width}: «${line}»`).toBe(false);
      for (const line of lines.slice(0, -1)) expect(NO_LINE_END.has(last(line)), `width ${width}: «${line}»`).toBe(false);
    }
  });

  it('keeps every line within the width and loses no character', () => {
    for (let width = 3; width <= 30; width += 0.5) {
      const lines = wrapText(sample, width, measure);
      for (const line of lines) expect(measure(line), `width ${width}: «${line}»`).toBeLessThanOrEqual(width);
      expect(squash(lines.join(''))).toBe(squash(sample));
    }
  });

  it('moves the last character down with a comma that would start the next line', () => {
    expect(wrapText('一二三四，五六', 4, measure)).toEqual(['一二三', '四，五六']);
  });

  it('moves an opening bracket down with the word it opens', () => {
    expect(wrapText('一二三（四）五', 4, measure)).toEqual(['一二三', '（四）五']);
  });

  it('keeps a run of closing marks together with the character before them', () => {
    expect(wrapText('甲乙丙丁。」', 4, measure)).toEqual(['甲乙丙', '丁。」']);
  });

  it('breaks Latin text at spaces and keeps words whole when they fit', () => {
    expect(wrapText('Digital literacy module', 6, measure)).toEqual(['Digital', 'literacy', 'module']);
  });

  it('splits a Latin word longer than the line by characters', () => {
    const word = 'Pneumonoultramicroscopicsilicovolcanoconiosis';
    const lines = wrapText(`课程 ${word} 学时`, 5, measure);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(5);
    expect(lines.join('')).toContain(word.slice(0, 10));
    expect(squash(lines.join(''))).toBe(squash(`课程 ${word} 学时`));
  });

  it('breaks between Chinese characters and keeps numbers with their decimals', () => {
    const lines = wrapText('证书载明24.5学时', 4, measure);
    expect(lines.some((l) => l.includes('24.5'))).toBe(true);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(4);
  });

  it('starts a new line at each line feed and keeps empty paragraphs', () => {
    expect(wrapText('第一行\n\n第三行', 10, measure)).toEqual(['第一行', '', '第三行']);
  });
});

describe('unbreakable citations', () => {
  const text = `折算：2项 × 60学时 = 120学时，计入专业科目（依据 ${unbreakable('附件1 二 2')}）；另见（${unbreakable('通知 三（三）')}）。`;

  // From 10 units: the widest citation with the brackets and punctuation glued to it, （通知 三（三））。, is 9.5.
  it('never breaks inside a marked citation, at any width that holds it', () => {
    for (let width = 10; width <= 40; width += 0.5) {
      const lines = wrapText(text, width, measure);
      const whole = (c: string) => lines.some((l) => l.includes(c));
      expect(whole('附件1 二 2'), `width ${width}: ${JSON.stringify(lines)}`).toBe(true);
      expect(whole('通知 三（三）'), `width ${width}: ${JSON.stringify(lines)}`).toBe(true);
    }
  });

  it('drops the joiners and draws the no-break spaces as spaces', () => {
    const lines = wrapText(text, 100, measure);
    expect(lines).toEqual(['折算：2项 × 60学时 = 120学时，计入专业科目（依据 附件1 二 2）；另见（通知 三（三））。']);
  });

  it('still breaks a citation wider than a whole line rather than overflow', () => {
    const lines = wrapText(unbreakable('附件2 三 材料上传说明 2'), 5, measure);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(5);
    expect(squash(lines.join(''))).toBe('附件2三材料上传说明2');
  });
});
