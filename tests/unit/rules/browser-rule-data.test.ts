/**
 * The rule data the browser gets (src/lib/rules/browser-rule-data.mjs, applied by the client build): without the key
 * dates, upload limits and 公需科目 themes, every policy case gives exactly the result it gives with the whole file,
 * and the browser's code does not read those parts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { browserRuleCore, browserRuleData, LATER_RULE_KEYS, SERVER_ONLY_RULE_KEYS } from '../../../src/lib/rules/browser-rule-data.mjs';
import { ruleSets } from '../../../src/lib/rules';
import { calculate } from '../../../src/lib/rules/calculate';
import { caseDraft, loadCasesFile } from '../../../src/lib/rules/policy-cases';
import type { RuleSet } from '../../../src/lib/rules/rule-set-schema';

const files = ruleSets.map((ruleSet) => ({ ruleSet, text: readFileSync(`content/rules/${ruleSet.id}.json`, 'utf8') }));

describe('the rule data the browser gets', () => {
  it('drops only the server-only parts', () => {
    // The round the calculator bundles has all three (hunan-2020 sets no upload limits).
    for (const key of SERVER_ONLY_RULE_KEYS) expect(ruleSets.find((r) => r.current)).toHaveProperty(key);
    for (const { ruleSet, text } of files) {
      const slim = JSON.parse(browserRuleData(text)) as Record<string, unknown>;
      for (const key of SERVER_ONLY_RULE_KEYS) expect(slim, `${ruleSet.id} without ${key}`).not.toHaveProperty(key);
      expect(Object.keys(slim).sort()).toEqual(Object.keys(ruleSet).filter((k) => !(SERVER_ONLY_RULE_KEYS as readonly string[]).includes(k)).sort());
    }
  });

  it('gives every policy case the same result as the whole file: hours, verdicts, materials, notes', async () => {
    // A fresh engine whose registry holds the browser's copies (registering never replaces a rule set already known).
    vi.resetModules();
    const registry = await import('../../../src/lib/rules/registry');
    registry.registerRuleSets(files.map(({ text }) => JSON.parse(browserRuleData(text)) as RuleSet));
    const slim = await import('../../../src/lib/rules/calculate');
    expect(slim.calculate).not.toBe(calculate);
    let cases = 0;
    for (const { ruleSet } of files) {
      const file = `content/rules/${ruleSet.id}.cases.yaml`;
      for (const { case: c } of loadCasesFile(file, readFileSync(file, 'utf8'), ruleSet).cases) {
        const draft = caseDraft(c, ruleSet.id);
        expect(slim.calculate(draft), `${ruleSet.id}: ${c.名称}`).toEqual(calculate(draft));
        cases++;
      }
    }
    expect(cases).toBeGreaterThanOrEqual(80);
  });

  it('is not read by the code that runs in the browser (calculator, batch check, PDF, drafts, share links)', () => {
    const dirs = ['src/components/calculator', 'src/components/batch', 'src/lib/rules', 'src/lib/pdf', 'src/lib/drafts', 'src/lib/share', 'src/lib/batch'];
    // Build-time only: the schema declares the parts; the policy cases are read by the tests and the cases pages.
    const buildOnly = new Set(['src/lib/rules/rule-set-schema.ts', 'src/lib/rules/policy-cases.ts', 'src/lib/rules/browser-rule-data.mjs']);
    const reads = new RegExp(`\\.(?:${SERVER_ONLY_RULE_KEYS.join('|')})\\b|\\[['"](?:${SERVER_ONLY_RULE_KEYS.join('|')})['"]\\]`);
    const found: string[] = [];
    for (const dir of dirs) {
      for (const name of readdirSync(dir, { recursive: true }) as string[]) {
        const path = join(dir, name);
        if (!/\.(?:ts|svelte|mjs)$/.test(name) || buildOnly.has(path)) continue;
        readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
          if (reads.test(line)) found.push(`${path}:${i + 1}: ${line.trim()}`);
        });
      }
    }
    expect(found).toEqual([]);
  });

  it('bundles the default round without its notes, materials lists, what points into them and field hints, marked partial', () => {
    for (const { ruleSet, text } of files) {
      const core = JSON.parse(browserRuleCore(text)) as Record<string, unknown>;
      const data = JSON.parse(browserRuleData(text)) as Record<string, unknown>;
      expect((data['notes'] as unknown[]).length, ruleSet.id).toBeGreaterThan(0);
      expect((data['materials'] as unknown[]).length, ruleSet.id).toBeGreaterThan(0);
      for (const key of LATER_RULE_KEYS) expect(core[key], `${ruleSet.id} ${key}`).toEqual([]);
      expect(core['partial']).toBe(true);
      const { partial: _, ...rest } = core;
      // Nor the hints under the forms' fields (shown by the forms, code loaded on use, once the whole file is there).
      type Conversions = { fields?: { hint?: string }[] }[];
      const conversions = data['conversions'] as Conversions;
      expect(conversions.some((c) => (c.fields ?? []).some((f) => f.hint !== undefined)), ruleSet.id).toBe(true);
      const unhinted = conversions.map((c) => ({ ...c, ...(c.fields ? { fields: c.fields.map(({ hint: _h, ...f }) => f) } : {}) }));
      // Nor what points into the emptied lists: note ids of conversions, spans and the requirement, a conversion's
      // materials entry; the certificate's materials entry stays (required by the schema).
      const refs = (text: string) => (text.match(/"notes":\["|"materials":"/g) ?? []).length;
      expect(refs(JSON.stringify(data.conversions)), ruleSet.id).toBeGreaterThan(10);
      expect(refs(JSON.stringify({ ...core, certificate: undefined }))).toBe(0);
      expect((core['certificate'] as { materials: string }).materials).toBe((data['certificate'] as { materials: string }).materials);
      const dropped = (value: unknown, key?: string): unknown =>
        Array.isArray(value)
          ? value.map((v) => dropped(v))
          : value !== null && typeof value === 'object'
            ? Object.fromEntries(Object.entries(value).filter(([k, v]) => !((k === 'notes' && Array.isArray(v) && v.every((x) => typeof x === 'string')) || (k === 'materials' && typeof v === 'string' && key !== 'certificate'))).map(([k, v]) => [k, dropped(v, k)]))
            : value;
      expect(rest).toEqual({ ...(dropped({ ...data, conversions: unhinted }) as object), notes: [], materials: [] });
    }
  });

  it('computes every policy case from the partial copy as from the whole file, but for the notes and materials', async () => {
    // What the calculator's first screen shows (hours, verdicts, spans, problems) comes before the whole file does.
    vi.resetModules();
    const registry = await import('../../../src/lib/rules/registry');
    registry.registerRuleSets(files.map(({ text }) => JSON.parse(browserRuleCore(text)) as RuleSet));
    expect(files.every(({ ruleSet }) => registry.isPartial(registry.getRuleSet(ruleSet.id) as RuleSet))).toBe(true);
    const partial = await import('../../../src/lib/rules/calculate');
    // The result without its notes (case, items) and materials lists, and without the rule set it names.
    const later = new Set<string>([...LATER_RULE_KEYS, 'ruleSet']);
    const firstScreen = (value: unknown): unknown =>
      Array.isArray(value) ? value.map(firstScreen) : value !== null && typeof value === 'object' ? Object.fromEntries(Object.entries(value).filter(([k]) => !later.has(k)).map(([k, v]) => [k, firstScreen(v)])) : value;
    let cases = 0;
    let withNotes = 0;
    for (const { ruleSet } of files) {
      const file = `content/rules/${ruleSet.id}.cases.yaml`;
      for (const { case: c } of loadCasesFile(file, readFileSync(file, 'utf8'), ruleSet).cases) {
        const draft = caseDraft(c, ruleSet.id);
        const whole = calculate(draft);
        const early = partial.calculate(draft);
        expect(firstScreen(early), `${ruleSet.id}: ${c.名称}`).toEqual(firstScreen(whole));
        expect(early.notes).toEqual([]);
        expect(early.materials.every((y) => y.needs.length === 0)).toBe(true);
        if (whole.notes.length > 0 && whole.materials.some((y) => y.needs.length > 0)) withNotes++;
        cases++;
      }
    }
    expect(cases).toBeGreaterThanOrEqual(80);
    // Not a vacuous comparison: most cases have notes and materials that the partial copy leaves out.
    expect(withNotes).toBeGreaterThan(cases / 2);
  });

  it('lets the whole round replace its partial copy in the engine, never the other way round', async () => {
    vi.resetModules();
    const registry = await import('../../../src/lib/rules/registry');
    const [{ text }] = files as [(typeof files)[number]];
    const core = JSON.parse(browserRuleCore(text)) as RuleSet;
    const whole = JSON.parse(browserRuleData(text)) as RuleSet;
    registry.registerRuleSets([core]);
    expect(registry.getRuleSet(core.id)).toBe(core);
    registry.registerRuleSets([whole]);
    expect(registry.getRuleSet(core.id)).toBe(whole);
    registry.registerRuleSets([core, JSON.parse(browserRuleData(text)) as RuleSet]);
    expect(registry.getRuleSet(core.id)).toBe(whole);
  });
});
