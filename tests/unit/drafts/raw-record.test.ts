/** 下载原始数据 gives readable JSON for any value IndexedDB can hold, and never throws. */
import { describe, expect, it } from 'vitest';
import { rawRecordFileName, rawRecordJson } from '../../../src/lib/drafts';
import { caseDraft } from './fixtures';

const parsed = (value: unknown) => JSON.parse(rawRecordJson(value)) as unknown;

describe('rawRecordJson', () => {
  it('writes a stored record that JSON can hold exactly as JSON.stringify would', () => {
    const record = { recordVersion: 1, id: 'd1', name: '我的测算', revision: 3, draft: caseDraft() };
    expect(rawRecordJson(record)).toBe(`${JSON.stringify(record, null, 2)}\n`);
  });

  it('marks a cycle with the path of the object it leads back to', () => {
    const record: Record<string, unknown> = { name: '循环', draft: { activities: [] as unknown[] } };
    (record['draft'] as { activities: unknown[] }).activities.push(record);
    expect(parsed(record)).toEqual({ name: '循环', draft: { activities: [{ $ref: '$' }] } });
  });

  it('writes an object stored in two places once, so that a small value cannot grow exponentially', () => {
    let node: Record<string, unknown> = { leaf: true };
    for (let i = 0; i < 64; i++) node = { a: node, b: node };
    const text = rawRecordJson(node);
    expect(text.length).toBeLessThan(50_000);
    expect(parsed({ x: node })).toMatchObject({ x: { b: { $ref: '$.x.a' } } });
  });

  it('writes BigInt as a string and describes NaN, Infinity and undefined', () => {
    expect(parsed({ revision: 12345678901234567890n, hours: NaN, days: -Infinity, title: undefined, list: [undefined] })).toEqual({
      revision: { $type: 'bigint', value: '12345678901234567890' },
      hours: { $type: 'number', value: 'NaN' },
      days: { $type: 'number', value: '-Infinity' },
      title: { $type: 'undefined' },
      list: [{ $type: 'undefined' }],
    });
  });

  it('describes Map, Set, Date, RegExp, Error and boxed values with their contents', () => {
    expect(
      parsed({
        map: new Map<unknown, unknown>([['a', 1], [2, new Date(0)]]),
        set: new Set([1, 'x']),
        when: new Date(Date.UTC(2024, 0, 2)),
        never: new Date(NaN),
        pattern: /a+/g,
        error: new RangeError('太大'),
        boxed: Object(5n),
      }),
    ).toEqual({
      map: { $type: 'Map', entries: [['a', 1], [2, { $type: 'Date', value: '1970-01-01T00:00:00.000Z' }]] },
      set: { $type: 'Set', values: [1, 'x'] },
      when: { $type: 'Date', value: '2024-01-02T00:00:00.000Z' },
      never: { $type: 'Date', value: 'Invalid Date' },
      pattern: { $type: 'RegExp', value: '/a+/g' },
      error: { $type: 'Error', name: 'RangeError', message: '太大' },
      boxed: { $type: 'BigInt', value: { $type: 'bigint', value: '5' } },
    });
  });

  it('describes binary data by type and size, listing at most 1000 items of a typed array', () => {
    const out = parsed({ bytes: new Uint8Array([1, 2, 3]), big: new Float64Array(5000), wide: new BigInt64Array([1n]), buffer: new ArrayBuffer(8), view: new DataView(new ArrayBuffer(4)), blob: new Blob(['abc'], { type: 'text/plain' }) }) as Record<string, Record<string, unknown>>;
    expect(out['bytes']).toEqual({ $type: 'Uint8Array', length: 3, values: [1, 2, 3] });
    expect(out['big']).toMatchObject({ $type: 'Float64Array', length: 5000, note: '只列出前 1000 个' });
    expect(out['big']?.['values']).toHaveLength(1000);
    expect(out['wide']).toEqual({ $type: 'BigInt64Array', length: 1, values: ['1'] });
    expect(out['buffer']).toEqual({ $type: 'ArrayBuffer', byteLength: 8 });
    expect(out['view']).toEqual({ $type: 'DataView', byteLength: 4 });
    expect(out['blob']).toEqual({ $type: 'Blob', size: 3, type: 'text/plain' });
  });

  it('keeps a __proto__ key as a key, without touching any prototype', () => {
    const record = JSON.parse('{"__proto__": {"polluted": true}, "name": "x"}') as unknown;
    expect(rawRecordJson(record)).toContain('"__proto__": {');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('lists only the items of a sparse array that claims billions of them', () => {
    const sparse: unknown[] = [];
    sparse[3] = 'x';
    sparse.length = 4_000_000_000;
    expect(parsed({ sparse })).toEqual({ sparse: { $type: 'sparse-array', length: 4_000_000_000, items: { 3: 'x' } } });
  });

  it('stops at 200 levels of nesting instead of overflowing the stack', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(rawRecordJson(deep)).toContain('"$type": "too-deep"');
  });

  it('describes a value it cannot read instead of throwing', () => {
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('no'); } });
    expect(parsed({ hostile, fn: () => 1, sym: Symbol('s') })).toEqual({ hostile: { $type: 'unreadable' }, fn: { $type: 'function' }, sym: { $type: 'symbol' } });
  });
});

describe('rawRecordFileName', () => {
  it('names the file after the record id without characters that file systems refuse', () => {
    expect(rawRecordFileName('d-1')).toBe('继续教育学时测算-无法读取的草稿-d-1.json');
    expect(rawRecordFileName('~a["~n1"]')).toBe('继续教育学时测算-无法读取的草稿-~a[~n1].json');
    expect(rawRecordFileName('///')).toBe('继续教育学时测算-无法读取的草稿-未命名.json');
  });
});
