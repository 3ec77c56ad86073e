/** Queries in traditional characters: the table is OpenCC's, kept to the characters the search can find, and current. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUT, sourceChars, tableModule } from '../../../scripts/build-traditional.mjs';
import { toSimplified } from '../../../src/lib/search/engine';
import { TRADITIONAL_PAIRS } from '../../../src/lib/search/traditional-table';
import { indexFromSources } from './sources';

describe('toSimplified', () => {
  it.each([
    ['專利', '专利'],
    ['發表論文', '发表论文'],
    ['證明', '证明'],
    ['學時', '学时'],
    ['繼續教育合格證明', '继续教育合格证明'],
    ['學時不夠怎麼辦', '学时不够怎么办'],
    // Taiwan's and Hong Kong's variants of a traditional character.
    ['爲', '为'],
  ])('writes %s as the notices write it: %s', (traditional, simplified) => {
    expect(toSimplified(traditional)).toBe(simplified);
  });

  it('leaves simplified text, letters, digits and clause labels as they are, and a character the notices use (著作)', () => {
    for (const text of ['发表论文', '附件1 二（4）', '20MB', '著作', '株人社函〔2024〕5号']) expect(toSimplified(text)).toBe(text);
  });
});

describe('the traditional-character table', () => {
  it('is what scripts/build-traditional.mjs makes from OpenCC and today’s sources (run it after the notices change)', async () => {
    expect(readFileSync(OUT, 'utf8')).toBe(await tableModule());
  });

  it('covers the whole index: every character of the built index is in the sources the table is made from', async () => {
    const chars = await sourceChars();
    const index = JSON.stringify(indexFromSources());
    const missing = [...new Set([...index].filter((ch) => /\p{Script=Han}/u.test(ch) && !chars.has(ch)))];
    expect(missing).toEqual([]);
  });

  it('maps no character the index uses, and only to characters the index uses', () => {
    const index = new Set(JSON.stringify(indexFromSources()));
    const chars = [...TRADITIONAL_PAIRS];
    for (let i = 0; i < chars.length; i += 2) {
      expect(index.has(chars[i] ?? ''), chars[i]).toBe(false);
      expect(chars[i + 1]).toMatch(/^\p{Script=Han}$/u);
    }
  });
});
