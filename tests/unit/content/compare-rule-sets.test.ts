/** The 新旧对比 page's comparison, generated from the two rule sets. */
import { describe, expect, it } from 'vitest';
import { compareRuleSets, mergeCases, numericDelta, rankBuckets, type ComparisonRow } from '../../../src/lib/content/compare-rule-sets';
import { getRuleSet, type RuleSet, type TableConversion } from '../../../src/lib/rules';

const hunan = getRuleSet('hunan-2020') as RuleSet;
const zhuzhou = getRuleSet('zhuzhou-2024') as RuleSet;
const comparison = compareRuleSets(hunan, zhuzhou);

function rowOf(sectionId: string, label: string): ComparisonRow {
  const found = comparison.sections.find((s) => s.id === sectionId)?.rows.find((r) => r.label === label);
  if (found === undefined) throw new Error(`no row ${sectionId} / ${label}`);
  return found;
}
const text = (r: ComparisonRow) => [r.before.lines.join(' '), r.after.lines.join(' ')];

describe('comparing 湘人社函〔2020〕11号 with 株人社函〔2024〕5号', () => {
  it('shows a training day going from 10 to 8 hours, each side citing its own clause (附件 二 1 / 附件1 二 1)', () => {
    const day = rowOf('conv-training', '全天');
    expect(text(day)).toEqual(['每天 10 学时（分）', '每天 8 学时']);
    expect(day).toMatchObject({ changed: true, delta: '10 → 8' });
    expect(day.before.cite?.href).toBe('/notices/hunan-2020/#fj1-2-1');
    expect(day.after.cite?.href).toBe('/notices/zhuzhou-2024/#fj1-2-1');
  });

  it('keeps the half day at 4 hours as unchanged, although 2020 names the unit 学时（分）', () => {
    expect(rowOf('conv-training', '半天').changed).toBe(false);
    expect(rowOf('requirement', '每年总学时').changed).toBe(false);
    expect(rowOf('requirement', '计量单位')).toMatchObject({ changed: true });
  });

  it('shows evenings going from 2 hours to not set (附件1 二 1 sets no evening rate)', () => {
    expect(text(rowOf('conv-training', '晚上'))).toEqual(['每晚 2 学时（分）', '未规定（不计学时）']);
  });

  it('shows degree courses and qualification subjects going from 90 to 30 per course (附件1 二 8, 二 9)', () => {
    expect(rowOf('conv-degree', '每门').delta).toBe('90 → 30');
    expect(rowOf('conv-qualification', '每门').delta).toBe('90 → 30');
  });

  it('shows 公需 as newly required and 专业 going from advisory to required (通知 一（二）)', () => {
    expect(text(rowOf('requirement', '其中公需科目'))).toEqual(['未规定', '不少于 30 学时']);
    const professional = rowOf('requirement', '其中专业科目');
    expect(professional.changed).toBe(true);
    expect(professional.before.lines[0]).toContain('一般不少于 60');
    expect(professional.delta).toBeUndefined();
  });

  it('scores every patent case under both notices, design patents no longer counted (附件1 二 4)', () => {
    const patents = comparison.sections.find((s) => s.id === 'conv-patent')?.rows ?? [];
    expect(text(rowOf('conv-patent', '发明专利 · 排名第1'))).toEqual(['90 学时（分）/项', '60 学时/项']);
    expect(text(rowOf('conv-patent', '实用新型专利 · 排名第4及以后'))).toEqual(['60 学时（分）/项', '不予折算']);
    expect(patents.filter((r) => r.label.startsWith('外观设计专利')).every((r) => r.after.lines[0] === '不予折算' && r.changed)).toBe(true);
  });

  it('splits municipal awards by grade (2024) and by completer rank (2020), keeping an unchanged case unmarked', () => {
    expect(rowOf('conv-award', '市厅级（原“地厅级”） · 一等奖 · 排名第6及以后')).toMatchObject({ changed: false });
    expect(rowOf('conv-award', '省部级及以上 · 三等奖').delta).toBe('90 → 10');
    expect(rowOf('conv-award', '市厅级以下（原“地厅级以下”）').changed).toBe(false);
  });

  it('marks a project role that 2020 did not list as 未单列', () => {
    expect(rowOf('conv-project', '省（部）级以上 · 主要完成人（除主持人外署名前三）').before.lines).toEqual(['未单列']);
  });

  it('flags the renamed exam, the new course source and the renamed employer training', () => {
    expect(text(rowOf('conv-exam', '名称'))).toEqual(['计算机应用能力考试', '数字技术应用能力水平考试']);
    const sources = comparison.sections.find((s) => s.id === 'conv-course')?.rows.filter((r) => r.label === '课程来源') ?? [];
    expect(sources.filter((r) => r.changed).map((r) => r.after.lines[0])).toEqual(['用人单位备案的线下专业培训', '湖南省事业单位工作人员培训（限事业单位专业技术人员）']);
    // Each notice fixes the subject of employer-run training, and not the same one (2020 通知 四（二）, 2024 通知 三（一）).
    expect(text(sources.find((r) => r.id.endsWith('-employer')) as (typeof sources)[number])).toEqual(['用人单位组织的公需科目培训 计入公需科目', '用人单位备案的线下专业培训 计入专业科目']);
  });

  it('flags online courses going from two material sets to one, and the patent materials dropping design patents (附件1 一 3, 一 7)', () => {
    const online = rowOf('materials', '3. 参加网络平台专业课程等远程教育');
    expect(online.changed).toBe(true);
    expect(online.before.lines).toHaveLength(2);
    expect(online.before.lines[0]).toMatch(/^方式一：课程内容安排/);
    expect(online.after.lines).toEqual(['课程时长（或课程内容）、结业证书']);
    const patent = rowOf('materials', '7. 获得发明专利、实用新型专利');
    expect(patent.changed).toBe(true);
    expect(patent.before.lines[0]).toContain('外观设计专利');
    expect(rowOf('materials', '5. 参加课题研究与项目开发').changed).toBe(false);
  });

  it('names the clause of a materials note taken from another clause: 检索材料 is 附件2’s upload notes, not 附件1 一 6, the row’s link', () => {
    // An HR clerk's check: the only clause after the note was the row's, which does not say it.
    const paper = comparison.sections.find((s) => s.id === 'materials')?.rows.find((r) => r.label.endsWith('发表论文'));
    expect(paper?.after.cite?.clause).toBe('附件1 一 6');
    expect(paper?.after.lines).toContain('注：在国外刊物发表的论文须提供检索材料（附件2 三 材料上传说明 2）。');
  });

  it('matches every applicant to a span under both notices and compares the years only', () => {
    expect(text(rowOf('spans', '参评高级职称'))).toEqual(['2015～2019年', '2019～2023年']);
    expect(rowOf('spans', '硕士评任中级职称').after.lines).toEqual(['2021～2023年']);
    expect(rowOf('spans', '参评初级职称').changed).toBe(false);
  });

  it('counts the changes per section and in total', () => {
    const total = comparison.sections.reduce((n, s) => n + s.rows.filter((r) => r.changed).length, 0);
    expect(comparison.changes).toBe(total);
    expect(comparison.sections.find((s) => s.id === 'conv-assignment')?.changes).toBe(0);
  });
});

describe('the comparison logic', () => {
  it('finds no change when a rule set is compared with itself', () => {
    for (const rs of [hunan, zhuzhou]) expect(compareRuleSets(rs, rs).changes).toBe(0);
  });

  it('shows a conversion present in one rule set only as 未规定 on the other side', () => {
    const withoutExam: RuleSet = { ...zhuzhou, conversions: zhuzhou.conversions.filter((c) => c.kind !== 'exam') };
    const rows = compareRuleSets(withoutExam, zhuzhou).sections.find((s) => s.id === 'conv-exam')?.rows ?? [];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.before.lines[0] === '未规定' && r.changed)).toBe(true);
  });

  it('cuts rank buckets wherever either table starts or ends a range', () => {
    const patent = (rs: RuleSet) => rs.conversions.find((c) => c.kind === 'patent') as TableConversion;
    expect(rankBuckets(patent(hunan), patent(zhuzhou))).toEqual([{ min: 1, max: 1 }, { min: 2, max: 3 }, { min: 4 }]);
    expect(rankBuckets(undefined)).toEqual([{ min: 1 }]);
  });

  it('merges cases that read alike on both sides, one axis at a time', () => {
    const c = (v: string) => ({ lines: [v], key: v });
    const merged = mergeCases(
      [
        { sets: [[0], [0]], before: c('90'), after: c('60') },
        { sets: [[0], [1]], before: c('90'), after: c('60') },
        { sets: [[1], [0]], before: c('90'), after: c('30') },
        { sets: [[1], [1]], before: c('60'), after: c('30') },
      ],
      2,
    );
    expect(merged.map((m) => m.sets)).toEqual([[[0], [0, 1]], [[1], [0]], [[1], [1]]]);
  });

  it('reports a delta only when exactly one figure differs', () => {
    expect(numericDelta('每天 10 学时', '每天 8 学时')).toBe('10 → 8');
    expect(numericDelta('2015～2019年', '2019～2023年')).toBeUndefined();
    expect(numericDelta('未规定', '不少于 30 学时')).toBeUndefined();
  });
});

describe('reasons for cases that score nothing', () => {
  it('shows the rule set\'s reason beside 不予折算 without counting it as a difference', () => {
    const design = rowOf('conv-patent', '外观设计专利 · 排名第1');
    expect(design.after.note).toBe('本通知折算细则只列发明专利和实用新型专利，外观设计专利不予折算。');
    const lower = rowOf('conv-award', '市厅级以下（原“地厅级以下”）');
    expect(lower.before.note).not.toBe(lower.after.note);
    expect(lower.changed).toBe(false);
    expect(rowOf('conv-training', '晚上').after.note).toContain('晚上不计学时');
  });
});
