/** Realistic zhuzhou-2024 cases for the PDF tests and the measuring script. */
import { DRAFT_FORMAT, DRAFT_VERSION, parseDraft, type Draft, type DraftInput } from '../../../src/lib/rules';

type ActivityInput = DraftInput['activities'][number];

/** One of each common form, for a senior applicant; the year is filled in per copy. */
const templates: ((year: number, n: number) => ActivityInput)[] = [
  (year, n) => ({ kind: 'training', id: `t${n}`, year, subject: 'public', format: 'training', days: 3, halfDays: 1, title: '数字产业化和产业数字化专题培训' }),
  (year, n) => ({ kind: 'course', id: `c${n}`, year, subject: 'professional', source: 'online', hours: 24.5, title: '湖南省专业技术人员继续教育网络课程' }),
  (year, n) => ({ kind: 'project', id: `p${n}`, year, level: 'provincial', role: 'host', title: '湘江流域水质监测课题' }),
  (year, n) => ({ kind: 'paper', id: `w${n}`, year, role: 'first', foreign: false, title: '关于桥梁健康监测的研究' }),
  (year, n) => ({ kind: 'patent', id: `i${n}`, year, patentType: 'invention', rank: 2, title: '一种轨道交通检测装置' }),
  (year, n) => ({ kind: 'training', id: `m${n}`, year, subject: 'professional', format: 'conference', days: 1, halfDays: 2, title: '全国学术年会（长沙）' }),
  (year, n) => ({ kind: 'patent', id: `d${n}`, year, patentType: 'design', rank: 1, title: '外观设计：检测仪外壳' }),
  (year, n) => ({ kind: 'exam', id: `e${n}`, year, count: 1 }),
  (year, n) => ({ kind: 'book', id: `b${n}`, year, role: 'other', title: '《城市轨道交通概论》' }),
  (year, n) => ({ kind: 'award', id: `a${n}`, year, level: 'municipal', grade: 'second', title: '株洲市科学技术进步奖' }),
];

/** A draft for a deputy-senior applicant (span 2019–2023) with `count` activities spread over the years. */
export function fiveYearDraft(count: number, profile: Partial<DraftInput['profile']> = {}): Draft {
  const activities: ActivityInput[] = [];
  for (let n = 0; n < count; n++) {
    const template = templates[n % templates.length] as (typeof templates)[number];
    activities.push(template(2019 + (Math.floor(n / templates.length) % 5), n));
  }
  const input: DraftInput = {
    format: DRAFT_FORMAT,
    version: DRAFT_VERSION,
    ruleSet: 'zhuzhou-2024',
    profile: { titleLevel: 'deputy-senior', degree: 'master', name: '李晓明', employer: '株洲市某某研究院', ...profile },
    activities,
  };
  const parsed = parseDraft(input);
  if (!parsed.ok) throw new Error(`fixture draft is invalid: ${JSON.stringify(parsed.issues)}`);
  return parsed.draft;
}

/** A smaller case touching every status: counted, not covered, outside the span, met in full, a certificate year. */
export function mixedDraft(profile: Partial<DraftInput['profile']> = {}): Draft {
  const input: DraftInput = {
    format: DRAFT_FORMAT,
    version: DRAFT_VERSION,
    ruleSet: 'zhuzhou-2024',
    profile: { titleLevel: 'deputy-senior', degree: 'master', name: '李晓明', employer: '株洲市某某研究院', ...profile },
    coveredYears: [2019],
    activities: [
      { kind: 'training', id: 'a1', year: 2020, subject: 'public', format: 'training', days: 3, halfDays: 1, title: '数字产业化专题培训' },
      { kind: 'course', id: 'a2', year: 2021, subject: 'professional', source: 'online', hours: 24.5, title: '网络课程（专业科目）' },
      { kind: 'project', id: 'a3', year: 2022, level: 'provincial', role: 'host' },
      { kind: 'paper', id: 'a4', year: 2023, role: 'first', foreign: true, title: 'Bridge monitoring with fibre sensors' },
      { kind: 'patent', id: 'a5', year: 2021, patentType: 'design', rank: 2 },
      { kind: 'patent', id: 'a6', year: 2017, patentType: 'invention', rank: 2, title: '一种检测装置' },
      { kind: 'assignment', id: 'a7', mission: 'tibet', start: '2022-03-01', end: '2022-12-31', passed: true },
    ],
  };
  const parsed = parseDraft(input);
  if (!parsed.ok) throw new Error(`fixture draft is invalid: ${JSON.stringify(parsed.issues)}`);
  return parsed.draft;
}
