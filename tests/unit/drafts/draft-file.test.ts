/** Export and import: a bad file gets a clear Chinese message and changes nothing. */
import { describe, expect, it } from 'vitest';
import { draftFileName, draftToJson, readDraftFile } from '../../../src/lib/drafts';
import { draftNameFromFile, importedName } from '../../../src/lib/drafts/draft-file';
import { activityReader } from '../../../src/lib/drafts/read-draft';
import { MAX_REMOVED, readWork } from '../../../src/lib/drafts/work';
import { caseDraft } from './fixtures';

describe('draft files', () => {
  it('gives an imported file its draft name back, also from a second download or a copy of the file', () => {
    const exported = draftFileName('我的测算', new Date('2026-12-02T08:00:00+08:00'));
    expect(exported).toBe('继续教育学时测算草稿-我的测算-20261202.json');
    expect(draftNameFromFile(exported)).toBe('我的测算');
    for (const copy of ['继续教育学时测算草稿-我的测算-20261202 (1).json', '继续教育学时测算草稿-我的测算-20261202(2).json', '继续教育学时测算草稿-我的测算-20261202（1）.json', '继续教育学时测算草稿-我的测算-20261202 - 副本.json', '继续教育学时测算草稿-我的测算-20261202 - Copy (2).json']) {
      expect(draftNameFromFile(copy), copy).toBe('我的测算');
    }
    // A name of the person's own keeps its own brackets; a file renamed by hand keeps its name.
    expect(draftNameFromFile('继续教育学时测算草稿-测算(2024)-20261202.json')).toBe('测算(2024)');
    expect(draftNameFromFile('张工的学时.json')).toBe('张工的学时');
    expect(draftNameFromFile('继续教育学时测算草稿--20261202.json')).toBe('');
  });

  it('carries the draft name in the file, so that a renamed download keeps it; read as untrusted text', () => {
    const draft = caseDraft();
    const file = draftToJson(draft, undefined, '2024年申报 中级');
    expect(readDraftFile(file)).toEqual({ ok: true, draft, name: '2024年申报 中级', migratedFrom: undefined, repairs: [] });
    // The draft itself is unchanged (an older version of the site reads the file and ignores the name).
    expect(JSON.parse(file)).toEqual({ ...draft, draftName: '2024年申报 中级' });
    // A file without a name (an export from before) has none; a hand-edited one's name is text, cut to 60.
    expect(readDraftFile(draftToJson(draft))).not.toHaveProperty('name');
    // A right-to-left override (U+202E) and its kin are left out: the notice around the name read backwards.
    for (const [raw, name] of [[42, undefined], ['   ', undefined], ['甲\u0000乙\n丙', '甲 乙 丙'], ['控\u202e制\u2066字\u200f符', '控制字符'], ['名'.repeat(500), '名'.repeat(60)]] as const) {
      const read = readDraftFile(JSON.stringify({ ...draft, draftName: raw }));
      expect(read.ok && read.name, String(raw).slice(0, 10)).toBe(read.ok && name);
    }
    // A record as stored on the device (下载原始数据) carries its name as the store keeps it.
    const record = { recordVersion: 1, id: 'd-1', name: '副高申报', createdAt: 1, updatedAt: 2, revision: 3, draft };
    expect(readDraftFile(JSON.stringify(record))).toMatchObject({ ok: true, name: '副高申报' });
  });

  it('names an imported draft by the name its file carries, unless the file was renamed by a person (a new user’s check: export-继续教育学时测算草稿-… gave 「export-继续教育学时测算草稿-…」)', () => {
    const name = '2024年申报:中级/副高（第二稿）';
    const exported = draftFileName(name, new Date('2026-12-06T08:00:00+08:00'));
    // The file name lost the colon and the slash; the carried name has them, also in a second download's copy.
    expect(draftNameFromFile(exported)).toBe('2024年申报中级副高（第二稿）');
    expect(importedName(exported, name)).toBe(name);
    expect(importedName(exported.replace('.json', ' (1).json'), name)).toBe(name);
    // Something put before the export's name (a phone's download, a person's export-) is no name given by a person.
    expect(importedName(`export-${exported}`, name)).toBe(name);
    expect(importedName(`下载_${exported}`, name)).toBe(name);
    // Renamed since: the name a person gave the file; a file name with nothing in it gives the carried one.
    expect(importedName('同事的草稿.json', name)).toBe('同事的草稿');
    expect(importedName('继续教育学时测算草稿--20261206.json', name)).toBe(name);
    // A file from before the name was carried: the file name, as before.
    expect(importedName(exported, undefined)).toBe('2024年申报中级副高（第二稿）');
    expect(importedName('.json', undefined)).toBe('');
    // A file name is read as untrusted as the carried name is.
    expect(importedName('同事\u202e的草稿.json', undefined)).toBe('同事的草稿');
  });

  it('imports an exported draft unchanged, personal fields included', () => {
    const draft = caseDraft();
    const result = readDraftFile(draftToJson(draft));
    expect(result).toEqual({ ok: true, draft, migratedFrom: undefined, repairs: [] });
  });

  it('keeps the forms still open, an activity not yet complete among them, and reads them back as untrusted', () => {
    const draft = caseDraft();
    const form = { id: 'n1', kind: 'course', values: { year: '2021', hours: '2' }, title: '在填的课程', typed: { hours: true }, shown: {}, revealed: false, before: null };
    const work = { order: ['t1', 'n1', 'c1', 'p1', 'pa1', 'pt1'], forms: [form], span: { open: false, from: '', to: '' } };
    const file = draftToJson(draft, work);
    expect(JSON.parse(file).activities).toHaveLength(5); // the draft itself is as before: complete activities only
    expect(readDraftFile(file)).toEqual({ ok: true, draft, work, migratedFrom: undefined, repairs: [] });
    // No form open: the file is the draft alone, as before.
    expect(JSON.parse(draftToJson(draft, { ...work, forms: [] }))).not.toHaveProperty('work');
    // Untrusted: a form with a malformed id or kind is dropped, text is cut to its limit, an unknown id leaves the order.
    const hostile = { ...JSON.parse(file), work: { order: ['x9', 'n1'], forms: [{ ...form, values: { hours: '9'.repeat(500) } }, { id: '<b>', kind: 'course' }, { id: 'n2', kind: 'Course!' }], span: 5 } };
    const read = readDraftFile(JSON.stringify(hostile));
    expect(read.ok && read.work?.forms.map((f) => [f.id, String(f.values['hours']).length])).toEqual([['n1', 200]]);
    expect(read.ok && read.work?.order).toEqual(['n1', 't1', 'c1', 'p1', 'pa1', 'pt1']);
    // A repair that renumbered activities could open a form on the wrong one: the forms are not brought then.
    const twins = { ...JSON.parse(file), activities: [draft.activities[0], draft.activities[0]] };
    const repaired = readDraftFile(JSON.stringify(twins));
    expect(repaired.ok && repaired.repairs.length > 0 && repaired.work).toBeUndefined();
  });

  it('writes no removed activity to a file, and reads them from stored work only as activities of the draft that are not in it', () => {
    const draft = caseDraft();
    const form = { id: 'n1', kind: 'course', values: { year: '2021' }, title: '', typed: {}, shown: {}, revealed: false, before: null };
    const gone = { ...draft.activities[0]!, id: 'g1' };
    const work = { order: ['t1', 'n1', 'c1', 'p1', 'pa1', 'pt1'], forms: [form], span: { open: false, from: '', to: '' }, removed: [{ activity: gone, index: 2 }] };
    // Kept for 撤销 on this device; a file sent on holds only what the list holds.
    expect(JSON.parse(draftToJson(draft, work)).work).not.toHaveProperty('removed');
    const ids = draft.activities.map((a) => a.id);
    const read = (removed: unknown) => readWork({ ...work, removed }, ids, activityReader(JSON.parse(JSON.stringify(draft)))).removed;
    const second = { ...gone, id: 'g2' };
    expect(read([{ activity: gone, index: 2 }, { activity: second, index: 0 }])).toEqual([{ activity: gone, index: 2 }, { activity: second, index: 0 }]);
    // Untrusted: an id the draft or a form has, an id of no pattern or seen already, a bad place, an activity the draft
    // could not hold; each such entry is dropped, the rest kept.
    expect(read([{ activity: { ...gone, id: ids[1] }, index: 2 }, { activity: second, index: 1 }])).toEqual([{ activity: second, index: 1 }]);
    expect(read([{ activity: { ...gone, id: 'n1' }, index: 2 }])).toBeUndefined();
    expect(read([{ activity: { ...gone, id: '<b>' }, index: 2 }])).toBeUndefined();
    expect(read([{ activity: gone, index: 2 }, { activity: gone, index: 3 }])).toEqual([{ activity: gone, index: 2 }]);
    for (const index of [-1, 1.5, '2', 100000]) expect(read([{ activity: gone, index }])).toBeUndefined();
    expect(read([{ activity: { ...gone, kind: 'spell' }, index: 2 }])).toBeUndefined();
    expect(read({ activity: gone, index: 2 })).toBeUndefined();
    // The last MAX_REMOVED are kept.
    const many = Array.from({ length: MAX_REMOVED + 5 }, (_, i) => ({ activity: { ...gone, id: `m${i}` }, index: 0 }));
    expect(read(many)?.map((r) => r.activity?.id)).toEqual(many.slice(-MAX_REMOVED).map((r) => r.activity?.id));
    expect(readWork({ ...work }, ids).removed).toBeUndefined();
    // A new activity's half-filled form that 取消添加 took away: read as an open form is, by an id no activity or form
    // has, always as a new one (before: null).
    const half = { ...form, id: 'f1', values: { year: '2022', hours: '12.5' }, title: '研修', before: gone };
    expect(read([{ form: half, index: 1 }])).toEqual([{ form: { ...half, before: null }, index: 1 }]);
    for (const id of ['n1', ids[0], '<b>']) expect(read([{ form: { ...half, id }, index: 1 }])).toBeUndefined();
    expect(read([{ form: { ...half, kind: 'Spell!' }, index: 1 }])).toBeUndefined();
    expect(read([{ form: half, index: 1 }, { form: half, index: 2 }])).toHaveLength(1);
  });

  it('reads a file whose list order is missing or short: each activity and form once (the page stopped on a twin)', () => {
    const draft = caseDraft();
    // 修改 open on t1, a draft activity, and a new form n1; the order cut or gone, as a hand-edited file may have it.
    const forms = [
      { id: 't1', kind: 'training', values: { days: '三天' }, title: '', typed: { days: true }, shown: {}, revealed: true },
      { id: 'n1', kind: 'course', values: { year: '2021' }, title: '', typed: {}, shown: {}, revealed: false },
    ];
    for (const order of [undefined, ['t1', 'c1'], ['nope']]) {
      const read = readDraftFile(JSON.stringify({ ...draft, work: { forms, span: { open: false, from: '', to: '' }, ...(order ? { order } : {}) } }));
      const ids = read.ok ? read.work?.order ?? [] : [];
      expect(new Set(ids).size, JSON.stringify(order)).toBe(ids.length);
      expect([...ids].sort()).toEqual(['c1', 'n1', 'p1', 'pa1', 'pt1', 't1']);
    }
  });

  it('says so when the forms a file brings cannot all be read, and imports what it can', () => {
    const draft = caseDraft();
    const form = { id: 'n1', kind: 'course', values: { year: '2021' }, title: '', typed: {}, shown: {}, revealed: false };
    const lost = '文件中尚未填写完整的活动有无法读取的内容，未导入这部分；已填写完整的活动均已导入。';
    for (const work of ['garbage', { forms: 'x' }, { forms: [form, null] }, { forms: [{ id: '<b>', kind: 'course' }] }]) {
      const read = readDraftFile(JSON.stringify({ ...draft, work }));
      expect(read.ok && read.draft.activities.length, JSON.stringify(work)).toBe(5);
      expect(read.ok && read.repairs, JSON.stringify(work)).toEqual([lost]);
    }
    // Every form read, or none in the file: nothing to say.
    expect(readDraftFile(JSON.stringify({ ...draft, work: { forms: [form] } }))).toMatchObject({ ok: true, repairs: [] });
    expect(readDraftFile(JSON.stringify({ ...draft, work: { forms: [] } }))).toMatchObject({ ok: true, repairs: [] });
  });

  it('accepts a file saved with a byte-order mark', () => {
    expect(readDraftFile(`\uFEFF${draftToJson(caseDraft())}`).ok).toBe(true);
  });

  it('refuses a file that is not JSON, saying so without the word JSON, and an empty file as empty', () => {
    expect(readDraftFile('这不是 JSON')).toMatchObject({ ok: false, message: '文件内容无法读取，不是本站导出的草稿文件（或已损坏），无法导入。请选择本站“导出草稿”保存的草稿文件（.json）。' });
    expect(readDraftFile(' \n')).toMatchObject({ ok: false, message: '文件是空的，无法导入。请选择本站“导出草稿”保存的草稿文件（.json）。' });
  });

  it('refuses a JSON file that is not a draft of this site', () => {
    const result = readDraftFile(JSON.stringify({ name: 'package', version: '1.0.0' }));
    // Said once, without a list of that file's fields as if it were a draft to mend (版本：草稿版本无效…).
    expect(result).toEqual({ ok: false, message: '无法导入：此文件不是本站的测算草稿。', details: [] });
    expect(readDraftFile('{"foo":1}')).toEqual({ ok: false, message: '无法导入：此文件不是本站的测算草稿。', details: [] });
  });

  it('refuses a draft with a negative day count, naming the activity and the field', () => {
    const draft = caseDraft() as unknown as { activities: Record<string, unknown>[] };
    (draft.activities[0] as Record<string, unknown>)['days'] = -2;
    const result = readDraftFile(JSON.stringify(draft));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.details).toContain('第1项活动「全天天数（天）」：不能为负数');
  });

  it('refuses an oversized file before parsing it', () => {
    const result = readDraftFile(' '.repeat(2_000_001));
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('文件过大') });
  });

  it('refuses JSON that is a list, a number or text as not a draft of this site', () => {
    for (const text of ['[]', '[{"format":"hunan-jxjy-draft"}]', '42', '"草稿"', 'null']) {
      expect(readDraftFile(text)).toEqual({ ok: false, message: '无法导入：此文件不是本站的测算草稿。', details: [] });
    }
  });

  it('imports a file whose two activities share an id, renumbering the second and saying so', () => {
    const draft = caseDraft();
    const text = JSON.stringify({ ...draft, activities: [draft.activities[0], { ...draft.activities[1], id: draft.activities[0]?.id }] });
    const result = readDraftFile(text);
    if (!result.ok) throw new Error(result.message);
    expect(new Set(result.draft.activities.map((a) => a.id)).size).toBe(2);
    expect(result.repairs).toEqual(['活动编号重复：第2项（与第1项相同），已重新编号，活动内容未变。']);
  });

  it('imports the raw data downloaded for a stored record (its draft inside the record)', () => {
    const record = { recordVersion: 1, id: 'd1', name: '我的测算', createdAt: 1, updatedAt: 2, revision: 3, draft: caseDraft() };
    expect(readDraftFile(JSON.stringify(record))).toMatchObject({ ok: true, draft: caseDraft() });
  });

  it('names the file after the draft and the date, without characters file systems reject', () => {
    expect(draftFileName('我的/测算:2024?', new Date(2024, 5, 3))).toBe('继续教育学时测算草稿-我的测算2024-20240603.json');
    expect(draftFileName('  ', new Date(2024, 0, 1))).toBe('继续教育学时测算草稿-未命名-20240101.json');
  });
});
