/**
 * Activity forms generated from the rule set: each conversion's fields, count and year label become form
 * fields, so a round that asks for other things gets another form without touching a component.
 */
import { ASSIGNMENT_TOO_LONG, assignmentYears, DAYS_NOT_WHOLE, MAX_SPAN_YEARS, rankOptional } from '../../lib/rules/draft-limits';
import type { Activity, ActivityKind, Conversion, RuleSet } from '../../lib/rules/core';
import { checkDate, checkDecimal, checkRank, checkWhole, checkYear, normalizeTyped, WHOLE_NOT_DECIMAL, YEAR_EXAMPLE, yearHint, type TextCheck } from './form-text';

/** One generated form field. `name` is the draft property it fills. */
export type FieldSpec =
  | { type: 'year'; name: 'year'; label: string; hint: string; example: string }
  | { type: 'choice'; name: string; label: string; hint: string | undefined; options: { value: string; label: string }[]; control: 'radios' | 'select'; default?: string }
  | { type: 'rank'; name: 'rank'; label: string; hint: string | undefined; optional: boolean }
  | { type: 'flag'; name: string; label: string; hint: string | undefined }
  /** A whole number with a unit; `blankIsZero`: an empty field means none (half days, evenings). */
  | { type: 'whole'; name: string; label: string; unit: string; hint: string | undefined; blankIsZero: boolean }
  | { type: 'hours'; name: 'hours'; label: string; unit: string; decimals: number; hint: string }
  | { type: 'date'; name: 'start' | 'end'; label: string; hint: string };

/** Raw form values: text for typed fields, the option value ('' for none) for choices, a boolean for flags. */
export type FormValues = Record<string, string | boolean>;

/** The visible label of a field, with its unit where it has one. */
export function fieldLabel(spec: FieldSpec): string {
  if (spec.type === 'whole') return `${spec.label}（${spec.unit}）`;
  if (spec.type === 'rank') return `${spec.label}（第几名）`;
  return spec.label;
}

/**
 * A choice of up to this many options is a set of radios, beyond it a select. Every choice of both notices has at most
 * five (形式 and 课程来源 four, 任务类型 five): as radios each option is read in full at any text size and chosen with
 * one tap. In a select, the closed box shows one line, which at 特大 on a 360 px phone cut 湖南省事业单位工作人员培训
 * （限事业单位专业技术人员） to 湖南省事业单位工作人员, hiding the condition that limits it.
 */
const MAX_RADIOS = 6;

const DATE_HINT = '年-月-日，如 2022-03-01，也可写 20220301';

/**
 * The fields of a form for one conversion of a rule set, in the order a person fills them.
 * `current` keeps a field the round does not offer visible while the activity still has a value in it
 * (evenings switched to a round without an evening rate), so the user can see and clear it.
 */
export function formSpecs(conversion: Conversion, ruleSet: RuleSet, current?: Activity): FieldSpec[] {
  const specs: FieldSpec[] = [];
  const unit = ruleSet.hoursUnit;
  if (conversion.method !== 'assignment') {
    // The example is a year the round's spans count (its last): 如 2021 under the 2020 notice (2015～2019) read as a
    // year that would count (a new user's finding).
    const last = Math.max(...ruleSet.spans.map((s) => s.to ?? 0));
    const example = last > 0 ? String(last) : YEAR_EXAMPLE.activity;
    specs.push({ type: 'year', name: 'year', label: conversion.yearLabel ?? '年份', hint: yearHint(example), example });
  }
  const dataFields: FieldSpec[] = conversion.fields.map((f) => {
    if (f.type === 'choice') {
      const spec: FieldSpec = { type: 'choice', name: f.name, label: f.label, hint: f.hint, options: f.options.map((o) => ({ value: o.value, label: o.label })), control: f.options.length > MAX_RADIOS ? 'select' : 'radios' };
      return f.default === undefined ? spec : { ...spec, default: f.default };
    }
    // An award's rank may stay empty: the engine asks for it where the level is converted by rank (2020 地厅级).
    if (f.type === 'rank') return { type: 'rank', name: 'rank', label: f.label, hint: f.hint, optional: rankOptional(conversion.kind) };
    return { type: 'flag', name: f.name, label: f.label, hint: f.hint };
  });
  if (conversion.method === 'assignment') {
    // A choice with a default refines the dates: it follows them.
    const refines = (f: FieldSpec) => f.type === 'choice' && f.default !== undefined;
    specs.push(...dataFields.filter((f) => f.type !== 'flag' && !refines(f)));
    specs.push({ type: 'date', name: 'start', label: '开始日期', hint: `${DATE_HINT}；起止日期都计算在内` });
    specs.push({ type: 'date', name: 'end', label: '结束日期', hint: DATE_HINT });
    specs.push(...dataFields.filter(refines));
    specs.push(...dataFields.filter((f) => f.type === 'flag'));
    return specs;
  }
  specs.push(...dataFields);
  if (conversion.method === 'sessions') {
    const { days, halfDays, evenings } = conversion.rates;
    specs.push({ type: 'whole', name: 'days', label: '全天天数', unit: days.unit, hint: `每天折算 ${days.hours} ${unit}`, blankIsZero: true });
    specs.push({ type: 'whole', name: 'halfDays', label: '半天次数', unit: '次', hint: `每半天折算 ${halfDays.hours} ${unit}；没有可不填`, blankIsZero: true });
    const hasEvenings = current?.kind === 'training' && current.evenings > 0;
    if (evenings !== undefined) {
      specs.push({ type: 'whole', name: 'evenings', label: '晚上次数', unit: '次', hint: `每晚折算 ${evenings.hours} ${unit}；没有可不填`, blankIsZero: true });
    } else if (hasEvenings) {
      specs.push({ type: 'whole', name: 'evenings', label: '晚上次数', unit: '次', hint: conversion.eveningsNotCovered ?? '本通知未规定晚上的折算，晚上不计学时。', blankIsZero: true });
    }
  } else if (conversion.method === 'stated') {
    // The unit is the label's last word: 证书载明学时 (2024), 证书载明学时（分） (2020).
    specs.push({ type: 'hours', name: 'hours', label: `证书载明${unit}`, unit, decimals: conversion.decimals, hint: `按学时证明填写${conversion.decimals > 0 ? `，可有${conversion.decimals === 1 ? '一' : conversion.decimals}位小数，如 24.5` : ''}` });
  } else {
    specs.push({ type: 'whole', name: 'count', label: conversion.count.label, unit: conversion.count.unit, hint: undefined, blankIsZero: false });
  }
  return specs;
}

/** A count (篇数, 数量 …): a new activity's form starts it at 1. */
export const startsAtOne = (spec: FieldSpec): boolean => spec.type === 'whole' && spec.name === 'count';

/** Form values for a new activity: counts start at 1, a choice with a default (set in the rule data) at it, everything else empty. */
export function blankValues(specs: readonly FieldSpec[]): FormValues {
  const values: FormValues = {};
  for (const spec of specs) {
    if (spec.type === 'flag') values[spec.name] = false;
    else if (spec.type === 'choice' && spec.default !== undefined) values[spec.name] = spec.default;
    else if (startsAtOne(spec)) values[spec.name] = '1';
    else values[spec.name] = '';
  }
  return values;
}

/**
 * Form values showing an activity as it is in the draft. A 0 in a field that may be left blank (全天天数, 半天次数,
 * 晚上次数: readForm reads a blank one as 0) comes back blank, as it was most likely left: 修改 on a training of
 * 3 days had shown 半天次数 0, a figure the person never typed.
 */
export function valuesOf(activity: Activity, specs: readonly FieldSpec[]): FormValues {
  const record = activity as unknown as Record<string, unknown>;
  const values: FormValues = {};
  for (const spec of specs) {
    const v = record[spec.name];
    if (spec.type === 'flag') values[spec.name] = v === true;
    else if (spec.type === 'choice' && (v === undefined || v === null) && spec.default !== undefined) values[spec.name] = spec.default;
    else if (spec.type === 'whole' && spec.blankIsZero && v === 0) values[spec.name] = '';
    else values[spec.name] = v === undefined || v === null ? '' : String(v);
  }
  return values;
}

/** The outcome of reading a form: the activity when every field is valid, and a message per field. */
export interface FormReading {
  activity: Activity | null;
  errors: Record<string, string>;
}

/**
 * The text without the field's own unit written after the figure (3天 in 全天天数（天）, 24.5学时 in 证书载明学时), as a
 * year field already reads 2021年 (a new user typed 3天 and was told 请输入数字). Only that unit: 3学时 in a field of
 * days stays a mistake to correct, never a figure nobody meant.
 */
function withoutUnit(text: string, unit: string): string {
  const units = [unit, ...(unit.startsWith('学时') ? ['学时'] : [])];
  const trimmed = text.trim();
  const found = units.find((u) => u !== '' && trimmed.endsWith(u) && trimmed.length > u.length);
  return found === undefined ? text : trimmed.slice(0, -found.length);
}

/**
 * A figure followed by another unit (3学时 or 3日 in 全天天数（天））: the field says which unit it counts in, where
 * 请输入数字 told a person who had typed a number nothing (a new user's check).
 */
const FIGURE_AND_WORD = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)[^\d.]+$/;

function checkText(spec: FieldSpec, text: string): TextCheck<number | string> {
  if (spec.type === 'whole' || spec.type === 'hours') {
    text = withoutUnit(text, spec.unit);
    if (FIGURE_AND_WORD.test(normalizeTyped(text))) {
      return { state: 'error', message: `请只填数字（单位为${spec.unit.replace(/（分）$/, '')}），如 ${spec.type === 'hours' && spec.decimals > 0 ? '24.5' : '3'}` };
    }
  }
  switch (spec.type) {
    case 'year':
      return checkYear(text, spec.example);
    case 'rank':
      return checkRank(text);
    case 'whole': {
      const read = checkWhole(text);
      // 8.5 天: the half day has its own field.
      if (spec.name === 'days' && read.state === 'error' && read.message === WHOLE_NOT_DECIMAL) return { state: 'error', message: DAYS_NOT_WHOLE };
      return read;
    }
    case 'hours':
      return checkDecimal(text, spec.decimals);
    case 'date':
      return checkDate(text);
    default:
      return { state: 'empty' };
  }
}

function requiredMessage(spec: FieldSpec): string {
  if (spec.type === 'choice') return `请选择${spec.label}`;
  if (spec.type === 'flag') return `请确认${spec.label}`;
  return `请填写${spec.label}`;
}

/** Longest activity name (the draft format's limit). */
const MAX_TITLE = 200;
const CHOICE_VALUE = /^[a-z][a-z0-9-]*$/;

/**
 * Reads a form into an activity; any field in error keeps the activity out (the draft keeps its last valid
 * version). Every field the form has is checked here, in the same terms as the draft schema, which the page does
 * not load for typing (a unit test checks that every activity read from a form passes the schema); whether a
 * choice is one the round offers is the engine's to say.
 * @example readForm('paper', 'a1', specs, { year: '2022', role: 'first', foreign: false, count: '-1' }, '') // { activity: null, errors: { count: '不能为负数' } }
 */
export function readForm(kind: ActivityKind, id: string, specs: readonly FieldSpec[], values: FormValues, title: string): FormReading {
  const errors: Record<string, string> = {};
  const candidate: Record<string, unknown> = { id, kind };
  const trimmedTitle = title.trim();
  if (trimmedTitle !== '') candidate['title'] = trimmedTitle;
  for (const spec of specs) {
    const raw = values[spec.name];
    if (spec.type === 'flag') {
      candidate[spec.name] = raw === true;
    } else if (spec.type === 'choice') {
      if (typeof raw === 'string' && raw !== '') candidate[spec.name] = raw;
    } else {
      const check = checkText(spec, typeof raw === 'string' ? raw : '');
      if (check.state === 'error') errors[spec.name] = check.message;
      else if (check.state === 'ok') candidate[spec.name] = check.value;
      else if (spec.type === 'whole' && spec.blankIsZero) candidate[spec.name] = 0;
      else if (spec.type === 'rank' && spec.optional) continue;
      else errors[spec.name] = requiredMessage(spec);
    }
  }
  // A training of no day, half day or evening counts for nothing: say so instead of counting 0 silently.
  const sessionFields = specs.filter((s) => s.type === 'whole' && s.blankIsZero).map((s) => s.name);
  if (sessionFields.length > 0 && sessionFields.every((n) => candidate[n] === 0) && sessionFields.every((n) => errors[n] === undefined)) {
    const labels = specs.filter((s) => s.type === 'whole' && s.blankIsZero).map((s) => s.label).join('、');
    // Left blank, or filled with 0: the message says which (“请填写…” when the person did write 0 would be wrong).
    const typedZero = sessionFields.some((n) => typeof values[n] === 'string' && (values[n] as string).trim() !== '');
    errors[sessionFields[0] as string] = typedZero ? `${labels}不能都为 0` : `请填写${labels}中的至少一项`;
  }
  // 0 篇 (or 项, 部 …) and a certificate of 0 学时 count for nothing either: refused as above rather than counted as 0
  // (a new user met 全天天数、半天次数不能都为 0 beside 0 篇 × 10学时 = 0学时 accepted).
  for (const spec of specs) {
    if ((startsAtOne(spec) || spec.type === 'hours') && candidate[spec.name] === 0 && errors[spec.name] === undefined) errors[spec.name] = startsAtOne(spec) ? `${spec.label}至少为 1` : `${spec.label}不能为 0`;
  }
  // Caught here rather than left to the engine, so that the draft keeps the last valid dates meanwhile.
  const { start, end } = candidate;
  if (typeof start === 'string' && typeof end === 'string' && end < start && errors['end'] === undefined) errors['end'] = '结束日期不能早于开始日期';
  for (const spec of specs) {
    if (spec.type !== 'choice' || errors[spec.name] !== undefined) continue;
    const value = candidate[spec.name];
    if (value === undefined && spec.default === undefined) errors[spec.name] = requiredMessage(spec);
    else if (value !== undefined && (typeof value !== 'string' || value.length > 64 || !CHOICE_VALUE.test(value))) errors[spec.name] = `${spec.label}的取值无效`;
  }
  if (typeof start === 'string' && typeof end === 'string' && errors['end'] === undefined && assignmentYears(start, end) > MAX_SPAN_YEARS) errors['end'] = ASSIGNMENT_TOO_LONG;
  if (trimmedTitle.length > MAX_TITLE) errors['title'] = `名称不能超过 ${MAX_TITLE} 字`;
  // The draft format's default for a round without an evening rate (the schema adds it the same way).
  if (kind === 'training' && candidate['evenings'] === undefined) candidate['evenings'] = 0;
  return { activity: Object.keys(errors).length === 0 ? (candidate as unknown as Activity) : null, errors };
}

/** The conversion of a kind in a rule set. */
export function conversionOf(ruleSet: RuleSet, kind: ActivityKind): Conversion | undefined {
  return ruleSet.conversions.find((c) => c.kind === kind);
}
