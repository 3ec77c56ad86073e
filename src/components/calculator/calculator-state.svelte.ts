/**
 * The calculator's shared state: the draft (only valid values), the raw text of every open form, and the
 * result derived from the draft. A wrong entry stays in the form with its message; the draft, and so every
 * figure, keeps its last valid value.
 */
import {
  calculate,
  completeRuleSet,
  getRuleSet,
  matchSpanRule,
  MAX_SPAN_YEARS,
  MAX_ACTIVITIES,
  MAX_ASSIGNMENTS,
  DRAFT_FORMAT,
  DRAFT_VERSION,
  type Activity,
  type ActivityKind,
  type CalculationResult,
  type Draft,
  type ItemResult,
  type Profile,
  type RuleSet,
  laterYearsWarning,
  yearInChina,
  requiredByYear,
  statedHoursWarning,
  statedOverYear,
} from '../../lib/rules/core';
import { currentRuleSet } from '../../lib/rules/default-round';
import { personText } from '../../lib/rules/draft-limits';
import { blankValues, conversionOf, fieldLabel, formSpecs, readForm, valuesOf, type FieldSpec, type FormValues } from './activity-form';
import { checkYear, YEAR_EXAMPLE } from './form-text';
import { newId } from './ids';
import { cloneData } from '../../lib/compat/clone-data';
import { emptyWork, MAX_REMOVED, type Removed, type Work, type WorkForm } from '../../lib/drafts/work';
import { countPages } from '../../lib/paging';

/**
 * An open activity form. It exists from 添加 (or 修改) until it is closed or removed, whether or not what it holds
 * is valid: becoming valid or invalid never re-creates, moves or renumbers it.
 */
export interface Editor {
  id: string;
  kind: ActivityKind;
  values: FormValues;
  title: string;
  /** Fields typed into: leaving one of them shows its message. */
  typed: Record<string, boolean>;
  /**
   * The message each field showed when the person was last done with it (left it after typing, chose an
   * option, pressed 完成). A message is shown only while the field's current message is still this one: a new
   * message waits until the person is done again, a fixed field loses its message at once.
   */
  shown: Record<string, string>;
  /** 完成 was pressed at least once, or the activity came from the draft. */
  revealed: boolean;
  /** Messages per field from reading the form. */
  errors: Record<string, string>;
}

/** A span's first and last year. */
type SpanYears = { from: number; to: number };

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
    // No answer is chosen for the person: the span, and so every figure, waits for their title level and degree.
    profile: { medical: false, teacher: false },
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

/**
 * Activities per page of the list. A five-year case holds a few dozen, so it sees one page as before; a case of
 * hundreds keeps the page small, and a keystroke re-renders a short list instead of all of them.
 */
export const ACTIVITY_PAGE_SIZE = 50;

/**
 * From how many rows on screen the rows off screen are left undrawn until scrolled near (class long on the list), and
 * the sections below the form too (class long on the calculator). Drawing the rows cost about 2 ms a keystroke at 1×
 * CPU with a page of 50; a list of up to 20 costs little and never moves under a finger. A shorter case's sections are
 * skipped only while a form is open (Calculator.svelte, calculator.css).
 */
export const SKIP_OFFSCREEN_FROM = 20;

/** The span's element ids. */
export const SPAN_FROM_ID = 'calc-span-from';
export const SPAN_TO_ID = 'calc-span-to';
export const SPAN_EDIT_ID = 'calc-span-edit';
export const COVERED_ID = 'calc-covered';
export const RULESET_ID = 'calc-ruleSet';

/** An open form as stored (WorkForm) made an editor again: after a reload, or by 撤销. */
export const editorOf = (form: WorkForm): Editor => ({ id: form.id, kind: form.kind as ActivityKind, values: { ...form.values }, title: form.title, typed: { ...form.typed }, shown: { ...form.shown }, revealed: form.revealed, errors: {} });

/** Calculator state: one instance per page. */
export class CalculatorState {
  /** The case as last valid. Replaced, never mutated, so calculate() reads plain objects. */
  draft = $state.raw<Draft>(blankDraft());
  /** Counts the rounds made whole in the engine (completeRules): the result and rule set are read again. */
  private wholeRounds = $state(0);
  result: CalculationResult = $derived.by(() => {
    void this.wholeRounds;
    return timedCalculate(this.draft);
  });
  ruleSet: RuleSet = $derived.by(() => {
    void this.wholeRounds;
    return getRuleSet(this.draft.ruleSet) ?? currentRuleSet;
  });
  editors = $state<Record<string, Editor>>({});
  /**
   * Every activity on screen, valid or still being written, in the order it was added; 第N项 follows it. The
   * draft's activities keep the same relative order, so a new activity that becomes valid stays where it is.
   */
  order = $state.raw<string[]>([]);
  spanForm = $state<SpanForm>({ open: false, from: '', to: '' });
  /**
   * The activities removed, the last last, for 撤销 one after another: with one kept, a second 删除 took the first out of
   * reach without a word (a new user's re-check). Kept with the draft's work (MAX_REMOVED).
   */
  removed = $state.raw<Removed[]>([]);
  /**
   * What 撤销 last put back, said where its removal was said (ActivityList); '' once the list is acted on again, and
   * when another draft is opened (it named the first draft's activity there: a tester's re-check).
   */
  restored = $state('');
  /** The activity 撤销 puts back next. */
  get lastRemoved(): Removed | undefined {
    return this.removed[this.removed.length - 1];
  }
  /** Forms opened (添加, 修改, 复制) in this tab since the last load. A memo for hasOpenForms, not state. @internal (undo-remove.ts) */
  openedHere = new Set<string>();
  /**
   * What 取消 goes back to for each form opened in this tab: null for a new activity (取消添加 takes it out, even once
   * complete), the activity as it was when 修改 opened it (撤销修改 puts it back). Set with the form, before the page
   * draws it; not kept across a reload (the form then offers 完成 alone, or 取消添加 while it is not in the draft).
   * @internal (undo-remove.ts)
   */
  before = new Map<string, Activity | null>();
  /**
   * For each open form, the field last typed into or chosen and the activity as it stood before that field's edit
   * began (null: not in the draft then); the edit ends when the person leaves the field. While the form does not
   * read as valid, the draft goes back to it: the figures never count a value half typed (12.2 on the way to 12.25,
   * or 2 days on the way to 2.5: a new user's finding), only what stood before the field was touched. Not kept
   * across a reload: the draft then holds what was saved, and keeps it until a field is touched again.
   */
  private fieldStart = new Map<string, { name: string; activity: Activity | null }>();
  /** Forms whose typed text is kept but not read yet (typeValue, typeTitle), and whether a reading is scheduled. */
  private waiting = new Set<string>();
  private readScheduled = false;
  /** Called after every change the person makes, to the draft or to a form's raw text (the session saves then). */
  onEdit: (() => void) | undefined;

  /**
   * The result's items; last keystroke's array when every item is the same object. calculate() keeps the item of an
   * activity that did not change (the same object while the activity, the round and the span are), so lists of
   * hundreds of activities re-render only the rows that changed (Svelte compares by identity).
   */
  items: ItemResult[] = $derived(this.stableItems(this.result));
  itemsById: Map<string, ItemResult> = $derived(new Map(this.items.map((i) => [i.activityId, i])));
  // A memo, not state: written while deriving `items`, read only there.
  private lastItems: ItemResult[] = [];
  /**
   * Position of each activity in the draft: lookups stay O(1) with hundreds of activities. The same map while no
   * activity is added, removed or moved, so that a keystroke does not wake everything that looks a position up.
   */
  indexById: Map<string, number> = $derived(this.stableIndex(this.draft.activities));
  private lastIndex: { ids: string[]; map: Map<string, number> } = { ids: [], map: new Map() };
  /** Position of each activity on screen. */
  positionById: Map<string, number> = $derived(new Map(this.order.map((id, i) => [id, i])));
  /** The page of the activity list the person chose (see `activityPage`, which stays in range). */
  chosenActivityPage = $state(0);
  /** How many pages the activity list has (at least one). */
  activityPageCount: number = $derived(countPages(this.order.length, ACTIVITY_PAGE_SIZE));
  /** The page of the activity list on screen, 0-based: the chosen one, or the last when activities were removed. */
  activityPage: number = $derived(Math.min(this.chosenActivityPage, this.activityPageCount - 1));
  /** The activities on the page on screen, in order. */
  pageIds: string[] = $derived(this.order.slice(this.activityPage * ACTIVITY_PAGE_SIZE, (this.activityPage + 1) * ACTIVITY_PAGE_SIZE));
  /**
   * Open forms whose activity is not valid yet, in the order of the list: they count for nothing and are listed as
   * 未完成. Found from the few open forms: looking each of hundreds of activities up in `editors` left the store a
   * tracked entry for each, which every later listing of the open forms (each key's journal write among them) went
   * through again.
   */
  pendingIds: string[] = $derived(
    Object.keys(this.editors)
      .filter((id) => !this.indexById.has(id) && this.positionById.has(id))
      .sort((a, b) => (this.positionById.get(a) ?? 0) - (this.positionById.get(b) ?? 0)),
  );
  /**
   * The activities whose open form holds text that is not valid: the figures count each as it stood before the field
   * was touched (fieldStart), which the results say. Found from the few open forms, not the whole list.
   */
  staleIds: string[] = $derived(Object.values(this.editors).filter((e) => this.indexById.has(e.id) && Object.keys(e.errors).length > 0).map((e) => e.id));
  /** The same by number (第n项), as the results say them. */
  staleNumbers: number[] = $derived(this.numbersOf(this.staleIds));
  /**
   * New activities whose form shows a message: to fix (待改正), as the form, the summaries and the results call them,
   * not still being filled in (未完成).
   */
  pendingToFix: string[] = $derived(this.pendingIds.filter((id) => Object.keys(this.editors[id]?.shown ?? {}).length > 0));
  /**
   * Each year's whole requirement (合计) in the result: a course stating more is said to be checked
   * (statedHoursWarning). The same map while no requirement changed, so that a keystroke does not work out every
   * activity's messages again.
   */
  requiredByYear: Map<number, number> = $derived(this.stableRequired(this.result));
  private lastRequired = new Map<number, number>();
  /** The span rule the profile matches, and whether it gives years. */
  spanRule = $derived(matchSpanRule(this.ruleSet, this.draft.profile));
  spanFormShown: boolean = $derived(this.spanForm.open || this.draft.span !== null || this.spanRule?.from === undefined);
  spanErrors: Record<string, string> = $derived(this.checkSpanForm());
  /** The span form holds years that are not valid: the figures use the span from before the change (spanBefore). */
  spanStale: boolean = $derived(Object.keys(this.spanErrors).length > 0);
  /**
   * The span the figures used when the person began typing in the span fields, or null while they are not. While
   * the years typed are not a span, the figures use it: not a span passed through on the way (2019～2023 typed over as
   * 2023～2019 went through 2023～2023, which the results then showed as 按您填写的起止年份; a new user, by keyboard).
   * Forgotten once the person leaves the two fields with a valid span, opens them again, or opens a draft. Unlike an
   * activity's fieldStart, which ends with each field, it lasts across both years: going from one to the other is part
   * of typing one span.
   */
  private spanBefore: { span: Draft['span'] } | null = null;
  /**
   * Years typed for a round that left the span open, set aside by a switch to one that sets it (setRuleSet); kept with
   * the work, so that a reload keeps them too.
   */
  private spanSetAside: SpanYears | null = null;
  /** The span fields' messages as shown when the person last left them (same rule as the activity forms). */
  spanShown = $state<Record<string, string>>({});
  /**
   * The person has met the span fields (left one, or asked for a PDF or print): from then on a span the notice does not
   * give is an error to fix. Before, with both fields empty, the hint above them asks for it and the results say why
   * nothing is computed; the most common 2020 applicant (中级) was greeted with 有 1 处需要修改 before typing anything.
   */
  private spanAsked = $state(false);
  /**
   * Every message, in the order of the page. The same array (and the same objects) while nothing in it changed, so a
   * keystroke that changes no message re-renders none of the places that show them.
   */
  issues: Issue[] = $derived(this.collectIssues());
  messages: Map<string, Issue> = $derived(new Map(this.issues.map((i) => [i.key, i])));
  /** The messages of each activity, in the order of the page. */
  issuesByActivity: Map<string, Issue[]> = $derived(groupByActivity(this.issues));
  errorCount: number = $derived(this.issues.filter((i) => i.severity === 'error').length);
  // Memo caches, not state: written while deriving `issues`, read only there.
  private readonly issueCache = new Map<string, { item: ItemResult | undefined; activity: Activity | undefined; number: number; ruleSet: RuleSet; required: Map<number, number>; issues: Issue[] }>();
  private lastIssues: Issue[] = [];
  private readonly specCache = new Map<string, FieldSpec[]>();
  private readonly specsOf = new WeakMap<Activity, { ruleSet: RuleSet; kind: ActivityKind; specs: FieldSpec[] }>();

  /** Last keystroke's array when no item changed. */
  private stableItems(result: CalculationResult): ItemResult[] {
    const items = result.items;
    const last = this.lastItems;
    if (items.length === last.length && items.every((item, i) => item === last[i])) return last;
    this.lastItems = items;
    return items;
  }

  private stableRequired(result: CalculationResult): Map<number, number> {
    const last = this.lastRequired;
    if (result.years.length === last.size && result.years.every((y) => last.get(y.year) === y.parts.total.required)) return last;
    this.lastRequired = requiredByYear(result);
    return this.lastRequired;
  }

  private stableIndex(activities: readonly Activity[]): Map<string, number> {
    const last = this.lastIndex;
    if (activities.length === last.ids.length && activities.every((a, i) => a.id === last.ids[i])) return last.map;
    this.lastIndex = { ids: activities.map((a) => a.id), map: new Map(activities.map((a, i) => [a.id, i])) };
    return this.lastIndex.map;
  }

  /** @internal (undo-remove.ts) */
  setDraft(next: Draft): void {
    this.draft = next;
    this.onEdit?.();
  }

  /** Replaces the whole case (opening a draft), with the forms that were open and their raw text. */
  load(draft: Draft, work: Work = emptyWork(draft.activities.map((a) => a.id))): void {
    this.issueCache.clear();
    this.waiting.clear();
    this.chosenActivityPage = 0;
    this.openedHere.clear();
    this.draft = draft;
    this.removed = work.removed ?? [];
    this.restored = '';
    const editors: Record<string, Editor> = {};
    for (const form of work.forms) {
      const conversion = conversionOf(getRuleSet(draft.ruleSet) ?? currentRuleSet, form.kind as ActivityKind);
      if (conversion === undefined && !draft.activities.some((a) => a.id === form.id)) continue;
      editors[form.id] = editorOf(form);
    }
    this.editors = editors;
    this.fieldStart.clear();
    // 撤销修改 after a reload: the activity as 修改 found it, kept with the open form (a new one's is 取消添加).
    this.before.clear();
    for (const form of work.forms) if (editors[form.id] !== undefined && form.before !== undefined && (form.before === null || form.before.id === form.id)) this.before.set(form.id, form.before);
    const inDraft = new Set(draft.activities.map((a) => a.id));
    this.order = work.order.filter((id) => editors[id] !== undefined || inDraft.has(id));
    // A form's text that reads as valid is what the draft holds; the journal may have kept a last keystroke's text
    // before its draft (typeValue), and this puts them together again.
    for (const id of Object.keys(editors)) this.reread(id, true);
    this.spanBefore = null;
    this.spanSetAside = work.span.setAside ?? null;
    if (work.span.open) this.spanForm = { open: true, from: work.span.from, to: work.span.to };
    else this.spanForm = draft.span ? { open: true, from: String(draft.span.from), to: String(draft.span.to) } : { open: false, from: '', to: '' };
    // A span that comes with the draft is not being typed: a year still to come is said at once, as a closed activity's
    // year outside the span is.
    this.spanShown = this.spanWarnings();
    this.spanAsked = false;
  }

  /** The numbers (第n项) of these activities as the list shows them, in ascending order. */
  numbersOf(ids: readonly string[]): number[] {
    return ids.map((id) => (this.positionById.get(id) ?? 0) + 1).sort((a, b) => a - b);
  }

  /** What is on screen beyond the draft: open forms with their raw text, the order, the span form. Plain data. */
  work(): Work {
    // The open forms in the order of the list, found from the few forms rather than the whole list.
    const forms: WorkForm[] = Object.values(this.editors)
      .map((e) => ({ e, position: this.positionById.get(e.id) }))
      .filter((x): x is { e: Editor; position: number } => x.position !== undefined)
      .sort((a, b) => a.position - b.position)
      .map(({ e }) => this.formOf(e));
    const aside = this.spanSetAside;
    const removed = this.removed;
    return { order: [...this.order], forms, span: { ...this.spanForm, ...(aside !== null ? { setAside: { ...aside } } : {}) }, ...(removed.length > 0 ? { removed: [...removed] } : {}) };
  }

  private formOf(e: Editor): WorkForm {
    const before = this.before.get(e.id);
    return { id: e.id, kind: e.kind, values: { ...e.values }, title: e.title, typed: { ...e.typed }, shown: { ...e.shown }, revealed: e.revealed, ...(before !== undefined ? { before } : {}) };
  }

  /** @internal (undo-remove.ts) */
  edited(): void {
    this.onEdit?.();
  }

  // Profile and round

  /**
   * Makes the default round whole in the engine: the page bundles it without its notes and materials lists, which
   * only the sections below the results and the PDF show. The result is read again with them. False when its data
   * cannot be fetched (offline before the service worker holds it, or the site updated since the page loaded).
   */
  async completeRules(): Promise<boolean> {
    const before = getRuleSet(currentRuleSet.id);
    const whole = await completeRuleSet(currentRuleSet.id);
    if (whole !== undefined && whole !== before) this.wholeRounds++;
    return whole !== undefined;
  }

  /**
   * Switches the round. Years typed only because the round left the span open (2020 sets none for some people) are not
   * carried to a round that sets it: they gave 2024 a span of 2019～2023 for a 中级 whose notice says 2020～2023 (a new
   * user, on a phone). They are set aside, and come back when the person returns to a round that leaves the span open
   * again with none typed since: a look at the other round and back had emptied both years (a new user's check). Years
   * typed over a span the round did set are the person's choice and stay. Returns the years not carried over and the
   * years given back, if any, for the note beside the choice.
   */
  setRuleSet(id: string): { dropped: SpanYears | null; restored: SpanYears | null } {
    this.readWaiting();
    const next = getRuleSet(id);
    if (next === undefined) return { dropped: null, restored: null };
    const openNow = this.spanRule?.from === undefined;
    const openNext = matchSpanRule(next, this.draft.profile)?.from === undefined;
    const typedForGap = openNow && !openNext;
    const dropped = typedForGap ? this.draft.span : null;
    const restored = !openNow && openNext && this.draft.span === null ? this.spanSetAside : null;
    if (typedForGap) {
      this.spanSetAside = dropped;
      this.spanForm = { open: false, from: '', to: '' };
      this.spanShown = {};
    }
    if (restored !== null) {
      this.spanSetAside = null;
      this.spanForm = { open: true, from: String(restored.from), to: String(restored.to) };
      this.spanShown = {};
    }
    const span = typedForGap ? { span: null } : restored !== null ? { span: restored } : {};
    this.setDraft({ ...this.draft, ruleSet: id, ...span });
    for (const id of Object.keys(this.editors)) this.reread(id, false);
    return { dropped, restored };
  }

  setProfile(patch: Partial<Profile>): void {
    this.readWaiting();
    const profile = { ...this.draft.profile, ...patch };
    for (const key of ['name', 'employer'] as const) {
      if (profile[key] === '') delete profile[key];
      else if (profile[key] !== undefined) profile[key] = personText(profile[key]);
    }
    this.setDraft({ ...this.draft, profile });
  }

  setCovered(year: number, covered: boolean): void {
    this.readWaiting();
    const years = new Set(this.draft.coveredYears);
    if (covered) years.add(year);
    else years.delete(year);
    this.setDraft({ ...this.draft, coveredYears: [...years].sort((a, b) => a - b) });
  }

  // Span

  openSpanForm(): void {
    this.readWaiting();
    const span = this.result.span;
    this.spanBefore = null;
    this.spanForm = { open: true, from: span ? String(span.from) : '', to: span ? String(span.to) : '' };
    this.edited();
  }

  private checkSpanForm(): Record<string, string> {
    // A year cleared from a span the figures still use (the draft's) is missing, like one left empty beside one typed.
    return this.spanFormShown ? readSpanForm(this.spanForm, this.draft.span !== null).errors : {};
  }

  /**
   * The span fields' warnings: a year later than this year, which still counts (a person may plan ahead). This year is
   * Beijing's by the visitor's clock when the fields are checked, never the build's.
   */
  private spanWarnings(): Record<string, string> {
    const warnings: Record<string, string> = {};
    if (!this.spanFormShown) return warnings;
    const thisYear = yearInChina(new Date());
    for (const [key, text] of [[SPAN_FROM_ID, this.spanForm.from], [SPAN_TO_ID, this.spanForm.to]] as const) {
      const year = checkYear(text);
      const message = year.state === 'ok' ? laterYearsWarning([year.value], thisYear) : undefined;
      if (message !== undefined) warnings[key] = message;
    }
    return warnings;
  }

  setSpanText(which: 'from' | 'to', text: string): void {
    this.readWaiting();
    this.spanBefore ??= { span: this.draft.span };
    this.spanForm = { ...this.spanForm, open: true, [which]: text };
    const span = readSpanForm(this.spanForm).span ?? this.spanBefore.span;
    if (span?.from === this.draft.span?.from && span?.to === this.draft.span?.to) {
      this.edited();
      return;
    }
    this.setDraft({ ...this.draft, span });
  }

  /**
   * The person left a span field they typed into; `stillInSpan`: for the other one. Leaving both with a valid span
   * makes it the one the figures fall back on from then on.
   */
  leaveSpan(key: string, stillInSpan = false): void {
    this.readWaiting();
    this.spanAsked = true;
    this.settleSpan(key);
    if (!stillInSpan && !this.spanStale) this.spanBefore = null;
    this.edited();
  }

  private settleSpan(key: string): void {
    const message = this.spanErrors[key] ?? this.spanWarnings()[key];
    if (message === undefined) delete this.spanShown[key];
    else this.spanShown[key] = message;
  }

  /** Back to the span the rule set gives for the profile. */
  useAutomaticSpan(): void {
    this.readWaiting();
    this.spanForm = { open: false, from: '', to: '' };
    this.spanShown = {};
    if (this.draft.span !== null) this.setDraft({ ...this.draft, span: null });
    else this.edited();
  }

  // Activities

  /** The fields of an activity's form under the current round. */
  /** Where focus goes when an activity's form opens: its first field, or its heading when the form has none. */
  firstFieldId(kind: ActivityKind, id: string): string {
    const first = this.specsFor(kind, id)[0];
    return first ? fieldId(id, first.name) : fieldId(id, 'heading');
  }

  specsFor(kind: ActivityKind, id: string): FieldSpec[] {
    const conversion = conversionOf(this.ruleSet, kind);
    if (conversion === undefined) return [];
    const index = this.indexById.get(id);
    const activity = index === undefined ? undefined : this.draft.activities[index];
    const memo = activity === undefined ? undefined : this.specsOf.get(activity);
    if (memo !== undefined && memo.ruleSet === this.ruleSet && memo.kind === kind) return memo.specs;
    const fresh = formSpecs(conversion, this.ruleSet, activity);
    // The same array for the same fields: a form's fields are not re-rendered on every keystroke.
    const key = `${this.ruleSet.id}\n${kind}\n${JSON.stringify(fresh)}`;
    const specs = this.specCache.get(key) ?? fresh;
    this.specCache.set(key, specs);
    if (activity !== undefined) this.specsOf.set(activity, { ruleSet: this.ruleSet, kind, specs });
    return specs;
  }

  /** Shows the page of the activity list that holds this activity. */
  showActivity(id: string): void {
    const position = this.positionById.get(id);
    if (position !== undefined) this.chosenActivityPage = Math.floor(position / ACTIVITY_PAGE_SIZE);
  }

  /** Shows a page of the activity list (0-based; kept in range). */
  setActivityPage(page: number): void {
    this.chosenActivityPage = Math.max(0, Math.min(Math.floor(page), this.activityPageCount - 1));
  }

  /** Position of an activity as people count it: 第1项, 第2项… in the order of the list on screen. */
  numberOf(id: string): number {
    const position = this.positionById.get(id);
    return position === undefined ? this.order.length + 1 : position + 1;
  }

  /** Why one more activity of `kind` cannot be added (the draft format's limits), or null when it can. */
  limitFor(kind: ActivityKind): string | null {
    if (this.order.length >= MAX_ACTIVITIES) return `一份草稿最多 ${MAX_ACTIVITIES} 项活动，请另建草稿。`;
    // The draft's, and the new ones still open (not in the draft yet): from the few open forms, as pendingIds is.
    const assignments = this.draft.activities.filter((a) => a.kind === 'assignment').length + this.pendingIds.filter((id) => this.editors[id]?.kind === 'assignment').length;
    if (kind === 'assignment' && assignments >= MAX_ASSIGNMENTS) return `一份草稿最多 ${MAX_ASSIGNMENTS} 项特定工作任务。`;
    return null;
  }

  /** Opens an empty form for a new activity at the end of the list; returns its id (null at the draft's limits). */
  addActivity(kind: ActivityKind): string | null {
    this.readWaiting();
    if (this.limitFor(kind) !== null) return null;
    const id = newId('a');
    const specs = this.specsFor(kind, id);
    const values = blankValues(specs);
    this.before.set(id, null);
    this.editors[id] = { id, kind, values, title: '', typed: {}, shown: {}, revealed: false, errors: readForm(kind, id, specs, values, '').errors };
    this.openedHere.add(id);
    this.order = [...this.order, id];
    this.showActivity(id);
    this.edited();
    return id;
  }

  /** Opens the form of an activity in the draft. */
  openEditor(id: string): void {
    this.readWaiting();
    if (this.editors[id] !== undefined) return;
    const index = this.indexById.get(id);
    const activity = index === undefined ? undefined : this.draft.activities[index];
    if (activity === undefined) return;
    const specs = this.specsFor(activity.kind, id);
    this.before.set(id, activity);
    this.editors[id] = { id, kind: activity.kind, values: valuesOf(activity, specs), title: activity.title ?? '', typed: {}, shown: {}, revealed: true, errors: {} };
    this.openedHere.add(id);
    this.reread(id, false);
    this.showAll(id);
    // Opening a form changes nothing the person typed: no save (another tab's save is then asked about, not lost).
  }

  /** A typed value (string) or a choice made (option value, or a flag's boolean). */
  setValue(id: string, name: string, value: string | boolean): void {
    this.readWaiting();
    const editor = this.editors[id];
    if (editor === undefined) return;
    this.startField(id, name);
    editor.values[name] = value;
    if (typeof value === 'string' && this.isTyped(editor, name)) editor.typed[name] = true;
    this.fillFixedSubject(editor, name, value);
    this.reread(id, true);
    // Choosing an option is being done with that question.
    if (!this.isTyped(editor, name)) {
      this.settle(id, name);
      this.settleOthers(id, name);
    }
    this.edited();
  }

  /**
   * A choice the notice ties to one subject (课程来源 用人单位备案的线下专业培训 → 专业科目, 通知 三（一）) answers 科目
   * when it is still unanswered; a 科目 already chosen is left as chosen, and the form says if the two disagree.
   */
  private fillFixedSubject(editor: Editor, name: string, value: string | boolean): void {
    if (name === 'subject' || typeof value !== 'string' || editor.values['subject'] !== '') return;
    const field = this.ruleSet.conversions.find((c) => c.kind === editor.kind)?.fields.find((f) => f.name === name);
    const subject = field?.type === 'choice' ? field.options.find((o) => o.value === value)?.subject : undefined;
    if (subject !== undefined) editor.values['subject'] = subject;
  }

  /**
   * A keystroke in a text field. The text is kept, and journaled, at once; the form is read, and the figures follow,
   * after the next frame, so that the key shows without waiting for the case to be worked out again. Anything else
   * done to the case first reads what is waiting (readWaiting), so nothing acts on text older than what is shown.
   */
  typeValue(id: string, name: string, value: string): void {
    const editor = this.editors[id];
    if (editor === undefined) return;
    if (!this.isTyped(editor, name)) return this.setValue(id, name, value);
    this.startField(id, name);
    editor.values[name] = value;
    editor.typed[name] = true;
    this.readSoon(id);
    this.edited();
  }

  /** A keystroke in an activity's 名称 (see typeValue). */
  typeTitle(id: string, title: string): void {
    const editor = this.editors[id];
    if (editor === undefined) return;
    this.startField(id, 'title');
    // As it will be kept (personText): a mark pasted in that turns the text around is not shown in the field either.
    // Every way into an editor's title cleans it (here, readWork for stored work, the draft schema for an activity's),
    // so readForm takes it as it is.
    editor.title = personText(title);
    editor.typed['title'] = true;
    this.readSoon(id);
    this.edited();
  }

  private readSoon(id: string): void {
    this.waiting.add(id);
    if (this.readScheduled) return;
    this.readScheduled = true;
    afterNextFrame(() => {
      this.readScheduled = false;
      this.readWaiting();
    });
  }

  /** Reads every form whose typed text is waiting; the draft and the figures catch up. Cheap when none is. */
  readWaiting(): void {
    if (this.waiting.size === 0) return;
    const ids = [...this.waiting];
    this.waiting.clear();
    const before = this.draft;
    for (const id of ids) this.reread(id, true);
    // The journal already holds the text; it now gets the draft that goes with it.
    if (this.draft !== before) this.edited();
  }

  /** The person left a field: its message shows from now on, if they typed into it. */
  leave(id: string, name: string): void {
    this.readWaiting();
    // The field's edit is over: what it holds now is what the next field's edit starts from (fieldStart).
    if (this.fieldStart.get(id)?.name === name) this.fieldStart.delete(id);
    const editor = this.editors[id];
    if (editor === undefined || editor.typed[name] !== true) return;
    this.settle(id, name);
    this.settleOthers(id, name);
    this.edited();
  }

  /**
   * The fields the person is already done with (a choice made, text typed and left) say what they say now: a message
   * that another field's answer brought (科目 公需科目 with 用人单位备案的线下专业培训, once 学时 is filled in) shows when that
   * field is done, not only at 完成, so that 本项暂不计入：请先改正上面的问题 always has the problem above it.
   */
  private settleOthers(id: string, except: string): void {
    const editor = this.editors[id];
    if (editor === undefined) return;
    for (const spec of this.specsFor(editor.kind, id)) {
      if (spec.name === except) continue;
      const done = spec.type === 'choice' ? editor.values[spec.name] !== '' && editor.values[spec.name] !== undefined : spec.type !== 'flag' && editor.typed[spec.name] === true;
      if (done) this.settle(id, spec.name);
    }
  }

  private isTyped(editor: Editor, name: string): boolean {
    if (name === 'title') return true;
    const spec = this.specsFor(editor.kind, editor.id).find((s) => s.name === name);
    return spec !== undefined && spec.type !== 'choice' && spec.type !== 'flag';
  }

  /** The message a field of an open form has now (form first, then the engine's), or undefined. */
  private currentMessage(id: string, name: string): string | undefined {
    const editor = this.editors[id];
    const formError = editor?.errors[name];
    if (formError !== undefined) return formError;
    const item = this.itemsById.get(id);
    const itemError = item?.errors.find((e) => e.field === name)?.message;
    if (itemError !== undefined) return itemError;
    if (item !== undefined && name === this.yearField(editor?.kind ?? item.kind)) return yearWarning(item, yearInChina(new Date()));
    if (item !== undefined && name === HOURS_FIELD) return statedHoursWarning(item, this.requiredByYear, this.ruleSet.hoursUnit);
    return undefined;
  }

  private yearField(kind: ActivityKind): string {
    return kind === 'assignment' ? 'end' : 'year';
  }

  /** The person is done with a field: what it says now is what shows. */
  private settle(id: string, name: string): void {
    const editor = this.editors[id];
    if (editor === undefined) return;
    const message = this.currentMessage(id, name);
    if (message === undefined) delete editor.shown[name];
    else editor.shown[name] = message;
  }

  /** Every field's current message shows (完成, an error-summary link, an attempt to print). */
  private showAll(id: string): void {
    const editor = this.editors[id];
    if (editor === undefined) return;
    editor.revealed = true;
    const names = new Set([...this.specsFor(editor.kind, id).map((s) => s.name), 'title', ...Object.keys(editor.errors)]);
    for (const name of names) this.settle(id, name);
  }

  /** Reads a form; a valid reading goes into the draft (replacing the activity, or inserted where it stands). */
  /** @internal (undo-remove.ts) */
  reread(id: string, write: boolean): void {
    const editor = this.editors[id];
    if (editor === undefined) return;
    const reading = readForm(editor.kind, id, this.specsFor(editor.kind, id), editor.values, editor.title);
    editor.errors = reading.errors;
    if (write && reading.activity !== null) this.put(id, reading.activity);
    else if (write) this.fallBack(id);
    // A message the person fixed goes at once; a new one waits until they are done with the field.
    for (const name of Object.keys(editor.shown)) if (this.currentMessage(id, name) !== editor.shown[name]) delete editor.shown[name];
  }

  /**
   * A field's edit begins (its first key or choice since another field's): the activity as it stands is what the
   * draft goes back to while the form does not read as valid (fieldStart). Text still waiting in another field of
   * the form is read first, so that the activity includes it.
   */
  private startField(id: string, name: string): void {
    if (this.fieldStart.get(id)?.name === name) return;
    if (this.waiting.has(id)) this.readWaiting();
    const index = this.indexById.get(id);
    this.fieldStart.set(id, { name, activity: index === undefined ? null : (this.draft.activities[index] ?? null) });
  }

  /** The form does not read as valid: the draft holds the activity as before the field's edit began (fieldStart). */
  private fallBack(id: string): void {
    const start = this.fieldStart.get(id);
    if (start === undefined) return;
    if (start.activity !== null) this.put(id, start.activity);
    else if (this.indexById.has(id)) this.draft = { ...this.draft, activities: this.draft.activities.filter((a) => a.id !== id) };
  }

  /** Puts a valid reading of a form into the draft. */
  private put(id: string, activity: Activity): void {
    const index = this.indexById.get(id) ?? -1;
    if (index >= 0) {
      if (JSON.stringify(this.draft.activities[index]) === JSON.stringify(activity)) return;
      const activities = [...this.draft.activities];
      activities[index] = activity;
      this.draft = { ...this.draft, activities };
    } else {
      // Inserted after the valid activities that stand before it on screen: nothing moves or renumbers.
      const position = this.positionById.get(id) ?? this.order.length;
      const before = this.order.slice(0, position).filter((other) => this.indexById.has(other)).length;
      const activities = [...this.draft.activities];
      activities.splice(before, 0, activity);
      this.draft = { ...this.draft, activities };
    }
  }

  /**
   * 完成: closes the form when nothing in it needs fixing; otherwise shows every message and returns the
   * element id of the first field to fix.
   */
  closeEditor(id: string): string | null {
    this.readWaiting();
    const editor = this.editors[id];
    if (editor === undefined) return null;
    this.showAll(id);
    const first = this.issues.find((i) => i.activityId === id && i.severity === 'error');
    if (first !== undefined || !this.indexById.has(id)) {
      this.edited();
      return first?.key ?? fieldId(id, 'heading');
    }
    delete this.editors[id];
    this.fieldStart.delete(id);
    // After the form is gone: the journal must hold the list without it, as the save will (else the next visit
    // finds the journal older than the save and keeps it as a copy, 我的测算（未保存的修改）).
    this.edited();
    return null;
  }

  /** What the form's second button does: 取消添加 (add), 撤销修改 (edit), or nothing to offer (null). */
  cancelMode(id: string): 'add' | 'edit' | null {
    const before = this.before.get(id);
    if (before === null || !this.indexById.has(id)) return 'add';
    return before === undefined ? null : 'edit';
  }

  /**
   * 取消添加: the new activity goes, complete or not. 撤销修改: the activity is again as it was when 修改 opened it,
   * and the form closes. Either way the figures follow at once, as for any change.
   */
  cancelEditor(id: string): void {
    this.readWaiting();
    const mode = this.cancelMode(id);
    const before = this.before.get(id);
    if (mode === null || this.editors[id] === undefined) return;
    this.before.delete(id);
    this.fieldStart.delete(id);
    if (mode === 'add') {
      // Out of the draft if it became complete; then as a new activity that never did. What was typed can come back.
      this.keepForUndo(id);
      if (this.indexById.has(id)) this.draft = { ...this.draft, activities: this.draft.activities.filter((a) => a.id !== id) };
      this.discardNew(id);
      return;
    }
    delete this.editors[id];
    if (before) this.draft = { ...this.draft, activities: this.draft.activities.map((a) => (a.id === id ? before : a)) };
    this.edited();
  }

  /**
   * A new activity's form that holds something typed or chosen, kept with its place for 撤销 (as 删除 keeps an
   * activity of the draft), before 取消添加 or 删除 takes it away.
   */
  private keepForUndo(id: string): void {
    const editor = this.editors[id];
    if (editor === undefined) return;
    const blank = blankValues(this.specsFor(editor.kind, id));
    if (editor.title === '' && Object.entries(editor.values).every(([name, value]) => value === (blank[name] ?? ''))) return;
    const form = { ...this.formOf(editor), before: null };
    this.removed = [...this.removed, { form, index: this.positionById.get(id) ?? this.order.length }].slice(-MAX_REMOVED);
  }

  /** Drops a new activity that never became valid. */
  discardNew(id: string): void {
    this.readWaiting();
    delete this.editors[id];
    this.fieldStart.delete(id);
    this.order = this.order.filter((n) => n !== id);
    this.edited();
  }

  removeActivity(id: string): void {
    this.readWaiting();
    const index = this.indexById.get(id) ?? -1;
    if (index < 0) {
      this.keepForUndo(id);
      this.discardNew(id);
      return;
    }
    const activity = this.draft.activities[index] as Activity;
    const position = this.positionById.get(id) ?? this.order.length;
    delete this.editors[id];
    this.fieldStart.delete(id);
    this.removed = [...this.removed, { activity, index: position }].slice(-MAX_REMOVED);
    this.order = this.order.filter((n) => n !== id);
    this.setDraft({ ...this.draft, activities: this.draft.activities.filter((a) => a.id !== id) });
  }

  /** Copies an activity right after it and opens the copy (people usually change its year). */
  duplicate(id: string): string | null {
    this.readWaiting();
    const index = this.indexById.get(id) ?? -1;
    const original = this.draft.activities[index];
    if (original === undefined || this.limitFor(original.kind) !== null) return null;
    const copy: Activity = { ...cloneData(original), id: newId('a') };
    // A choice the notices no longer allow (an assignment's 开始当年, kept on old activities so that they can say it no
    // longer applies) is not carried into a new activity, where it would only repeat that notice.
    if ('countYear' in copy) delete (copy as { countYear?: unknown }).countYear;
    const activities = [...this.draft.activities];
    activities.splice(index + 1, 0, copy);
    const order = [...this.order];
    order.splice((this.positionById.get(id) ?? order.length - 1) + 1, 0, copy.id);
    this.order = order;
    this.setDraft({ ...this.draft, activities });
    this.openEditor(copy.id);
    // A copy is a new activity: 取消添加 takes it out again.
    this.before.set(copy.id, null);
    this.showActivity(copy.id);
    return copy.id;
  }

  /** Opens whatever holds the element an issue points to (an activity's form) and shows its messages. */
  reveal(issue: Issue): void {
    this.readWaiting();
    if (issue.activityId === undefined) return;
    this.showActivity(issue.activityId);
    this.openEditor(issue.activityId);
    this.showAll(issue.activityId);
  }

  /** Before printing or a PDF: every open form shows its messages, so nothing unfinished goes unnoticed. */
  revealAll(): void {
    this.readWaiting();
    for (const id of Object.keys(this.editors)) this.showAll(id);
    if (this.spanFormShown) for (const key of [SPAN_FROM_ID, SPAN_TO_ID]) this.settleSpan(key);
    this.spanAsked = true;
    this.edited();
  }

  /**
   * True when a form opened in this tab since the draft was loaded is still open: the person may be about to type in
   * it, so another tab's save is then not loaded over it without asking. Forms that came open with the stored draft
   * (another tab's work in progress, saved) do not count: loading the newer save replaces nothing of this tab's.
   */
  get hasOpenForms(): boolean {
    for (const id of this.openedHere) if (this.editors[id] !== undefined) return true;
    return false;
  }

  private collectIssues(): Issue[] {
    const issues: Issue[] = [];
    const result = this.result;
    const ruleSetProblem = result.problems.find((p) => p.field === 'ruleSet');
    if (ruleSetProblem) issues.push({ key: RULESET_ID, where: '政策年度', message: ruleSetProblem.message, severity: 'error' });

    // Shown while the field still has the message the person saw when they left it: its error, else its warning.
    const spanWarnings = this.spanWarnings();
    const spanErrors: Record<string, string> = {};
    for (const [key, label] of [[SPAN_FROM_ID, '起始年份'], [SPAN_TO_ID, '结束年份']] as const) {
      const error = this.spanErrors[key];
      const message = error ?? spanWarnings[key];
      if (message === undefined || this.spanShown[key] !== message) continue;
      if (error !== undefined) spanErrors[key] = error;
      issues.push({ key, where: `核认跨度「${label}」`, message, severity: error === undefined ? 'warning' : 'error' });
    }
    // After the span fields' warnings: where both are on 起始年份, the field shows this error (messages keeps the last).
    const spanProblem = result.problems.find((p) => p.field === 'span');
    const spanMet = this.spanAsked || this.spanForm.from !== '' || this.spanForm.to !== '' || this.draft.span != null;
    if (spanProblem && spanMet && !spanErrors[SPAN_FROM_ID] && !spanErrors[SPAN_TO_ID]) issues.push({ key: SPAN_FROM_ID, where: '核认跨度', message: spanProblem.message, severity: 'error' });
    // One message for the ticked years: a year outside the span (not used), and a used year still to come (by the
    // visitor's clock, as for the span). The fieldset shows one message.
    const coveredProblem = result.problems.find((p) => p.field === 'coveredYears');
    const span = result.span;
    const used = span === null ? this.draft.coveredYears : this.draft.coveredYears.filter((y) => y >= span.from && y <= span.to);
    const coveredMessages = [coveredProblem?.message, laterYearsWarning(used, yearInChina(new Date()))].filter((m) => m !== undefined);
    if (coveredMessages.length > 0) issues.push({ key: COVERED_ID, where: '已认定年度', message: coveredMessages.join('；'), severity: 'warning' });

    // Only activities with something to report, in the order of the list (a keystroke must stay cheap with 500).
    const concerned = new Set<string>(Object.keys(this.editors));
    const thisYear = yearInChina(new Date());
    for (const item of result.items) if (item.errors.length > 0 || isOutside(item) || item.warnings.length > 0 || statedOverYear(item, this.requiredByYear) !== undefined || laterYears(item, thisYear).length > 0) concerned.add(item.activityId);
    const ordered = [...concerned].sort((a, b) => this.numberOf(a) - this.numberOf(b));
    for (const id of ordered) issues.push(...this.activityIssues(id, thisYear));
    if (this.issueCache.size > 2 * concerned.size + 50) for (const id of [...this.issueCache.keys()]) if (!concerned.has(id)) this.issueCache.delete(id);
    return this.stableIssues(issues);
  }

  /** Last time's array, and last time's objects, for messages that did not change. */
  private stableIssues(issues: Issue[]): Issue[] {
    const last = this.lastIssues;
    if (issues.length === last.length && issues.every((x, i) => sameIssue(x, last[i]))) return last;
    const previous = new Map(last.map((x) => [`${x.key}\n${x.message}`, x]));
    const next = issues.map((x) => {
      const before = previous.get(`${x.key}\n${x.message}`);
      return before !== undefined && sameIssue(x, before) ? before : x;
    });
    this.lastIssues = next;
    return next;
  }

  /**
   * One activity's messages. A closed activity's are worked out again only when its result, its data, its number or
   * the round changed: with hundreds of activities in error, a keystroke elsewhere costs a lookup each.
   */
  private activityIssues(id: string, thisYear: number): Issue[] {
    const issues: Issue[] = [];
    const editor = this.editors[id];
    const index = this.indexById.get(id);
    const activity = index === undefined ? undefined : this.draft.activities[index];
    const kind = editor?.kind ?? activity?.kind;
    if (kind === undefined) return issues;
    const item = this.itemsById.get(id);
    const number = this.numberOf(id);
    const ruleSet = this.ruleSet;
    if (editor === undefined) {
      const hit = this.issueCache.get(id);
      if (hit !== undefined && hit.item === item && hit.activity === activity && hit.number === number && hit.ruleSet === ruleSet && hit.required === this.requiredByYear) return hit.issues;
    }
    const specs = this.specsFor(kind, id);
    const where = (name: string) => {
      const spec = specs.find((s) => s.name === name);
      return spec ? `第${number}项「${fieldLabel(spec)}」` : name === 'title' ? `第${number}项「名称」` : `第${number}项`;
    };
    const keyOf = (name: string) => (specs.some((s) => s.name === name) || name === 'title' ? fieldId(id, name) : fieldId(id, 'heading'));
    const yearField = this.yearField(kind);
    if (editor !== undefined) {
      // An open form: what the person was shown when they were last done with each field, while it still holds.
      const order = [...specs.map((s) => s.name), 'title'];
      const names = Object.keys(editor.shown).sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99));
      for (const name of names) {
        const message = editor.shown[name] as string;
        // The messages that are not errors: the year outside the span, stated hours to check (statedHoursWarning).
        const isError = editor.errors[name] !== undefined || item?.errors.some((e) => e.field === name) === true;
        const severity = isError ? 'error' : 'warning';
        issues.push({ key: keyOf(name), where: where(name), message, severity, activityId: id });
      }
      this.issueCache.delete(id);
      return issues;
    }
    const seen = new Set<string>();
    for (const e of item?.errors ?? []) {
      if (seen.has(e.field)) continue;
      seen.add(e.field);
      issues.push({ key: keyOf(e.field), where: where(e.field), message: e.message, severity: 'error', activityId: id });
    }
    const warning = item === undefined ? undefined : yearWarning(item, thisYear);
    if (warning !== undefined && !seen.has(yearField)) issues.push({ key: keyOf(yearField), where: where(yearField), message: warning, severity: 'warning', activityId: id });
    const hours = item === undefined ? undefined : statedHoursWarning(item, this.requiredByYear, ruleSet.hoursUnit);
    if (hours !== undefined && !seen.has(HOURS_FIELD)) issues.push({ key: keyOf(HOURS_FIELD), where: where(HOURS_FIELD), message: hours, severity: 'warning', activityId: id });
    this.issueCache.set(id, { item, activity, number, ruleSet, required: this.requiredByYear, issues });
    return issues;
  }
}

function sameIssue(a: Issue, b: Issue | undefined): boolean {
  return b !== undefined && a.key === b.key && a.where === b.where && a.message === b.message && a.severity === b.severity && a.activityId === b.activityId;
}

function groupByActivity(issues: Issue[]): Map<string, Issue[]> {
  const byId = new Map<string, Issue[]>();
  for (const issue of issues) {
    if (issue.activityId === undefined) continue;
    const list = byId.get(issue.activityId);
    if (list === undefined) byId.set(issue.activityId, [issue]);
    else list.push(issue);
  }
  return byId;
}

/**
 * What the year field of an activity (结束日期 for an assignment) warns of, in one message as a field shows one: the
 * years outside the span, then what the engine tells of the item (an older draft's 开始当年 no longer applied).
 */
function yearWarning(item: ItemResult, thisYear: number): string | undefined {
  // The reason ends with its full stop (…不计入。); the engine's warnings have none. A year still to come (by the
  // visitor's clock, as for the span's fields) is said too: 2030 typed for 2023 was taken without a word (a new user).
  const rest = [...item.warnings, laterYearsWarning(laterYears(item, thisYear), thisYear)].filter((t) => t !== undefined && t !== '');
  const text = `${isOutside(item) && item.reason ? item.reason : ''}${rest.join('；')}`;
  return text === '' ? undefined : text;
}

/**
 * The years of an item later than `thisYear` (an assignment's may be some of its years; those partly outside the span
 * are said by its reason).
 */
const laterYears = (item: ItemResult, thisYear: number) => item.years.filter((y) => y > thisYear);

/** The field of a course's stated hours (证书载明学时). */
const HOURS_FIELD = 'hours';

/**
 * An item dated wholly outside the span, perhaps a year typed wrong. Its reason (…不在核认跨度…内，不计入。) is then
 * said by its year field's message (yearWarning), and the activity list does not repeat it. An item only partly outside
 * (an assignment over several years, the engine's yearsOutside) is no warning: nothing in it is to be put right, and
 * the message stood under 结束日期 when the year left out was the start's (a reviewer's check). Its reason is said with
 * it, as a not-counted item's is.
 */
export function isOutside(item: ItemResult | undefined): boolean {
  return item?.status === 'outside-span';
}

/**
 * The typed span: a message per field, and the span when both years are valid and in order. An empty year is missing
 * (请填写…) when the other is typed or when `inUse` (the draft holds a span, which the figures still use); both empty
 * otherwise says nothing here: that is the engine's own 请填写起止年份, or the rule's span.
 */
function readSpanForm(form: { from: string; to: string }, inUse = false): { errors: Record<string, string>; span: { from: number; to: number } | null } {
  const errors: Record<string, string> = {};
  const from = checkYear(form.from, YEAR_EXAMPLE.spanFrom);
  const to = checkYear(form.to, YEAR_EXAMPLE.spanTo);
  const missing = inUse || from.state !== 'empty' || to.state !== 'empty';
  if (from.state === 'error') errors[SPAN_FROM_ID] = from.message;
  else if (from.state === 'empty' && missing) errors[SPAN_FROM_ID] = '请填写起始年份';
  if (to.state === 'error') errors[SPAN_TO_ID] = to.message;
  else if (to.state === 'empty' && missing) errors[SPAN_TO_ID] = '请填写结束年份';
  if (from.state !== 'ok' || to.state !== 'ok') return { errors, span: null };
  if (to.value < from.value) errors[SPAN_TO_ID] = '结束年份不能早于起始年份';
  else if (to.value - from.value >= MAX_SPAN_YEARS) errors[SPAN_TO_ID] = `核认跨度不能超过 ${MAX_SPAN_YEARS} 年`;
  return { errors, span: errors[SPAN_TO_ID] === undefined ? { from: from.value, to: to.value } : null };
}

/**
 * Runs `run` once the next frame has been produced (a task queued from requestAnimationFrame), or after 200 ms
 * where no frame comes (a hidden tab, no rAF outside a browser).
 */
function afterNextFrame(run: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 200);
}

/** The page's calculator state. */
export const calculator = new CalculatorState();
