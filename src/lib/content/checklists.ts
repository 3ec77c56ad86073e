/** Material checklists per rule set, from its `materials` data (the same entries the calculator asks for). */
import { materialsInOrder, type CitationRef, type RuleSet } from '../rules';
import { alternativeName } from '../rules/alternatives';
import { citeRef } from './rounds';

/** One tick-box line. */
export interface ChecklistItem {
  /** Unique on the page, for the checkbox and its label. */
  id: string;
  text: string;
}

/** One set of materials; where an entry has several, any one is enough. */
export interface ChecklistSet {
  /** 方式一, 方式二… where there is more than one set. */
  name?: string;
  items: ChecklistItem[];
  cite: CitationRef;
}

/** One form of continuing education (or other evidence) and what to provide for it. */
export interface ChecklistEntry {
  id: string;
  /** Anchor on the checklist page: form-f1. */
  anchor: string;
  /** Number of the form in 附件 一 (1–12), absent for other evidence. */
  form?: number;
  /**
   * The number as the card shows it: “6”, and “6（续）” for a later card of the same clause (附件1 一 6 covers both
   * books and papers, 一 11 both degree courses and qualification exams), so no number appears twice.
   */
  formLabel?: string;
  title: string;
  /** The line under the title (rule data), if any. */
  note?: string;
  cite: CitationRef;
  sets: ChecklistSet[];
  /** True when the sets are alternatives (以下材料之一). */
  oneOf: boolean;
  extras: { text: string; when?: string; cite: CitationRef }[];
}

/** The checklist of a rule set, in the notice's order: forms 1–12, then other evidence. */
export function checklistFor(ruleSet: RuleSet): ChecklistEntry[] {
  const seen = new Set<number>();
  return materialsInOrder(ruleSet).map((m) => {
    const oneOf = m.sets.length > 1;
    const entry: ChecklistEntry = {
      id: m.id,
      anchor: `form-${m.id}`,
      title: m.title,
      cite: citeRef(ruleSet, m.cite),
      oneOf,
      sets: m.sets.map((s, i) => ({
        ...(oneOf ? { name: alternativeName(i) } : {}),
        items: s.items.map((text, j) => ({ id: `cb-${m.id}-${i + 1}-${j + 1}`, text })),
        cite: citeRef(ruleSet, s.cite),
      })),
      extras: (m.extras ?? []).map((e) => ({ text: e.text, cite: citeRef(ruleSet, e.cite), ...(e.when === undefined ? {} : { when: e.when }) })),
    };
    if (m.note !== undefined) entry.note = m.note;
    if (m.form !== undefined) {
      entry.form = m.form;
      entry.formLabel = seen.has(m.form) ? `${m.form}（续）` : String(m.form);
      seen.add(m.form);
    }
    return entry;
  });
}

/** The number a card or contents line starts with: “6.”, or “6（续）” for the second card of clause 6; '' for other evidence. */
export function formNumberText(entry: Pick<ChecklistEntry, 'formLabel'>): string {
  if (entry.formLabel === undefined) return '';
  return /^\d+$/.test(entry.formLabel) ? `${entry.formLabel}.` : entry.formLabel;
}

/** How many distinct forms (1–12) the checklist covers. */
export function formCount(entries: readonly ChecklistEntry[]): number {
  return new Set(entries.flatMap((e) => (e.form === undefined ? [] : [e.form]))).size;
}
