/** What 计算过程 shows, year by year, keeping last time's objects for every year whose lines did not change. */
import type { CalculationResult, ItemResult, MetInFull } from '../../lib/rules/core';
import { countsInYear } from '../../lib/rules/core';

/** One year of 计算过程: its figures and the items that count in it. */
export interface ExplainedYear {
  year: number;
  total: number;
  public: number;
  professional: number;
  /** What meets the year in full (a certificate, or an assignment among the rows), if anything does. */
  metInFull: MetInFull | null;
  /** Items that count in the year: hours above 0, or an assignment that meets it in full. */
  rows: ItemResult[];
}


const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

const sameYear = (a: ExplainedYear, b: ExplainedYear) =>
  a.total === b.total &&
  a.public === b.public &&
  a.professional === b.professional &&
  a.metInFull?.by === b.metInFull?.by &&
  a.metInFull?.text === b.metInFull?.text &&
  a.metInFull?.cite.href === b.metInFull?.cite.href &&
  a.metInFull?.cite.clause === b.metInFull?.cite.clause;

/**
 * The years of 计算过程 from one result to the next. A year keeps its object, and its list of rows keeps its array,
 * while nothing in them changed; the list keeps its array while no year changed. calculate() keeps the item of an
 * unchanged activity, so a keystroke in one activity gives a new object for its year alone, and the page re-renders
 * that year's lines only (Svelte compares by identity).
 */
export class ExplanationMemo {
  private last: ExplainedYear[] = [];
  private readonly byYear = new Map<number, ExplainedYear>();

  /** The years to show for this result (none when it has no span). */
  next(result: CalculationResult): ExplainedYear[] {
    const years = result.years.map((y) => {
      const fresh: ExplainedYear = {
        year: y.year,
        total: y.total,
        public: y.public,
        professional: y.professional,
        metInFull: y.metInFull,
        rows: y.items.filter(countsInYear),
      };
      const before = this.byYear.get(y.year);
      if (before === undefined) return fresh;
      const rows = sameList(fresh.rows, before.rows) ? before.rows : fresh.rows;
      return rows === before.rows && sameYear(fresh, before) ? before : { ...fresh, rows };
    });
    this.byYear.clear();
    for (const y of years) this.byYear.set(y.year, y);
    if (sameList(years, this.last)) return this.last;
    this.last = years;
    return years;
  }
}
