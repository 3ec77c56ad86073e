/** Per-item conversions: the first table row that matches the item's fields, times its count. */
import type { Activity } from '../draft-schema';
import type { TableConversion } from '../rule-set-schema';
import type { RuleContext } from '../context';
import { checkChoices, fieldValue, invalid, optionRules, type Scored } from './scored';

type Row = TableConversion['rows'][number];
type Condition = Row['when'][string];
type TableActivity = Extract<Activity, { kind: TableConversion['kind'] }>;

function matches(condition: Condition, value: unknown): boolean {
  if (typeof condition === 'string' || typeof condition === 'boolean') return value === condition;
  if (Array.isArray(condition)) return typeof value === 'string' && condition.includes(value);
  if (typeof value !== 'number') return false;
  return (condition.min === undefined || value >= condition.min) && (condition.max === undefined || value <= condition.max);
}

/** Finds the row for an activity, and the fields whose missing value kept a row from matching. */
export function findRow(rows: readonly Row[], activity: Activity): { row: Row | undefined; missing: Set<string> } {
  const missing = new Set<string>();
  for (const row of rows) {
    let ok = true;
    for (const [name, condition] of Object.entries(row.when)) {
      const value = fieldValue(activity, name);
      if (value === undefined) missing.add(name);
      if (!matches(condition, value)) {
        ok = false;
        break;
      }
    }
    if (ok) return { row, missing };
  }
  return { row: undefined, missing };
}

/** Scores a table activity: row hours × count, or 0 with the reason the row gives. */
export function scoreTable(activity: TableActivity, conversion: TableConversion, ctx: RuleContext): Scored {
  const errors = checkChoices(activity, conversion, false);
  if (errors.length > 0) return invalid(conversion, errors, [activity.year]);
  const { row, missing } = findRow(conversion.rows, activity);
  if (row === undefined) {
    const labels = conversion.fields.filter((f) => missing.has(f.name));
    const missingErrors = labels.map((f) => ({
      activityId: activity.id,
      field: f.name,
      message: f.type === 'rank' ? `请填写${f.label}` : `请选择${f.label}`,
    }));
    return invalid(
      conversion,
      missingErrors.length > 0 ? missingErrors : [{ activityId: activity.id, field: 'kind', message: '本通知没有与所填情况对应的折算标准' }],
      [activity.year],
    );
  }
  const cite = row.cite ?? conversion.cite;
  const noteIds = [...(conversion.notes ?? []), ...(row.notes ?? []), ...optionRules(activity, conversion).noteIds];
  const unit = conversion.count.unit;
  if (row.hours === undefined) {
    return {
      years: [activity.year],
      subject: 'professional',
      tenths: 0,
      outcome: 'not-covered',
      working: `不予折算，0${ctx.ruleSet.hoursUnit}`,
      reason: row.notCovered,
      cite,
      noteIds,
      errors: [],
      materials: undefined,
    };
  }
  const perItem = Math.round(row.hours * 10);
  const tenths = perItem * activity.count;
  return {
    years: [activity.year],
    subject: 'professional',
    tenths,
    outcome: 'hours',
    working: `${activity.count}${unit} × ${ctx.hours(perItem)} = ${ctx.hours(tenths)}`,
    reason: undefined,
    cite,
    noteIds,
    errors: [],
    materials: conversion.materials,
  };
}
