// @vitest-environment jsdom
/**
 * What a tab keeps across its reloads in session storage: here, the new name half typed in 草稿管理 › 重命名. Read as
 * untrusted: only a name for the same draft comes back.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepRenaming, renamingName } from '../../../src/lib/drafts/tab-memory';

beforeEach(() => sessionStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('a rename half typed', () => {
  it('comes back for the same draft, and only for it', () => {
    keepRenaming('d1', '副高申报');
    expect(renamingName('d1')).toBe('副高申报');
    expect(renamingName('d2')).toBeUndefined();
  });

  it('of a draft never saved comes back to the draft never saved that the reload shows (a new id), and to no saved one', () => {
    keepRenaming('d-first', '副高申报', true);
    expect(renamingName('d-after-reload', true)).toBe('副高申报');
    expect(renamingName('d-saved')).toBeUndefined();
    // A saved draft's name is kept for that draft only, even where the draft shown after the reload is never saved.
    keepRenaming('d1', '副高申报');
    expect(renamingName('d-after-reload', true)).toBeUndefined();
  });

  it('is forgotten once the rename is saved, cancelled or closed', () => {
    keepRenaming('d1', '副高申报');
    keepRenaming('d1', null);
    expect(renamingName('d1')).toBeUndefined();
  });

  it('is not given back once it is the draft’s name: 保存名称 was pressed and the reload came before it was forgotten', () => {
    keepRenaming('d1', '副高申报 ');
    expect(renamingName('d1', false, '副高申报')).toBeUndefined();
    // Another name, half typed over the saved one, still comes back.
    expect(renamingName('d1', false, '我的测算')).toBe('副高申报 ');
  });

  it('keeps an empty name as typed (the person cleared the box)', () => {
    keepRenaming('d1', '');
    expect(renamingName('d1')).toBe('');
  });

  it.each([['not json {'], ['null'], ['"副高"'], ['[1]'], ['{"draft":"d1","name":5}'], ['{"draft":["d1"],"name":"x"}'], ['{"name":"x"}'], ['{"draft":5,"name":"x","unsaved":true}'], ['{"draft":"d0","name":"x","unsaved":"true"}']])('ignores what the site never writes: %s', (stored) => {
    sessionStorage.setItem('hunan-jxjy-renaming', stored);
    expect(renamingName('d1')).toBeUndefined();
    expect(renamingName('d1', true)).toBeUndefined();
  });

  it('does nothing, and throws nothing, where session storage is refused', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('refused', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('refused', 'SecurityError');
    });
    expect(() => keepRenaming('d1', '副高申报')).not.toThrow();
    expect(renamingName('d1')).toBeUndefined();
  });
});
