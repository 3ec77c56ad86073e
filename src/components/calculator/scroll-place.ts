/**
 * Back on the calculator (after following a clause link, or on reload): where the person was, once the parts below
 * the results are drawn. The browser's own restoration runs before they are loaded and lands higher up (a new user's
 * finding on a phone: 4,183 px before a clause link, 2,842 px after Back). The place is kept as the section at the top
 * of the screen and how far into it (sections off screen are drawn only when near, at an estimated height, so a
 * distance from the top of the page would land elsewhere), per history entry (an id in history.state), in
 * sessionStorage. Loaded with those parts (after a reload, with the drafts, for restoreField): a page left before
 * they arrive keeps the browser's own restoration.
 * A field being typed in when the page was left gets focus back instead, with the caret after its text: after a
 * reload in the middle of typing, the next key goes where the last one did (the text itself is in the draft). A link
 * of the calculator followed with the keyboard (a clause in 逐项明细) gets focus back on the way back: it fell to the
 * page, and the next Tab went to 跳到正文, a hundred stops from where the person was (a keyboard user's walk).
 */
type Place = { at: string; dy: number; field?: string; link?: number; href?: string };

/** A link as kept to know it again: where it leads and the start of the row or line it is in. */
const linkMark = (a: Element | undefined): string => (a ? `${a.getAttribute('href')} ${(a.closest('tr, li, dd, p')?.textContent ?? '').slice(0, 80)}` : '');
const KEY = 'jxjy-calc-scroll:';

/** This history entry's id, made once and kept in history.state; '' where history or storage refuse. */
function entryId(): string {
  try {
    const state = (history.state ?? {}) as Record<string, unknown>;
    const id = typeof state['calcEntry'] === 'string' ? state['calcEntry'] : Math.random().toString(36).slice(2);
    if (state['calcEntry'] !== id) history.replaceState({ ...state, calcEntry: id }, '');
    return id;
  } catch {
    return '';
  }
}

/** The place kept for this entry, read back as untrusted: a section's id and a distance, or null. */
function keptPlace(id: string): Place | null {
  let place: unknown;
  try {
    place = JSON.parse(sessionStorage.getItem(KEY + id) ?? 'null');
  } catch {
    return null;
  }
  if (typeof place !== 'object' || place === null) return null;
  const { at, dy, field, link } = place as { at?: unknown; dy?: unknown; field?: unknown; link?: unknown };
  if (typeof at !== 'string' || at.length > 64 || typeof dy !== 'number' || !Number.isFinite(dy)) return null;
  if (typeof field === 'string' && field.length <= 128) return { at, dy, field };
  const { href } = place as { href?: unknown };
  return Number.isInteger(link) && (link as number) >= 0 && typeof href === 'string' && href.length <= 512 ? { at, dy, link: link as number, href } : { at, dy };
}

/** The calculator's links, in page order: a link followed is kept as its place among them. */
const calculatorLinks = (): HTMLAnchorElement[] => [...document.querySelectorAll<HTMLAnchorElement>('.calculator a[href]')];

/** A field of the calculator that takes typing or a choice, if `el` is one. */
function calculatorField(el: Element | null): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | null {
  const field = el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement ? el : null;
  return field !== null && field.id !== '' && !field.disabled && field.closest('.calculator') !== null ? field : null;
}

/**
 * The place kept for this entry, where the page should go back to it: not when the page was opened at a #, when the
 * person has moved since it was shown, or when a field of the calculator has focus already.
 */
function placeToGoBackTo(moved: () => boolean): Place | null {
  const id = entryId();
  const place = id === '' ? null : keptPlace(id);
  const focused = document.activeElement;
  if (place === null || location.hash !== '' || moved()) return null;
  if (focused instanceof HTMLElement && focused !== document.body && focused.closest('.calculator') !== null) return null;
  return place;
}

/**
 * Gives focus back to the field being typed in when the page was left (a reload in the middle of typing), with the
 * caret after its text; true if it did. Called as the calculator shows itself ready after a reload, so that a key
 * pressed at once goes where the last one did; keepPlace does the same with the place it has read (on a way back that
 * did not call this).
 */
export function restoreField(moved: () => boolean): boolean {
  return focusField(placeToGoBackTo(moved));
}

/** Gives focus back to the place's field, if it has one and it is in the page (restoreField); true if it did. */
function focusField(place: { field?: string } | null): boolean {
  const field = place?.field === undefined ? null : calculatorField(document.getElementById(place.field));
  if (field === null) return false;
  // Focus scrolling brings the field on screen, clear of the floating summary (its scroll-padding).
  field.focus();
  try {
    if (!(field instanceof HTMLSelectElement)) field.setSelectionRange(field.value.length, field.value.length);
  } catch {
    // Radio buttons and tick boxes have no caret.
  }
  return true;
}

/**
 * Goes back to the place kept for this entry, unless the page was opened at a #, a field was given focus back (the
 * one being typed in before a reload), or the person has moved since the page was shown; from now on keeps the place
 * when the page is left.
 */
export function keepPlace(moved: () => boolean): void {
  const id = entryId();
  if (id === '') return;
  addEventListener('pagehide', () => {
    const section = document.elementFromPoint(innerWidth / 2, 8)?.closest('section[aria-labelledby]');
    const place = section ? { at: section.getAttribute('aria-labelledby') ?? '', dy: Math.round(-section.getBoundingClientRect().top) } : { at: '', dy: Math.round(scrollY) };
    const field = calculatorField(document.activeElement);
    const links = calculatorLinks();
    const link = links.indexOf(document.activeElement as HTMLAnchorElement);
    try {
      sessionStorage.setItem(KEY + id, JSON.stringify(field !== null ? { ...place, field: field.id } : link >= 0 ? { ...place, link, href: linkMark(links[link]) } : place));
    } catch {
      // Storage refused (private mode): the browser's own restoration stands.
    }
  });
  const place = placeToGoBackTo(moved);
  if (place === null || focusField(place)) return;
  // The link followed, focused where it is (without scrolling: the place below is what the screen shows); only if it is
  // the same link (a list turned to another page since showed another there, and focus went to it: a re-check).
  const link = place.link === undefined ? undefined : calculatorLinks()[place.link];
  if (link !== undefined && linkMark(link) === place.href) link.focus({ preventScroll: true });
  if (place.at === '' && place.dy <= 0) return;
  // Again each frame until the place holds for three frames in a row (at most a second): the parts around it are
  // drawn at their real height only as they come near the screen, and move it. Stops at the person's first move.
  let steady = 0;
  let frames = 0;
  const go = () => {
    if (moved()) return;
    const section = place.at === '' ? null : document.querySelector(`section[aria-labelledby="${CSS.escape(place.at)}"]`);
    if (place.at !== '' && section === null) return;
    const target = Math.round(section ? scrollY + section.getBoundingClientRect().top + place.dy : place.dy);
    if (Math.abs(scrollY - target) > 2) {
      scrollTo(0, target);
      steady = 0;
    } else steady++;
    if (steady < 3 && ++frames < 60) requestAnimationFrame(go);
  };
  go();
}
