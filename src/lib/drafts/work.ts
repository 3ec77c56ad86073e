/**
 * Work in progress: the raw text of every open form (including activities that are not valid yet), the order of
 * the list and the span form, stored with the draft so that a reload gives back exactly what was on screen. Read
 * from storage as untrusted input: anything malformed is dropped, never thrown.
 */
import { MAX_ACTIVITIES, MAX_SPAN_YEARS, YEAR_MAX, YEAR_MIN, type Activity } from '../rules/core';
import { ID_PATTERN, personText } from '../rules/draft-limits';

/** One open activity form as typed. */
export interface WorkForm {
  id: string;
  kind: string;
  /** Raw values: text for typed fields, the option value for choices, a boolean for flags. */
  values: Record<string, string | boolean>;
  title: string;
  /** Fields typed into at least once. */
  typed: Record<string, boolean>;
  /** Messages shown beside fields when the page was left (the person had finished with those fields). */
  shown: Record<string, string>;
  /** Every message shows (完成 was pressed, or the activity came from the draft). */
  revealed: boolean;
  /**
   * The activity as it was when 修改 opened the form, so that 撤销修改 still restores it after a reload; null for an
   * activity added in this form (取消添加 takes it away); absent where neither is known (or could not be read).
   */
  before?: Activity | null;
}

/**
 * Reads an untrusted stored activity for the form with this id (with the draft schema, which the readers of stored
 * records load); undefined when it is not one.
 */
export type ActivityReader = (raw: unknown, id: string) => Activity | undefined;

/** The span form as typed. */
export interface WorkSpan {
  open: boolean;
  from: string;
  to: string;
  /**
   * Years typed for a round that left the span open, set aside by a switch to a round that sets it, to come back on
   * the way back (CalculatorState.setRuleSet): a reload in between lost them (a new user's check).
   */
  setAside?: { from: number; to: number };
}

/** Everything on screen that the draft itself does not hold. */
export interface Work {
  /** Display order of every activity, valid or not: numbering (第N项) follows it. */
  order: string[];
  forms: WorkForm[];
  span: WorkSpan;
  /**
   * The activities removed, the last last, each with its place in the list, for 撤销 after a reload: one removed by
   * mistake on a phone, the page then closed, was gone for good (a new user's check). Not written to an exported file.
   */
  removed?: Removed[];
}

/**
 * An activity removed from the list, and the place it had (0-based): one in the draft, or a new one still being
 * filled in, kept as its form's text (取消添加 or 删除 on a half-filled form threw what was typed away with nothing to
 * take it back by: a new user's check).
 */
export type Removed = { index: number } & ({ activity: Activity; form?: undefined } | { form: WorkForm; activity?: undefined });

/** The id of what a Removed entry puts back. */
export const removedId = (removed: Removed): string => (removed.activity ?? removed.form).id;

/** At most this many removed activities are kept for 撤销 (a session's slips, not a history). */
export const MAX_REMOVED = 20;

/** At most this many forms open at once are kept (a person opens a handful; a hostile record is cut here). */
export const MAX_OPEN_FORMS = 100;
/** Longest raw text kept for one field or message (the longest real field, a title, allows 200). */
export const MAX_RAW_TEXT = 200;
const MAX_FIELDS = 30;
const FIELD = /^[A-Za-z][A-Za-z0-9]{0,29}$/;
const KIND = /^[a-z]{1,20}$/;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v.slice(0, MAX_RAW_TEXT) : '');

/** Own enumerable entries of a plain object, with field-like keys only, at most MAX_FIELDS. */
function fields(v: unknown): [string, unknown][] {
  if (!isObject(v)) return [];
  return Object.keys(v)
    .filter((k) => FIELD.test(k))
    .slice(0, MAX_FIELDS)
    .map((k) => [k, v[k]]);
}

function readForm(raw: unknown, readActivity: ActivityReader | undefined): WorkForm | null {
  if (!isObject(raw)) return null;
  const { id, kind } = raw;
  if (typeof id !== 'string' || !ID_PATTERN.test(id) || typeof kind !== 'string' || !KIND.test(kind)) return null;
  const values: Record<string, string | boolean> = {};
  for (const [k, v] of fields(raw['values'])) if (typeof v === 'string' || typeof v === 'boolean') values[k] = typeof v === 'string' ? v.slice(0, MAX_RAW_TEXT) : v;
  const typed: Record<string, boolean> = {};
  for (const [k, v] of fields(raw['typed'])) if (v === true) typed[k] = true;
  const shown: Record<string, string> = {};
  for (const [k, v] of fields(raw['shown'])) if (typeof v === 'string' && v !== '') shown[k] = v.slice(0, MAX_RAW_TEXT);
  const stored = raw['before'];
  const before = stored === null ? null : readActivity !== undefined && stored !== undefined ? readActivity(stored, id) : undefined;
  const kept = before === null || (before !== undefined && before.kind === kind);
  return { id, kind, values, title: personText(text(raw['title'])), typed, shown, revealed: raw['revealed'] === true, ...(kept ? { before } : {}) };
}

/** The empty work of a draft opened fresh: its activities in draft order, no form open. */
export function emptyWork(activityIds: readonly string[]): Work {
  return { order: [...activityIds], forms: [], span: { open: false, from: '', to: '' } };
}

/**
 * Reads stored work in progress for a draft whose activities have `activityIds`; malformed parts are dropped.
 * The order always lists every activity of the draft exactly once, and every open form. A form's `before` is kept only
 * when `readActivity` reads it as an activity of that form's id and kind.
 */
export function readWork(raw: unknown, activityIds: readonly string[], readActivity?: ActivityReader): Work {
  const work = emptyWork([]);
  if (!isObject(raw)) return emptyWork(activityIds);
  const seen = new Set<string>();
  if (Array.isArray(raw['forms'])) {
    for (const f of raw['forms'].slice(0, MAX_OPEN_FORMS)) {
      const form = readForm(f, readActivity);
      if (form && !seen.has(form.id)) {
        seen.add(form.id);
        work.forms.push(form);
      }
    }
  }
  const known = new Set([...activityIds, ...seen]);
  const placed = new Set<string>();
  if (Array.isArray(raw['order'])) {
    for (const id of raw['order'].slice(0, MAX_ACTIVITIES + MAX_OPEN_FORMS)) {
      if (typeof id === 'string' && known.has(id) && !placed.has(id)) {
        placed.add(id);
        work.order.push(id);
      }
    }
  }
  // Each once: an open form of an activity in the draft (修改) is in both lists, and a stored order without it put it
  // in twice, which stopped the page (Svelte's each_key_duplicate; a hand-edited file's check).
  for (const id of [...activityIds, ...seen]) {
    if (placed.has(id)) continue;
    placed.add(id);
    work.order.push(id);
  }
  // Only activities of this draft's kinds and bounds, or forms read as open forms are, by ids no activity or form
  // here has, each once.
  const removed: Removed[] = [];
  for (const entry of Array.isArray(raw['removed']) ? raw['removed'].slice(-MAX_REMOVED) : []) {
    if (!isObject(entry)) continue;
    const { activity: gone, form: goneForm, index } = entry;
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index > MAX_ACTIVITIES + MAX_OPEN_FORMS) continue;
    if (gone === undefined) {
      const form = readForm(goneForm, undefined);
      if (form === null || known.has(form.id)) continue;
      known.add(form.id);
      removed.push({ form: { ...form, before: null }, index });
      continue;
    }
    const goneId = isObject(gone) ? gone['id'] : undefined;
    if (readActivity === undefined || typeof goneId !== 'string' || !ID_PATTERN.test(goneId) || known.has(goneId)) continue;
    const activity = readActivity(gone, goneId);
    if (activity === undefined) continue;
    known.add(goneId);
    removed.push({ activity, index });
  }
  if (removed.length > 0) work.removed = removed;
  const span = isObject(raw['span']) ? raw['span'] : {};
  work.span = { open: span['open'] === true, from: text(span['from']).slice(0, 10), to: text(span['to']).slice(0, 10) };
  const aside = isObject(span['setAside']) ? span['setAside'] : {};
  const [from, to] = [aside['from'], aside['to']];
  const year = (y: unknown): y is number => typeof y === 'number' && Number.isInteger(y) && y >= YEAR_MIN && y <= YEAR_MAX;
  if (year(from) && year(to) && from <= to && to - from < MAX_SPAN_YEARS) work.span.setAside = { from, to };
  return work;
}
