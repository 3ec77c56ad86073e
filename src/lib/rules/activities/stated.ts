/** Courses whose certificate states the hours: the stated figure counts as it is. */
import type { Activity } from '../draft-schema';
import type { Citation, Conversion } from '../rule-set-schema';
import { toTenths, type RuleContext } from '../context';
import { daysInYear } from '../draft-limits';
import { checkChoices, chosenOption, invalid, optionOf, optionRules, type Scored } from './scored';

/**
 * The clause a course with stated hours is worked out under: its 课程来源's own clause where the option has one
 * (用人单位备案的线下专业培训 → 通知 三（一）), else the conversion's. `source` as stored, or as an open form holds it
 * (undefined while unanswered). 逐项明细 cites it, and the open form's 折算依据 says the same (ActivityEditor).
 */
export function statedBasis(conversion: Conversion, source: unknown): Citation {
  return optionOf(conversion, 'source', source)?.cite ?? conversion.cite;
}

type Stated = Extract<Conversion, { method: 'stated' }>;
type Course = Extract<Activity, { kind: 'course' }>;

/** Scores a course: the certificate's hours, checked against the decimals the rule set allows. */
export function scoreStated(activity: Course, conversion: Stated, ctx: RuleContext): Scored {
  const errors = checkChoices(activity, conversion, true);
  const rules = optionRules(activity, conversion);
  errors.push(...rules.errors);
  const factor = 10 ** conversion.decimals;
  if (Math.abs(activity.hours * factor - Math.round(activity.hours * factor)) > 1e-9) {
    errors.push({ activityId: activity.id, field: 'hours', message: `学时最多保留${conversion.decimals}位小数` });
  }
  // More hours than a whole year of full training days (the round's own day rate) is a typing error, as more days
  // than a year has is for training (the rule set's stated-hours note says so).
  const perDay = ctx.ruleSet.conversions.find((c) => c.method === 'sessions')?.rates.days.hours;
  const days = daysInYear(activity.year);
  if (perDay !== undefined && activity.hours > days * perDay) {
    const most = toTenths(days * perDay);
    errors.push({ activityId: activity.id, field: 'hours', message: `学时超过${activity.year}年每天按全天折算的学时（${days} 天 × ${ctx.hours(toTenths(perDay))} = ${ctx.hours(most)}），请核对` });
  }
  // Refused under the same clause it would count under: the open form's 折算依据 said 通知 三（一） and 逐项明细 the
  // conversion's 附件1 一 3 for one course (a reviewer's check).
  if (errors.length > 0) return { ...invalid(conversion, errors, [activity.year]), cite: statedBasis(conversion, activity.source) };
  const option = chosenOption(activity, conversion, 'source');
  const tenths = toTenths(activity.hours);
  return {
    years: [activity.year],
    subject: activity.subject,
    tenths,
    outcome: 'hours',
    working: `证书载明 ${ctx.hours(tenths)}`,
    reason: undefined,
    cite: statedBasis(conversion, activity.source),
    noteIds: [...(conversion.notes ?? []), ...rules.noteIds],
    errors: [],
    materials: option?.materials ?? conversion.materials,
  };
}
