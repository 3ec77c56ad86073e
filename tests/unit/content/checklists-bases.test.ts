/** Material checklists (附件1 一 / 附件 一) and the training-base directory (附件6). */
import { describe, expect, it } from 'vitest';
import { baseMatches, describeMatches, sortBases, telHref } from '../../../src/lib/content/bases';
import { checklistFor, formCount } from '../../../src/lib/content/checklists';
import { getRuleSet, materialsInOrder, type RuleSet } from '../../../src/lib/rules';

const zhuzhou = getRuleSet('zhuzhou-2024') as RuleSet;
const hunan = getRuleSet('hunan-2020') as RuleSet;

describe('material checklists', () => {
  it('covers all 12 forms of both notices, in the rule set\'s materials order, then other evidence', () => {
    for (const rs of [zhuzhou, hunan]) {
      const list = checklistFor(rs);
      expect(formCount(list)).toBe(12);
      expect(list.map((e) => e.id)).toEqual(materialsInOrder(rs).map((m) => m.id));
      expect(list[list.length - 1]?.form).toBeUndefined();
    }
  });

  it('offers the two training sets as alternatives named 方式一 and 方式二 (附件1 一 1)', () => {
    const training = checklistFor(zhuzhou).find((e) => e.id === 'f1');
    expect(training?.oneOf).toBe(true);
    expect(training?.sets.map((s) => s.name)).toEqual(['方式一', '方式二']);
    expect(training?.sets[1]?.items.map((i) => i.text)).toContain('结业证书');
    expect(training?.sets[0]?.cite.href).toBe('/notices/zhuzhou-2024/#fj1-1-1-1');
  });

  it('lists a single set without a name, and the foreign-journal extra for papers (附件2 材料上传说明 2)', () => {
    const paper = checklistFor(zhuzhou).find((e) => e.id === 'f6-paper');
    expect(paper?.oneOf).toBe(false);
    expect(paper?.sets[0]?.name).toBeUndefined();
    expect(paper?.extras).toEqual([{ text: '在国外刊物发表的论文须提供检索材料。', when: 'foreign', cite: expect.objectContaining({ anchor: 'fj2-3-n2' }) }]);
  });

  it('includes the 2024 training-platform certificate and earlier certificates (通知 三（二）、三（三）)', () => {
    const ids = checklistFor(zhuzhou).map((e) => e.id);
    expect(ids).toContain('platform');
    expect(ids).toContain('certificate');
    expect(checklistFor(hunan).map((e) => e.id)).not.toContain('platform');
  });

  it('says for 2020 that the years after an earlier 认定单 still need their training materials (通知 四（三）: 认定单和后续年度培训材料)', () => {
    const certificate = checklistFor(hunan).find((e) => e.id === 'certificate');
    expect(certificate?.sets[0]?.items.map((i) => i.text)).toEqual(['以前开具的《学时（分）认定单》']);
    // Not 按上列各项: in the calculator's list by year the later years come below it (a reviewer's check).
    expect(certificate?.extras).toEqual([{ text: '认定单之后各年度的学时，另按各项活动所需的材料提供。', cite: expect.objectContaining({ clause: '通知 四（三）', anchor: 'tz-4-3' }) }]);
  });

  it('says under the heading whose list a base or employer course borrows, not in the heading (通知 三（一）: no materials of its own)', () => {
    const list = checklistFor(zhuzhou);
    const base = list.find((e) => e.id === 'base');
    const employer = list.find((e) => e.id === 'employer');
    expect(base).toMatchObject({ title: '参加继续教育基地组织的培训', note: '通知未单列此项材料，按附件1 一 3 准备。' });
    expect(employer).toMatchObject({ title: '参加用人单位备案的线下专业培训', note: '通知未单列此项材料，按附件1 一 1 准备。' });
    expect(employer?.cite.clause).toBe('通知 三（一）');
    // Entries taken from the notice's own list have no such line.
    expect(list.find((e) => e.id === 'f1')?.note).toBeUndefined();
  });

  it('gives every tick box a unique id', () => {
    for (const rs of [zhuzhou, hunan]) {
      const ids = checklistFor(rs).flatMap((e) => e.sets.flatMap((s) => s.items.map((i) => i.id)));
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe('training-base directory', () => {
  const bases = [
    { no: 3, name: '株洲开放大学', level: '市级' },
    { no: 1, name: '湖南人才市场有限公司', level: '省级' },
    { no: 2, name: '湖南师范大学', level: '国家级' },
  ];

  it('keeps the attachment\'s row order', () => {
    expect(sortBases(bases).map((b) => b.no)).toEqual([1, 2, 3]);
  });

  it('finds a base by part of its address as well as its name (长沙, 岳麓区), ignoring spaces', () => {
    const near = [
      { no: 1, name: '湖南人才市场有限公司', level: '省级', address: '湖南省长沙市湘府中路168号' },
      { no: 3, name: '株洲开放大学', level: '市级', address: '株洲市建设中路61号' },
      { no: 4, name: '湖南大学', level: '国家级', address: '长沙市岳麓区石佳冲109号湖南大学财院校区' },
    ];
    expect(near.filter((b) => baseMatches(b, { level: '', query: '长沙' })).map((b) => b.no)).toEqual([1, 4]);
    expect(near.filter((b) => baseMatches(b, { level: '', query: '岳麓 区' })).map((b) => b.no)).toEqual([4]);
    expect(near.filter((b) => baseMatches(b, { level: '国家级', query: '长沙' })).map((b) => b.no)).toEqual([4]);
    expect(near.filter((b) => baseMatches(b, { level: '', query: '株洲' })).map((b) => b.no)).toEqual([3]);
  });

  it('filters by level and by part of the name, ignoring spaces', () => {
    expect(bases.filter((b) => baseMatches(b, { level: '省级', query: '' })).map((b) => b.no)).toEqual([1]);
    expect(bases.filter((b) => baseMatches(b, { level: '', query: '湖南 师范' })).map((b) => b.no)).toEqual([2]);
    expect(bases.filter((b) => baseMatches(b, { level: '市级', query: '湖南' }))).toEqual([]);
    expect(bases.filter((b) => baseMatches(b, { level: '', query: '  ' }))).toHaveLength(3);
  });

  it('dials landlines, mobiles and 400 numbers by their digits', () => {
    expect(telHref('0731-85063771')).toBe('tel:073185063771');
    expect(telHref('4008-434-678')).toBe('tel:4008434678');
    expect(telHref('+86 139 7318 9198')).toBe('tel:+8613973189198');
  });

  it('says how many bases are shown', () => {
    expect(describeMatches(6, 6)).toBe('共 6 个基地');
    expect(describeMatches(2, 6)).toBe('显示 2 个基地（共 6 个）');
    expect(describeMatches(0, 6)).toBe('没有符合条件的基地（共 6 个）');
  });
});
