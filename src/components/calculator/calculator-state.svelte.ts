/**
 * The calculator's shared state: the draft (only valid values), the raw text of every open form, and the
 * result derived from the draft. A wrong entry stays in the form with its message; the draft, and so every
 * figure, keeps its last valid value.
 */
import {
  calculate,
  currentRuleSet,
  getRuleSet,
  matchSpanRule,
  MAX_SPAN_YEARS,
  DRAFT_FORMAT,
  DRAFT_VERSION,
  type Activity,
  type ActivityKind,
  type CalculationResult,
  type Draft,
  type ItemResult,
  type Profile,
  type RuleSet,
} from '../../lib/rules/core';
import { blankValues, conversionOf, fieldLabel, formSpecs, readForm, valuesOf, type FieldSpec, type FormValues } from './activity-form';
import { checkYear } from './form-text';
import { newId } from './ids';

/** An open activity form. */
export interface Editor {
  id: string;
  kind: ActivityKind;
  values: FormValues;
  title: string;
  /** Fields the user has left at least once: their messages show from then on. */
  touched: Record<string, boolean>;
  /** Every message shows: an activity from the draft, or a new one after 完成 was pressed. */
  revealed: boolean;
  /** Added in this form and not yet valid enough to be in the draft. */
  isNew: boolean;
  /** Messages per field from reading the form. */
  errors: Record<string, string>;
}

/** A message for the error summary and beside its field. */
export interface Issue {
  /** Id of the element the summary links to. */
  key: string;
  /** Where, in words, e.g. 第2项「全天天数（天）」. */
  where: string;
  message: string;
  severity: 'error' | 'warning';
  /** The activity concerned, so that its form can be opened. */
  activityId?: string | undefined;
}

/** The span form: open when the user overrides the span or the rule set gives none. */
export interface SpanForm {
  open: boolean;
  from: string;
  to: string;
}

/** A new, empty draft for a round. */
export function blankDraft(ruleSetId: string = currentRuleSet.id): Draft {
  return {
    format: DRAFT_FORMAT,
    version: DRAFT_VERSION,
    ruleSet: ruleSetId,
    profile: { titleLevel: 'deputy-senior', degree: 'bachelor', medical: false, teacher: false },
    span: null,
    coveredYears: [],
    activities: [],
  };
}

/** calculate(), timed with the User Timing API so a measurement can read the latest figure. */
function timedCalculate(draft: Draft): CalculationResult {
  const start = typeof performance === 'undefined' ? 0 : performance.now();
  const result = calculate(draft);
  if (typeof performance !== 'undefined' && typeof performance.measure === 'function') {
    performance.clearMeasures('calculate');
    performance.measure('calculate', { start });
  }
  return result;
}

/** Element id of an activity field. */
export function fieldId(activityId: string, name: string): string {
  return `act-${activityId}-${name}`;
}

/** The span's element ids. */
export const SPAN_FROM_ID = 'calc-span-from';
export const SPAN_TO_ID = 'calc-span-to';
export const COVERED_ID = 'calc-covered';
export const RULESET_ID = 'calc-ruleSet';

/** Calculator state: one instance per page. */
export class CalculatorState {
  /** The case as last valid. Replaced, never mutated, so calculate() reads plain objects. */
  draft = $state.raw<Draft>(blankDraft());
  result: CalculationResult = $derived(timedCalculate(this.draft));
  ruleSet: RuleSet = $derived(getRuleSet(this.draft.ruleSet) ?? currentRuleSet);
  editors = $state<Record<string, Editor>>({});
  /** New activities still being written, in the order they were added. */
  newOrder = $state<string[]>([]);
  spanForm = $state<SpanForm>({ open: false, from: '', to: '' });
  /** The last removed activity, for 撤销. */
  removed = $state.raw<{ activity: Activity; index: number } | null>(null);
  /** Called after every change the user makes to the draft (the draft session saves then). */
  onEdit: (() => void) | undefined;

  /**
   * The result's items, reusing last keystroke's object for every item whose shown content did not change, so
   * that lists of hundreds of activities re-render only the rows that changed (Svelte compares by identity).
   */
  items: ItemResult[] = $derived(this.result.items.map((i) => this.stable(i)));
  itemsById: Map<string, ItemResult> = $derived(new Map(this.items.map((i) => [i.activityId, i])));
  // A memo cache, not state: written while deriving `items`, read only there.
  private readonly itemCache = new Map<string, { key: string; item: ItemResult }>();
  /** Position of each activity in the draft: lookups stay O(1) with hundreds of activities. */
  indexById: Map<string, number> = $derived(new Map(this.draft.activities.map((a, i) => [a.id, i])));
  /** The span rule the profile matches, and whether it gives years. */
  spanRule = $derived(matchSpanRule(this.ruleSet, this.draft.profile));
  spanFormShown: boolean = $derived(this.spanForm.open || this.draft.span !== null || this.spanRule?.from === undefined);
  spanErrors: Record<string, string> = $derived(this.checkSpanForm());
  issues: Issue[] = $derived(this.collectIssues());
  messages: Map<string, Issue> = $derived(new Map(this.issues.map((i) => [i.key, i])));
  errorCount: number = $derived(this.issues.filter((i) => i.severity === 'error').length);

  private stable(item: ItemResult): ItemResult {
    const key = [
      item.status,
      item.hours,
      item.years.join(','),
      item.subject,
      item.label,
      item.title,
      item.working,
      item.reason,
      item.cite.href,
      item.notes.map((n) => n.id).join(','),
      item.errors.map((e) => `${e.field}:${e.message}`).join(','),
    ].join('|');
    const hit = this.itemCache.get(item.activityId);
    if (hit?.key === key) return hit.item;
    this.itemCache.set(item.activityId, { key, item });
    return item;
  }

  private setDraft(next: Draft): void {
    this.draft = next;
    this.onEdit?.();
  }

  /** Replaces the whole case (opening a draft); closes every form. */
  load(draft: Draft): void {
    this.itemCache.clear();
    this.draft = draft;
    this.editors = {};
    this.newOrder = [];
    this.removed = null;
    this.spanForm = draft.span ? { open: true, from: String(draft.span.from), to: String(draft.span.to) } : { open: false, from: '', to: '' };
  }

  // Profile and round

  setRuleSet(id: string): void {
    if (getRuleSet(id) === undefined) return;
    this.setDraft({ ...this.draft, ruleSet: id });
    for (const id of Object.keys(this.editors)) this.reread(id, false);
  }

  setProfile(patch: Partial<Profile>): void {
    const profile = { ...this.draft.profile, ...patch };
    for (const key of ['name', 'employer'] as const) if (profile[key] === '') delete profile[key];
    this.setDraft({ ...this.draft, profile });
  }

  setCovered(year: number, covered: boolean): void {
    const years = new Set(this.draft.coveredYears);
    if (covered) years.add(year);
    else years.delete(year);
    this.setDraft({ ...this.draft, coveredYears: [...years].sort((a, b) => a - b) });
  }

  // Span

  openSpanForm(): void {
    const span = this.result.span;
    this.spanForm = { open: true, from: span ? String(span.from) : '', to: span ? String(span.to) : '' };
  }

  private checkSpanForm(): Record<string, string> {
    return this.spanFormShown ? readSpanForm(this.spanForm).errors : {};
  }

  setSpanText(which: 'from' | 'to', text: string): void {
    this.spanForm = { ...this.spanForm, open: true, [which]: text };
    const { span } = readSpanForm(this.spanForm);
    if (span === null) return;
    if (this.draft.span?.from === span.from && this.draft.span.to === span.to) return;
    this.setDraft({ ...this.draft, span });
  }

  /** Back to the span the rule set gives for the profile. */
  useAutomaticSpan(): void {
    this.spanForm = { open: false, from: '', to: '' };
    if (this.draft.span !== null) this.setDraft({ ...this.draft, span: null });
  }

  // Activities

  /** The fields of an activity's form under the current round. */
  specsFor(kind: ActivityKind, id: string): FieldSpec[] {
    const conversion = conversionOf(this.ruleSet, kind);
    if (conversion === undefined) return [];
    const index = this.indexById.get(id);
    return formSpecs(conversion, this.ruleSet, index === undefined ? undefined : this.draft.activities[index]);
  }

  /** Position of an activity as people count it: 第1项, 第2项…; new ones follow the draft's. */
  numberOf(id: string): number {
    const index = this.indexById.get(id);
    if (index !== undefined) return index + 1;
    return this.draft.activities.length + this.newOrder.indexOf(id) + 1;
  }

  /** Opens an empty form for a new activity; returns its id. */
  addActivity(kind: ActivityKind): string {
    const id = newId('a');
    const specs = this.specsFor(kind, id);
    const values = blankValues(specs);
    this.editors[id] = { id, kind, values, title: '', touched: {}, revealed: false, isNew: true, errors: readForm(kind, id, specs, values, '').errors };
    this.newOrder.push(id);
    return id;
  }

  /** Opens the form of an activity in the draft. */
  openEditor(id: string): void {
    if (this.editors[id] !== undefined) return;
    const activity = this.draft.activities.find((a) => a.id === id);
    if (activity === undefined) return;
    const specs = this.specsFor(activity.kind, id);
    this.editors[id] = { id, kind: activity.kind, values: valuesOf(activity, specs), title: activity.title ?? '', touched: {}, revealed: true, isNew: false, errors: {} };
  }

  setValue(id: string, name: string, value: string | boolean): void {
    const editor = this.editors[id];
    if (editor === undefined) return;
    editor.values[name] = value;
    if (typeof value !== 'string') editor.touched[name] = true;
    this.reread(id, true);
  }

  setTitle(id: string, title: string): void {
    const editor = this.editors[id];
    if (editor === undefined) return;
    editor.title = title;
    this.reread(id, true);
  }

  /** The user left a field: its message shows from now on. */
  touch(id: string, name: string): void {
    const editor = this.editors[id];
    if (editor !== undefined && !editor.touched[name]) editor.touched[name] = true;
  }

  /** Reads a form; a valid reading goes into the draft (replacing the activity, or appending a new one). */
  private reread(id: string, write: boolean): void {
    const editor = this.editors[id];
    if (editor === undefined) return;
    const reading = readForm(editor.kind, id, this.specsFor(editor.kind, id), editor.values, editor.title);
    editor.errors = reading.errors;
    if (!write || reading.activity === null) return;
    const activity = reading.activity;
    const index = this.indexById.get(id) ?? -1;
    if (index >= 0) {
      if (JSON.stringify(this.draft.activities[index]) === JSON.stringify(activity)) return;
      const activities = [...this.draft.activities];
      activities[index] = activity;
      this.setDraft({ ...this.draft, activities });
    } else {
      this.newOrder = this.newOrder.filter((n) => n !== id);
      this.setDraft({ ...this.draft, activities: [...this.draft.activities, activity] });
    }
  }

  /**
   * 完成: closes the form when nothing in it needs fixing; otherwise shows every message and returns the
   * element id of the first field to fix.
   */
  closeEditor(id: string): string | null {
    const editor = this.editors[id];
    if (editor === undefined) return null;
    editor.revealed = true;
    const first = this.issues.find((i) => i.activityId === id && i.severity === 'error');
    if (first !== undefined) return first.key;
    delete this.editors[id];
    return null;
  }

  /** Drops a new activity that never became valid. */
  discardNew(id: string): void {
    delete this.editors[id];
    this.newOrder = this.newOrder.filter((n) => n !== id);
  }

  removeActivity(id: string): void {
    const index = this.indexById.get(id) ?? -1;
    if (index < 0) {
      this.discardNew(id);
      return;
    }
    const activity = this.draft.activities[index] as Activity;
    delete this.editors[id];
    this.removed = { activity, index };
    this.setDraft({ ...this.draft, activities: this.draft.activities.filter((a) => a.id !== id) });
  }

  undoRemove(): string | null {
    const removed = this.removed;
    if (removed === null) return null;
    const activities = [...this.draft.activities];
    activities.splice(Math.min(removed.index, activities.length), 0, removed.activity);
    this.removed = null;
    this.setDraft({ ...this.draft, activities });
    return removed.activity.id;
  }

  /** Copies an activity right after it and opens the copy (people usually change its year). */
  duplicate(id: string): string | null {
    const index = this.indexById.get(id) ?? -1;
    const original = this.draft.activities[index];
    if (original === undefined) return null;
    const copy: Activity = { ...structuredClone(original), id: newId('a') };
    const activities = [...this.draft.activities];
    activities.splice(index + 1, 0, copy);
    this.setDraft({ ...this.draft, activities });
    this.openEditor(copy.id);
    return copy.id;
  }

  /** Opens whatever holds the element an issue points to (an activity's form). */
  reveal(issue: Issue): void {
    if (issue.activityId === undefined) return;
    this.openEditor(issue.activityId);
    const editor = this.editors[issue.activityId];
    if (editor !== undefined) editor.revealed = true;
  }

  /** True when some form is open: another tab's save is then not loaded over it without asking. */
  get hasOpenForms(): boolean {
    return Object.keys(this.editors).length > 0;
  }

  private collectIssues(): Issue[] {
    const issues: Issue[] = [];
    const result = this.result;
    const ruleSetProblem = result.problems.find((p) => p.field === 'ruleSet');
    if (ruleSetProblem) issues.push({ key: RULESET_ID, where: '政策年度', message: ruleSetProblem.message, severity: 'error' });

    const spanErrors = this.spanErrors;
    if (spanErrors[SPAN_FROM_ID]) issues.push({ key: SPAN_FROM_ID, where: '核认跨度「起始年份」', message: spanErrors[SPAN_FROM_ID], severity: 'error' });
    if (spanErrors[SPAN_TO_ID]) issues.push({ key: SPAN_TO_ID, where: '核认跨度「结束年份」', message: spanErrors[SPAN_TO_ID], severity: 'error' });
    const spanProblem = result.problems.find((p) => p.field === 'span');
    if (spanProblem && !spanErrors[SPAN_FROM_ID] && !spanErrors[SPAN_TO_ID]) issues.push({ key: SPAN_FROM_ID, where: '核认跨度', message: spanProblem.message, severity: 'error' });
    const coveredProblem = result.problems.find((p) => p.field === 'coveredYears');
    if (coveredProblem) issues.push({ key: COVERED_ID, where: '已认定年度', message: coveredProblem.message, severity: 'warning' });

    const outside = (item: ItemResult | undefined) => item !== undefined && (item.status === 'outside-span' || (item.status !== 'invalid' && item.reason?.includes('不在核认跨度') === true));
    // Only activities with something to report, in the order of the list (a keystroke must stay cheap with 500).
    const concerned = new Set<string>(Object.keys(this.editors));
    for (const item of result.items) if (item.errors.length > 0 || outside(item)) concerned.add(item.activityId);
    const ordered = [...concerned].sort((a, b) => this.numberOf(a) - this.numberOf(b));
    for (const id of ordered) {
      const editor = this.editors[id];
      const index = this.indexById.get(id);
      const kind = editor?.kind ?? (index === undefined ? undefined : this.draft.activities[index]?.kind);
      if (kind === undefined) continue;
      const specs = this.specsFor(kind, id);
      const number = this.numberOf(id);
      const where = (name: string) => {
        const spec = specs.find((s) => s.name === name);
        return spec ? `第${number}项「${fieldLabel(spec)}」` : name === 'title' ? `第${number}项「名称」` : `第${number}项`;
      };
      const keyOf = (name: string) => (specs.some((s) => s.name === name) || name === 'title' ? fieldId(id, name) : fieldId(id, 'heading'));
      // What the user typed is judged at once; what is still missing only once they moved on or pressed 完成.
      const shown = (name: string) => {
        if (editor === undefined || editor.revealed || editor.touched[name] === true) return true;
        const raw = name === 'title' ? editor.title : editor.values[name];
        return typeof raw === 'string' && raw.trim() !== '';
      };
      const seen = new Set<string>();
      // In the order of the form, so that the summary and 完成 lead to the first field on the page.
      const order = [...specs.map((s) => s.name), 'title'];
      const formErrors = Object.entries(editor?.errors ?? {}).sort(([a], [b]) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99));
      for (const [name, message] of formErrors) {
        if (!shown(name)) continue;
        seen.add(name);
        issues.push({ key: keyOf(name), where: where(name), message, severity: 'error', activityId: id });
      }
      const item = this.itemsById.get(id);
      for (const e of item?.errors ?? []) {
        if (seen.has(e.field) || !shown(e.field)) continue;
        seen.add(e.field);
        issues.push({ key: keyOf(e.field), where: where(e.field), message: e.message, severity: 'error', activityId: id });
      }
      if (outside(item) && item?.reason) {
        const yearField = kind === 'assignment' ? 'end' : 'year';
        if (!seen.has(yearField)) issues.push({ key: keyOf(yearField), where: where(yearField), message: item.reason, severity: 'warning', activityId: id });
      }
    }
    return issues;
  }
}

/** The typed span: a message per field, and the span when both years are valid and in order. */
function readSpanForm(form: { from: string; to: string }): { errors: Record<string, string>; span: { from: number; to: number } | null } {
  const errors: Record<string, string> = {};
  const from = checkYear(form.from);
  const to = checkYear(form.to);
  if (from.state === 'error') errors[SPAN_FROM_ID] = from.message;
  if (to.state === 'error') errors[SPAN_TO_ID] = to.message;
  if (from.state !== 'ok' || to.state !== 'ok') return { errors, span: null };
  if (to.value < from.value) errors[SPAN_TO_ID] = '结束年份不能早于起始年份';
  else if (to.value - from.value >= MAX_SPAN_YEARS) errors[SPAN_TO_ID] = `核认跨度不能超过 ${MAX_SPAN_YEARS} 年`;
  return { errors, span: errors[SPAN_TO_ID] === undefined ? { from: from.value, to: to.value } : null };
}

/** The page's calculator state. */
export const calculator = new CalculatorState();
