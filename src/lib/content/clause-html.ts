/**
 * Adds clause links to a notice's rendered HTML: beside every `data-clause` element a plain `#` link to its anchor
 * (works without JavaScript) and a copy button that the page script reveals. Also moves headings down a level where
 * an attachment (whose title is an h1 in its Markdown) sits below the page's own h1.
 */

/** How to shape one rendered notice text. */
export interface ClauseHtmlOptions {
  /** Readable label per anchor id, for the links' accessible names; the id is used where a label is missing. */
  labels: ReadonlyMap<string, string>;
  /** Levels to move every heading down (h1 → h2 with 1). */
  shiftHeadings?: number;
  /** Text put before the first heading's own text, on a line of its own (附件1 above the attachment title). */
  firstHeadingPrefix?: string;
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The link and (hidden until the script runs) copy button for one clause. */
export function clauseTools(id: string, label: string): string {
  const name = escapeHtml(label);
  const ref = escapeHtml(id);
  return (
    `<span class="clause-tools" data-pagefind-ignore>` +
    `<a class="clause-anchor" href="#${ref}" aria-label="本条链接：${name}">#</a>` +
    `<button type="button" class="clause-copy" data-copy="${ref}" aria-label="复制链接：${name}" hidden>复制链接</button>` +
    `</span>`
  );
}

/**
 * Rewrites rendered notice HTML (from our own Markdown pipeline, so its tags are regular): headings with a clause id
 * are wrapped with their tools beside them (outside the heading, so its name stays the clause text); paragraphs get
 * the tools at their end.
 * @example enhanceClauseHtml('<p id="a" data-clause="a">x</p>', { labels: new Map() }) // '<p id="a" data-clause="a">x<span class="clause-tools" …</p>'
 */
export function enhanceClauseHtml(html: string, options: ClauseHtmlOptions): string {
  const { labels, shiftHeadings = 0, firstHeadingPrefix } = options;
  const label = (id: string): string => labels.get(id) ?? id;
  let out = html;
  if (shiftHeadings > 0) {
    out = out.replace(/<(\/?)h([1-6])(?=[\s>])/g, (_, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + shiftHeadings)}`);
  }
  if (firstHeadingPrefix !== undefined) {
    out = out.replace(/<h([1-6])([^>]*)>/, (open) => `${open}<span class="heading-prefix">${escapeHtml(firstHeadingPrefix)}</span>`);
  }
  out = out.replace(/<(h[1-6])([^>]*\sdata-clause="([^"]+)"[^>]*)>([\s\S]*?)<\/\1>/g, (whole: string, _tag: string, _attrs: string, id: string) => `<div class="clause-heading">${whole}${clauseTools(id, label(id))}</div>`);
  out = out.replace(/<p([^>]*\sdata-clause="([^"]+)"[^>]*)>([\s\S]*?)<\/p>/g, (_, attrs: string, id: string, inner: string) => `<p${attrs}>${inner}${clauseTools(id, label(id))}</p>`);
  return out;
}
