import { describe, expect, it } from 'vitest';
import { FontFormatError, fontCodePoints, missingChars } from '../../../src/lib/pdf/font-coverage';
import { subsetForTest } from './test-font.mjs';

const cp = (ch: string) => ch.codePointAt(0) as number;

describe('fontCodePoints', () => {
  it('reads the characters of a TrueType subset from its cmap, and nothing else', async () => {
    const points = fontCodePoints(await subsetForTest(['学时测算']));
    for (const ch of 'A学时测算') expect(points.has(cp(ch)), ch).toBe(true);
    expect(points.has(cp('习'))).toBe(false);
  });

  it('reads characters beyond the BMP (cmap format 12)', async () => {
    const points = fontCodePoints(await subsetForTest(['🄂学']));
    expect(points.has(cp('🄂'))).toBe(true);
    expect(points.has(cp('学'))).toBe(true);
    expect(points.has(cp('🄃'))).toBe(false);
  });

  it('rejects bytes that are not a TrueType font', () => {
    expect(() => fontCodePoints(new TextEncoder().encode('<!doctype html><title>404</title>'))).toThrow(FontFormatError);
  });
});

describe('missingChars', () => {
  it('lists each missing character once, ignoring line breaks', () => {
    const points = new Set([...'张三 '].map(cp));
    expect(missingChars(['张三\n张𠮷', '𠮷㐀'], points)).toEqual(['𠮷', '㐀']);
  });
});
