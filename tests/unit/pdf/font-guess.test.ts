import { describe, expect, it } from 'vitest';
import { baseChars, fixedTextChars } from '../../../scripts/build-font.mjs';
import { ruleSets } from '../../../src/lib/rules';
import { smallFontLikely } from '../../../src/lib/pdf/font-guess';

const zhuzhou = ruleSets.find((r) => r.id === 'zhuzhou-2024');
if (!zhuzhou) throw new Error('zhuzhou-2024 is not registered');

describe('the guess of which PDF font to fetch first', () => {
  it('takes titles written in the notice words, ASCII and digits as likely covered by the small font', () => {
    expect(smallFontLikely(['专业科目培训', '继续教育网络课程 2023', ''], zhuzhou)).toBe(true);
  });

  it('sends a title with characters beyond the rule data straight to the middle font', () => {
    expect(smallFontLikely(['关于桥梁健康监测的研究'], zhuzhou)).toBe(false);
    expect(smallFontLikely(['专业科目培训', '鑫'], zhuzhou)).toBe(false);
  });

  it('never guesses "covered" for a character the small font lacks: every character of each round is in it', async () => {
    // The small font is built from these characters (scripts/build-font.mjs); a guess of "covered" rests on them.
    const inSmallFont = new Set([...(await fixedTextChars()), ...baseChars()]);
    for (const ruleSet of ruleSets) {
      const beyond = [...new Set(JSON.stringify(ruleSet))].filter((ch) => ch.codePointAt(0)! >= 0x7f && !inSmallFont.has(ch));
      expect(beyond, ruleSet.id).toEqual([]);
    }
  });
});
