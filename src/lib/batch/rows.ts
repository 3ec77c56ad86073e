/**
 * Drafts written back as the template's rows (labels in the notice's words): the 人员 and 活动 sheets of an export
 * (so that an export can be imported again) and the tests' generated files. Years, counts and hours are numbers, as
 * a spreadsheet stores what a person types into it, so that Excel sums them; the import reads either.
 */
import type { Activity, Draft, RuleSet } from '../rules/core';
import { activityColumns, PERSON_COLUMNS, type ColumnDef } from './columns';
import { DEGREE_LIST, formList, optionList, SUBJECT_LIST, TITLE_LEVEL_LIST } from './values';

/** A person as the 人员 sheet holds them. */
export interface PersonRowInput {
  key: string;
  name: string;
  department: string;
  draft: Draft;
}

/** One cell: words as text, a figure (year, count, hours) as a number. */
export type RowValue = string | number;

const label = (list: readonly { value: string; label: string }[], value: string | undefined) => (value === undefined ? '' : (list.find((e) => e.value === value)?.label ?? value));

/** The 人员 sheet: headings, then one row per person. */
export function peopleRows(people: readonly PersonRowInput[]): RowValue[][] {
  const head = PERSON_COLUMNS.map((c) => c.label);
  const rows = people.map((p) => {
    const { profile, span, coveredYears } = p.draft;
    const values: Record<string, RowValue> = {
      key: p.key,
      name: p.name,
      department: p.department,
      titleLevel: label(TITLE_LEVEL_LIST, profile.titleLevel),
      degree: label(DEGREE_LIST, profile.degree),
      medical: profile.medical ? '是' : '',
      teacher: profile.teacher ? '是' : '',
      // One year is a figure; several are a list in words (2019、2020).
      coveredYears: coveredYears.length === 1 ? (coveredYears[0] as number) : coveredYears.join('、'),
      spanFrom: span ? span.from : '',
      spanTo: span ? span.to : '',
    };
    return PERSON_COLUMNS.map((c) => values[c.id] ?? '');
  });
  return [head, ...rows];
}

/** The values of one activity by column, in the round's labels. */
export function activityValues(activity: Activity, ruleSet: RuleSet, columns: readonly ColumnDef[]): Map<string, RowValue> {
  const conversion = ruleSet.conversions.find((c) => c.kind === activity.kind);
  const a = activity as Record<string, unknown> & Activity;
  const out = new Map<string, RowValue>();
  out.set('form', label(formList(ruleSet), activity.kind));
  if (a.title !== undefined) out.set('title', a.title);
  if ('year' in a) out.set('year', a['year'] as number);
  if (a.kind === 'assignment') {
    out.set('start', a.start);
    out.set('end', a.end);
  }
  if ('subject' in a && conversion?.subject === 'user') out.set('subject', label(SUBJECT_LIST, a['subject'] as string));
  if (a.kind === 'training') {
    out.set('days', a.days);
    out.set('halfDays', a.halfDays);
    if (a.evenings) out.set('evenings', a.evenings);
  }
  if (a.kind === 'course') out.set('hours', a.hours);
  if ('count' in a && a.kind !== 'training') out.set('count', a['count'] as number);
  for (const f of conversion?.fields ?? []) {
    if (f.name === 'subject' || !(f.name in a) || a[f.name] === undefined) continue;
    const column = columns.find((c) => c.id === `field:${f.label}`);
    if (!column) continue;
    const v = a[f.name];
    out.set(column.id, f.type === 'flag' ? (v ? '是' : '否') : f.type === 'rank' ? (v as number) : label(optionList(conversion as never, f.name), v as string));
  }
  return out;
}

/** The 活动 sheet: headings (工号, then the round's activity columns), then one row per activity. */
export function activityRows(people: readonly PersonRowInput[], ruleSet: RuleSet): RowValue[][] {
  const columns = activityColumns(ruleSet);
  const head = ['工号', ...columns.map((c) => c.label)];
  const rows: RowValue[][] = [];
  for (const p of people) {
    for (const a of p.draft.activities) {
      const values = activityValues(a, ruleSet, columns);
      rows.push([p.key, ...columns.map((c) => values.get(c.id) ?? '')]);
    }
  }
  return [head, ...rows];
}

/**
 * One table with the person's columns on every activity row (what a CSV or pasted cells hold); a person without
 * activities gets one row with the activity columns empty.
 */
export function combinedRows(people: readonly PersonRowInput[], ruleSet: RuleSet): RowValue[][] {
  const [personHead, ...personRows] = peopleRows(people);
  const [activityHead, ...acts] = activityRows(people, ruleSet);
  const head = [...(personHead as RowValue[]), ...(activityHead as RowValue[]).slice(1)];
  const rows: RowValue[][] = [];
  let k = 0;
  people.forEach((p, i) => {
    const person = personRows[i] as RowValue[];
    if (p.draft.activities.length === 0) rows.push([...person, ...(activityHead as RowValue[]).slice(1).map(() => '')]);
    for (let n = 0; n < p.draft.activities.length; n++) rows.push([...person, ...(acts[k++] as RowValue[]).slice(1)]);
  });
  return [head, ...rows];
}
