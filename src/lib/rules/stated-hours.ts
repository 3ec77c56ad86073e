/**
 * A course that states more hours than its whole year asks (合计, the rule set's requirement): likely a slip (1000
 * typed for 10) that would make the year 达标 at once, which nothing said (a new user's check). The calculator says it
 * beside 证书载明学时, the batch check at the row's 学时; both as a warning to check: the figure still counts, as a long
 * course may state that much. A course outside the span has no year in the result, and says nothing here.
 */
import { formatHours } from './calculate';
import type { CalculationResult, ItemResult } from './result-types';

/** Each year's whole requirement (合计) in a result, by year. */
export function requiredByYear(result: CalculationResult): Map<number, number> {
  return new Map(result.years.map((y) => [y.year, y.parts.total.required]));
}

/** The year's whole requirement when a counted course states more, else undefined. */
export function statedOverYear(item: ItemResult, required: ReadonlyMap<number, number>): number | undefined {
  if (item.kind !== 'course' || item.status !== 'counted') return undefined;
  const whole = required.get(item.years[0] ?? 0);
  return whole !== undefined && item.hours > whole ? whole : undefined;
}

/** 证书载明 1000 学时，多于该年度应达到的 90 学时，请核对 (statedOverYear), or undefined. */
export function statedHoursWarning(item: ItemResult, required: ReadonlyMap<number, number>, unit: string): string | undefined {
  const whole = statedOverYear(item, required);
  return whole === undefined ? undefined : `证书载明 ${formatHours(item.hours)} ${unit}，多于该年度应达到的 ${formatHours(whole)} ${unit}，请核对`;
}
