/**
 * What a year that is short still needs, said as one plan. The three gaps side by side read as a contradiction
 * (“还差公需科目 30、合计 20 学时” for 公需 0 and 专业 70 under a 90 total: the 30 公需 also make up the 20) — a new
 * user, on a phone. The fewest hours that meet the year are each required part's gap, plus what the total still
 * lacks beyond them, of either kind.
 */
import { formatHours } from './calculate';
import type { YearResult } from './result-types';

export interface YearNeed {
  public: number;
  professional: number;
  /** Hours the total still lacks once the named parts are made up: 公需科目 or 专业科目 alike. */
  either: number;
  /** The fewest hours that meet the year: the three above. */
  total: number;
}

/** Tenths, as every figure of the engine: 90 − 62.5 − 12.5 is 15, not 14.999… */
const tenths = (x: number) => Math.round(x * 10) / 10;

/** What a year still needs; advisory parts (2020's 专业科目 一般不少于 60) are not needs. */
export function yearNeed(parts: YearResult['parts']): YearNeed {
  const gap = (p: YearResult['parts']['total'] | null) => (p !== null && p.strength === 'required' && !p.met ? p.shortfall : 0);
  const pub = tenths(gap(parts.public));
  const professional = tenths(gap(parts.professional));
  const either = tenths(Math.max(0, gap(parts.total) - pub - professional));
  return { public: pub, professional, either, total: tenths(pub + professional + either) };
}

/**
 * The need in words, after “未达标：”. Examples (学时): “还需公需科目 30 学时”; “还需公需科目 30 学时，另需公需科目或
 * 专业科目 40 学时，共 70 学时”; “合计还差 20 学时（公需科目、专业科目均可）”. Empty when nothing required is short.
 */
export function needText(parts: YearResult['parts'], unit: string): string {
  const need = yearNeed(parts);
  const named = [need.public > 0 ? `公需科目 ${formatHours(need.public)}` : '', need.professional > 0 ? `专业科目 ${formatHours(need.professional)}` : ''].filter(Boolean);
  if (named.length === 0) return need.either > 0 ? `合计还差 ${formatHours(need.either)} ${unit}（公需科目、专业科目均可）` : '';
  const either = need.either > 0 ? `，另需公需科目或专业科目 ${formatHours(need.either)} ${unit}` : '';
  const total = named.length > 1 || need.either > 0 ? `，共 ${formatHours(need.total)} ${unit}` : '';
  return `还需${named.join('、')} ${unit}${either}${total}`;
}
