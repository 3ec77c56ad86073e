/**
 * A guess, before any font is fetched, of the smallest of the worksheet's four fonts (font-tiers.ts) that draws the
 * user's own text (name, employer, activity titles). The small font is built from the rule data and the engine's and
 * the builder's own strings (scripts/build-font.mjs), so text whose every character is printable ASCII, in the
 * characters every font has, or in the round's rule data is likely covered by it; the others are placed by GB2312
 * (level 1: the middle font; level 2: the GB2312 font) and beyond it the extended font. The guess only decides which
 * font is fetched first: the font's own cmap still decides what is drawn, so a wrong guess costs one more download,
 * never a missing character. It saves fetching the smaller fonts before the one the text needs: a name with 喆 fetches
 * the extended font alone, not 0.1 + 0.7 + 1.2 MB first. With glyph packs (glyph-packs.ts) the small font is fetched
 * for any text within GB2312 level 1, and the packs add what it lacks.
 */
import { FONT_TIERS, isBaseChar, mayBeInAFont, type FontTier } from './font-tiers';
import { gb2312Positions } from './glyph-packs';

/** Each rule set's characters (its data as JSON), worked out once. */
const ruleSetChars = new WeakMap<object, Set<number>>();

function charsOf(ruleSet: object): Set<number> {
  let chars = ruleSetChars.get(ruleSet);
  if (chars === undefined) {
    chars = new Set<number>();
    for (const ch of JSON.stringify(ruleSet)) chars.add(ch.codePointAt(0) as number);
    ruleSetChars.set(ruleSet, chars);
  }
  return chars;
}

/**
 * The index in FONT_TIERS of the smallest font likely to draw `cp`; -1 for one that no font can draw. Without
 * `ruleChars` (glyph packs given: the small font is fetched first whatever the text), every symbol and level-1 hanzi
 * counts as the small font's.
 */
function tierOf(cp: number, ruleChars: ReadonlySet<number> | null): number {
  if (isBaseChar(cp) || cp < 0x20 || ruleChars?.has(cp) === true) return 0;
  // Beyond the Basic Multilingual Plane, or private use: in no font (font-tiers.ts), so the page lists it as missing
  // whatever font it fetches.
  if (!mayBeInAFont(cp)) return -1;
  const gb = gb2312Positions();
  // A browser without the GBK decoder: every character beyond the rule data starts at the middle font, and the loader
  // goes on to the larger ones as their cmaps require.
  if (gb === null) return 1;
  const i = gb.index.get(cp);
  if (i === undefined) return 3;
  if (i >= gb.level1) return 2;
  return ruleChars === null ? 0 : 1;
}

/**
 * The smallest of the worksheet's fonts likely to draw every character of `texts` (font-tiers.ts: fixed, common,
 * full, extended). With `ruleSet` null (glyph packs given), GB2312's symbols and level 1 count as the small font's: the
 * small font and the packs of what it lacks are fetched for them.
 * @example likelyFontTier(['专业科目培训'], ruleSet) // 'fixed': every character is in the rule data
 * @example likelyFontTier(['张晓'], ruleSet) // 'common': GB2312 level 1
 * @example likelyFontTier(['王喆'], ruleSet) // 'extended': 喆 is beyond GB2312
 */
export function likelyFontTier(texts: readonly string[], ruleSet: object | null): FontTier {
  const chars = ruleSet === null ? null : charsOf(ruleSet);
  let tier = 0;
  for (const text of texts) {
    for (const ch of text) {
      tier = Math.max(tier, tierOf(ch.codePointAt(0) as number, chars));
      if (tier === FONT_TIERS.length - 1) return 'extended';
    }
  }
  return FONT_TIERS[tier] as FontTier;
}

/**
 * A URL for each of the worksheet's fonts that may be fetched, and `packs`, the folder of the glyph packs that add the
 * middle font's characters to the small font (glyph-packs.ts).
 */
export type FontUrls = { [tier in FontTier]?: string | undefined } & { packs?: string | undefined };

/**
 * The fonts worth trying for `texts`, smallest first: those from the likely tier up (the loader takes the first that
 * draws everything, else the last). The URLs of smaller fonts are left out, except that text likely to need the middle
 * font keeps the small one when glyph packs are given: the small font and the packs of the characters it lacks are
 * fetched instead of the middle font.
 * @example fontsToTry(['王喆'], ruleSet, { fixed, common, full, extended }) // { extended }
 * @example fontsToTry(['张晓'], ruleSet, { fixed, common, full, extended, packs }) // { fixed, packs, common, full, extended }
 */
export function fontsToTry(texts: readonly string[], ruleSet: object, fonts: FontUrls): FontUrls {
  // With packs the small font comes first for any text of GB2312 level 1, so the rule data's characters (a walk over
  // the whole rule set, 0.07 s of a press on a slow phone) need not be read.
  const from = FONT_TIERS.indexOf(likelyFontTier(texts, fonts.packs === undefined ? ruleSet : null));
  const out: FontUrls = {};
  FONT_TIERS.forEach((tier, i) => {
    if (i >= from) out[tier] = fonts[tier];
  });
  if (out.fixed !== undefined && fonts.packs !== undefined) out.packs = fonts.packs;
  return out;
}
