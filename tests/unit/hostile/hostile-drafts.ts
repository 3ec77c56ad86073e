/**
 * Hostile drafts: wrong types, impossible numbers, huge strings and lists, prototype keys, unknown versions,
 * impossible and far dates, duplicate ids. Each is a value as a stored record, an imported file or a shared link
 * could hold it; `json: false` marks values only storage can hold (NaN, undefined, BigInt, Map, cycles).
 */
import type { Draft } from '../../../src/lib/rules';

/** What must happen to a hostile draft. */
export type Outcome =
  /** Refused, with a message matching this (both as an imported file and as a stored record). */
  | { refused: RegExp }
  /** Read (put right where needed); `check` adds what must hold of the draft read. */
  | { accepted: true; check?: (draft: Draft) => void };

/** One hostile draft. */
export interface HostileDraft {
  name: string;
  value: () => unknown;
  /** The file text, when JSON.stringify(value) would not say the same (prototype keys, duplicate keys). */
  text?: string;
  /** False for values JSON cannot hold: only the stored-record path applies. */
  json?: boolean;
  outcome: Outcome;
}

const training = { id: 't1', kind: 'training', title: '公需课', year: 2020, subject: 'public', format: 'training', days: 2, halfDays: 1 };
const course = { id: 'c1', kind: 'course', year: 2021, subject: 'professional', source: 'online', hours: 12.5 };
const assignment = { id: 'x1', kind: 'assignment', mission: 'tibet', start: '2020-03-01', end: '2021-06-30', passed: true };

/** A valid draft with personal fields; `patch` replaces top-level fields. */
export function validDraft(patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'hunan-jxjy-draft',
    version: 1,
    ruleSet: 'zhuzhou-2024',
    profile: { titleLevel: 'deputy-senior', degree: 'master', name: '张三', employer: '株洲市某某医院' },
    span: { from: 2019, to: 2023 },
    coveredYears: [2019],
    activities: [training, course, assignment],
    ...patch,
  };
}

/** The valid draft with its first activity (a training) changed. */
const withTraining = (patch: Record<string, unknown>) => validDraft({ activities: [{ ...training, ...patch }, course, assignment] });
const withCourse = (patch: Record<string, unknown>) => validDraft({ activities: [training, { ...course, ...patch }, assignment] });
const withAssignment = (patch: Record<string, unknown>) => validDraft({ activities: [training, course, { ...assignment, ...patch }] });
const withProfile = (patch: Record<string, unknown>) => validDraft({ profile: { titleLevel: 'deputy-senior', degree: 'master', ...patch } });

const refused = (pattern: RegExp): Outcome => ({ refused: pattern });
const accepted = (check?: (draft: Draft) => void): Outcome => (check ? { accepted: true, check } : { accepted: true });

function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { next: value };
  return value;
}

function cyclic(): Record<string, unknown> {
  const draft = validDraft();
  draft['self'] = draft;
  (draft['activities'] as unknown[]).push(draft);
  return draft;
}

/** Prototype-polluting text as JSON.parse reads it: `__proto__` becomes an own key, never the prototype. */
const protoText = (inner: string) => JSON.stringify(validDraft()).replace(/^\{/, `{${inner},`);

export const hostileDrafts: HostileDraft[] = [
  // Wrong types at the top
  { name: 'null instead of a draft', value: () => null, outcome: refused(/格式无效|不是本站的测算草稿/) },
  { name: 'a number instead of a draft', value: () => 42, outcome: refused(/格式无效|不是本站的测算草稿/) },
  { name: 'a string instead of a draft', value: () => '草稿', outcome: refused(/格式无效|不是本站的测算草稿/) },
  { name: 'a list instead of a draft', value: () => [validDraft()], outcome: refused(/格式无效|不是本站的测算草稿/) },
  { name: 'no format marker', value: () => ({ ...validDraft(), format: undefined }), outcome: refused(/不是本站的测算草稿/) },
  { name: 'another site’s format marker', value: () => validDraft({ format: 'other-app' }), outcome: refused(/不是本站的测算草稿/) },
  { name: 'version as a string', value: () => validDraft({ version: '1' }), outcome: refused(/草稿版本无效/) },
  { name: 'version 1.5', value: () => validDraft({ version: 1.5 }), outcome: refused(/草稿版本无效/) },
  { name: 'ruleSet as a number', value: () => validDraft({ ruleSet: 2024 }), outcome: refused(/政策年度/) },
  { name: 'profile null', value: () => validDraft({ profile: null }), outcome: refused(/申报信息.*格式无效/) },
  { name: 'profile a list', value: () => validDraft({ profile: [] }), outcome: refused(/申报信息.*格式无效/) },
  { name: 'a title level no notice has', value: () => withProfile({ titleLevel: 'emperor' }), outcome: refused(/申报职称级别/) },
  { name: 'activities an object', value: () => validDraft({ activities: { 0: training } }), outcome: refused(/活动.*格式无效/) },
  { name: 'activities null', value: () => validDraft({ activities: null }), outcome: refused(/活动.*格式无效/) },
  { name: 'an activity that is null', value: () => validDraft({ activities: [null] }), outcome: refused(/第1项活动.*活动类型无效/) },
  { name: 'an unknown kind of activity', value: () => withTraining({ kind: 'magic' }), outcome: refused(/第1项活动.*活动类型无效/) },
  { name: 'an activity without a kind', value: () => withTraining({ kind: undefined }), outcome: refused(/第1项活动.*活动类型无效/) },
  { name: 'days as text', value: () => withTraining({ days: '3' }), outcome: refused(/第1项活动「全天天数（天）」.*须填写数字/) },
  { name: 'days as true', value: () => withTraining({ days: true }), outcome: refused(/第1项活动「全天天数（天）」.*须填写数字/) },
  { name: 'negative days', value: () => withTraining({ days: -3 }), outcome: refused(/不能为负数/) },
  { name: 'a fraction of a day', value: () => withTraining({ days: 1.5 }), outcome: refused(/须为整数/) },
  { name: 'passed as "yes"', value: () => withAssignment({ passed: 'yes' }), outcome: refused(/第3项活动「考核合格」/) },
  { name: 'a count over 10000', value: () => withTraining({ halfDays: 10001 }), outcome: refused(/不能超过 10000/) },
  // Impossible numbers
  { name: 'days NaN', value: () => withTraining({ days: NaN }), json: false, outcome: refused(/须填写数字/) },
  { name: 'days Infinity', value: () => withTraining({ days: Infinity }), json: false, outcome: refused(/须填写数字/) },
  { name: 'hours -Infinity', value: () => withCourse({ hours: -Infinity }), json: false, outcome: refused(/第2项活动「学时」.*须填写数字/) },
  { name: 'days 1e308', value: () => withTraining({ days: 1e308 }), outcome: refused(/第1项活动「全天天数（天）」.*须为整数/) },
  { name: 'hours 1e400 in the file (Infinity to JSON.parse)', value: () => withCourse({ hours: 0 }), text: JSON.stringify(withCourse({ hours: 7 })).replace('"hours":7', '"hours":1e400'), outcome: refused(/第2项活动「学时」.*须填写数字/) },
  { name: 'hours with two decimals', value: () => withCourse({ hours: 0.05 }), outcome: refused(/一位小数/) },
  { name: 'hours of 1e-7', value: () => withCourse({ hours: 1e-7 }), outcome: refused(/一位小数/) },
  { name: 'year 1e308', value: () => withTraining({ year: 1e308 }), outcome: refused(/第1项活动「年份」.*年份须为整数/) },
  { name: 'year -1', value: () => withTraining({ year: -1 }), outcome: refused(/年份不能早于 1980 年/) },
  { name: 'year as a BigInt', value: () => withTraining({ year: 2020n }), json: false, outcome: refused(/须填写年份/) },
  { name: 'days undefined (only storage keeps it)', value: () => withTraining({ days: undefined }), json: false, outcome: refused(/须填写数字/) },
  { name: 'a Map for the profile', value: () => validDraft({ profile: new Map([['titleLevel', 'deputy-senior']]) }), json: false, outcome: refused(/申报/) },
  { name: 'a Date for a date', value: () => withAssignment({ start: new Date(2020, 0, 1) }), json: false, outcome: refused(/第3项活动「开始日期」.*须填写日期/) },
  { name: 'a draft that contains itself', value: cyclic, json: false, outcome: refused(/第4项活动.*活动类型无效/) },
  // Spans and covered years
  { name: 'a span that runs backwards', value: () => validDraft({ span: { from: 2023, to: 2019 } }), outcome: refused(/起始年份不能晚于结束年份/) },
  { name: 'a span of 50 years', value: () => validDraft({ span: { from: 2000, to: 2049 } }), outcome: refused(/核认跨度不能超过 20 年/) },
  { name: 'a span of text', value: () => validDraft({ span: { from: 'x', to: 2020 } }), outcome: refused(/起始年份/) },
  { name: 'a covered year 1900', value: () => validDraft({ coveredYears: [1900] }), outcome: refused(/已认定年度第1个.*1980/) },
  { name: '51 covered years', value: () => validDraft({ coveredYears: Array.from({ length: 51 }, () => 2020) }), outcome: refused(/已认定年度过多/) },
  { name: 'covered years not a list', value: () => validDraft({ coveredYears: '2019' }), outcome: refused(/已认定年度.*格式无效/) },
  // Huge strings and lists
  { name: 'a title of 201 characters', value: () => withTraining({ title: '课'.repeat(201) }), outcome: refused(/名称不能超过 200 字/) },
  { name: 'a title of a million characters', value: () => withTraining({ title: 'x'.repeat(1_000_000) }), outcome: refused(/名称不能超过 200 字/) },
  { name: 'a name of 51 characters', value: () => withProfile({ name: '张'.repeat(51) }), outcome: refused(/姓名不能超过 50 字/) },
  { name: 'an employer of 10,000 characters', value: () => withProfile({ employer: '单'.repeat(10_000) }), outcome: refused(/工作单位不能超过 100 字/) },
  { name: '1001 activities', value: () => validDraft({ activities: Array.from({ length: 1001 }, (_, i) => ({ ...training, id: `t${i}` })) }), outcome: refused(/活动最多 1000 项/) },
  { name: '100,000 activities', value: () => validDraft({ activities: Array.from({ length: 100_000 }, () => 0) }), outcome: refused(/活动最多 1000 项/) },
  { name: 'a choice value of a million characters', value: () => withTraining({ format: 'a'.repeat(1_000_000) }), outcome: refused(/形式的取值无效/) },
  { name: 'an id of 65 characters', value: () => withTraining({ id: 'a'.repeat(65) }), outcome: refused(/编号无效/) },
  { name: 'an id of HTML', value: () => withTraining({ id: '<img src=x onerror=alert(1)>' }), outcome: refused(/编号无效/) },
  { name: 'a ruleSet of HTML', value: () => validDraft({ ruleSet: '<script>alert(1)</script>' }), outcome: refused(/政策年度无效/) },
  { name: 'a title of HTML, kept as text', value: () => withTraining({ title: '<script>alert(1)</script>' }), outcome: accepted((d) => { if (d.activities[0]?.title !== '<script>alert(1)</script>') throw new Error('title changed'); }) },
  { name: 'a lone surrogate in a title', value: () => withTraining({ title: '课\uD800' }), outcome: accepted() },
  { name: 'an unknown field nested 1000 deep', value: () => validDraft({ extra: nested(1000) }), outcome: accepted((d) => { if ('extra' in d) throw new Error('unknown field kept'); }) },
  // Prototype keys
  { name: 'a __proto__ key at the top', value: () => JSON.parse(protoText('"__proto__":{"polluted":true}')), text: protoText('"__proto__":{"polluted":true}'), outcome: accepted() },
  { name: 'a constructor.prototype key in an activity', value: () => withTraining({ constructor: { prototype: { polluted: true } } }), outcome: accepted() },
  { name: 'days inherited through __proto__ instead of given', value: () => JSON.parse(JSON.stringify(withTraining({ days: 1 })).replace('"days":1', '"__proto__":{"days":5}')), text: JSON.stringify(withTraining({ days: 1 })).replace('"days":1', '"__proto__":{"days":5}'), outcome: refused(/第1项活动「全天天数（天）」.*须填写数字/) },
  { name: 'a hasOwnProperty key in the profile', value: () => withProfile({ hasOwnProperty: 1, toString: 'x' }), outcome: accepted() },
  { name: 'the version given twice, the newer last', value: () => validDraft({ version: 2 }), text: JSON.stringify(validDraft()).replace('"version":1', '"version":1,"version":2'), outcome: refused(/较新版本/) },
  // Unknown versions
  { name: 'version 2', value: () => validDraft({ version: 2 }), outcome: refused(/较新版本.*第 2 版/) },
  { name: 'version 999999999', value: () => validDraft({ version: 999_999_999 }), outcome: refused(/较新版本/) },
  { name: 'version -1', value: () => validDraft({ version: -1 }), outcome: refused(/草稿版本无效/) },
  { name: 'version 0 and nothing else', value: () => ({ version: 0 }), outcome: refused(/政策年度|申报|活动/) },
  { name: 'version 0 with an unknown round and no activities', value: () => ({ version: 0, round: '???', profile: {}, activities: null }), outcome: refused(/政策年度无效|活动/) },
  // Impossible and far dates
  { name: 'an assignment from 0001-01-01 to 9999-12-31', value: () => withAssignment({ start: '0001-01-01', end: '9999-12-31' }), outcome: refused(/日期须在 1980 年至 2100 年之间/) },
  { name: 'an assignment from 1980 to 2100', value: () => withAssignment({ start: '1980-01-01', end: '2100-12-31' }), outcome: refused(/不能跨越 20 个以上年度/) },
  { name: '500 assignments from 0001 to 9999', value: () => validDraft({ activities: Array.from({ length: 500 }, (_, i) => ({ ...assignment, id: `x${i}`, start: '0001-01-01', end: '9999-12-31' })) }), outcome: refused(/日期须在 1980 年至 2100 年之间/) },
  { name: '51 assignments', value: () => validDraft({ activities: Array.from({ length: 51 }, (_, i) => ({ ...assignment, id: `x${i}` })) }), outcome: refused(/特定工作任务最多 50 项/) },
  { name: 'the 30th of February', value: () => withAssignment({ end: '2021-02-30' }), outcome: refused(/日期不存在/) },
  { name: 'a thirteenth month', value: () => withAssignment({ start: '2020-13-01' }), outcome: refused(/日期不存在/) },
  { name: 'a date with a time', value: () => withAssignment({ start: '2020-03-01T00:00:00Z' }), outcome: refused(/日期格式应为/) },
  { name: 'an assignment that ends before it starts', value: () => withAssignment({ start: '2021-06-30', end: '2020-03-01' }), outcome: accepted() },
  { name: 'a year of text in a date', value: () => withAssignment({ start: 'abcd-01-01' }), outcome: refused(/日期格式应为/) },
  // Duplicate ids
  { name: 'two activities sharing an id', value: () => validDraft({ activities: [training, { ...course, id: 't1' }] }), outcome: accepted((d) => { if (d.activities[1]?.id === 't1') throw new Error('not renumbered'); }) },
  { name: '1000 activities sharing one id', value: () => validDraft({ activities: Array.from({ length: 1000 }, () => ({ ...training })) }), outcome: accepted() },
];
