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

  it('is forgotten once the rename is saved, cancelled or closed', () => {
    keepRenaming('d1', '副高申报');
    keepRenaming('d1', null);
    expect(renamingName('d1')).toBeUndefined();
  });

  it('keeps an empty name as typed (the person cleared the box)', () => {
    keepRenaming('d1', '');
    expect(renamingName('d1')).toBe('');
  });

  it.each([['not json {'], ['null'], ['"副高"'], ['[1]'], ['{"draft":"d1","name":5}'], ['{"draft":["d1"],"name":"x"}'], ['{"name":"x"}']])('ignores what the site never writes: %s', (stored) => {
    sessionStorage.setItem('hunan-jxjy-renaming', stored);
    expect(renamingName('d1')).toBeUndefined();
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
