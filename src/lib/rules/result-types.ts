/** The shape of a calculation result: what the calculator, the worksheet and the PDF show. */
import type { ActivityKind } from './draft-schema';

/** A citation resolved to its notice and page anchor. */
export interface CitationRef {
  notice: string;
  clause: string;
  anchor: string;
  /** Site-relative link to the clause (prefix the site base before use). */
  href: string;
}

/** A note shown beside a figure. */
export interface NoteRef {
  id: string;
  title: string;
  text: string;
  kind: 'decision' | 'rule';
  cite: CitationRef;
}

/** Which subject hours count towards. */
export type Subject = 'public' | 'professional';

/** What became of an activity. */
export type ItemStatus =
  /** Hours counted in its year. */
  | 'counted'
  /** Recorded but the notice does not convert it: 0 hours, with the reason. */
  | 'not-covered'
  /** Dated outside the span: listed, not counted. */
  | 'outside-span'
  /** A special assignment that meets its year(s) in full. */
  | 'met-in-full'
  /** The entry has an error to fix; 0 hours until fixed. */
  | 'invalid';

/** A problem with one field of one activity, in Chinese. */
export interface FieldError {
  activityId: string;
  /** Draft property name, e.g. "rank". */
  field: string;
  message: string;
}

/** One activity as scored. */
export interface ItemResult {
  activityId: string;
  kind: ActivityKind;
  /** The form of education, e.g. 获得专利. */
  label: string;
  /** The user's own description, if any. */
  title: string | undefined;
  /** The year(s) the item concerns (an assignment may touch several); those outside the span are left out. */
  years: number[];
  /**
   * The years of an item partly outside the span that are left out (its reason says so); absent when none are. An
   * item wholly outside has the status outside-span and keeps its years.
   */
  yearsOutside?: number[];
  subject: Subject | null;
  hours: number;
  status: ItemStatus;
  /** How the figure was reached, e.g. "3天 × 8学时 = 24学时". */
  working: string;
  /** Why the item scores nothing, when it doesn't. */
  reason: string | undefined;
  cite: CitationRef;
  notes: NoteRef[];
  errors: FieldError[];
  /**
   * What the person must be told about this item that is neither an error nor a note: a choice an older draft made
   * that no longer applies and would have given another figure. Shown beside the activity; empty as a rule.
   */
  warnings: string[];
}

/** One part of the yearly requirement (total, 公需, 专业). */
export interface PartResult {
  required: number;
  actual: number;
  met: boolean;
  shortfall: number;
  /** `advisory`: a shortfall is a warning, not a failure. */
  strength: 'required' | 'advisory';
  cite: CitationRef;
}

/** What met a year in full, if anything did. */
export interface MetInFull {
  by: 'certificate' | 'assignment';
  activityId: string | undefined;
  cite: CitationRef;
  text: string;
}

/** One calendar year of the span. */
export interface YearResult {
  year: number;
  public: number;
  professional: number;
  total: number;
  parts: { total: PartResult; public: PartResult | null; professional: PartResult };
  /** met: every required part met; warning: met but an advisory part is short; short: a required part is short. */
  status: 'met' | 'warning' | 'short';
  metInFull: MetInFull | null;
  /** Items counted or considered for this year (including not-covered ones dated in it). */
  items: ItemResult[];
}

/** The span used for the calculation and where it came from. */
export interface SpanResult {
  from: number;
  to: number;
  source: 'rule' | 'override';
  /** The rule that the profile matched, if any. */
  rule: { id: string; label: string; cite: CitationRef } | null;
}

/** One material entry needed by the draft's items. */
export interface MaterialNeed {
  id: string;
  form: number | undefined;
  title: string;
  /** The entry's line under its title (rule data), if it has one. */
  note: string | undefined;
  cite: CitationRef;
  /** One or more sets ("one of the following" when more than one), each with its clause. */
  sets: { items: string[]; cite: CitationRef }[];
  extras: { text: string; cite: CitationRef }[];
  activityIds: string[];
}

/** The materials needed for one year. */
export interface YearMaterials {
  year: number;
  needs: MaterialNeed[];
}

/** A problem that stops the calculation or concerns the whole draft. */
export interface DraftProblem {
  field: 'ruleSet' | 'profile' | 'span' | 'coveredYears';
  message: string;
}

/** The result of calculate(draft). */
export interface CalculationResult {
  /** `year`: the round's (2024 年度参评…), 0 for a rule set the site does not hold. */
  ruleSet: { id: string; title: string; docNumber: string; shortTitle: string; year: number; hoursUnit: string };
  /** Null when no span could be set (the user must enter one). */
  span: SpanResult | null;
  years: YearResult[];
  /** Every activity, in draft order. */
  items: ItemResult[];
  materials: YearMaterials[];
  /** Problems with the draft as a whole (no span, unknown rule set). */
  problems: DraftProblem[];
  /** Field errors across all items, for an error summary. */
  errors: FieldError[];
  /** Notes that apply to the whole case (span rule, requirement). */
  notes: NoteRef[];
  summary: { yearsMet: number; yearsShort: number; yearsWarning: number; allMet: boolean };
}
