/**
 * Adds clause links to a notice's rendered HTML: beside every `data-clause` element a plain `#` link to its anchor
 * (works without JavaScript), a copy button that the page script reveals and, optionally, the clause's position and
 * notice, shown when the clause is opened from a link. Also moves headings down a level where
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
  /** The notice the text belongs to: named, with the clause's position, at a clause opened from a link (see clauseWhere). */
  notice?: ClauseNotice;
  /** The site's readings of a clause (the rule data's `decision` notes), by clause id; shown under it (see clauseReadings). */
  readings?: ReadonlyMap<string, readonly ClauseReading[]>;
  /** The key dates a clause sets, by clause id, each with its state on the build day; shown under it (see clauseDates). */
  dates?: ReadonlyMap<string, readonly ClauseDate[]>;
}

/** A key date a clause sets, as the site dates it: the clause says 7月15日至8月16日 and no year. */
export interface ClauseDate {
  /** Who it is for (市直单位（由主管部门统一办理）). */
  who: string;
  /** 2024年7月15日至2024年8月16日 */
  when: string;
  /** The days, for RoundClock to put the state right on the visitor's day. */
  from?: string;
  to: string;
  /** The notice's issue day (before it, 未开始 with no count of days). */
  issued?: string;
  /** The state on the build day: data-state and its words (已截止). */
  state: string;
  stateText: string;
}

/** One of the site's readings of a clause: a `decision` note of the rule data. */
export interface ClauseReading {
  id: string;
  title: string;
  text: string;
}

/** How a clause names the notice it belongs to. */
export interface ClauseNotice {
  /** 株人社函〔2024〕5号 */
  docNumber: string;
  /** The notice's full title, without book-title marks. */
  title: string;
  /** Said at a clause opened from a link when the notice is an earlier round's (往年通知，供参考). */
  oldLabel?: string;
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
 * Where a clause is, in words, for someone who opened it from a link: "您打开的条款：附件1 二 4" and the notice's number
 * and title. Hidden by the page's CSS except on the clause that is the URL's target (:target), so it needs no script,
 * costs no layout shift on a page opened without a hash, and works for a later click on another clause's link too.
 * @example clauseWhere('附件1 二 4', { docNumber: '株人社函〔2024〕5号', title: '关于…的通知' }) // '<span class="clause-where" …>…附件1 二 4…'
 */
export function clauseWhere(label: string, notice: ClauseNotice): string {
  return (
    `<span class="clause-where" data-pagefind-ignore>` +
    `<span class="clause-where-label">您打开的条款：<strong>${escapeHtml(label)}</strong></span>` +
    `<span class="clause-where-notice">${escapeHtml(notice.docNumber)}《${escapeHtml(notice.title)}》</span>` +
    // An earlier round's clause opened from a search or a forwarded link: its figures may differ from the round now in
    // force (著作 90 in 2020, 60 in 2024), and the page said so only at its top (a new user's check).
    (notice.oldLabel ? `<span class="clause-where-old">${escapeHtml(notice.oldLabel)}</span>` : '') +
    `</span>`
  );
}

/**
 * The key dates a clause sets, under it, with their year and their state: the notice's 7月15日至8月16日 has no year,
 * and a doctor opening the clause from a forwarded link in a later year read it as this year's (a new user's check).
 * The state is the build day's in the HTML and the visitor's once RoundClock has run (data-date-*).
 * @example clauseDates([{ who: '市直单位', when: '2024年7月15日至2024年8月16日', from: '2024-07-15', to: '2024-08-16', state: 'closed', stateText: '已截止' }]) // '<p class="clause-dates" …'
 */
export function clauseDates(dates: readonly ClauseDate[]): string {
  if (dates.length === 0) return '';
  const items = dates.map(
    (d) =>
      `<li>${escapeHtml(d.who)}：${escapeHtml(d.when)} <span class="date-state"${d.from ? ` data-date-from="${escapeHtml(d.from)}"` : ''} data-date-to="${escapeHtml(d.to)}"${d.issued ? ` data-date-issued="${escapeHtml(d.issued)}"` : ''} data-state="${escapeHtml(d.state)}">${escapeHtml(d.stateText)}</span></li>`,
  );
  return `<div class="clause-dates" data-pagefind-ignore><p>本站注：本条所定时间</p><ul>${items.join('')}</ul></div>`;
}

/**
 * The site's readings of one clause, under it: closed, so that the notice's own words read on unbroken, and marked as
 * not the notice's text. Each note has an id (note-<id>), so that the calculator and the search can point at it; a
 * browser opens a closed `details` for a link to what is inside it (Chromium 97+; older ones land on the clause above).
 * A note opened from a link says whose reading it is and of which clause (hidden otherwise, as clauseWhere): the box's
 * label and the clause were above the screen (a re-check).
 * @example clauseReadings([{ id: 'no-carry-over', title: '逐年计算，不跨年结转', text: '…' }], 'tz-1-2', '通知 一（二）') // '<details class="clause-readings" …'
 */
export function clauseReadings(readings: readonly ClauseReading[], clause: string, label: string): string {
  if (readings.length === 0) return '';
  const where = `<span class="reading-where" data-pagefind-ignore>本站对<a href="#${escapeHtml(clause)}">${escapeHtml(label)}</a>的理解，非通知原文</span>`;
  const items = readings.map((r) => `<dt id="note-${escapeHtml(r.id)}">${where}${escapeHtml(r.title)}</dt><dd>${escapeHtml(r.text)}</dd>`).join('');
  return (
    `<details class="clause-readings" data-pagefind-ignore>` +
    `<summary>本站理解（${readings.length} 条，非通知原文）</summary>` +
    `<dl>${items}</dl>` +
    `</details>`
  );
}

/**
 * Rewrites rendered notice HTML (from our own Markdown pipeline, so its tags are regular): headings with a clause id
 * are wrapped with their tools beside them (outside the heading, so its name stays the clause text); paragraphs get
 * the tools at their end; the site's readings of a clause follow it.
 * @example enhanceClauseHtml('<p id="a" data-clause="a">x</p>', { labels: new Map() }) // '<p id="a" data-clause="a">x<span class="clause-tools" …</p>'
 */
export function enhanceClauseHtml(html: string, options: ClauseHtmlOptions): string {
  const { labels, shiftHeadings = 0, firstHeadingPrefix, notice, readings, dates } = options;
  const label = (id: string): string => labels.get(id) ?? id;
  const where = (id: string): string => (notice === undefined ? '' : clauseWhere(label(id), notice));
  const read = (id: string): string => clauseDates(dates?.get(id) ?? []) + clauseReadings(readings?.get(id) ?? [], id, label(id));
  let out = html;
  if (shiftHeadings > 0) {
    out = out.replace(/<(\/?)h([1-6])(?=[\s>])/g, (_, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + shiftHeadings)}`);
  }
  if (firstHeadingPrefix !== undefined) {
    out = out.replace(/<h([1-6])([^>]*)>/, (open) => `${open}<span class="heading-prefix">${escapeHtml(firstHeadingPrefix)}</span>`);
  }
  out = out.replace(/<(h[1-6])([^>]*\sdata-clause="([^"]+)"[^>]*)>([\s\S]*?)<\/\1>/g, (whole: string, _tag: string, _attrs: string, id: string) => `<div class="clause-heading">${whole}${clauseTools(id, label(id))}${where(id)}</div>${read(id)}`);
  out = out.replace(/<p([^>]*\sdata-clause="([^"]+)"[^>]*)>([\s\S]*?)<\/p>/g, (_, attrs: string, id: string, inner: string) => `<p${attrs}>${where(id)}${inner}${clauseTools(id, label(id))}</p>${read(id)}`);
  return out;
}
