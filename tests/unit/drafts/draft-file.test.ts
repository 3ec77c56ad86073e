/** Export and import: a bad file gets a clear Chinese message and changes nothing. */
import { describe, expect, it } from 'vitest';
import { draftFileName, draftToJson, readDraftFile } from '../../../src/lib/drafts';
import { caseDraft } from './fixtures';

describe('draft files', () => {
  it('imports an exported draft unchanged, personal fields included', () => {
    const draft = caseDraft();
    const result = readDraftFile(draftToJson(draft));
    expect(result).toEqual({ ok: true, draft, migratedFrom: undefined });
  });

  it('accepts a file saved with a byte-order mark', () => {
    expect(readDraftFile(`\uFEFF${draftToJson(caseDraft())}`).ok).toBe(true);
  });

  it('refuses a file that is not JSON, saying so', () => {
    const result = readDraftFile('这不是 JSON');
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.message).toContain('不是有效的 JSON');
  });

  it('refuses a JSON file that is not a draft of this site', () => {
    const result = readDraftFile(JSON.stringify({ name: 'package', version: '1.0.0' }));
    expect(result).toMatchObject({ ok: false, message: '无法导入：此文件不是本站的测算草稿。' });
  });

  it('refuses a draft with a negative day count, naming the activity and the field', () => {
    const draft = caseDraft() as unknown as { activities: Record<string, unknown>[] };
    (draft.activities[0] as Record<string, unknown>)['days'] = -2;
    const result = readDraftFile(JSON.stringify(draft));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.details).toContain('第1项活动「全天（天）」：不能为负数');
  });

  it('refuses an oversized file before parsing it', () => {
    const result = readDraftFile(' '.repeat(2_000_001));
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('文件过大') });
  });

  it('names the file after the draft and the date, without characters file systems reject', () => {
    expect(draftFileName('我的/测算:2024?', new Date(2024, 5, 3))).toBe('继续教育学时测算草稿-我的测算2024-20240603.json');
    expect(draftFileName('  ', new Date(2024, 0, 1))).toBe('继续教育学时测算草稿-未命名-20240101.json');
  });
});
