/**
 * One row per person from the engine's result: overall 达标 / 未达标, each year's 公需/专业/合计 with what is short,
 * and the summary line over the batch (N 人，达标 N，未达标 N，最常见的缺口 …).
 */
import { formatHours, type CalculationResult } from '../rules/core';

/** One year of a person's result. `short*`: hours missing (0 when met; null where the round sets no 公需 figure). */
export interface PersonYear {
  year: number;
  public: number;
  professional: number;
  total: number;
  shortPublic: number | null;
  shortProfessional: number;
  shortTotal: number;
  status: 'met' | 'warning' | 'short';
  /** Met in full by a certificate or a special assignment. */
  metInFull: 'certificate' | 'assignment' | null;
}

/** A person's row in the results. */
export interface PersonResult {
  key: string;
  name: string;
  department: string;
  /** 达标: every year meets the required figures (the engine's allMet). */
  met: boolean;
  span: { from: number; to: number } | null;
  years: PersonYear[];
  /** Shortfalls as parts, e.g. { year: 2023, part: 'professional', hours: 12 }. */
  gaps: { year: number; part: 'public' | 'professional' | 'total'; hours: number }[];
  activityCount: number;
  /** Activity rows of theirs the officer excluded (`sheet!row`), not counted. */
  excludedRows: string[];
  /** Activity rows of theirs that say the same as an earlier one (`sheet!row` of each): counted as typed. */
  repeatedRows: { ref: string; sameAs: string }[];
}

/** A person in the file whom the check left out: every row of theirs was excluded. */
export interface UncheckedPerson {
  /** '' when the row has none. */
  key: string;
  name: string;
  department: string;
  /** Their rows (`sheet!row`). */
  rows: string[];
  /** 已排除人员表第3行：须填写学历 */
  reason: string;
}

/**
 * Rows in words, by sheet in the order met: 人员表第3行, 活动表第17、21行.
 * @example rowsText(['活动!17', '活动!21', '人员!3']) // '活动表第17、21行、人员表第3行'
 */
export function rowsText(refs: readonly string[]): string {
  const bySheet = new Map<string, string[]>();
  for (const ref of refs) {
    const cut = ref.lastIndexOf('!');
    const sheet = ref.slice(0, cut);
    bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), ref.slice(cut + 1)]);
  }
  return [...bySheet].map(([sheet, rows]) => `${sheet}表第${rows.join('、')}行`).join('、');
}

/** The part names as the notices call them. */
export const PART_LABELS = { public: '公需科目', professional: '专业科目', total: '合计' } as const;

/** A person's row from their calculation. */
export function summarizePerson(person: { key: string; name: string; department: string; draft: { activities: readonly unknown[] }; excludedRefs?: readonly string[]; repeatedRefs?: readonly { ref: string; sameAs: string }[] }, result: CalculationResult): PersonResult {
  const years: PersonYear[] = result.years.map((y) => ({
    year: y.year,
    public: y.public,
    professional: y.professional,
    total: y.total,
    shortPublic: y.parts.public ? (y.parts.public.strength === 'required' ? y.parts.public.shortfall : 0) : null,
    shortProfessional: y.parts.professional.strength === 'required' ? y.parts.professional.shortfall : 0,
    shortTotal: y.parts.total.strength === 'required' ? y.parts.total.shortfall : 0,
    status: y.status,
    metInFull: y.metInFull?.by ?? null,
  }));
  const gaps: PersonResult['gaps'] = [];
  for (const y of years) {
    if (y.shortPublic) gaps.push({ year: y.year, part: 'public', hours: y.shortPublic });
    if (y.shortProfessional) gaps.push({ year: y.year, part: 'professional', hours: y.shortProfessional });
    if (y.shortTotal && !y.shortPublic && !y.shortProfessional) gaps.push({ year: y.year, part: 'total', hours: y.shortTotal });
  }
  return {
    key: person.key,
    name: person.name,
    department: person.department,
    met: result.summary.allMet,
    span: result.span ? { from: result.span.from, to: result.span.to } : null,
    years,
    gaps,
    activityCount: person.draft.activities.length,
    excludedRows: [...(person.excludedRefs ?? [])],
    repeatedRows: (person.repeatedRefs ?? []).map((r) => ({ ...r })),
  };
}

/** What a person's result leaves out: 已排除活动表第17、21行，未计入学时 ('' when nothing). */
export function excludedNote(result: PersonResult): string {
  return result.excludedRows.length > 0 ? `已排除${rowsText(result.excludedRows)}，未计入学时` : '';
}

/**
 * What a person's result counts twice if a row was typed twice: 活动表第7、9行与第5行内容完全相同，均已计入学时 ('' when
 * nothing).
 */
export function repeatedNote(result: PersonResult): string {
  if (result.repeatedRows.length === 0) return '';
  const bySameAs = new Map<string, string[]>();
  for (const r of result.repeatedRows) bySameAs.set(r.sameAs, [...(bySameAs.get(r.sameAs) ?? []), r.ref]);
  const parts = [...bySameAs].map(([sameAs, refs]) => {
    const sheet = sameAs.slice(0, sameAs.lastIndexOf('!'));
    const same = refs.every((ref) => ref.slice(0, ref.lastIndexOf('!')) === sheet) ? `第${sameAs.slice(sheet.length + 1)}行` : rowsText([sameAs]);
    return `${rowsText(refs)}与${same}`;
  });
  return `${parts.join('，')}内容完全相同，均已计入学时`;
}

/** 「2023年专业科目差 12」 for each gap. */
export function gapText(result: PersonResult, unit = '学时'): string {
  if (result.gaps.length === 0) return '';
  return result.gaps.map((g) => `${g.year}年${PART_LABELS[g.part]}差 ${formatHours(g.hours)}${unit === '学时' ? '' : unit}`).join('；');
}

/**
 * The batch in one line: 共 N 人，达标 N 人，未达标 N 人；最常见的缺口：2023年专业科目（N 人）. People left out (every row
 * excluded) are counted in 共 and named 未核对; people computed without some of their activities, and people with a row
 * typed twice (counted twice), are counted after.
 */
export function summaryLine(results: readonly PersonResult[], uncheckedCount = 0): string {
  const met = results.filter((r) => r.met).length;
  const partial = results.filter((r) => r.excludedRows.length > 0).length;
  const counts = new Map<string, number>();
  for (const r of results) {
    for (const key of new Set(r.gaps.map((g) => `${g.year}年${PART_LABELS[g.part]}`))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3);
  const gaps = top.length > 0 ? `；最常见的缺口：${top.map(([k, n]) => `${k}（${n} 人）`).join('、')}` : '';
  const unchecked = uncheckedCount > 0 ? `，未核对 ${uncheckedCount} 人` : '';
  const some = partial > 0 ? `；其中 ${partial} 人的部分活动已排除，未计入学时` : '';
  const repeated = results.filter((r) => r.repeatedRows.length > 0).length;
  const twice = repeated > 0 ? `；${repeated} 人的活动有内容完全相同的行，均已计入学时，请核对` : '';
  return `共 ${results.length + uncheckedCount} 人，达标 ${met} 人，未达标 ${results.length - met} 人${unchecked}${some}${twice}${gaps}。`;
}
