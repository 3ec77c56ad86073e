/**
 * Adding a round (docs/adding-a-round.md), proved with a fictional third round that lives only in tests/fixtures/ and
 * is registered only here, by replacing the rule-set registry for this file. Every function the pages and the
 * calculator's engine use to list rounds, show dates, build checklists, compare and calculate must take it in.
 * (Done at the level of these lib functions, not a third build of the site: see the docs for why.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { calculate, getRuleSet, loadRuleSet, parseDraft, ruleSets, validateRuleSets, type RuleSet } from '../../../src/lib/rules';
import { anchorsInMarkdown } from '../../../src/lib/content/remark-clause-anchors';
import { checklistFor, formCount } from '../../../src/lib/content/checklists';
import { compareRuleSets } from '../../../src/lib/content/compare-rule-sets';
import { keyDateCalendars, keyDateRounds } from '../../../src/lib/content/key-dates';
import { comparedRounds, latestRound, roundIssued, roundLastDay, roundsCurrentFirst } from '../../../src/lib/content/rounds';
import { dateState, endedSentence, roundStatus } from '../../../src/lib/content/round-status';

vi.mock('../../../src/lib/rules/rule-sets', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/lib/rules/rule-sets')>();
  const fixture = (await import('../../fixtures/rounds/fictional-2030.json')).default as unknown as RuleSet;
  const ruleSetSources = { ...real.ruleSetSources, [fixture.id]: fixture };
  const sets = (Object.values(ruleSetSources) as RuleSet[]).sort((a, b) => b.year - a.year);
  // The engine reads rule sets from the registry: the fictional round is registered there too.
  (await import('../../../src/lib/rules/registry')).registerRuleSets([fixture]);
  return { ...real, ruleSetSources, ruleSets: sets, getRuleSet: (id: string) => sets.find((r) => r.id === id) };
});

const fixtureNotice = readFileSync(new URL('../../fixtures/rounds/fictional-2030.md', import.meta.url), 'utf8');
const fictional = getRuleSet('fictional-2030') as RuleSet;

describe('a fictional third round registered from fixtures', () => {
  it('passes the rule-set schema with the shipped ones (the build’s check)', () => {
    expect(() => validateRuleSets()).not.toThrow();
    expect(ruleSets.map((r) => r.id)).toEqual(['fictional-2030', 'zhuzhou-2024', 'hunan-2020']);
  });

  it('has every citation land on an anchor of its notice Markdown', () => {
    const anchors = new Set(anchorsInMarkdown(fixtureNotice));
    const cited = JSON.stringify(fictional).match(/"anchor":"[^"]+"/g) ?? [];
    expect(cited.length).toBeGreaterThan(10);
    for (const c of cited) expect(anchors, c).toContain(c.slice(10, -1));
  });

  it('is refused by the schema when a citation lacks its clause, naming the field', () => {
    const broken = structuredClone(fictional) as unknown as { requirement: { total: { cite: { clause?: string } } } };
    delete broken.requirement.total.cite.clause;
    expect(() => loadRuleSet('fictional-2030', broken)).toThrow(/requirement\.total\.cite\.clause/);
  });
});

describe('pages with three rounds', () => {
  it('lists the rounds newest first and speaks of the newest on the home page and the calculator', () => {
    expect(roundsCurrentFirst(ruleSets).map((r) => r.id)).toContain('fictional-2030');
    expect(latestRound(ruleSets)?.id).toBe('fictional-2030');
    expect(endedSentence(fictional.docNumber)).toContain('虚人社函〔2030〕1号');
  });

  it('gives /dates/ a table and calendar files for each round, and the new round its own states', () => {
    const rounds = keyDateRounds(ruleSets);
    expect(rounds.map((r) => r.ruleSet.id).sort()).toEqual(['fictional-2030', 'hunan-2020', 'zhuzhou-2024']);
    const files = keyDateCalendars(ruleSets, new Date('2026-12-01T00:00:00Z')).map((f) => f.file);
    expect(files).toEqual(expect.arrayContaining(['fictional-2030.ics', 'fictional-2030-verification.ics', 'fictional-2030-materials.ics']));
    // On 2026-12-01 the fictional round's notice (虚人社函〔2030〕1号) is not yet issued; the 2024 round is 往年.
    expect(roundIssued(fictional)).toBe('2030-01-01');
    expect(roundStatus(roundLastDay(fictional), fictional.year, '2026-12-01', roundIssued(fictional))).toBe('unissued');
    expect(fictional.dates.map((d) => dateState(d, '2026-12-01', roundIssued(fictional)).text)).toEqual(['未开始', '未开始']);
    expect(roundStatus(roundLastDay(fictional), fictional.year, '2030-03-01', roundIssued(fictional))).toBe('open');
    const z24 = getRuleSet('zhuzhou-2024') as RuleSet;
    expect(roundStatus(roundLastDay(z24), z24.year, '2026-12-01')).toBe('past');
  });

  it('builds a checklist page for the new round from its materials', () => {
    const entries = checklistFor(fictional);
    expect(formCount(entries)).toBe(3);
    expect(entries.find((e) => e.id === 'certificate')?.sets[0]?.items[0]?.text).toBe('以前开具的《合格证明》');
  });

  it('compares the newest round with the one before it on the 新旧对比 page', () => {
    const pair = comparedRounds(ruleSets);
    expect(pair?.before.id).toBe('zhuzhou-2024');
    expect(pair?.after.id).toBe('fictional-2030');
    const comparison = compareRuleSets(pair?.before as RuleSet, pair?.after as RuleSet);
    const total = comparison.sections.find((s) => s.id === 'requirement')?.rows.find((r) => r.id === 'req-total');
    expect(total).toMatchObject({ changed: true, before: { lines: ['不少于 90 学时'] }, after: { lines: ['不少于 72 学时'] } });
    expect(comparison.changes).toBeGreaterThan(0);
  });
});

describe('the calculator’s engine with three rounds', () => {
  const caseOf = (ruleSet: string) => {
    const parsed = parseDraft({
      format: 'hunan-jxjy-draft',
      version: 1,
      ruleSet,
      profile: { titleLevel: 'deputy-senior', degree: 'bachelor' },
      activities: [
        { id: 'a1', kind: 'training', year: 2027, format: 'training', subject: 'public', days: 4, halfDays: 0 },
        { id: 'a2', kind: 'paper', year: 2027, role: 'first', count: 3 },
      ],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    return calculate(parsed.draft);
  };

  it('calculates under the new round’s own figures, span and dates', () => {
    const result = caseOf('fictional-2030');
    expect(result.problems).toEqual([]);
    expect(result.span).toMatchObject({ from: 2025, to: 2029, source: 'rule' });
    const y2027 = result.years.find((y) => y.year === 2027);
    // 4 days × 6 学时 = 24 公需; 3 papers × 20 = 60 专业; 84 ≥ 72.
    expect(y2027).toMatchObject({ public: 24, professional: 60, total: 84, status: 'met' });
    expect(result.materials.find((m) => m.year === 2027)?.needs.map((n) => n.id)).toEqual(['f1', 'f6-paper']);
  });

  it('still calculates the same case under the older rounds', () => {
    expect(caseOf('zhuzhou-2024').years.find((y) => y.year === 2027)).toBeUndefined();
    // 2027 is outside the 2020 round's senior span (2015–2019): listed, its working at that round's rate, not counted.
    const old = caseOf('hunan-2020').items.find((i) => i.activityId === 'a1');
    expect(old).toMatchObject({ status: 'outside-span', hours: 0 });
    expect(old?.working).toContain('4天 × 10学时（分）');
  });

  it('tells the user which activities the new round does not cover', () => {
    const parsed = parseDraft({ format: 'hunan-jxjy-draft', version: 1, ruleSet: 'fictional-2030', profile: { titleLevel: 'deputy-senior', degree: 'bachelor' }, activities: [{ id: 'a1', kind: 'exam', year: 2027, count: 1 }] });
    if (!parsed.ok) throw new Error('invalid');
    expect(calculate(parsed.draft).items[0]).toMatchObject({ status: 'invalid', reason: '虚构市 2030 年度通知没有此类活动的折算规定' });
  });
});
