/** calculate(draft): year by year, what counts, what is missing, and what to prepare. */
import type { Activity, Draft } from './draft-schema';
import type { Conversion, MaterialsEntry, RuleSet } from './rule-set-schema';
import type {
  CalculationResult,
  DraftProblem,
  FieldError,
  ItemResult,
  ItemStatus,
  MaterialNeed,
  MetInFull,
  NoteRef,
  PartResult,
  SpanResult,
  YearMaterials,
  YearResult,
} from './result-types';
import { RuleContext, citeRef, formatTenths } from './context';
import { getRuleSet } from './registry';
import { matchSpanRule, profileComplete, spanYears } from './span';
import { materialsEntry } from './materials';
import type { Scored } from './activities/scored';
import { scoreSessions } from './activities/sessions';
import { scoreStated } from './activities/stated';
import { scoreTable } from './activities/table';
import { scoreAssignment } from './activities/assignment';

const contexts = new WeakMap<RuleSet, RuleContext>();

/** The memoised context of a rule set. */
export function contextFor(ruleSet: RuleSet): RuleContext {
  let ctx = contexts.get(ruleSet);
  if (ctx === undefined) {
    ctx = new RuleContext(ruleSet);
    contexts.set(ruleSet, ctx);
  }
  return ctx;
}

function score(activity: Activity, conversion: Conversion, ctx: RuleContext): Scored {
  // The kind/method pairs are fixed by the rule-set schema; a mismatch is a data error caught by its test.
  switch (conversion.method) {
    case 'sessions':
      if (activity.kind === 'training') return scoreSessions(activity, conversion, ctx);
      break;
    case 'stated':
      if (activity.kind === 'course') return scoreStated(activity, conversion, ctx);
      break;
    case 'assignment':
      if (activity.kind === 'assignment') return scoreAssignment(activity, conversion, ctx);
      break;
    case 'table':
      if (activity.kind !== 'training' && activity.kind !== 'course' && activity.kind !== 'assignment') return scoreTable(activity, conversion, ctx);
      break;
  }
  throw new Error(`规则数据错误：${conversion.kind} 与 ${conversion.method} 不匹配`);
}

/** One activity scored on its own, before the span: what the memo keeps. */
interface ScoredItem {
  s: Scored | null;
  item: ItemResult;
  /** The item as the last span left it (the same item when the span leaves nothing out). */
  spanned?: { from: number; to: number; item: ItemResult };
}

/**
 * Each rule set's scored items, per activity object. An activity is scored on its own (its fields and the rule set,
 * nothing else), so while it is the same object under the same rule set, so is its item: a calculator with hundreds
 * of activities rescores only the one a keystroke replaced. Activities are read as values that never change (the
 * calculator replaces an activity to change it; parsing a draft makes new objects). Weakly held: a replaced activity
 * is forgotten with it. The whole-case steps (span, yearly sums, certificate years, materials) are not remembered.
 */
const scoredItems = new WeakMap<RuleSet, WeakMap<Activity, ScoredItem>>();

function scoreItem(activity: Activity, conversion: Conversion | undefined, ctx: RuleContext): ScoredItem {
  if (conversion === undefined) return { s: null, item: unsupported(activity, ctx.ruleSet) };
  const s = score(activity, conversion, ctx);
  const status: ItemStatus = s.outcome === 'hours' ? 'counted' : s.outcome;
  const item: ItemResult = {
    activityId: activity.id,
    kind: activity.kind,
    label: conversion.label,
    title: activity.title,
    years: s.years,
    subject: s.subject,
    hours: s.tenths / 10,
    status,
    working: s.working,
    reason: s.reason,
    cite: ctx.cite(s.cite),
    notes: ctx.notes(s.noteIds),
    errors: s.errors,
    warnings: s.warnings ?? [],
  };
  return { s, item };
}

/** The item with the years outside the span left out (a copy; the scored item is kept as it is for the next call). */
function withinSpan(item: ItemResult, inSpan: (year: number) => boolean, spanText: string, outsideNote: NoteRef[]): ItemResult {
  if (item.status === 'invalid') return item;
  const inside = item.years.filter(inSpan);
  if (inside.length === 0) {
    return { ...item, status: 'outside-span', hours: 0, reason: `${item.years.join('、')}年不在核认跨度（${spanText}）内，不计入。`, notes: [...item.notes, ...outsideNote] };
  }
  if (inside.length < item.years.length) {
    const outside = item.years.filter((y) => !inSpan(y));
    return { ...item, reason: `${outside.join('、')}年不在核认跨度（${spanText}）内，不计入。`, years: inside, yearsOutside: outside };
  }
  return item;
}

/** Every item's errors, in order. */
function errorsOf(items: readonly ItemResult[]): FieldError[] {
  const errors: FieldError[] = [];
  for (const item of items) if (item.errors.length > 0) errors.push(...item.errors);
  return errors;
}

function unsupported(activity: Activity, ruleSet: RuleSet): ItemResult {
  const error: FieldError = { activityId: activity.id, field: 'kind', message: `${ruleSet.shortTitle}通知没有此类活动的折算规定` };
  return {
    activityId: activity.id,
    kind: activity.kind,
    label: activity.kind,
    title: activity.title,
    years: [],
    subject: null,
    hours: 0,
    status: 'invalid',
    working: '',
    reason: error.message,
    cite: citeRef(ruleSet, { clause: '附件 二', anchor: 'fj1-2' }),
    notes: [],
    errors: [error],
    warnings: [],
  };
}

function emptyResult(ruleSet: RuleSet | undefined, problems: DraftProblem[], items: ItemResult[] = [], notes: NoteRef[] = []): CalculationResult {
  return {
    ruleSet: ruleSet
      ? { id: ruleSet.id, title: ruleSet.title, docNumber: ruleSet.docNumber, shortTitle: ruleSet.shortTitle, year: ruleSet.year, hoursUnit: ruleSet.hoursUnit }
      : { id: '', title: '', docNumber: '', shortTitle: '', year: 0, hoursUnit: '学时' },
    span: null,
    years: [],
    items,
    materials: [],
    problems,
    errors: errorsOf(items),
    notes,
    summary: { yearsMet: 0, yearsShort: 0, yearsWarning: 0, allMet: false },
  };
}

/**
 * Calculates a draft against its rule set. Pure: no I/O, same result in the browser, Node and tests.
 * Items with errors score 0 and carry their errors; problems with the whole draft leave `years` empty.
 */
export function calculate(draft: Draft): CalculationResult {
  const ruleSet = getRuleSet(draft.ruleSet);
  if (ruleSet === undefined) return emptyResult(undefined, [{ field: 'ruleSet', message: `未知的政策年度“${draft.ruleSet}”，请重新选择` }]);
  const ctx = contextFor(ruleSet);
  const conversions = new Map(ruleSet.conversions.map((c) => [c.kind, c]));

  // Span: the user's override, else the matching rule.
  const rule = matchSpanRule(ruleSet, draft.profile);
  const level = draft.profile.titleLevel;
  const levelNotes = (ruleSet.levelNotes ?? []).filter((l) => level !== undefined && l.titleLevels.includes(level)).map((l) => l.note);
  const caseNotes = ctx.notes(['estimate-only', 'span-override'], rule?.notes, draft.profile.teacher && ruleSet.teacherNote ? [ruleSet.teacherNote] : [], draft.profile.medical && ruleSet.medicalNote ? [ruleSet.medicalNote] : [], ruleSet.requirement.notes, levelNotes);
  const ruleRef = rule ? { id: rule.id, label: rule.label, cite: ctx.cite(rule.cite) } : null;
  let span: SpanResult | null = null;
  if (draft.span) span = { from: draft.span.from, to: draft.span.to, source: 'override', rule: ruleRef };
  else if (rule?.from !== undefined && rule.to !== undefined) span = { from: rule.from, to: rule.to, source: 'rule', rule: ruleRef };

  // Score every activity, or take its item from the last call (see scoredItems).
  let memo = scoredItems.get(ruleSet);
  if (memo === undefined) scoredItems.set(ruleSet, (memo = new WeakMap()));
  const scored = draft.activities.map((activity) => {
    let x = memo.get(activity);
    if (x === undefined) memo.set(activity, (x = scoreItem(activity, conversions.get(activity.kind), ctx)));
    return x;
  });

  if (!profileComplete(draft.profile)) {
    // The span depends on both answers: no figure for a guess (the person has not chosen yet).
    const missing = [draft.profile.titleLevel === undefined ? '拟申报职称级别' : '', draft.profile.degree === undefined ? '最高学历（学位）' : ''].filter(Boolean).join('和');
    const message = `请先选择${missing}：核认跨度按职称级别和学历确定，选择后显示各年度的测算结果`;
    return emptyResult(ruleSet, [{ field: 'profile', message }], scored.map((x) => x.item), caseNotes);
  }
  if (span === null) {
    const message = rule
      ? `${rule.label}：通知未给出核认跨度，请填写起止年份`
      : '请填写核认跨度的起止年份';
    return emptyResult(ruleSet, [{ field: 'span', message }], scored.map((x) => x.item), caseNotes);
  }

  const years = spanYears(span.from, span.to);
  const inSpan = (y: number) => y >= span.from && y <= span.to;
  const outsideNote = ctx.notes(['outside-span']);
  const spanText = `${span.from}～${span.to}年`;

  // Apply the span to each item: a new item where the span leaves something out, never a change to the scored one.
  const items = scored.map((x) => {
    const last = x.spanned;
    if (last !== undefined && last.from === span.from && last.to === span.to) return last.item;
    const item = withinSpan(x.item, inSpan, spanText, outsideNote);
    x.spanned = { from: span.from, to: span.to, item };
    return item;
  });

  // Aggregate per year, in tenths. Each year's items come with what they were scored from (for the materials).
  const req = ruleSet.requirement;
  const covered = new Set(draft.coveredYears);
  const certificateCite = ctx.cite(ruleSet.certificate.cite);
  const perYear = new Map<number, { pub: number; pro: number; items: ItemResult[]; sources: { s: Scored; activity: Activity }[]; metInFull: MetInFull | null }>();
  for (const y of years) {
    perYear.set(y, {
      pub: 0,
      pro: 0,
      items: [],
      sources: [],
      // The clause makes the certificate the year's evidence (佐证材料); that the year then counts as met is the site's
      // reading, said as such (a reader took 本年度视为达标（通知 三（三）） for the notice's words).
      metInFull: covered.has(y)
        ? { by: 'certificate', activityId: undefined, cite: certificateCite, text: `已开具${ruleSet.certificate.label}，可作本年度佐证材料，本站按达标计算` }
        : null,
    });
  }
  for (const [i, item] of items.entries()) {
    const s = (scored[i] as ScoredItem).s;
    if (item.status === 'outside-span' || s === null) continue;
    for (const y of item.years) {
      const bucket = perYear.get(y);
      if (bucket === undefined) continue;
      bucket.items.push(item);
      bucket.sources.push({ s, activity: draft.activities[i] as Activity });
      if (item.status === 'counted') {
        if (item.subject === 'public') bucket.pub += s.tenths;
        else bucket.pro += s.tenths;
      } else if (item.status === 'met-in-full' && bucket.metInFull === null) {
        bucket.metInFull = { by: 'assignment', activityId: item.activityId, cite: item.cite, text: item.working };
      }
    }
  }

  const part = (required: { hours: number; strength: 'required' | 'advisory'; cite: Parameters<RuleContext['cite']>[0] }, actual: number, full: boolean): PartResult => {
    const need = Math.round(required.hours * 10);
    const met = full || actual >= need;
    return { required: required.hours, actual: actual / 10, met, shortfall: met ? 0 : (need - actual) / 10, strength: required.strength, cite: ctx.cite(required.cite) };
  };

  const buckets = years.map((year) => perYear.get(year) as NonNullable<ReturnType<typeof perYear.get>>);
  const yearResults: YearResult[] = years.map((year, y) => {
    const b = buckets[y] as (typeof buckets)[number];
    const full = b.metInFull !== null;
    const parts = {
      total: part(req.total, b.pub + b.pro, full),
      public: req.public ? part(req.public, b.pub, full) : null,
      professional: part(req.professional, b.pro, full),
    };
    const all = [parts.total, parts.public, parts.professional].filter((p): p is PartResult => p !== null);
    const status = all.some((p) => !p.met && p.strength === 'required') ? 'short' : all.some((p) => !p.met) ? 'warning' : 'met';
    return { year, public: b.pub / 10, professional: b.pro / 10, total: (b.pub + b.pro) / 10, parts, status, metInFull: b.metInFull, items: b.items };
  });

  // Materials, per year, for items that count.
  const materials: YearMaterials[] = yearResults.map((yr, y) => {
    const { sources } = buckets[y] as (typeof buckets)[number];
    const needs = new Map<string, MaterialNeed>();
    const need = (entry: MaterialsEntry, activityId: string | undefined): MaterialNeed => {
      let n = needs.get(entry.id);
      if (n === undefined) {
        const sets = entry.sets.map((set) => ({ items: set.items, cite: ctx.cite(set.cite) }));
        n = { id: entry.id, form: entry.form, title: entry.title, note: entry.note, cite: ctx.cite(entry.cite), sets, extras: [], activityIds: [] };
        needs.set(entry.id, n);
      }
      if (activityId !== undefined) n.activityIds.push(activityId);
      return n;
    };
    const certificate = yr.metInFull?.by === 'certificate' ? materialsEntry(ruleSet, ruleSet.certificate.materials) : undefined;
    if (certificate !== undefined) {
      const n = need(certificate, undefined);
      for (const extra of certificate.extras ?? []) if (extra.when === undefined) n.extras.push({ text: extra.text, cite: ctx.cite(extra.cite) });
    }
    for (const [k, item] of yr.items.entries()) {
      const x = sources[k] as (typeof sources)[number];
      if (x.s.materials === undefined || (item.status === 'counted' && item.hours === 0)) continue;
      if (item.status !== 'counted' && item.status !== 'met-in-full') continue;
      const entry = materialsEntry(ruleSet, x.s.materials);
      if (entry === undefined) continue;
      const n = need(entry, item.activityId);
      for (const extra of entry.extras ?? []) {
        const applies = extra.when === undefined || (x.activity as unknown as Record<string, unknown>)[extra.when] === true;
        if (applies && !n.extras.some((e) => e.text === extra.text)) n.extras.push({ text: extra.text, cite: ctx.cite(extra.cite) });
      }
    }
    return { year: yr.year, needs: [...needs.values()].sort((a, b) => (a.form ?? 99) - (b.form ?? 99)) };
  });

  const yearsMet = yearResults.filter((y) => y.status === 'met').length;
  const yearsWarning = yearResults.filter((y) => y.status === 'warning').length;
  const yearsShort = yearResults.filter((y) => y.status === 'short').length;
  const problems: DraftProblem[] = [];
  const strayCovered = draft.coveredYears.filter((y) => !inSpan(y));
  if (strayCovered.length > 0) problems.push({ field: 'coveredYears', message: `已认定年度 ${strayCovered.join('、')} 不在核认跨度（${spanText}）内，未使用` });
  return {
    ruleSet: { id: ruleSet.id, title: ruleSet.title, docNumber: ruleSet.docNumber, shortTitle: ruleSet.shortTitle, year: ruleSet.year, hoursUnit: ruleSet.hoursUnit },
    span,
    years: yearResults,
    items,
    materials,
    problems,
    errors: errorsOf(items),
    notes: caseNotes,
    summary: { yearsMet, yearsShort, yearsWarning, allMet: yearsShort === 0 && items.every((i) => i.status !== 'invalid') },
  };
}

/**
 * Whether an item is a line of its year's 计算过程 (the calculator's and the batch page's explanation alike): hours
 * above 0, or an assignment that meets the year in full.
 */
export const countsInYear = (i: ItemResult): boolean => (i.status === 'counted' && i.hours > 0) || i.status === 'met-in-full';

/** "24.5" style formatting of hours for display. */
export function formatHours(hours: number): string {
  return formatTenths(Math.round(hours * 10));
}

// Stated hours to check. A course that states more hours than its whole year asks (合计, the rule set's requirement):
// likely a slip (1000 typed for 10) that would make the year 达标 at once, which nothing said (a new user's check). The
// calculator says it beside 证书载明学时, the batch check at the row's 学时; both as a warning to check: the figure still
// counts, as a long course may state that much. A course outside the span has no year in the result, and says nothing
// here.

/** Each year's whole requirement (合计) in a result, by year. */
export function requiredByYear(result: CalculationResult): Map<number, number> {
  return new Map(result.years.map((y) => [y.year, y.parts.total.required]));
}

/** The year's whole requirement when a counted course states more, else undefined. */
export function statedOverYear(item: ItemResult, required: ReadonlyMap<number, number>): number | undefined {
  if (item.kind !== 'course' || item.status !== 'counted') return undefined;
  const whole = required.get(item.years[0] ?? 0);
  return whole !== undefined && item.hours > whole ? whole : undefined;
}

/** 证书载明 1000 学时，多于该年度应达到的 90 学时，请核对 (statedOverYear), or undefined. */
export function statedHoursWarning(item: ItemResult, required: ReadonlyMap<number, number>, unit: string): string | undefined {
  const whole = statedOverYear(item, required);
  return whole === undefined ? undefined : `证书载明 ${formatHours(item.hours)} ${unit}，多于该年度应达到的 ${formatHours(whole)} ${unit}，请核对`;
}

/**
 * A year met by a rule (an earlier certificate, a long enough task) with no hours of its own: the page and the
 * worksheet show its hours as —, not 0 under 要求 ≥ 90 beside 视为达标, which a new user read as 0 of 90.
 */
export const deemedWithoutHours = (year: Pick<YearResult, 'metInFull' | 'total'>): boolean => year.metInFull !== null && year.total === 0;

/**
 * The years short of the requirement up to `thisYear` (Beijing's, by the visitor's clock), named in the page's and the
 * worksheet's summary (未达标 1 个（2018 年）).
 */
export const shortYears = (result: CalculationResult, thisYear: number): number[] => result.years.filter((y) => y.status === 'short' && y.year <= thisYear).map((y) => y.year);

/**
 * The span's years after the notice's own (a span typed to 2026 under 株人社函〔2024〕5号, for a 2027 application), in
 * words, or undefined: they are measured by this notice's requirement, which the page's results and the worksheet say
 * (a new user's check found it on paper only, the results on screen silent).
 * @example laterThanRound({ from: 2022, to: 2026 }, 2024) // '2025～2026年晚于本通知的年度（2024年度），按本通知的要求测算'
 */
export function laterThanRound(span: { from: number; to: number } | null, year: number): string | undefined {
  if (span === null || span.to <= year) return undefined;
  const after = span.from > year ? span.from : year + 1;
  return `${after === span.to ? `${after}年` : `${after}～${span.to}年`}晚于本通知的年度（${year}年度），按本通知的要求测算`;
}

/**
 * The years short of the requirement that are still to come after `thisYear`: 尚未开始, not 未达标. A span typed to
 * reach past this year (a person planning for a later round) counted 2027 and 2028 among its 未达标 years on
 * 2026-12-07, as if the hours could already have been earned (a new user's re-check). Such a year with hours planned
 * and met stays 达标: the plan is met.
 */
export const yearsToCome = (result: CalculationResult, thisYear: number): number[] => result.years.filter((y) => y.status === 'short' && y.year > thisYear).map((y) => y.year);
