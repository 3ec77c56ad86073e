/** Clause labels as people type them: spaces, brackets and full-width digits optional; numbers alone are not labels. */
import { describe, expect, it } from 'vitest';
import { citationPattern, labelMatch, parseClauseLabel } from '../../../src/lib/search/clause-label';

const Z = '株人社函〔2024〕5号';
const H = '湘人社函〔2020〕11号';

describe('parseClauseLabel', () => {
  it.each([
    ['附件1 二 4', { text: '附件1', path: ['二', '4'] }],
    ['附件1二4', { text: '附件1', path: ['二', '4'] }],
    ['附件1 二（4）', { text: '附件1', path: ['二', '4'] }],
    ['附件１ 二 ４', { text: '附件1', path: ['二', '4'] }],
    ['附件一 二 4', { text: '附件1', path: ['二', '4'] }],
    ['附件 二 4', { text: '附件', path: ['二', '4'] }],
    ['通知 二（一）', { text: '通知', path: ['二', '一'] }],
    ['二（一）', { path: ['二', '一'] }],
    ['一(二)', { path: ['一', '二'] }],
    ['附件 一 1（1）', { text: '附件', path: ['一', '1', '1'] }],
    ['附件2 第7步', { text: '附件2', path: ['第7步'] }],
    ['第７步', { path: ['第7步'] }],
    ['十二', { path: ['十二'] }],
    // A space after 附件 or inside 第 7 步, as a person types it: a digit after 附件 is its number (no path starts with one).
    ['附件 1 二 4', { text: '附件1', path: ['二', '4'] }],
    ['附件 1 一 3', { text: '附件1', path: ['一', '3'] }],
    ['附件　１　二　４', { text: '附件1', path: ['二', '4'] }],
    ['附件 2 第 7 步', { text: '附件2', path: ['第7步'] }],
    ['附件2 第七步', { text: '附件2', path: ['第7步'] }],
  ])('reads %s', (input, label) => {
    expect(parseClauseLabel(input)).toEqual(label);
  });

  it('reads the document number the site prints before a label', () => {
    expect(parseClauseLabel(`${Z} 附件1 二 4`, [H, Z])).toEqual({ notice: '株人社函20245号', text: '附件1', path: ['二', '4'] });
    expect(parseClauseLabel('株人社函[2024]5号附件1二4', [H, Z])).toEqual({ notice: '株人社函20245号', text: '附件1', path: ['二', '4'] });
  });

  it.each(['株人社函〔2024〕5号', '株人社函[2024]5号', '株人社函【2024】5号', '株人社函（2024）5号', '株人社函(2024)5号', '株人社函［２０２４］５号', '株人社函 2024 5号', '株人社函20245号', '〔2024〕5号'])(
    'reads the document number %s, in any brackets, with or without the issuer, before a label or alone',
    (number) => {
      expect(parseClauseLabel(`${number} 附件1 二 4`, [H, Z])).toEqual({ notice: '株人社函20245号', text: '附件1', path: ['二', '4'] });
      expect(parseClauseLabel(`${number}附件 1 二 4`, [H, Z])).toEqual({ notice: '株人社函20245号', text: '附件1', path: ['二', '4'] });
      expect(parseClauseLabel(number, [H, Z])).toEqual({ notice: '株人社函20245号', path: [] });
      expect(parseClauseLabel(`${number} 附件1`, [H, Z])).toEqual({ notice: '株人社函20245号', text: '附件1', path: [] });
    },
  );

  it('reads no label from a document number the site has no notice for, or another year or number', () => {
    for (const q of ['湘人社办函〔2024〕21号', '湘人社办函〔2024〕21号 附件1 二 4', '株人社函〔2023〕5号', '〔2024〕6号']) expect(parseClauseLabel(q, [H, Z]), q).toBeUndefined();
  });

  it.each(['90', '2020', '20M', '公需科目', '二等奖', '通知', '三援', '一二', '附件1 二 4 专利', '附件1专利', ''])('does not read %s as a label', (input) => {
    expect(parseClauseLabel(input)).toBeUndefined();
  });

  it('reads an attachment alone as a label: 附件1 names the attachment itself (searched as words, what cites it came first)', () => {
    expect(parseClauseLabel('附件1')).toEqual({ text: '附件1', path: [] });
    expect(parseClauseLabel('附件 2')).toEqual({ text: '附件2', path: [] });
  });
});

describe('labelMatch', () => {
  const label = (l: string) => parseClauseLabel(l) ?? { path: [] };
  it('matches the same clause, in either notice where the query names no text or a lone attachment is 附件1', () => {
    expect(labelMatch(label('附件1 二 4'), label('附件1 二 4'), Z)).toBe('same');
    expect(labelMatch(label('附件1 二 4'), label('附件 二 4'), H)).toBe('same');
    expect(labelMatch(label('附件 二 4'), label('附件1 二 4'), Z)).toBe('same');
    expect(labelMatch(label('二 4'), label('附件1 二 4'), Z)).toBe('same');
    expect(labelMatch(label('附件2 二 4'), label('附件 二 4'), H)).toBeUndefined();
    expect(labelMatch(label('通知 二 4'), label('附件1 二 4'), Z)).toBeUndefined();
    expect(labelMatch(label('二（一）'), label('附件1 二 1'), Z)).toBeUndefined();
  });

  it('matches a clause within the queried one, and keeps to the named notice', () => {
    expect(labelMatch(label('附件1 一 1'), label('附件1 一 1（2）'), Z)).toBe('within');
    expect(labelMatch(label('附件1 一 1（2）'), label('附件1 一 1'), Z)).toBeUndefined();
    const zOnly = parseClauseLabel(`${Z} 附件1 二 4`, [Z]) ?? { path: [] };
    expect(labelMatch(zOnly, label('附件1 二 4'), Z)).toBe('same');
    expect(labelMatch(zOnly, label('附件 二 4'), H)).toBeUndefined();
  });
});

describe('citationPattern', () => {
  it('finds a citation of the clause in other text, and no numeral running on', () => {
    const p = citationPattern(parseClauseLabel('附件1二4') ?? { path: [] });
    expect(p.test(`按${Z} 附件1 二 4逐年折算学时`)).toBe(true);
    expect(p.test('附件1 二 41')).toBe(false);
    expect(p.test('附件12 二 4')).toBe(false);
    const q = citationPattern(parseClauseLabel('二（一）') ?? { path: [] });
    expect(q.test('7月15日至8月16日前（通知 二（一））。')).toBe(true);
    expect(q.test('（二）一般不少于60学时')).toBe(false);
  });
});
