/** Training and meetings counted by full days, half days and evenings (附件 二 1). */
import type { Activity } from '../draft-schema';
import type { Conversion } from '../rule-set-schema';
import type { RuleContext } from '../context';
import { checkChoices, chosenOption, invalid, optionRules, type Scored } from './scored';
import { daysInYear } from '../draft-limits';

type Sessions = Extract<Conversion, { method: 'sessions' }>;
type Training = Extract<Activity, { kind: 'training' }>;

/** Scores a training activity: days × day rate + half days × half-day rate + evenings × evening rate. */
export function scoreSessions(activity: Training, conversion: Sessions, ctx: RuleContext): Scored {
  const errors = checkChoices(activity, conversion, true);
  const rules = optionRules(activity, conversion);
  errors.push(...rules.errors);
  const days = daysInYear(activity.year);
  if (activity.days + activity.halfDays / 2 > days) {
    errors.push({ activityId: activity.id, field: 'days', message: `全天天数与半天次数合计超过${activity.year}年的天数（${days} 天），请核对` });
  }
  if (activity.evenings > days) errors.push({ activityId: activity.id, field: 'evenings', message: `晚上次数超过${activity.year}年的天数（${days} 天），请核对` });
  if (errors.length > 0) return invalid(conversion, errors, [activity.year]);
  const { rates } = conversion;
  const parts: string[] = [];
  let tenths = 0;
  // Counted as the form asks for them (全天天数, 半天次数, 晚上次数): "3天", "半天1次", "晚上2次". Not "1半天", which
  // reads oddly, nor "1个半天", which can be read as a day and a half.
  const add = (counted: string, count: number, rate: { hours: number }) => {
    if (count === 0) return;
    const t = count * Math.round(rate.hours * 10);
    tenths += t;
    parts.push(`${counted} × ${ctx.hours(rate.hours * 10)}`);
  };
  add(`${activity.days}${rates.days.unit}`, activity.days, rates.days);
  add(`${rates.halfDays.unit}${activity.halfDays}次`, activity.halfDays, rates.halfDays);
  const noteIds = [...(conversion.notes ?? []), ...rules.noteIds];
  let reason: string | undefined;
  if (activity.evenings > 0) {
    if (rates.evenings !== undefined) add(`晚上${activity.evenings}次`, activity.evenings, rates.evenings);
    else reason = `${activity.evenings}个晚上未计：${conversion.eveningsNotCovered ?? '本通知未规定晚上的折算。'}`;
  }
  const working = parts.length === 0 ? `0${ctx.ruleSet.hoursUnit}` : `${parts.join(' + ')} = ${ctx.hours(tenths)}`;
  return {
    years: [activity.year],
    subject: activity.subject,
    tenths,
    outcome: 'hours',
    working,
    reason,
    cite: rates.days.cite,
    noteIds,
    errors: [],
    materials: chosenOption(activity, conversion, 'format')?.materials ?? conversion.materials,
  };
}
