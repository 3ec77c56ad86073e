/** Special assignments (三援、东西部扶贫协作等): whole years met by dates and a pass (附件 二 7). */
import { ASSIGNMENT_TOO_LONG, assignmentYears, MAX_SPAN_YEARS } from '../draft-limits';
import type { Activity } from '../draft-schema';
import type { Conversion } from '../rule-set-schema';
import type { RuleContext } from '../context';
import { classifyLength, compareDays, parseDay } from '../dates';
import { checkChoices, invalid, type Scored } from './scored';

type AssignmentConversion = Extract<Conversion, { method: 'assignment' }>;
type Assignment = Extract<Activity, { kind: 'assignment' }>;

/**
 * What a person is told where an older draft chose 开始当年 for an assignment that the site now counts in its end year.
 * @example startYearRetired(2023) // '计入年度已按通知改为结束当年（2023年），原选择的开始当年不再适用'
 */
export function startYearRetired(endYear: number): string {
  return `计入年度已按通知改为结束当年（${endYear}年），原选择的开始当年不再适用`;
}

/** Scores an assignment: which calendar years it meets in full, or why it meets none. */
export function scoreAssignment(activity: Assignment, conversion: AssignmentConversion, ctx: RuleContext): Scored {
  const start = parseDay(activity.start);
  const end = parseDay(activity.end);
  const errors = checkChoices(activity, conversion, true);
  if (compareDays(end, start) < 0) errors.push({ activityId: activity.id, field: 'end', message: '结束日期不能早于开始日期' });
  // parseDraft refuses such a draft; a caller that skipped it must still not get one result per year of 0001…9999.
  else if (assignmentYears(activity.start, activity.end) > MAX_SPAN_YEARS) errors.push({ activityId: activity.id, field: 'end', message: ASSIGNMENT_TOO_LONG });
  if (errors.length > 0) return invalid(conversion, errors, [end.y]);
  const noteIds = [...(conversion.notes ?? [])];
  const base: Pick<Scored, 'subject' | 'tenths' | 'noteIds' | 'errors' | 'cite'> = { subject: null, tenths: 0, noteIds, errors: [], cite: conversion.cite };
  if (!activity.passed) {
    return { ...base, years: [end.y], outcome: 'not-covered', working: '不予折算', reason: '未考核合格的，不予折算。', materials: undefined };
  }
  const min = conversion.minMonths.months;
  const over = conversion.allYearsOverMonths.months;
  const length = classifyLength(start, end, min, over);
  const deemed = ctx.hours(conversion.deemedHours.hours * 10);
  if (length === 'under-min') {
    return { ...base, years: [end.y], outcome: 'not-covered', working: '不予折算', reason: `工作时间不满${min}个月，不予折算。`, cite: conversion.minMonths.cite, materials: undefined };
  }
  if (length === 'min-to-max') {
    // "视为完成当年": across two calendar years, the year it ends (POLICY-NOTES.md; the note assignment-end-year).
    const across = start.y !== end.y;
    return {
      ...base,
      years: [end.y],
      outcome: 'met-in-full',
      working: `满${min}个月、不超过${over / 12}年，${across ? '按结束当年，' : ''}${end.y}年视为完成继续教育${deemed}`,
      reason: undefined,
      materials: conversion.materials,
      // An older draft's 开始当年 (see retiredCountYear in draft-schema.ts) decided the year only here: it is not
      // followed, and the person is told, since their figure for both years changed.
      ...(across && activity.countYear === 'start' ? { warnings: [startYearRetired(end.y)] } : {}),
    };
  }
  const years: number[] = [];
  for (let y = start.y; y <= end.y; y++) years.push(y);
  return {
    ...base,
    years,
    outcome: 'met-in-full',
    working: `超过${over / 12}年，${start.y}～${end.y}年每年视为完成继续教育${deemed}`,
    reason: undefined,
    cite: conversion.allYearsOverMonths.cite,
    materials: conversion.materials,
  };
}
