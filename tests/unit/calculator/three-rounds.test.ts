// @vitest-environment jsdom
/**
 * The calculator with a fictional third round registered from tests/fixtures/ only (docs/adding-a-round.md): the
 * round choice offers it, its forms come from its data, and the figures follow its rules.
 */
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { RuleSet } from '../../../src/lib/rules/rule-set-schema';
import { CalculatorState, calculator } from '../../../src/components/calculator/calculator-state.svelte';
import ProfileForm from '../../../src/components/calculator/ProfileForm.svelte';

vi.mock('../../../src/lib/rules/rule-sets', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/lib/rules/rule-sets')>();
  const fixture = (await import('../../fixtures/rounds/fictional-2030.json')).default as unknown as RuleSet;
  const ruleSetSources = { ...real.ruleSetSources, [fixture.id]: fixture };
  const sets = (Object.values(ruleSetSources) as RuleSet[]).sort((a, b) => b.year - a.year);
  // The engine reads rule sets from the registry: the fictional round is registered there too.
  (await import('../../../src/lib/rules/registry')).registerRuleSets([fixture]);
  return { ...real, ruleSetSources, ruleSets: sets, getRuleSet: (id: string) => sets.find((r) => r.id === id) };
});

// The calculator page's round choice lists the data files it can fetch: the fictional round joins them.
vi.mock('../../../src/lib/rules/browser-rule-sets', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/lib/rules/browser-rule-sets')>();
  const fixture = (await import('../../fixtures/rounds/fictional-2030.json')).default as unknown as RuleSet;
  (await import('../../../src/lib/rules/registry')).registerRuleSets([fixture]);
  // As the calculator page passes them: every round of the (mocked) registry, the fictional one included.
  const { roundEntry } = await import('../../../src/lib/rules/round-entry');
  real.setRoundCatalogue((await import('../../../src/lib/rules/rule-sets')).ruleSets.map(roundEntry));
  return real;
});

describe('the calculator with three rounds', () => {
  it('offers all three in the round choice, newest first, the default round marked as the newest notice held', () => {
    render(ProfileForm);
    const radios = screen.getAllByRole('radio', { name: /号（/ });
    expect(radios.map((r) => r.parentElement?.textContent?.trim())).toEqual([
      '虚人社函〔2030〕1号（虚构市 2030 年度）',
      '株人社函〔2024〕5号（株洲市 2024 年度，本站收录的最新通知）',
      '湘人社函〔2020〕11号（湖南省 2020 年度）',
    ]);
    expect(calculator.draft.ruleSet).toBe('zhuzhou-2024');
  });

  it('builds the new round’s forms from its data and counts by its rates', () => {
    const calc = new CalculatorState();
    calc.setRuleSet('fictional-2030');
    calc.setProfile({ titleLevel: 'deputy-senior', degree: 'bachelor' });
    const id = calc.addActivity('training')!;
    expect(calc.specsFor('training', id).map((s) => s.name)).toEqual(['year', 'format', 'subject', 'days', 'halfDays']);
    calc.setValue(id, 'year', '2026');
    calc.setValue(id, 'format', 'training');
    calc.setValue(id, 'subject', 'public');
    calc.setValue(id, 'days', '2');
    calc.setValue(id, 'halfDays', '1');
    expect(calc.result.span).toMatchObject({ from: 2025, to: 2029 });
    // 2 days × 6 + 1 half day × 3 = 15 学时 公需 (the fixture's 附件1 二 1).
    expect(calc.result.years.find((y) => y.year === 2026)).toMatchObject({ public: 15, total: 15, status: 'short' });
  });

  it('keeps an activity the new round does not offer visible with a message when switching to it', () => {
    const calc = new CalculatorState();
    calc.setProfile({ titleLevel: 'deputy-senior', degree: 'bachelor' });
    const id = calc.addActivity('exam')!;
    calc.setValue(id, 'year', '2022');
    calc.setValue(id, 'count', '1');
    calc.setRuleSet('fictional-2030');
    expect(calc.itemsById.get(id)).toMatchObject({ status: 'invalid', reason: '虚构市 2030 年度通知没有此类活动的折算规定' });
  });
});
