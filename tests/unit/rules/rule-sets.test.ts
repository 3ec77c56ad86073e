/** Every rule set validates, cites every figure, and carries every decision of POLICY-NOTES.md as a note. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRuleSet, ruleSets, getRuleSet, ruleSetSources, validateRuleSets } from '../../../src/lib/rules';
import zhuzhou from '../../../content/rules/zhuzhou-2024.json';

/** Decisions of POLICY-NOTES.md that both rule sets must show to users. */
const commonDecisions = ['estimate-only', 'no-carry-over', 'span-override', 'outside-span', 'certificate-years', 'subject-choice', 'sessions-forms', 'whole-numbers', 'stated-hours', 'not-covered-zero', 'converted-professional', 'assignment-length', 'assignment-pass', 'met-in-full'];
const decisions: Record<string, string[]> = {
  'zhuzhou-2024': [...commonDecisions, 'doctor-span', 'teacher-span', 'evening-not-offered', 'project-lower-level', 'foreign-paper-retrieval', 'utility-rank-four', 'design-patent', 'award-rank-unused', 'doctor-intermediate', 'junior-span', 'patent-top-three', 'award-lower-level'],
  'hunan-2020': [...commonDecisions, 'professional-advisory', 'no-public-minimum', 'intermediate-span', 'foreign-paper', 'patent-any-type', 'award-grade-unused', 'award-lower-level', 'project-source'],
};

/** Every object with a number that is a policy figure must sit beside a citation. */
function uncitedFigures(node: unknown, path: string, inherited: boolean, out: string[]): void {
  if (Array.isArray(node)) {
    node.forEach((v, i) => uncitedFigures(v, `${path}[${i}]`, inherited, out));
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const obj = node as Record<string, unknown>;
  const cited = inherited || typeof obj['cite'] === 'object';
  for (const [k, v] of Object.entries(obj)) {
    if (['hours', 'months', 'from', 'to', 'maxBytes'].includes(k) && typeof v === 'number' && !cited) out.push(`${path}.${k}`);
    uncitedFigures(v, `${path}.${k}`, cited, out);
  }
}

describe.each(ruleSets.map((r) => [r.id, r] as const))('rule set %s', (id, ruleSet) => {
  it('has every POLICY-NOTES.md decision as a note the UI can show', () => {
    const ids = ruleSet.notes.map((n) => n.id);
    for (const d of decisions[id] ?? []) expect(ids, d).toContain(d);
  });

  it('cites every figure (a table row inherits its table citation)', () => {
    const out: string[] = [];
    uncitedFigures(ruleSet, id, false, out);
    expect(out).toEqual([]);
  });

  it('converts every form of activity the draft format knows', () => {
    expect(ruleSet.conversions.map((c) => c.kind).sort()).toEqual(
      ['assignment', 'award', 'book', 'course', 'degree', 'exam', 'paper', 'patent', 'project', 'qualification', 'training'],
    );
  });

  it('lists materials for all 12 forms of 附件 一', () => {
    const forms = new Set(ruleSet.materials.map((m) => m.form).filter((f) => f !== undefined));
    expect([...forms].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('names the lower award level in the words of its own notice (附件 二 5: 市厅级 in 2024, 地厅级 in 2020)', () => {
    const clause = readFileSync(`content/notices/${id}-fj1.md`, 'utf8').split('\n').find((l) => l.startsWith('{#fj1-2-5}')) ?? '';
    const level = /市厅级|地厅级/.exec(clause)?.[0];
    expect(level).toBeDefined();
    const note = ruleSet.notes.find((n) => n.id === 'award-lower-level');
    expect(note?.title).toContain(level);
    expect(note?.text).not.toMatch(level === '市厅级' ? /地厅级/ : /市厅级/);
  });

  it('states in its stated-hours note the most a certificate can hold: the days of a year × its own day rate (附件 二 1)', () => {
    const perDay = ruleSet.conversions.find((c) => c.method === 'sessions')?.rates.days.hours ?? 0;
    const text = ruleSet.notes.find((n) => n.id === 'stated-hours')?.text ?? '';
    const u = ruleSet.hoursUnit;
    expect(text).toContain(`（365 天 × ${perDay}${u} = ${365 * perDay}${u}，闰年 366 天为 ${366 * perDay}${u}）`);
  });

  it('names years, never 本年度 or 今年: the site is read long after the round (a 2024 note said 本年度核认 in 2026)', () => {
    expect(JSON.stringify(ruleSet)).not.toMatch(/本年度|今年/);
  });

  it('gives every field and option a Chinese label', () => {
    for (const c of ruleSet.conversions) {
      for (const f of c.fields) {
        expect(f.label).toMatch(/\p{Script=Han}/u);
        if (f.type === 'choice') for (const o of f.options) expect(o.label).toMatch(/\p{Script=Han}/u);
      }
    }
  });
});

describe('rule-set schema', () => {
  it('accepts every shipped rule set exactly as the browser uses it (nothing stripped or defaulted)', () => {
    expect(() => validateRuleSets()).not.toThrow();
    for (const [id, data] of Object.entries(ruleSetSources)) expect(loadRuleSet(id, data), id).toEqual(data);
  });

  it('rejects a rule set with a figure whose citation is missing', () => {
    const broken = structuredClone(zhuzhou) as { requirement: { total: Record<string, unknown> } };
    delete broken.requirement.total['cite'];
    expect(() => loadRuleSet('broken', broken)).toThrow(/requirement\.total\.cite/);
  });

  it('rejects a note reference that does not exist', () => {
    const broken = structuredClone(zhuzhou) as { conversions: { notes?: string[] }[] };
    broken.conversions[0]?.notes?.push('no-such-note');
    expect(() => loadRuleSet('broken', broken)).toThrow(/no-such-note/);
  });

  it('rejects two notes with the same id (the UI would show one and hide the other)', () => {
    const broken = structuredClone(zhuzhou) as { notes: { id: string }[] };
    const first = broken.notes[0];
    if (first) broken.notes.push({ ...first });
    expect(() => loadRuleSet('broken', broken)).toThrow(/重复的说明/);
  });

  it('rejects a conversion row with neither hours nor a not-covered reason', () => {
    const broken = structuredClone(zhuzhou) as { conversions: { kind: string; rows?: Record<string, unknown>[] }[] };
    const row = broken.conversions.find((c) => c.kind === 'patent')?.rows?.[0];
    if (row) delete row['hours'];
    expect(() => loadRuleSet('broken', broken)).toThrow(/hours 或 notCovered/);
  });

  it('rejects an anchor that is not a clause id', () => {
    const broken = structuredClone(zhuzhou) as { requirement: { total: { cite: { anchor: string } } } };
    broken.requirement.total.cite.anchor = 'Section 2';
    expect(() => loadRuleSet('broken', broken)).toThrow(/锚点/);
  });

  it('has exactly one current round: zhuzhou-2024', () => {
    expect(ruleSets.filter((r) => r.current).map((r) => r.id)).toEqual(['zhuzhou-2024']);
    expect(getRuleSet('hunan-2020')?.docNumber).toBe('湘人社函〔2020〕11号');
  });
});
