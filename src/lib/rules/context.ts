/** Resolves a rule set's citations and note ids into the references results carry. */
import type { Citation, RuleSet } from './rule-set-schema';
import type { CitationRef, NoteRef } from './result-types';

/** Site-relative link to a clause on its notice page. */
export function clauseHref(notice: string, anchor: string): string {
  return `/notices/${notice}/#${anchor}`;
}

/** A citation of a rule set resolved to its notice and site-relative clause link (prefix the base before use). */
export function citeRef(ruleSet: RuleSet, c: Citation): CitationRef {
  const notice = c.notice ?? ruleSet.id;
  return { notice, clause: c.clause, anchor: c.anchor, href: clauseHref(notice, c.anchor) };
}

/** Citation and note lookups for one rule set, memoised. */
export class RuleContext {
  readonly ruleSet: RuleSet;
  private readonly notesById: Map<string, NoteRef>;
  private readonly citeCache = new Map<Citation, CitationRef>();

  constructor(ruleSet: RuleSet) {
    this.ruleSet = ruleSet;
    this.notesById = new Map(ruleSet.notes.map((n) => [n.id, { id: n.id, title: n.title, text: n.text, kind: n.kind, cite: this.cite(n.cite) }]));
  }

  /** The citation with its notice and link. */
  cite(c: Citation): CitationRef {
    let ref = this.citeCache.get(c);
    if (ref === undefined) {
      ref = citeRef(this.ruleSet, c);
      this.citeCache.set(c, ref);
    }
    return ref;
  }

  /** Notes by id, in order, skipping duplicates. */
  notes(...groups: (readonly string[] | undefined)[]): NoteRef[] {
    const seen = new Set<string>();
    const out: NoteRef[] = [];
    for (const ids of groups) {
      for (const id of ids ?? []) {
        const note = this.notesById.get(id);
        if (note !== undefined && !seen.has(id)) {
          seen.add(id);
          out.push(note);
        }
      }
    }
    return out;
  }

  /** Formats tenths of an hour with the rule set's unit, e.g. 245 → "24.5学时". */
  hours(tenths: number): string {
    return `${formatTenths(tenths)}${this.ruleSet.hoursUnit}`;
  }
}

/** 245 → "24.5", 240 → "24". */
export function formatTenths(tenths: number): string {
  return tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1);
}

/** Hours (possibly with one decimal) to integer tenths, so sums stay exact. */
export function toTenths(hours: number): number {
  return Math.round(hours * 10);
}
