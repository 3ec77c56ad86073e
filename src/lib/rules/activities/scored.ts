/** What a scorer returns for one activity, before the span and the years are applied. */
import type { Activity } from '../draft-schema';
import type { Citation, Conversion, FieldDef } from '../rule-set-schema';
import type { FieldError, Subject } from '../result-types';
import { SUBJECT_LABELS } from '../labels';

/** A scored activity, in tenths of an hour so that sums stay exact. */
export interface Scored {
  /** Year(s) the item belongs to; an assignment may fill several. */
  years: number[];
  subject: Subject | null;
  tenths: number;
  /** `met-in-full` marks an assignment that fills its years. */
  outcome: 'hours' | 'not-covered' | 'met-in-full' | 'invalid';
  working: string;
  reason: string | undefined;
  cite: Citation;
  noteIds: string[];
  errors: FieldError[];
  /** Materials entry this item needs. */
  materials: string | undefined;
  /** What the person must be told beside the item (ItemResult.warnings); absent when nothing. */
  warnings?: string[];
}

/** Reads a field of an activity by name (fields are declared in the rule set). */
export function fieldValue(activity: Activity, name: string): unknown {
  return (activity as unknown as Record<string, unknown>)[name];
}

/**
 * Checks the activity's values for the conversion's choice fields against the offered options.
 * A value the rule set does not offer (for example after switching the round) is an error, never a guess.
 */
export function checkChoices(activity: Activity, conversion: Conversion, required: boolean): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of conversion.fields) {
    if (field.type !== 'choice') continue;
    const value = fieldValue(activity, field.name) ?? field.default;
    if (value === undefined) {
      if (required) errors.push({ activityId: activity.id, field: field.name, message: `请选择${field.label}` });
    } else if (!field.options.some((o) => o.value === value)) {
      errors.push({ activityId: activity.id, field: field.name, message: `所选${field.label}不在本通知的选项中，请重新选择` });
    }
  }
  return errors;
}

/** The option chosen for a choice field, if valid. */
export function chosenOption(activity: Activity, conversion: Conversion, name: string) {
  return optionOf(conversion, name, fieldValue(activity, name));
}

/** The option of a choice field that `value` names (the field's default where it is undefined), if valid. */
export function optionOf(conversion: Conversion, name: string, value: unknown) {
  const field = conversion.fields.find((f): f is Extract<FieldDef, { type: 'choice' }> => f.type === 'choice' && f.name === name);
  return field?.options.find((o) => o.value === (value ?? field.default));
}

/**
 * What the chosen options add to an item: their notes, and an error where an option fixes the subject (the notice
 * says which subject such training counts towards) and the activity says the other one.
 */
export function optionRules(activity: Activity, conversion: Conversion): { noteIds: string[]; errors: FieldError[] } {
  const noteIds: string[] = [];
  const errors: FieldError[] = [];
  const subject = fieldValue(activity, 'subject');
  for (const field of conversion.fields) {
    if (field.type !== 'choice') continue;
    const option = chosenOption(activity, conversion, field.name);
    if (option === undefined) continue;
    noteIds.push(...(option.notes ?? []));
    if (option.subject !== undefined && subject !== undefined && subject !== option.subject) {
      const clause = option.cite?.clause ?? conversion.cite.clause;
      const label = SUBJECT_LABELS[option.subject];
      errors.push({ activityId: activity.id, field: 'subject', message: `${option.label}按${clause}计入${label}，请选择“${label}”` });
    }
  }
  return { noteIds, errors };
}

/** An invalid result: 0 hours until the user fixes the fields. */
export function invalid(conversion: Conversion, errors: FieldError[], years: number[]): Scored {
  return {
    years,
    subject: null,
    tenths: 0,
    outcome: 'invalid',
    working: '',
    reason: errors.map((e) => e.message).join('；'),
    cite: conversion.cite,
    noteIds: [],
    errors,
    materials: undefined,
  };
}
