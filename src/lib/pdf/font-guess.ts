/**
 * A guess, before any font is fetched, of the smallest of the worksheet's four fonts (font-tiers.ts) that draws the
 * user's own text (name, employer, activity titles). The small font is built from the rule data and the engine's and
 * the builder's own strings (scripts/build-font.mjs), so text whose every character is printable ASCII, in the
 * characters every font has, or in the round's rule data is likely covered by it; the others are placed by GB2312
 * (level 1: the middle font; level 2: the GB2312 font) and beyond it the extended font. The guess only decides which
 * font is fetched first: the font's own cmap still decides what is drawn, so a wrong guess costs one more download,
 * never a missing character. It saves fetching the smaller fonts before the one the text needs: a name with 喆 fetches
 * the extended font alone, not 0.1 + 0.7 + 1.2 MB first.
 */
import { FONT_TIERS, gb2312Chars, isBaseChar, mayBeInAFont, type FontTier } from './font-tiers';

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

/** GB2312's characters by the font that first holds them: 1 (middle) for symbols and level 1, 2 for level 2. */
let gb2312: Map<number, number> | null | undefined;

function gb2312Tiers(): Map<number, number> | null {
  if (gb2312 === undefined) {
    try {
      gb2312 = new Map();
      for (const ch of gb2312Chars()) gb2312.set(ch.codePointAt(0) as number, 2);
      for (const ch of gb2312Chars({ level1Only: true })) gb2312.set(ch.codePointAt(0) as number, 1);
    } catch {
      // A browser without the GBK decoder: every character beyond the rule data starts at the middle font, and the
      // loader goes on to the larger ones as their cmaps require.
      gb2312 = null;
    }
  }
  return gb2312;
}

/** The index in FONT_TIERS of the smallest font likely to draw `cp`; -1 for one that no font can draw. */
function tierOf(cp: number, ruleChars: ReadonlySet<number>): number {
  if (isBaseChar(cp) || ruleChars.has(cp) || cp < 0x20) return 0;
  // Beyond the Basic Multilingual Plane, or private use: in no font (font-tiers.ts), so the page lists it as missing
  // whatever font it fetches.
  if (!mayBeInAFont(cp)) return -1;
  const tiers = gb2312Tiers();
  if (tiers === null) return 1;
  return tiers.get(cp) ?? 3;
}

/**
 * The smallest of the worksheet's fonts likely to draw every character of `texts` (font-tiers.ts: fixed, common,
 * full, extended).
 * @example likelyFontTier(['专业科目培训'], ruleSet) // 'fixed': every character is in the rule data
 * @example likelyFontTier(['张晓'], ruleSet) // 'common': GB2312 level 1
 * @example likelyFontTier(['王喆'], ruleSet) // 'extended': 喆 is beyond GB2312
 */
export function likelyFontTier(texts: readonly string[], ruleSet: object): FontTier {
  const chars = charsOf(ruleSet);
  let tier = 0;
  for (const text of texts) {
    for (const ch of text) {
      tier = Math.max(tier, tierOf(ch.codePointAt(0) as number, chars));
      if (tier === FONT_TIERS.length - 1) return 'extended';
    }
  }
  return FONT_TIERS[tier] as FontTier;
}

/** A URL for each of the worksheet's fonts that may be fetched. */
export type FontUrls = { [tier in FontTier]?: string | undefined };

/**
 * The fonts worth trying for `texts`, smallest first: those from the likely tier up (the loader takes the first that
 * draws everything, else the last). The URLs of smaller fonts are left out.
 * @example fontsToTry(['王喆'], ruleSet, { fixed, common, full, extended }) // { extended }
 */
export function fontsToTry(texts: readonly string[], ruleSet: object, fonts: FontUrls): FontUrls {
  const from = FONT_TIERS.indexOf(likelyFontTier(texts, ruleSet));
  const out: FontUrls = {};
  FONT_TIERS.forEach((tier, i) => {
    if (i >= from) out[tier] = fonts[tier];
  });
  return out;
}
