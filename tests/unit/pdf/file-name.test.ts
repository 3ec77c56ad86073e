import { describe, expect, it } from 'vitest';
import { worksheetFileName } from '../../../src/lib/pdf';
import { fileSafe } from '../../../src/lib/file-name';

describe('the worksheet PDF file name', () => {
  const day = new Date('2026-12-07T23:30:00+08:00');

  it("carries the draft's name, so that two colleagues' worksheets are told apart", () => {
    expect(worksheetFileName('张伟（中级）', day)).toBe('继续教育学时测算-张伟（中级）-20261207.pdf');
    expect(worksheetFileName('李娜', day)).not.toBe(worksheetFileName('张伟', day));
  });

  it('has no name part for a draft without one', () => {
    expect(worksheetFileName('', day)).toBe('继续教育学时测算-20261207.pdf');
    expect(worksheetFileName(' / : ', day)).toBe('继续教育学时测算-20261207.pdf');
  });

  it("is dated by Beijing's day, as the worksheet is", () => {
    // 16:30 UTC on the 7th is already the 8th in Beijing.
    expect(worksheetFileName('张伟', new Date('2026-12-07T16:30:00Z'))).toBe('继续教育学时测算-张伟-20261208.pdf');
  });
});

describe('a name made safe for a file name', () => {
  it('drops what file systems refuse, and trailing dots and spaces', () => {
    expect(fileSafe('张伟/2024：中级 ')).toBe('张伟2024：中级');
    expect(fileSafe('a\\b*c?"d<e>f|g\u0007')).toBe('abcdefg');
    expect(fileSafe('测算...')).toBe('测算');
  });

  it('cuts at whole characters', () => {
    const name = '𠮷'.repeat(50);
    const safe = fileSafe(name);
    expect(Array.from(safe)).toHaveLength(40);
    expect(safe).toBe('𠮷'.repeat(40));
  });
});
