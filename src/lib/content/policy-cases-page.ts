/**
 * The policy cases of a round as /rules/<id>/cases/ prints them: every case as written in
 * content/rules/<id>.cases.yaml, with its clause link and whether the site's calculation agrees (checked at build).
 */
import { clauseHref, type RuleSet } from '../rules';
import { citedClauses, expectedOutcome, loadCasesFile, runCase, type CaseActivity, type YearExpectation } from '../rules/policy-cases';

const sources = import.meta.glob<string>('/content/rules/*.cases.yaml', { query: '?raw', import: 'default', eager: true });

/** One case, ready to print. */
export interface CaseView {
  /** The heading's anchor, case-<number>. */
  id: string;
  /** The case's number on the page, from 1 in the file's order: how a reader refers to it (案例 12). */
  number: number;
  name: string;
  clause: string;
  /** Site-relative link to the clause (prefix the base). */
  clauseHref: string | undefined;
  applicant: string;
  enteredSpan: string | undefined;
  coveredYears: string | undefined;
  activities: { form: string; detail: string }[];
  working: string;
  span: string;
  years: ({ year: string } & YearExpectation)[];
  /** The span's years the case does not list (no hours, 未达标). */
  unlisted: string[];
  /** Whether the site's calculation gives exactly the expected figures. */
  agrees: boolean;
}

function describeActivity(a: CaseActivity): { form: string; detail: string } {
  const { 形式: form, ...rest } = a;
  return { form, detail: Object.entries(rest).map(([k, v]) => `${k}：${String(v)}`).join('；') };
}

/** The file path of a round's cases, relative to the project. */
export function casesFileOf(ruleSet: RuleSet): string {
  return `content/rules/${ruleSet.id}.cases.yaml`;
}

/** Whether a round has a cases file. */
export function hasCases(ruleSet: RuleSet): boolean {
  return hasCasesFor(ruleSet.id);
}

/** Whether the round with this id has a cases file. */
export function hasCasesFor(id: string): boolean {
  return sources[`/content/rules/${id}.cases.yaml`] !== undefined;
}

/** The cases of a round, in file order; throws with file and line on any problem in the file (the build stops). */
export function casesPageFor(ruleSet: RuleSet): CaseView[] {
  const file = casesFileOf(ruleSet);
  const text = sources[`/${file}`];
  if (text === undefined) return [];
  const anchors = citedClauses(ruleSet);
  return loadCasesFile(file, text, ruleSet).cases.map(({ case: c }, i) => {
    const expected = expectedOutcome(c);
    const actual = runCase(c, ruleSet.id);
    const listed = Object.keys(c.预期).sort();
    const anchor = anchors.get(c.条款);
    const applicant = [c.申报人.职称, c.申报人.学历, c.申报人.医学类 === '是' ? '医学类' : '', c.申报人.中小学教师 === '是' ? '中小学教师' : ''].filter(Boolean).join('，');
    return {
      id: `case-${i + 1}`,
      number: i + 1,
      name: c.名称,
      clause: c.条款,
      clauseHref: anchor === undefined ? undefined : clauseHref(ruleSet.id, anchor),
      applicant,
      enteredSpan: c.自填核认跨度,
      coveredYears: c.已认定年度?.length ? c.已认定年度.join('、') : undefined,
      activities: c.活动.map(describeActivity),
      working: c.计算,
      span: c.核认跨度,
      years: listed.map((year) => ({ year, ...(c.预期[year] as YearExpectation) })),
      unlisted: Object.keys(expected.years).filter((y) => !listed.includes(y)),
      agrees: JSON.stringify(actual) === JSON.stringify(expected),
    };
  });
}
