/** Readable clause labels ("附件1 二 4", "通知 一（一）") for the `{#id}` anchors of a notice text, in the citations' format. */
import { anchorLines } from './remark-clause-anchors';

const CN_NUMERAL = '一二三四五六七八九十';

/**
 * The ordinal a clause starts with, as citations write it: 一、→ "一", （一）→ "（一）", 4．→ "4", （1）→ "（1）",
 * "…第7步" → "第7步"; undefined where the text has none (a title).
 * @example clauseOrdinal('（二）学时要求。') // '（二）'
 */
export function clauseOrdinal(text: string): string | undefined {
  const t = text.replace(/^[*_]+/, '');
  const patterns: RegExp[] = [
    new RegExp(`^([${CN_NUMERAL}]+)、`),
    new RegExp(`^(（[${CN_NUMERAL}]+）)`),
    /^(\d+)[．.、]/,
    /^(（\d+）)/,
  ];
  for (const p of patterns) {
    const m = p.exec(t);
    if (m?.[1]) return m[1];
  }
  return /^.{0,20}?(第\d+步)/.exec(t)?.[1];
}

/** Joins a label and an ordinal: parenthesised ordinals attach directly ("一（一）", "1（1）"), others after a space. */
function join(parent: string, ordinal: string): string {
  if (parent === '') return ordinal;
  return ordinal.startsWith('（') ? `${parent}${ordinal}` : `${parent} ${ordinal}`;
}

/**
 * Labels for every anchor of one Markdown text. The clause path follows the ids' own hierarchy (fj1-2-4 sits under
 * fj1-2, fj2-s7 under fj2); `prefix` names the text itself ("通知", "附件1", or "附件" where there is only one).
 * An anchor whose text has no ordinal is labelled by its parent, or by the prefix at the top; an unnumbered paragraph
 * given a link of its own (`tz-2-n2`) by its parent and its place there (通知 二 第二段), so that its link does not
 * read as the heading's (a keyboard user heard 本条链接：通知 二 for both).
 * @example clauseLabels('## {#fj1-2} 二、细则\n\n{#fj1-2-4} 4．专利', '附件1').get('fj1-2-4') // '附件1 二 4'
 */
export function clauseLabels(source: string, prefix: string): Map<string, string> {
  const labels = new Map<string, string>();
  for (const { id, text } of anchorLines(source)) {
    const parentId = id.includes('-') ? id.slice(0, id.lastIndexOf('-')) : undefined;
    const parent = (parentId === undefined ? undefined : labels.get(parentId)) ?? prefix;
    const ordinal = clauseOrdinal(text);
    const paragraph = /-n(\d)$/.exec(id)?.[1];
    labels.set(id, ordinal !== undefined ? join(parent, ordinal) : paragraph !== undefined ? `${parent} 第${CN_NUMERAL[Number(paragraph) - 1]}段` : parent);
  }
  return labels;
}
