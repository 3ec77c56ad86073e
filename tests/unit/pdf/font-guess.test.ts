import { describe, expect, it } from 'vitest';
import { baseChars, fixedTextChars } from '../../../scripts/build-font.mjs';
import { ruleSets } from '../../../src/lib/rules';
import { fontsToTry, likelyFontTier } from '../../../src/lib/pdf/font-guess';

const zhuzhou = ruleSets.find((r) => r.id === 'zhuzhou-2024');
if (!zhuzhou) throw new Error('zhuzhou-2024 is not registered');

describe('the guess of which PDF font to fetch first', () => {
  it('takes titles written in the notice words, ASCII and digits as likely covered by the small font', () => {
    expect(likelyFontTier(['专业科目培训', '继续教育网络课程 2023', ''], zhuzhou)).toBe('fixed');
  });

  it('sends a title with characters beyond the rule data straight to the middle font', () => {
    expect(likelyFontTier(['关于桥梁健康监测的研究'], zhuzhou)).not.toBe('fixed');
    expect(likelyFontTier(['专业科目培训', '鑫'], zhuzhou)).not.toBe('fixed');
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

describe('the font tier the user text needs (small, middle, GB2312, extended)', () => {
  it.each(['王喆', '李玥', '张祎', '喆', '玥', '祎'])('takes the extended font for the name %s: 喆 玥 祎 are beyond GB2312', (name) => {
    expect(likelyFontTier([name], zhuzhou)).toBe('extended');
    expect(likelyFontTier(['专业科目培训', name, '关于桥梁健康监测的研究'], zhuzhou)).toBe('extended');
  });

  it('takes the extended font for a Hunan place name in Extension A (㮾梨, 长沙县)', () => {
    expect(likelyFontTier(['长沙县㮾梨街道社区卫生服务中心'], zhuzhou)).toBe('extended');
  });

  it('keeps the earlier tiers for everything else: rule words, GB2312 level 1, level 2', () => {
    expect(likelyFontTier(['专业科目培训', '继续教育网络课程 2023', ''], zhuzhou)).toBe('fixed');
    expect(likelyFontTier(['张晓', '关于桥梁健康监测的研究'], zhuzhou)).toBe('common');
    expect(likelyFontTier(['王鑫', '关于桥梁健康监测的研究'], zhuzhou)).toBe('full');
    expect(likelyFontTier([], zhuzhou)).toBe('fixed');
  });

  it('keeps the small font for Latin-1 and punctuation that every font has, even outside GB2312 (© ½)', () => {
    expect(likelyFontTier(['专业科目培训 © ½'], zhuzhou)).toBe('fixed');
  });

  it('fetches no larger font for a character beyond the Basic Multilingual Plane, which no font can draw (𠀀, 😀)', () => {
    // The PDF lists them as missing whatever font is used (jsPDF draws per UTF-16 unit); fetching 4 MB would not help.
    expect(likelyFontTier(['专业科目培训𠀀😀'], zhuzhou)).toBe('fixed');
    expect(likelyFontTier(['王鑫𠀀'], zhuzhou)).toBe('full');
  });
});

describe('the fonts the page offers the loader', () => {
  const fonts = { fixed: '/f.ttf', common: '/c.ttf', full: '/g.ttf', extended: '/e.ttf' };

  it('offers the extended font alone for a name with 喆, so that no smaller font is fetched first', () => {
    expect(fontsToTry(['王喆'], zhuzhou, fonts)).toEqual({ extended: '/e.ttf' });
  });

  it('offers the needed tier and the larger ones otherwise, smallest first', () => {
    expect(fontsToTry(['专业科目培训'], zhuzhou, fonts)).toEqual(fonts);
    expect(Object.keys(fontsToTry(['张晓'], zhuzhou, fonts))).toEqual(['common', 'full', 'extended']);
    expect(Object.keys(fontsToTry(['王鑫'], zhuzhou, fonts))).toEqual(['full', 'extended']);
  });
});
