/** Document numbers as people type them: any brackets or none, full-width digits, with or without the issuer. */
import { describe, expect, it } from 'vitest';
import { findDocNumbers, formatDocNumber, namesDocNumber } from '../../../src/lib/search/doc-number';

const read = (text: string) => findDocNumbers(text).map((f) => formatDocNumber(f.doc));

describe('findDocNumbers', () => {
  it.each(['株人社函〔2024〕5号', '株人社函[2024]5号', '株人社函【2024】5号', '株人社函（2024）5号', '株人社函(2024)5号', '株人社函［２０２４］５号', '株人社函〔2024]5号', '株人社函 2024 5号', '株人社函20245号', '株人社函〔2024〕05号'])('reads %s as 株人社函〔2024〕5号', (typed) => {
    expect(read(typed)).toEqual(['株人社函〔2024〕5号']);
  });

  it('reads a number without its issuer only in brackets, and a number within other words', () => {
    expect(read('〔2024〕5号')).toEqual(['〔2024〕5号']);
    expect(read('2024 5号')).toEqual([]);
    expect(read('2024年5号')).toEqual([]);
    expect(read('根据（湘人社办函〔2024〕21号），现就')).toEqual(['湘人社办函〔2024〕21号']);
  });
});

describe('namesDocNumber', () => {
  it('matches the same year and number, and the issuer unless none was typed', () => {
    const [z] = findDocNumbers('株人社函〔2024〕5号');
    const typed = (t: string) => findDocNumbers(t)[0]?.doc ?? { prefix: '?', year: '', number: '' };
    expect(z).toBeDefined();
    if (z === undefined) return;
    expect(namesDocNumber(typed('〔2024〕5号'), z.doc)).toBe(true);
    expect(namesDocNumber(typed('株人社函[2024]5号'), z.doc)).toBe(true);
    expect(namesDocNumber(typed('湘人社办函〔2024〕5号'), z.doc)).toBe(false);
    expect(namesDocNumber(typed('株人社函〔2024〕6号'), z.doc)).toBe(false);
  });
});
