/**
 * One row per person from the engine's result: overall 达标 / 未达标, each year's 公需/专业/合计 with what is short,
 * and the summary line over the batch (N 人，达标 N，未达标 N，最常见的缺口 …).
 */
import { DEGREE_LABELS, formatHours, TITLE_LEVEL_LABELS, type CalculationResult, type PartResult } from '../rules/core';
import { joinText, tableLabel } from './cells';

/** A part below a figure the notice sets only as a rule of thumb (2020's 专业科目 一般不少于 60): a warning, not a gap. */
export interface AdvisoryShort {
  part: 'public' | 'professional' | 'total';
  /** The figure the notice gives (60). */
  required: number;
  /** Hours below it. */
  hours: number;
}

/**
 * One year of a person's result. `short*`: hours below the part's figure, whether the notice requires it or gives it
 * as 一般不少于 (0 when met; null where the round sets no 公需 figure); `advisory` says which of them are only advisory.
 */
export interface PersonYear {
  year: number;
  public: number;
  professional: number;
  total: number;
  shortPublic: number | null;
  shortProfessional: number;
  shortTotal: number;
  /** met: every figure met; warning (基本达标): the required ones met, an advisory one short; short: a required one short. */
  status: 'met' | 'warning' | 'short';
  /** The advisory parts short this year (2020's 专业科目), empty as a rule. */
  advisory: AdvisoryShort[];
  /** Met in full by a certificate or a special assignment. */
  metInFull: 'certificate' | 'assignment' | null;
}

/** A person's row in the results. */
export interface PersonResult {
  key: string;
  name: string;
  department: string;
  /** 达标: every year meets the required figures (the engine's allMet); 基本达标 people are `met` too. */
  met: boolean;
  /** 达标, 基本达标 (every required figure met, an advisory one short in some year) or 未达标, as the calculator words it. */
  status: 'met' | 'warning' | 'short';
  span: { from: number; to: number } | null;
  /**
   * What the span follows, as the 人员 row gave it: 副高级，大学本科 ('' when neither was given). A printout of the
   * results did not say why one person's years began at 2021 and another's at 2019 (an HR officer's check).
   */
  applying: string;
  years: PersonYear[];
  /** Shortfalls of required figures as parts, e.g. { year: 2023, part: 'professional', hours: 12 } (advisory ones are in the years). */
  gaps: { year: number; part: 'public' | 'professional' | 'total'; hours: number }[];
  activityCount: number;
  /** Activity rows of theirs the officer excluded (`sheet!row`), not counted. */
  excludedRows: string[];
  /**
   * Their own rows the officer excluded (`sheet!row`: a second 人员 row with the same 工号, C01 once 中级 and once
   * 副高级), each with the row they were checked from (`kept`). Empty as a rule.
   */
  excludedOwnRows: { ref: string; kept: string }[];
  /** Excluded rows of another name under their 工号 (`sheet!row`, the name as typed): that name's, among 未核对. */
  otherNameRows: { ref: string; name: string }[];
  /** Activity rows of theirs that say the same as an earlier one (`sheet!row` of each): counted as typed. */
  repeatedRows: { ref: string; sameAs: string }[];
  /**
   * Activity rows of theirs that count 0 (`sheet!row`): outside the span, or a kind the round gives no hours
   * (外观设计专利 in 2024). The overview was silent on them; only 查看明细 said so (an HR officer).
   */
  uncountedRows: { ref: string; why: 'outside-span' | 'not-covered' }[];
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
 * Rows in words, by sheet in the order met: 人员表第3行, 活动表第17、21行; CSV 文件第4行.
 * @example rowsText(['活动!17', '活动!21', '人员!3']) // '活动表第17、21行、人员表第3行'
 */
export function rowsText(refs: readonly string[]): string {
  const bySheet = new Map<string, string[]>();
  for (const ref of refs) {
    const cut = ref.lastIndexOf('!');
    const sheet = ref.slice(0, cut);
    bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), ref.slice(cut + 1)]);
  }
  return [...bySheet].map(([sheet, rows]) => `${tableLabel(sheet)}第${rows.join('、')}行`).join('、');
}

/** The part names as the notices call them. */
export const PART_LABELS = { public: '公需科目', professional: '专业科目', total: '合计' } as const;

/** A person's or a year's result in the calculator's and the worksheet's words. */
export const STATUS_WORDS = { met: '达标', warning: '基本达标', short: '未达标' } as const;
/** What a year still running (the visitor's, in Beijing) is said to be, beside its gaps: as the calculator says it. */
export const YEAR_OPEN = '本年度尚未结束';

/**
 * The advisory parts a year is short of, as the worksheet says them: 专业科目一般不少于 60，差 2 ('' when none).
 * @example advisoryText({ advisory: [{ part: 'professional', required: 60, hours: 2 }] }) // '专业科目一般不少于 60，差 2'
 */
export function advisoryText(year: Pick<PersonYear, 'advisory'>): string {
  return year.advisory.map((a) => `${PART_LABELS[a.part]}一般不少于 ${formatHours(a.required)}，差 ${formatHours(a.hours)}`).join('；');
}

/**
 * A year's result in words: 视为达标 (as the calculator and the PDF say it), 达标, 基本达标：专业科目一般不少于 60，差 2, 未达标 (and, after it, an advisory
 * part also short).
 */
export function yearVerdict(year: PersonYear): string {
  if (year.metInFull) return '视为达标';
  const advisory = advisoryText(year);
  if (year.status === 'warning') return `${STATUS_WORDS.warning}：${advisory}`;
  return advisory === '' ? STATUS_WORDS[year.status] : `${STATUS_WORDS[year.status]}；${advisory}`;
}

/** A person's row from their calculation. */
export function summarizePerson(person: { key: string; name: string; department: string; ref?: string; draft: { activities: readonly unknown[]; profile?: { titleLevel?: keyof typeof TITLE_LEVEL_LABELS | undefined; degree?: keyof typeof DEGREE_LABELS | undefined } }; activityRefs?: readonly string[]; excludedRefs?: readonly string[]; excludedOwnRefs?: readonly string[]; otherNameRefs?: readonly { ref: string; name: string }[]; repeatedRefs?: readonly { ref: string; sameAs: string }[] }, result: CalculationResult): PersonResult {
  const gaps: PersonResult['gaps'] = [];
  const years: PersonYear[] = result.years.map((y) => {
    const { total, public: pub, professional } = y.parts;
    // A required part short is a gap; an advisory one (2020's 专业科目 一般不少于 60) is said beside the year, not a gap.
    const required = (p: PartResult | null) => (p !== null && p.strength === 'required' ? p.shortfall : 0);
    if (required(pub)) gaps.push({ year: y.year, part: 'public', hours: required(pub) });
    if (required(professional)) gaps.push({ year: y.year, part: 'professional', hours: required(professional) });
    if (required(total) && !required(pub) && !required(professional)) gaps.push({ year: y.year, part: 'total', hours: required(total) });
    const parts = [['total', total], ['public', pub], ['professional', professional]] as const;
    return {
      year: y.year,
      public: y.public,
      professional: y.professional,
      total: y.total,
      shortPublic: pub ? pub.shortfall : null,
      shortProfessional: professional.shortfall,
      shortTotal: total.shortfall,
      status: y.status,
      advisory: parts.flatMap(([part, p]) => (p !== null && p.strength === 'advisory' && !p.met ? [{ part, required: p.required, hours: p.shortfall }] : [])),
      metInFull: y.metInFull?.by ?? null,
    };
  });
  const met = result.summary.allMet;
  const { titleLevel: level, degree } = person.draft.profile ?? {};
  return {
    key: person.key,
    name: person.name,
    department: person.department,
    met,
    status: !met ? 'short' : years.some((y) => y.status === 'warning') ? 'warning' : 'met',
    span: result.span ? { from: result.span.from, to: result.span.to } : null,
    applying: [level === undefined ? '' : TITLE_LEVEL_LABELS[level], degree === undefined ? '' : DEGREE_LABELS[degree]].filter((t) => t !== '').join('，'),
    years,
    gaps,
    activityCount: person.draft.activities.length,
    excludedRows: [...(person.excludedRefs ?? [])],
    excludedOwnRows: (person.excludedOwnRefs ?? []).map((ref) => ({ ref, kept: person.ref ?? '' })),
    otherNameRows: (person.otherNameRefs ?? []).map((r) => ({ ...r })),
    repeatedRows: (person.repeatedRefs ?? []).map((r) => ({ ...r })),
    uncountedRows: result.items.flatMap((item) => {
      // A row that counts and comes to nothing with a reason is one the notice does not convert either: a training of
      // evenings only in 2024 (3个晚上未计) was the one 0 of the sheet not named in 备注 (an HR officer's check).
      const why = item.status === 'counted' && item.hours === 0 && item.reason !== undefined ? 'not-covered' : item.status;
      if (why !== 'outside-span' && why !== 'not-covered') return [];
      const ref = person.activityRefs?.[person.draft.activities.findIndex((a) => (a as { id?: unknown }).id === item.activityId)];
      return ref === undefined ? [] : [{ ref, why }];
    }),
  };
}

/**
 * 活动表第12行不在核认跨度内，第15行按通知不予折算，均计 0 学时 ('' when every row counts); `source` as in
 * excludedNote (原文件, read from the results workbook, whose own sheets are numbered otherwise).
 */
export function uncountedNote(result: PersonResult, source = ''): string {
  const of = (why: PersonResult['uncountedRows'][number]['why']) => result.uncountedRows.filter((r) => r.why === why).map((r) => r.ref);
  const parts = [[of('outside-span'), '不在核认跨度内'], [of('not-covered'), '按通知不予折算']] as const;
  const said = parts.filter(([refs]) => refs.length > 0).map(([refs, why]) => `${rowsText(refs)}${why}`);
  return said.length === 0 ? '' : `${joinText(source, said.join('，'))}，${result.uncountedRows.length > 1 ? '均' : ''}计 0 学时`;
}

/**
 * How the note on a table's merged cells begins (check.ts mergedNote). It is said of the table, not of the person on
 * its row: the results workbook puts it in 说明, not in that person's 备注 (an HR officer read it as about 黄志刚).
 */
export const MERGED_NOTE = '合并单元格已按区域内每格均为同一内容读取';

/**
 * What a person's result leaves out: 已排除活动表第17、21行，未计入学时; and a row of their own excluded, 已排除人员表第5行，
 * 按第2行核对 ('' when nothing). `source` names where the rows are when read elsewhere (the results workbook,
 * whose own 人员 and 活动 sheets are numbered otherwise: 原文件).
 */
export function excludedNote(result: PersonResult, source = ''): string {
  const sheetOf = (ref: string) => ref.slice(0, ref.lastIndexOf('!'));
  const keptText = (r: { ref: string; kept: string }) => (r.kept === '' ? '本人另一行' : sheetOf(r.kept) === sheetOf(r.ref) ? `第${r.kept.slice(r.kept.lastIndexOf('!') + 1)}行` : rowsText([r.kept]));
  const own = result.excludedOwnRows.map((r) => `${joinText(`已排除${source}`, rowsText([r.ref]))}，按${keptText(r)}核对`);
  const activities = result.excludedRows.length > 0 ? [`${joinText(`已排除${source}`, rowsText(result.excludedRows))}，未计入学时`] : [];
  // Rows of another name under their 工号, by name: 同一工号下姓名为「赵六」的表第5行已排除，列入未核对 (同一工号另有姓名「赵敏」
  // 的CSV 文件第21行，已排除，… read awkwardly, without its space before CSV: an HR officer's check).
  const names = [...new Set((result.otherNameRows ?? []).map((r) => r.name))];
  const others = names.map((name) => `${joinText(`同一工号下姓名为「${name}」的${source}`, rowsText(result.otherNameRows.filter((r) => r.name === name).map((r) => r.ref)))}已排除，列入未核对`);
  return [...own, ...activities, ...others].join('；');
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

/** 2019年专业科目一般不少于 60，差 2 for each year with an advisory part short ('' when none). */
export function advisoryNote(result: PersonResult): string {
  return result.years.filter((y) => !y.metInFull && y.advisory.length > 0).map((y) => `${y.year}年${advisoryText(y)}`).join('；');
}

/** 「2023年专业科目差 12」 for each gap. */
export function gapText(result: PersonResult, unit = '学时'): string {
  if (result.gaps.length === 0) return '';
  return result.gaps.map((g) => `${g.year}年${PART_LABELS[g.part]}差 ${formatHours(g.hours)}${unit === '学时' ? '' : unit}`).join('；');
}

/**
 * The batch in one line: 共 N 人，达标 N 人（，基本达标 N 人），未达标 N 人；最常见的缺口：2023年专业科目（N 人）(；2026年尚未结束 when
 * `thisYear`, the visitor's year in Beijing, is among them). People left out (every row
 * excluded) are counted in 共 and named 未核对; people computed without some of their activities, and people with a row
 * typed twice (counted twice), are counted after.
 */
export function summaryLine(results: readonly PersonResult[], uncheckedCount = 0, thisYear?: number, keylessExcluded = 0): string {
  const met = results.filter((r) => r.status === 'met').length;
  const warning = results.filter((r) => r.status === 'warning').length;
  const short = results.length - met - warning;
  const partial = results.filter((r) => r.excludedRows.length > 0).length;
  const ownRow = results.filter((r) => r.excludedOwnRows.length > 0).length;
  const counts = new Map<string, number>();
  for (const r of results) {
    for (const key of new Set(r.gaps.map((g) => `${g.year}年${PART_LABELS[g.part]}`))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3);
  // This year's gaps, in December, read as final (2026年专业科目（18 人）: an HR officer's check): the year is said to be
  // still running, as the calculator and the PDF say it of the year.
  const open = thisYear !== undefined && top.some(([k]) => k.startsWith(`${thisYear}年`)) ? `；${thisYear}年尚未结束` : '';
  const gaps = top.length > 0 ? `；最常见的缺口：${top.map(([k, n]) => `${k}（${n} 人）`).join('、')}${open}` : '';
  const unchecked = uncheckedCount > 0 ? `，未核对 ${uncheckedCount} 人` : '';
  // Not 部分活动: for some, every activity was excluded (a new user's check).
  const some = partial > 0 ? `；其中 ${partial} 人有活动已排除，未计入学时` : '';
  const own = ownRow > 0 ? `；${ownRow} 人有一行人员信息已排除，按其另一行核对` : '';
  // Rows excluded without a 工号 or a name are nobody's: pasted from merged cells, every row but a person's first, and
  // all 18 came out 未达标 without a word beside anyone (an HR officer's check). A row with a name is its person's.
  const keyless = keylessExcluded > 0 ? `；另有 ${keylessExcluded} 行因未填工号已排除，未计入任何人的学时，结果可能偏少` : '';
  const repeated = results.filter((r) => r.repeatedRows.length > 0).length;
  const twice = repeated > 0 ? `；${repeated} 人的活动有内容完全相同的行，均已计入学时，请核对` : '';
  // 基本达标 named only when someone is (the 2020 round's 专业科目 一般不少于 60), as the calculator does for years.
  return `共 ${results.length + uncheckedCount} 人，达标 ${met} 人${warning > 0 ? `，基本达标 ${warning} 人` : ''}，未达标 ${short} 人${unchecked}${some}${keyless}${own}${twice}${gaps}。`;
}
