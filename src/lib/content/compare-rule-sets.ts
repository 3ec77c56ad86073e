/**
 * Side-by-side comparison of two rule sets (the 新旧对比 page), generated from the data so that it can never
 * drift from what the calculator uses. Conversions are compared case by case: every combination of the form's
 * choices is scored under both rule sets, then combinations that score alike are merged back into readable rows.
 */
import { DEGREES, TITLE_LEVELS, matchSpanRule, type Activity, type Citation, type CitationRef, type Conversion, type FieldDef, type Profile, type RuleSet, type TableConversion } from '../rules';
import { findRow } from '../rules/activities/table';
import { alternativeName, EXTRA_LABEL } from '../rules/alternatives';
import { citeRef } from './rounds';

/** One side of a row: what the rule set says, in lines of text, with the clause it comes from. */
export interface ComparisonCell {
  lines: string[];
  cite?: CitationRef;
  /** What is compared: the lines with the rule set's name for the hour unit neutralised (学时（分） = 学时). */
  key: string;
  /** Why a case scores nothing, as the rule set words it; shown, not compared. */
  note?: string;
}

/** One compared item. `changed` is true whenever the two sides read differently. */
export interface ComparisonRow {
  id: string;
  label: string;
  before: ComparisonCell;
  after: ComparisonCell;
  changed: boolean;
  /** Where only one figure changed, the change in short: "10 → 8". */
  delta?: string;
}

/** A group of rows with a heading (年度学时要求, one per form of conversion, 佐证材料…). */
export interface ComparisonSection {
  id: string;
  title: string;
  rows: ComparisonRow[];
  /** Number of changed rows. */
  changes: number;
}

/** The whole comparison, older rule set first. */
export interface RuleSetComparison {
  before: RuleSet;
  after: RuleSet;
  sections: ComparisonSection[];
  changes: number;
}

/** Wording for an absent rule. */
export const NOT_SET = '未规定';
/** Wording for a case a rule set's form does not list (e.g. 主要完成人 in 2020). */
export const NOT_LISTED = '未单列';
/** Wording for a case a rule set lists as scoring nothing. */
export const NOT_COVERED = '不予折算';

/** Stands for the rule set's hour unit in generated text, so that 学时（分） and 学时 compare equal. */
const UNIT = '\u0001';

function cell(ruleSet: RuleSet, template: string[], cite?: Citation): ComparisonCell {
  const key = template.join('\n');
  const lines = template.map((l) => l.replaceAll(UNIT, ruleSet.hoursUnit));
  return cite === undefined ? { lines, key } : { lines, cite: citeRef(ruleSet, cite), key };
}

function row(id: string, label: string, before: ComparisonCell, after: ComparisonCell): ComparisonRow {
  const changed = before.key !== after.key;
  const delta = changed ? numericDelta(before.key, after.key) : undefined;
  return delta === undefined ? { id, label, before, after, changed } : { id, label, before, after, changed, delta };
}

/**
 * The change of the one figure that differs between two otherwise equal texts, or undefined.
 * @example numericDelta('每天 10 学时', '每天 8 学时') // "10 → 8"
 */
export function numericDelta(before: string, after: string): string | undefined {
  const number = /\d+(?:\.\d+)?/g;
  if (before.replace(number, '#') !== after.replace(number, '#')) return undefined;
  const a = before.match(number) ?? [];
  const b = after.match(number) ?? [];
  const differing = a.flatMap((x, i) => (x === b[i] ? [] : [i]));
  if (differing.length !== 1) return undefined;
  const i = differing[0] as number;
  return `${a[i]} → ${b[i]}`;
}

function section(id: string, title: string, rows: ComparisonRow[]): ComparisonSection {
  return { id, title, rows, changes: rows.filter((r) => r.changed).length };
}

/** Items of `after` in order, then those only in `before` (by key). */
function union<T>(before: readonly T[], after: readonly T[], key: (item: T) => string): string[] {
  const keys = after.map(key);
  for (const k of before.map(key)) if (!keys.includes(k)) keys.push(k);
  return keys;
}

// ——— requirement and spans ———

function requirementRows(a: RuleSet, b: RuleSet): ComparisonRow[] {
  const parts = [
    { key: 'total', label: '每年总学时' },
    { key: 'public', label: '其中公需科目' },
    { key: 'professional', label: '其中专业科目' },
  ] as const;
  const describe = (rs: RuleSet, key: (typeof parts)[number]['key']): ComparisonCell => {
    const part = rs.requirement[key];
    if (part === undefined) return cell(rs, [NOT_SET]);
    const text = part.strength === 'required' ? `不少于 ${part.hours} ${UNIT}` : `一般不少于 ${part.hours} ${UNIT}（不足时只作提醒）`;
    return cell(rs, [text], part.cite);
  };
  const unit = (rs: RuleSet) => ({ lines: [rs.hoursUnit], key: rs.hoursUnit });
  return [...parts.map((p) => row(`req-${p.key}`, p.label, describe(a, p.key), describe(b, p.key))), row('req-unit', '计量单位', unit(a), unit(b))];
}


function specificity(rule: RuleSet['spans'][number]): number {
  return (rule.match.degrees === undefined ? 0 : 1) + (rule.match.medical === undefined ? 0 : 1) + (rule.match.titleLevels.length === 1 ? 1 : 0);
}

function spanRows(a: RuleSet, b: RuleSet): ComparisonRow[] {
  // Every applicant profile is matched under both rule sets; profiles that meet the same pair of rules share a row.
  const groups = new Map<string, { before: RuleSet['spans'][number] | undefined; after: RuleSet['spans'][number] | undefined }>();
  for (const titleLevel of TITLE_LEVELS) {
    for (const degree of DEGREES) {
      for (const medical of [false, true]) {
        const profile: Profile = { titleLevel, degree, medical, teacher: false };
        const before = matchSpanRule(a, profile);
        const after = matchSpanRule(b, profile);
        const key = `${before?.id ?? '-'}|${after?.id ?? '-'}`;
        if (!groups.has(key)) groups.set(key, { before, after });
      }
    }
  }
  return [...groups.entries()].map(([key, { before, after }]) => {
    const labelRule = before !== undefined && (after === undefined || specificity(before) > specificity(after)) ? before : after;
    const label = labelRule?.label ?? '其他';
    const describe = (rs: RuleSet, rule: typeof before): ComparisonCell => {
      if (rule === undefined) return cell(rs, [NOT_SET]);
      const years = rule.from === undefined || rule.to === undefined ? '未规定具体年度' : `${rule.from}～${rule.to}年`;
      // Only the years are compared: which rule a profile falls under is context, not a change.
      return { ...cell(rs, rule.label === label ? [years] : [years, `（按“${rule.label}”）`], rule.cite), key: years };
    };
    return row(`span-${key.replace('|', '-')}`, label, describe(a, before), describe(b, after));
  });
}

// ——— conversions ———

const SUBJECT_TEXT: Record<Conversion['subject'], string> = {
  user: '按课程实际内容计入公需或专业科目',
  professional: '计入专业科目',
  public: '计入公需科目',
  none: '不计学时，视为完成当年继续教育',
};

function optionRows(a: Conversion | undefined, b: Conversion | undefined, ra: RuleSet, rb: RuleSet, prefix: string, skip: ReadonlySet<string>): ComparisonRow[] {
  const choiceFields = (c: Conversion | undefined) => (c?.fields ?? []).filter((f): f is Extract<FieldDef, { type: 'choice' }> => f.type === 'choice' && !skip.has(f.name));
  const fa = choiceFields(a);
  const fb = choiceFields(b);
  return union(fa, fb, (f) => f.name).flatMap((name) => {
    const fieldA = fa.find((f) => f.name === name);
    const fieldB = fb.find((f) => f.name === name);
    const label = fieldB?.label ?? fieldA?.label ?? name;
    return union(fieldA?.options ?? [], fieldB?.options ?? [], (o) => o.value).map((value) => {
      const describe = (rs: RuleSet, conv: Conversion | undefined, field: typeof fieldA): ComparisonCell => {
        const option = field?.options.find((o) => o.value === value);
        if (option === undefined) return cell(rs, ['未列出']);
        // Where the notice fixes the subject of this choice (employer-run training), that is part of what it says.
        return cell(rs, option.subject === undefined ? [option.label] : [option.label, SUBJECT_TEXT[option.subject]], option.cite ?? conv?.cite);
      };
      return row(`${prefix}-${name}-${value}`, label, describe(ra, a, fieldA), describe(rb, b, fieldB));
    });
  });
}

function sessionRows(a: Conversion | undefined, b: Conversion | undefined, ra: RuleSet, rb: RuleSet, prefix: string): ComparisonRow[] {
  const rates = [
    { key: 'days', label: '全天' },
    { key: 'halfDays', label: '半天' },
    { key: 'evenings', label: '晚上' },
  ] as const;
  return rates.map(({ key, label }) => {
    const describe = (rs: RuleSet, c: Conversion | undefined): ComparisonCell => {
      if (c?.method !== 'sessions') return cell(rs, [NOT_SET]);
      const rate = c.rates[key];
      if (rate === undefined) return { ...cell(rs, [`${NOT_SET}（不计学时）`], c.cite), ...(c.eveningsNotCovered === undefined ? {} : { note: c.eveningsNotCovered }) };
      return cell(rs, [`每${rate.unit} ${rate.hours} ${UNIT}`], rate.cite);
    };
    return row(`${prefix}-${key}`, label, describe(ra, a), describe(rb, b));
  });
}

function statedRows(a: Conversion | undefined, b: Conversion | undefined, ra: RuleSet, rb: RuleSet, prefix: string): ComparisonRow[] {
  const describe = (rs: RuleSet, c: Conversion | undefined): ComparisonCell =>
    c?.method === 'stated' ? cell(rs, [`按证书载明的${UNIT}计算${c.decimals > 0 ? `（可保留 ${c.decimals} 位小数）` : ''}`], c.cite) : cell(rs, [NOT_SET]);
  return [row(`${prefix}-method`, '折算方法', describe(ra, a), describe(rb, b))];
}

function assignmentRows(a: Conversion | undefined, b: Conversion | undefined, ra: RuleSet, rb: RuleSet, prefix: string): ComparisonRow[] {
  const items = [
    { key: 'min', label: '最短时长', text: (c: Extract<Conversion, { method: 'assignment' }>) => ({ text: `满 ${c.minMonths.months} 个月，结束当年视为完成`, cite: c.minMonths.cite }) },
    { key: 'all', label: '较长任务', text: (c: Extract<Conversion, { method: 'assignment' }>) => ({ text: `超过 ${c.allYearsOverMonths.months} 个月，所跨每个年度均视为完成`, cite: c.allYearsOverMonths.cite }) },
    { key: 'deemed', label: '视为完成的学时', text: (c: Extract<Conversion, { method: 'assignment' }>) => ({ text: `当年 ${c.deemedHours.hours} ${UNIT}`, cite: c.deemedHours.cite }) },
  ];
  return items.map((item) => {
    const describe = (rs: RuleSet, c: Conversion | undefined): ComparisonCell => {
      if (c?.method !== 'assignment') return cell(rs, [NOT_SET]);
      const { text, cite } = item.text(c);
      return cell(rs, [text], cite);
    };
    return row(`${prefix}-${item.key}`, item.label, describe(ra, a), describe(rb, b));
  });
}

/** One axis of the case grid: a field and the values it can take (rank values are buckets). */
interface Axis {
  name: string;
  type: FieldDef['type'];
  /** Value used when scoring, and its label. */
  values: { value: string | number | boolean; label: string; min?: number; max?: number }[];
}

/** Where rank conditions of both tables start new buckets: 1 always, each min, each max + 1. */
export function rankBuckets(...tables: (TableConversion | undefined)[]): { min: number; max?: number }[] {
  const cuts = new Set<number>([1]);
  for (const table of tables) {
    for (const r of table?.rows ?? []) {
      const condition = r.when['rank'];
      if (typeof condition === 'object' && condition !== null && !Array.isArray(condition)) {
        if (condition.min !== undefined) cuts.add(condition.min);
        if (condition.max !== undefined) cuts.add(condition.max + 1);
      }
    }
  }
  const sorted = [...cuts].sort((x, y) => x - y);
  return sorted.map((min, i) => {
    const next = sorted[i + 1];
    return next === undefined ? { min } : { min, max: next - 1 };
  });
}

function rankLabel(min: number, max: number | undefined): string {
  if (max === undefined) return min === 1 ? '排名不限' : `排名第${min}及以后`;
  return min === max ? `排名第${min}` : `排名第${min}–${max}`;
}

function axesOf(a: TableConversion | undefined, b: TableConversion | undefined): Axis[] {
  const fa = a?.fields ?? [];
  const fb = b?.fields ?? [];
  return union(fa, fb, (f) => f.name).map((name) => {
    const fieldA = fa.find((f) => f.name === name);
    const fieldB = fb.find((f) => f.name === name);
    const field = (fieldB ?? fieldA) as FieldDef;
    if (field.type === 'rank') {
      return { name, type: 'rank', values: rankBuckets(a, b).map(({ min, max }) => ({ value: min, label: rankLabel(min, max), min, ...(max === undefined ? {} : { max }) })) };
    }
    if (field.type === 'flag') {
      return { name, type: 'flag', values: [{ value: true, label: field.label }, { value: false, label: `非${field.label}` }] };
    }
    const optionsA = fieldA?.type === 'choice' ? fieldA.options : [];
    const optionsB = fieldB?.type === 'choice' ? fieldB.options : [];
    return {
      name,
      type: 'choice',
      values: union(optionsA, optionsB, (o) => o.value).map((value) => {
        const la = optionsA.find((o) => o.value === value)?.label;
        const lb = optionsB.find((o) => o.value === value)?.label;
        const label = lb !== undefined && la !== undefined && la !== lb ? `${lb}（原“${la}”）` : (lb ?? la ?? value);
        return { value, label };
      }),
    };
  });
}

/** Scores one case under one table: "60 学时/项", 不予折算, 未单列 or 未规定. */
function scoreCase(rs: RuleSet, table: TableConversion | undefined, axes: Axis[], indices: number[]): ComparisonCell {
  if (table === undefined) return cell(rs, [NOT_SET]);
  const values: Record<string, unknown> = {};
  for (const [i, axis] of axes.entries()) {
    const field = table.fields.find((f) => f.name === axis.name);
    const value = axis.values[indices[i] ?? 0]?.value;
    if (field === undefined) continue;
    if (field.type === 'choice' && !field.options.some((o) => o.value === value)) return cell(rs, [NOT_LISTED], table.cite);
    values[axis.name] = value;
  }
  // findRow reads the item's fields by name only, so a plain record of the case's values stands in for an activity.
  const { row: hit } = findRow(table.rows, values as unknown as Activity);
  if (hit === undefined) return cell(rs, [NOT_SET], table.cite);
  const cite = hit.cite ?? table.cite;
  if (hit.hours === undefined) return { ...cell(rs, [NOT_COVERED], cite), ...(hit.notCovered === undefined ? {} : { note: hit.notCovered }) };
  return cell(rs, [`${hit.hours} ${UNIT}/${table.count.unit}`], cite);
}

interface CaseRow {
  /** Per axis, the value indices this row covers. */
  sets: number[][];
  before: ComparisonCell;
  after: ComparisonCell;
}

/** Merges rows that differ in one axis only and read the same on both sides, last axis first. */
export function mergeCases(rows: CaseRow[], axisCount: number): CaseRow[] {
  let current = rows;
  for (let axis = axisCount - 1; axis >= 0; axis--) {
    const merged = new Map<string, CaseRow>();
    for (const r of current) {
      const key = JSON.stringify([r.sets.filter((_, i) => i !== axis), r.before.key, r.after.key]);
      const existing = merged.get(key);
      if (existing === undefined) merged.set(key, { ...r, sets: r.sets.map((s) => [...s]) });
      else existing.sets[axis] = [...(existing.sets[axis] ?? []), ...(r.sets[axis] ?? [])];
    }
    current = [...merged.values()];
  }
  return current;
}

function caseLabel(axes: Axis[], sets: number[][], unit: string): string {
  const parts: string[] = [];
  for (const [i, axis] of axes.entries()) {
    const set = [...(sets[i] ?? [])].sort((x, y) => x - y);
    if (set.length === axis.values.length) continue;
    const contiguous = set.every((v, j) => j === 0 || v === (set[j - 1] ?? -2) + 1);
    if (axis.type === 'rank' && contiguous) {
      const first = axis.values[set[0] ?? 0];
      const last = axis.values[set[set.length - 1] ?? 0];
      parts.push(rankLabel(first?.min ?? 1, last?.max));
    } else {
      parts.push(set.map((v) => axis.values[v]?.label ?? '').join('、'));
    }
  }
  return parts.length === 0 ? `每${unit}` : parts.join(' · ');
}

function tableRows(a: Conversion | undefined, b: Conversion | undefined, ra: RuleSet, rb: RuleSet, prefix: string): ComparisonRow[] {
  const ta = a?.method === 'table' ? a : undefined;
  const tb = b?.method === 'table' ? b : undefined;
  const axes = axesOf(ta, tb);
  // Every combination of the axes' values, in the forms' own order.
  let combos: number[][] = [[]];
  for (const axis of axes) combos = combos.flatMap((c) => axis.values.map((_, i) => [...c, i]));
  const cases = combos.map((indices) => ({
    sets: indices.map((i) => [i]),
    before: scoreCase(ra, ta, axes, indices),
    after: scoreCase(rb, tb, axes, indices),
  }));
  const unit = (tb ?? ta)?.count.unit ?? '项';
  return mergeCases(cases, axes.length).map((c, i) => row(`${prefix}-${i + 1}`, caseLabel(axes, c.sets, unit), c.before, c.after));
}

function conversionSection(a: Conversion | undefined, b: Conversion | undefined, ra: RuleSet, rb: RuleSet): ComparisonSection {
  const conv = (b ?? a) as Conversion;
  const prefix = `conv-${conv.kind}`;
  const rows: ComparisonRow[] = [];
  if (a !== undefined && b !== undefined && a.label !== b.label) {
    rows.push(row(`${prefix}-label`, '名称', cell(ra, [a.label], a.cite), cell(rb, [b.label], b.cite)));
  }
  if (conv.method === 'sessions') rows.push(...sessionRows(a, b, ra, rb, prefix));
  else if (conv.method === 'stated') rows.push(...statedRows(a, b, ra, rb, prefix));
  else if (conv.method === 'assignment') rows.push(...assignmentRows(a, b, ra, rb, prefix));
  else rows.push(...tableRows(a, b, ra, rb, prefix));
  if (conv.method !== 'table') rows.push(...optionRows(a, b, ra, rb, prefix, new Set(['subject'])));
  const subject = (rs: RuleSet, c: Conversion | undefined) =>
    c === undefined ? cell(rs, [NOT_SET]) : cell(rs, [SUBJECT_TEXT[c.subject]], c.subjectCite ?? c.cite);
  rows.push(row(`${prefix}-subject`, '计入科目', subject(ra, a), subject(rb, b)));
  return section(prefix, conv.label, rows);
}

// ——— materials and themes ———

function materialRows(a: RuleSet, b: RuleSet): ComparisonRow[] {
  return union(a.materials, b.materials, (m) => m.id).map((id) => {
    const ma = a.materials.find((m) => m.id === id);
    const mb = b.materials.find((m) => m.id === id);
    const entry = (mb ?? ma) as RuleSet['materials'][number];
    const titlesDiffer = ma !== undefined && mb !== undefined && ma.title !== mb.title;
    const describe = (rs: RuleSet, m: typeof ma): ComparisonCell => {
      if (m === undefined) return cell(rs, ['未列出']);
      const lines: string[] = titlesDiffer ? [`适用：${m.title}`] : [];
      if (m.note !== undefined) lines.push(m.note);
      if (m.sets.length === 1) lines.push(m.sets[0]?.items.join('、') ?? '');
      else m.sets.forEach((s, i) => lines.push(`${alternativeName(i)}：${s.items.join('、')}`));
      // An extra from another clause names it: the cell's one link is the entry's (附件1 一 6 stood after 检索材料,
      // which 附件2's upload notes ask for: an HR clerk's check).
      for (const extra of m.extras ?? []) {
        const text = extra.cite.anchor === m.cite.anchor ? extra.text : extra.text.replace(/(。?)$/, (end) => `（${extra.cite.clause}）${end}`);
        lines.push(`${EXTRA_LABEL}：${text}`);
      }
      return cell(rs, lines, m.cite);
    };
    const label = entry.form === undefined ? entry.title : `${entry.form}. ${entry.title}`;
    return row(`mat-${id}`, label, describe(a, ma), describe(b, mb));
  });
}

function themeRows(a: RuleSet, b: RuleSet): ComparisonRow[] {
  const describe = (rs: RuleSet) => cell(rs, [...rs.publicThemes.items, ...(rs.publicThemes.wording === undefined ? [] : [`（${rs.publicThemes.wording}）`])], rs.publicThemes.cite);
  return [row('themes', '公需科目学习内容', describe(a), describe(b))];
}

/**
 * Compares two rule sets: requirement, spans, every conversion case, materials and public-subject themes.
 * @example compareRuleSets(getRuleSet('hunan-2020'), getRuleSet('zhuzhou-2024')).changes // > 0
 */
export function compareRuleSets(before: RuleSet, after: RuleSet): RuleSetComparison {
  const conversions = union(before.conversions, after.conversions, (c) => c.kind).map((kind) =>
    conversionSection(
      before.conversions.find((c) => c.kind === kind),
      after.conversions.find((c) => c.kind === kind),
      before,
      after,
    ),
  );
  const sections = [
    section('requirement', '年度学时要求', requirementRows(before, after)),
    section('spans', '核认跨度', spanRows(before, after)),
    ...conversions,
    section('materials', '佐证材料', materialRows(before, after)),
    section('themes', '公需科目', themeRows(before, after)),
  ];
  return { before, after, sections, changes: sections.reduce((n, s) => n + s.changes, 0) };
}
