/** Drafts for storage, file and share tests: parsed through the engine's schema like user input. */
import { parseDraft, type Draft } from '../../../src/lib/rules';

/** The issue's case: 2024 round, senior applicant, five activities in different years, with personal fields. */
export function caseDraft(): Draft {
  const parsed = parseDraft({
    format: 'hunan-jxjy-draft',
    version: 1,
    ruleSet: 'zhuzhou-2024',
    profile: { titleLevel: 'deputy-senior', degree: 'bachelor', name: '张三', employer: '株洲市某某医院' },
    span: null,
    coveredYears: [2019],
    activities: [
      { id: 't1', kind: 'training', title: '李四老师的公需课', year: 2020, subject: 'public', format: 'training', days: 3, halfDays: 0 },
      { id: 'c1', kind: 'course', title: '网络课程', year: 2020, subject: 'professional', source: 'online', hours: 24.5 },
      { id: 'p1', kind: 'project', year: 2021, level: 'provincial', role: 'host' },
      { id: 'pa1', kind: 'paper', year: 2022, role: 'first' },
      { id: 'pt1', kind: 'patent', year: 2023, patentType: 'invention', rank: 2 },
    ],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.draft;
}
