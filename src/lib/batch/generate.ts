/**
 * Generated people for tests and measurements: seeded, so a run can be repeated; every form of the round with
 * valid values drawn at random, some years outside the span, some people short and some met.
 */
import { DRAFT_FORMAT, DRAFT_VERSION, TITLE_LEVELS, type Activity, type Draft, type RuleSet } from '../rules/core';
import type { PersonRowInput } from './rows';

/** A small seeded PRNG (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = '王李张刘陈杨黄赵周吴徐孙朱马胡郭林何高罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰';
const DEPARTMENTS = ['办公室', '财务科', '技术部', '质检科', '信息中心', '人事科'];

/** `count` people with `perPerson` activities each (on average when `vary`), as the 人员/活动 sheets hold them. */
export function generatePeople(ruleSet: RuleSet, count: number, perPerson: number, seed = 1, vary = true): PersonRowInput[] {
  const rnd = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
  const people: PersonRowInput[] = [];
  for (let n = 1; n <= count; n++) {
    const titleLevel = pick(TITLE_LEVELS);
    const degree = pick(['doctor', 'master', 'bachelor', 'other'] as const);
    const rule = ruleSet.spans.find((s) => s.match.titleLevels.includes(titleLevel) && (!s.match.degrees || s.match.degrees.includes(degree)) && s.match.medical === undefined);
    const needsSpan = rule?.from === undefined;
    const to = rule?.to ?? ruleSet.year - 1;
    const span = needsSpan ? { from: to - int(1, 4), to } : null;
    const from = span?.from ?? rule?.from ?? to - 4;
    const activities: Activity[] = [];
    const howMany = vary ? int(Math.max(0, perPerson - 5), perPerson + 5) : perPerson;
    for (let i = 0; i < howMany; i++) {
      const c = pick(ruleSet.conversions);
      if (c.kind === 'assignment' && rnd() < 0.8) {
        i--;
        continue; // assignments are rare
      }
      const a: Record<string, unknown> = { kind: c.kind, id: `a${i + 1}` };
      if (rnd() < 0.3) a['title'] = `${c.label.slice(0, 4)}${i + 1}`;
      let fixedSubject: string | undefined;
      for (const f of c.fields) {
        if (f.type === 'choice') {
          const option = pick(f.options);
          a[f.name] = option.value;
          // An option the notice ties to one subject (用人单位备案培训: 专业科目) brings it along.
          if (option.subject !== undefined) fixedSubject = option.subject;
        } else if (f.type === 'rank') a[f.name] = int(1, 6);
        else a[f.name] = rnd() < 0.5;
      }
      if (fixedSubject !== undefined) a['subject'] = fixedSubject;
      const year = int(from - 1, to);
      if (c.kind === 'assignment') {
        const start = `${year}-${String(int(1, 6)).padStart(2, '0')}-01`;
        const end = `${year + int(0, 1)}-${String(int(7, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
        Object.assign(a, { start, end });
      } else a['year'] = year;
      if (c.kind === 'training') Object.assign(a, { days: int(0, 5), halfDays: int(0, 2), evenings: int(0, 2) });
      else if (c.kind === 'course') a['hours'] = int(0, 400) / 10;
      else if (c.kind !== 'assignment') a['count'] = int(1, 2);
      activities.push(a as unknown as Activity);
    }
    const coveredYears = rnd() < 0.1 ? [from] : [];
    const draft = { format: DRAFT_FORMAT, version: DRAFT_VERSION, ruleSet: ruleSet.id, profile: { titleLevel, degree, medical: rnd() < 0.1, teacher: rnd() < 0.1, name: `${pick([...SURNAMES])}${pick([...GIVEN])}${pick([...GIVEN])}` }, span, coveredYears, activities } as Draft;
    people.push({ key: `G${String(n).padStart(5, '0')}`, name: draft.profile.name ?? '', department: pick(DEPARTMENTS), draft });
  }
  return people;
}
