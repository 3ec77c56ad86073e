/**
 * 下载原始数据: a stored value as JSON text, whatever it is. IndexedDB keeps anything the structured clone algorithm
 * can copy — cycles, shared objects, BigInt, NaN, undefined, Map, Set, Date, typed arrays, Blob — and
 * JSON.stringify throws on some of these and silently drops others. Here every value becomes plain JSON: what JSON
 * can say is kept as it is, the rest is described by an object with a `$type` key, and an object met a second time
 * (a cycle, or one object stored in two places) becomes `{ "$ref": "<path of its first place>" }`.
 */

/** Deeper than this, a value is described instead of walked (JSON.stringify would overflow the stack). */
const MAX_DEPTH = 200;
/** Items shown of a typed array; its length is always given. */
const MAX_TYPED_ITEMS = 1000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** An object without a prototype, so that a stored `__proto__` key is kept as a key and sets nothing. */
function described(type: string, fields: Record<string, Json> = {}): Json {
  return Object.assign(Object.create(null) as Record<string, Json>, { $type: type }, fields);
}

function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function tagOf(value: object): string {
  return Object.prototype.toString.call(value).slice(8, -1);
}

function walk(value: unknown, path: string, depth: number, seen: Map<object, string>): Json {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : described('number', { value: String(value) });
    case 'bigint':
      return described('bigint', { value: value.toString() });
    case 'undefined':
      return described('undefined');
    case 'symbol':
    case 'function':
      return described(typeof value);
  }
  if (value === null) return null;
  const object = value as object;
  const first = seen.get(object);
  if (first !== undefined) return Object.assign(Object.create(null) as Record<string, Json>, { $ref: first });
  if (depth >= MAX_DEPTH) return described('too-deep', { note: `嵌套超过 ${MAX_DEPTH} 层，未展开` });
  seen.set(object, path);
  const next = (child: unknown, key: string | number) => safeWalk(child, childPath(path, key), depth + 1, seen);

  if (Array.isArray(object)) {
    const keys = Object.keys(object);
    // A sparse array may claim a length of billions with a handful of items: list only the items it has.
    if (keys.length === object.length) return object.map((item, i) => next(item, i));
    const items = Object.create(null) as Record<string, Json>;
    for (const key of keys) if (/^\d+$/.test(key)) items[key] = next((object as unknown[])[Number(key)], Number(key));
    return described('sparse-array', { length: object.length, items });
  }
  const tag = tagOf(object);
  if (object instanceof Date || tag === 'Date') {
    const time = (object as Date).getTime();
    return described('Date', { value: Number.isNaN(time) ? 'Invalid Date' : (object as Date).toISOString() });
  }
  if (object instanceof Map) return described('Map', { entries: [...object].map(([k, v], i) => [next(k, `<key ${i}>`), next(v, `<value ${i}>`)]) });
  if (object instanceof Set) return described('Set', { values: [...object].map((v, i) => next(v, i)) });
  if (object instanceof RegExp) return described('RegExp', { value: String(object) });
  if (object instanceof Error) return described('Error', { name: String(object.name), message: String(object.message) });
  if (ArrayBuffer.isView(object)) {
    if (object instanceof DataView) return described('DataView', { byteLength: object.byteLength });
    const items = object as unknown as ArrayLike<number | bigint>;
    const shown = Array.from({ length: Math.min(items.length, MAX_TYPED_ITEMS) }, (_, i) => {
      const item = items[i] as number | bigint;
      return typeof item === 'bigint' ? item.toString() : Number.isFinite(item) ? item : String(item);
    });
    return described(tag, { length: items.length, values: shown, ...(items.length > MAX_TYPED_ITEMS ? { note: `只列出前 ${MAX_TYPED_ITEMS} 个` } : {}) });
  }
  if (object instanceof ArrayBuffer || tag === 'ArrayBuffer' || tag === 'SharedArrayBuffer') return described(tag, { byteLength: (object as ArrayBuffer).byteLength });
  if (typeof Blob !== 'undefined' && object instanceof Blob) {
    const file = typeof File !== 'undefined' && object instanceof File ? { name: object.name, lastModified: object.lastModified } : {};
    return described(tag, { size: object.size, type: object.type, ...file });
  }
  if (tag === 'Number' || tag === 'String' || tag === 'Boolean' || tag === 'BigInt') return described(tag, { value: next((object as { valueOf(): unknown }).valueOf(), 'value') });
  const proto: unknown = Object.getPrototypeOf(object);
  if (proto !== Object.prototype && proto !== null) return described(tag);
  const out = Object.create(null) as Record<string, Json>;
  for (const key of Object.keys(object)) out[key] = next((object as Record<string, unknown>)[key], key);
  return out;
}

function safeWalk(value: unknown, path: string, depth: number, seen: Map<object, string>): Json {
  try {
    return walk(value, path, depth, seen);
  } catch {
    return described('unreadable');
  }
}

/**
 * Any stored value as downloadable JSON text (2-space indent, final newline). Never throws.
 * @example rawRecordJson({ n: 10n, when: new Date(0) }) // '{\n  "n": {\n    "$type": "bigint",\n    "value": "10"\n  }, …'
 */
export function rawRecordJson(value: unknown): string {
  try {
    return `${JSON.stringify(safeWalk(value, '$', 0, new Map()), null, 2)}\n`;
  } catch {
    // Only a value too large for one string gets here.
    return `${JSON.stringify(described('too-large', { note: '数据过大，无法生成文本' }), null, 2)}\n`;
  }
}

/**
 * File name for the raw data of the record with id `id`: characters that file systems refuse are left out.
 * @example rawRecordFileName('~n5') // '继续教育学时测算-无法读取的草稿-~n5.json'
 */
export function rawRecordFileName(id: string): string {
  const safe = id.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '').slice(0, 60);
  return `继续教育学时测算-无法读取的草稿-${safe === '' ? '未命名' : safe}.json`;
}
