/**
 * The schema of a rule set: one notice's requirement, spans, conversions, materials and dates as data.
 * Every figure carries a citation so that a reader can go from the number to its sentence.
 * Every object is strict: a key the schema does not know (a typo such as `hourz`) is refused, never ignored.
 */
import { z } from 'zod';
import { DEGREES, TITLE_LEVELS } from './labels';

/** Anchor ids as written in the notice Markdown: tz-1-2, fj1-2-4, fj2-s7, fj2-3-n2. */
export const anchorIdSchema = z.string().regex(/^(tz|fj\d+)(-(\d+|s\d+|n\d+))*$/, '锚点格式应如 tz-1-2、fj1-2-4');

/** Where a value comes from: the clause as people cite it and the anchor on the notice page. */
export const citationSchema = z.strictObject({
  /** Notice id when the clause is in another notice than the rule set's own. */
  notice: z.string().optional(),
  /** The clause as an HR officer would write it, e.g. "附件1 二 4". */
  clause: z.string().min(1),
  /** Stable anchor id on the notice page. */
  anchor: anchorIdSchema,
});

const slug = z.string().regex(/^[a-z][a-z0-9-]*$/);
/** Field names are the draft's property names (camelCase). */
const fieldName = z.string().regex(/^[a-z][A-Za-z]*$/);
const noteId = slug;

/** A figure with its citation. */
export const citedHoursSchema = z.strictObject({
  hours: z.number().positive(),
  cite: citationSchema,
});

/** One choice offered in a field, e.g. 主持人. */
export const optionSchema = z.strictObject({
  value: slug,
  label: z.string().min(1),
  /** Materials entry this choice needs, when it differs from the conversion's own. */
  materials: slug.optional(),
  /** Clause for this choice, when it differs from the conversion's own. */
  cite: citationSchema.optional(),
  /** The subject the notice fixes for this choice (e.g. employer-run training); another choice is an input error. */
  subject: z.enum(['public', 'professional']).optional(),
  /** Notes shown with an item that has this choice (conditions the notice sets on it). */
  notes: z.array(noteId).optional(),
});

/** A field the form asks for (the draft stores the chosen value under `name`). */
export const fieldSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('choice'),
    name: fieldName,
    label: z.string().min(1),
    hint: z.string().optional(),
    options: z.array(optionSchema).min(1),
    /** The option a new form starts with and a draft without this field means; only where one answer is the notice's usual reading. */
    default: slug.optional(),
  }),
  z.strictObject({ type: z.literal('rank'), name: z.literal('rank'), label: z.string().min(1), hint: z.string().optional() }),
  z.strictObject({ type: z.literal('flag'), name: fieldName, label: z.string().min(1), hint: z.string().optional() }),
]);

/** A condition on one field: an exact value, any of several, or a rank range. */
const conditionSchema = z.union([
  z.string(),
  z.boolean(),
  z.array(z.string()).min(1),
  z.strictObject({ min: z.number().int().positive().optional(), max: z.number().int().positive().optional() }),
]);

/** One row of a conversion table: first matching row wins. */
export const rowSchema = z
  .strictObject({
    when: z.record(z.string(), conditionSchema),
    hours: z.number().positive().optional(),
    /** Why this case scores nothing (shown to the user). */
    notCovered: z.string().min(1).optional(),
    cite: citationSchema.optional(),
    notes: z.array(noteId).optional(),
  })
  .refine((r) => (r.hours === undefined) !== (r.notCovered === undefined), '每行须且只能给出 hours 或 notCovered');

const conversionBase = {
  /** Short Chinese name of the form of education. */
  label: z.string().min(1),
  /** The conversion clause. */
  cite: citationSchema,
  /** Materials entry id (see `materials`). */
  materials: slug.optional(),
  /** Label of the year field, e.g. 结题年份. */
  yearLabel: z.string().min(1).optional(),
  /** Which subject the hours count towards; `user`: the draft says; `none`: the item meets whole years instead. */
  subject: z.enum(['public', 'professional', 'user', 'none']),
  /** Clause that fixes the subject (专业科目) for converted items. */
  subjectCite: citationSchema.optional(),
  fields: z.array(fieldSchema),
  notes: z.array(noteId).optional(),
};

/** Training and meetings: counts of days, half days and evenings times a rate. */
export const sessionsConversionSchema = z.strictObject({
  kind: z.literal('training'),
  method: z.literal('sessions'),
  ...conversionBase,
  rates: z.strictObject({
    days: citedHoursSchema.extend({ unit: z.literal('天') }),
    halfDays: citedHoursSchema.extend({ unit: z.literal('半天') }),
    /** Absent where the notice sets no evening rate. */
    evenings: citedHoursSchema.extend({ unit: z.literal('晚') }).optional(),
  }),
  /** Why an evening scores nothing, where there is no rate. */
  eveningsNotCovered: z.string().min(1).optional(),
});

/** Courses whose certificate states the hours. */
export const statedConversionSchema = z.strictObject({
  kind: z.literal('course'),
  method: z.literal('stated'),
  ...conversionBase,
  /** Decimal places allowed on stated hours. */
  decimals: z.number().int().min(0).max(2),
});

/** Per-item conversions: hours from a table row times a count. */
export const tableConversionSchema = z.strictObject({
  kind: z.enum(['project', 'book', 'paper', 'patent', 'award', 'exam', 'degree', 'qualification']),
  method: z.literal('table'),
  ...conversionBase,
  count: z.strictObject({ unit: z.string().min(1), label: z.string().min(1) }),
  rows: z.array(rowSchema).min(1),
});

/** Special assignments: a year met in full by dates and a pass, not by hours. */
export const assignmentConversionSchema = z.strictObject({
  kind: z.literal('assignment'),
  method: z.literal('assignment'),
  ...conversionBase,
  /** Shortest length that counts, in calendar months. */
  minMonths: z.strictObject({ months: z.number().int().positive(), cite: citationSchema }),
  /** Longer than this many months: every year touched is met. */
  allYearsOverMonths: z.strictObject({ months: z.number().int().positive(), cite: citationSchema }),
  /** The hours the notice deems completed for such a year. */
  deemedHours: citedHoursSchema,
});

export const conversionSchema = z.discriminatedUnion('method', [
  sessionsConversionSchema,
  statedConversionSchema,
  tableConversionSchema,
  assignmentConversionSchema,
]);

/** A requirement part: minimum hours per calendar year. */
const requirementPartSchema = citedHoursSchema.extend({
  /** `advisory`: below the figure is a warning, not a failure (2020: 一般不少于). */
  strength: z.enum(['required', 'advisory']),
  notes: z.array(noteId).optional(),
});

const titleLevel = z.enum(TITLE_LEVELS);
const degree = z.enum(DEGREES);

/** A verification span rule: the first rule whose conditions match the profile applies. */
export const spanRuleSchema = z.strictObject({
  id: slug,
  label: z.string().min(1),
  match: z.strictObject({
    titleLevels: z.array(titleLevel).min(1),
    degrees: z.array(degree).optional(),
    medical: z.boolean().optional(),
  }),
  /** First and last year; both absent where the notice leaves the span to the user. */
  from: z.number().int().optional(),
  to: z.number().int().optional(),
  cite: citationSchema,
  notes: z.array(noteId).optional(),
});

/** One "set" of materials: either set of a form is enough. */
export const materialSetSchema = z.strictObject({
  items: z.array(z.string().min(1)).min(1),
  cite: citationSchema,
});

export const materialsEntrySchema = z.strictObject({
  id: slug,
  /** Number of the form in 附件 一 (1–12); absent for evidence outside that list. */
  form: z.number().int().min(1).max(12).optional(),
  title: z.string().min(1),
  /**
   * A line shown under the title, e.g. where the notice names no materials of this entry's own and another clause's
   * list is used (通知 三（一）'s base and employer courses). Kept out of the title so that headings followed by their
   * citation in brackets do not end in two brackets.
   */
  note: z.string().min(1).optional(),
  cite: citationSchema,
  /** One or more sets; more than one means "one of the following". */
  sets: z.array(materialSetSchema).min(1),
  /** Extra requirement shown with the list, e.g. 检索材料 for foreign journals. */
  extras: z.array(z.strictObject({ text: z.string().min(1), cite: citationSchema, when: z.string().optional() })).optional(),
});

export const noteSchema = z.strictObject({
  id: noteId,
  title: z.string().min(1),
  text: z.string().min(1),
  cite: citationSchema,
  /** `decision`: our reading where the notice is silent or ambiguous (POLICY-NOTES.md). */
  kind: z.enum(['decision', 'rule']),
});

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const keyDateSchema = z.strictObject({
  id: slug,
  who: z.string().min(1),
  what: z.string().min(1),
  /** First day; absent for "by" deadlines. */
  from: isoDate.optional(),
  to: isoDate,
  /** How the notice words it, e.g. 6月至7月. */
  wording: z.string().min(1),
  cite: citationSchema,
});

/**
 * Who the notice sends to another office without a date (2024 通知 二（二） 县市区, 二（三） 其他人员): listed under the
 * dates, so that a county school teacher finds her line, and finds that the notice gives her no date.
 */
export const undatedSchema = z.strictObject({
  id: slug,
  who: z.string().min(1),
  /** What the notice says of where and how, in its words. */
  what: z.string().min(1),
  cite: citationSchema,
});

export const ruleSetSchema = z
  .strictObject({
    id: slug,
    schemaVersion: z.literal(1),
    title: z.string().min(1),
    shortTitle: z.string().min(1),
    issuer: z.string().min(1),
    docNumber: z.string().min(1),
    year: z.number().int(),
    /** Issue date where the notice gives one. */
    date: isoDate.optional(),
    /** The round a new user gets by default. */
    current: z.boolean(),
    hoursUnit: z.string().min(1),
    requirement: z.strictObject({
      total: requirementPartSchema,
      public: requirementPartSchema.optional(),
      professional: requirementPartSchema,
      notes: z.array(noteId).optional(),
    }),
    spans: z.array(spanRuleSchema).min(1),
    /** Note shown when the applicant is a primary/secondary teacher (参照执行). */
    teacherNote: noteId.optional(),
    /**
     * Note shown when the applicant's title is 医学类: neither notice says how 继续医学教育学分 convert (a doctor's walk
     * found nothing said of them), so the site says that it does not convert them.
     */
    medicalNote: noteId.optional(),
    /** Years covered by an earlier certificate. */
    certificate: z.strictObject({ label: z.string().min(1), cite: citationSchema, materials: slug, notes: z.array(noteId).optional() }),
    conversions: z.array(conversionSchema).min(1),
    materials: z.array(materialsEntrySchema).min(1),
    publicThemes: z.strictObject({ items: z.array(z.string().min(1)).min(1), cite: citationSchema, wording: z.string().optional() }),
    dates: z.array(keyDateSchema),
    undated: z.array(undatedSchema).optional(),
    upload: z
      .object({
        extensions: z.array(z.string().regex(/^[a-z0-9]+$/)).min(1),
        maxBytes: z.number().int().positive(),
        maxLabel: z.string().min(1),
        slots: z.array(z.string().min(1)).min(1),
        cite: citationSchema,
      })
      .optional(),
    /** Notes for applicants of some title levels (e.g. which document this round's verification gives them). */
    levelNotes: z.array(z.object({ titleLevels: z.array(titleLevel).min(1), note: noteId })).optional(),
    notes: z.array(noteSchema).min(1),
  })
  .superRefine((rs, ctx) => {
    const noteIds = new Set(rs.notes.map((n) => n.id));
    const materialIds = new Set(rs.materials.map((m) => m.id));
    const unique = (ids: readonly string[], what: string, path: string, key = 'id') => {
      const seen = new Set<string>();
      ids.forEach((id, i) => {
        if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [path, i, key], message: `重复的${what} ${id}` });
        seen.add(id);
      });
    };
    unique(rs.notes.map((n) => n.id), '说明', 'notes');
    unique(rs.materials.map((m) => m.id), '材料', 'materials');
    unique(rs.conversions.map((c) => c.kind), '活动类型', 'conversions', 'kind');
    const check = (ids: readonly string[] | undefined, path: (string | number)[]) => {
      for (const id of ids ?? []) {
        if (!noteIds.has(id)) ctx.addIssue({ code: 'custom', path, message: `未定义的说明 ${id}` });
      }
    };
    const checkMaterials = (id: string | undefined, path: (string | number)[]) => {
      if (id !== undefined && !materialIds.has(id)) ctx.addIssue({ code: 'custom', path, message: `未定义的材料 ${id}` });
    };
    check(rs.requirement.notes, ['requirement', 'notes']);
    check(rs.requirement.total.notes, ['requirement', 'total', 'notes']);
    check(rs.requirement.public?.notes, ['requirement', 'public', 'notes']);
    check(rs.requirement.professional.notes, ['requirement', 'professional', 'notes']);
    check(rs.certificate.notes, ['certificate', 'notes']);
    if (rs.teacherNote !== undefined) check([rs.teacherNote], ['teacherNote']);
    if (rs.medicalNote !== undefined) check([rs.medicalNote], ['medicalNote']);
    rs.levelNotes?.forEach((l, i) => check([l.note], ['levelNotes', i, 'note']));
    checkMaterials(rs.certificate.materials, ['certificate', 'materials']);
    rs.spans.forEach((s, i) => {
      check(s.notes, ['spans', i, 'notes']);
      if ((s.from === undefined) !== (s.to === undefined)) ctx.addIssue({ code: 'custom', path: ['spans', i], message: '跨度须同时给出起止年份或都不给' });
      if (s.from !== undefined && s.to !== undefined && s.from > s.to) ctx.addIssue({ code: 'custom', path: ['spans', i], message: '起始年份晚于结束年份' });
    });
    rs.conversions.forEach((c, i) => {
      check(c.notes, ['conversions', i, 'notes']);
      checkMaterials(c.materials, ['conversions', i, 'materials']);
      c.fields.forEach((f, j) => {
        if (f.type !== 'choice') return;
        f.options.forEach((o, k) => {
          checkMaterials(o.materials, ['conversions', i, 'fields', j, 'options', k, 'materials']);
          check(o.notes, ['conversions', i, 'fields', j, 'options', k, 'notes']);
          if (o.subject !== undefined && c.subject !== 'user') ctx.addIssue({ code: 'custom', path: ['conversions', i, 'fields', j, 'options', k, 'subject'], message: '只有由用户选择科目的类型才能按选项限定科目' });
        });
        if (f.default !== undefined && !f.options.some((o) => o.value === f.default)) ctx.addIssue({ code: 'custom', path: ['conversions', i, 'fields', j, 'default'], message: `默认值 ${f.default} 不在选项中` });
      });
      const fieldNames = new Set(c.fields.map((f) => f.name));
      if (c.subject === 'user' && !fieldNames.has('subject')) ctx.addIssue({ code: 'custom', path: ['conversions', i], message: '由用户选择科目时须有 subject 字段' });
      if (c.subject === 'professional' && c.subjectCite === undefined) ctx.addIssue({ code: 'custom', path: ['conversions', i, 'subjectCite'], message: '计为专业科目须注明出处' });
      if (c.method === 'table') {
        c.rows.forEach((r, j) => {
          check(r.notes, ['conversions', i, 'rows', j, 'notes']);
          for (const key of Object.keys(r.when)) {
            if (!fieldNames.has(key)) ctx.addIssue({ code: 'custom', path: ['conversions', i, 'rows', j, 'when', key], message: `条件字段 ${key} 不在该类型的字段中` });
          }
        });
      }
      if (c.materials === undefined) {
        const everyOptionHasMaterials = c.fields.some((f) => f.type === 'choice' && f.options.every((o) => o.materials !== undefined));
        if (!everyOptionHasMaterials) ctx.addIssue({ code: 'custom', path: ['conversions', i, 'materials'], message: '须注明所需材料' });
      }
    });
  });

/** A validated rule set. */
export type RuleSet = z.infer<typeof ruleSetSchema>;
/** A clause citation inside a rule set. */
export type Citation = z.infer<typeof citationSchema>;
/** One conversion rule of a rule set. */
export type Conversion = z.infer<typeof conversionSchema>;
/** A per-item table conversion. */
export type TableConversion = z.infer<typeof tableConversionSchema>;
/** One field of a conversion form. */
export type FieldDef = z.infer<typeof fieldSchema>;
/** A note shown to users beside the figure it affects. */
export type Note = z.infer<typeof noteSchema>;
/** One entry of the material checklist. */
export type MaterialsEntry = z.infer<typeof materialsEntrySchema>;
/** One key date of a round. */
export type KeyDate = z.infer<typeof keyDateSchema>;
export type Undated = z.infer<typeof undatedSchema>;
/** A verification span rule. */
export type SpanRule = z.infer<typeof spanRuleSchema>;
/** Title levels an applicant can apply for. */
export type TitleLevel = z.infer<typeof titleLevel>;
/** Highest degree of an applicant. */
export type Degree = z.infer<typeof degree>;
