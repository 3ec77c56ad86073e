/**
 * A guess, before any font is fetched, whether the worksheet's small font can draw the user's own text (name,
 * employer, activity titles). The small font is built from the rule data and the engine's and the builder's own
 * strings (scripts/build-font.mjs), so text whose every character is printable ASCII or occurs in the round's rule
 * data is likely covered. The guess only decides which font is fetched first: the font's own cmap still decides what
 * is drawn, so a wrong guess costs one more download, never a missing character. It saves fetching the small font
 * (about 100 KB) before the middle one when a title has characters beyond it, as most typed titles do.
 */

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
 * Whether every character of `texts` is printable ASCII, a space, or in the rule set's data.
 * @example smallFontLikely(['专业科目培训'], ruleSet) // true: every character is in the rule data
 * @example smallFontLikely(['桥梁健康监测'], ruleSet) // false: fetch the middle font first
 */
export function smallFontLikely(texts: readonly string[], ruleSet: object): boolean {
  const chars = charsOf(ruleSet);
  for (const text of texts) {
    for (const ch of text) {
      const c = ch.codePointAt(0) as number;
      if ((c >= 0x20 && c < 0x7f) || chars.has(c)) continue;
      return false;
    }
  }
  return true;
}
