/**
 * Record ids and IndexedDB keys. The site stores every draft under a string key, its id; but a database may hold
 * records under other keys (numbers, dates, binary, arrays: any IDBValidKey), written by hand, by an extension or
 * by some future build. Each key gets an id the page can use like any other, and the id leads back to the key, so
 * such a record can be listed, opened, saved, downloaded and deleted.
 */

/** First character of an id that stands for a key other than a plain string. No id the site makes starts with it. */
const MARK = '~';

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * The id of the record stored under `key`: the key itself for a string (every key the site writes), else a text
 * that names the key's type and value.
 * @example recordId('d-lx3k9d-4f2a') // 'd-lx3k9d-4f2a'
 * @example recordId(5) // '~n5'
 */
export function recordId(key: IDBValidKey): string {
  if (typeof key === 'string') return key.startsWith(MARK) ? `${MARK}s${key}` : key;
  if (typeof key === 'number') return `${MARK}n${String(key)}`;
  if (key instanceof Date) return `${MARK}d${String(key.getTime())}`;
  if (Array.isArray(key)) return `${MARK}a${JSON.stringify(key.map(recordId))}`;
  if (ArrayBuffer.isView(key)) return `${MARK}b${hex(new Uint8Array(key.buffer, key.byteOffset, key.byteLength))}`;
  return `${MARK}b${hex(new Uint8Array(key as ArrayBuffer))}`;
}

/**
 * The IndexedDB key of a record id (recordId's inverse). An id that no key gives is returned as it is: reading
 * under it finds nothing, as for a draft deleted meanwhile.
 * @example recordKey('~n5') // 5
 */
export function recordKey(id: string): IDBValidKey {
  if (!id.startsWith(MARK)) return id;
  const body = id.slice(2);
  switch (id[1]) {
    case 's':
      return body;
    case 'n': {
      const n = Number(body);
      return body !== '' && !Number.isNaN(n) ? n : id;
    }
    case 'd': {
      const time = Number(body);
      return body !== '' && Number.isFinite(time) ? new Date(time) : id;
    }
    case 'b': {
      if (!/^(?:[0-9a-f]{2})*$/.test(body)) return id;
      const bytes = new Uint8Array(body.length / 2);
      for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(body.slice(i * 2, i * 2 + 2), 16);
      return bytes.buffer;
    }
    case 'a': {
      try {
        const items: unknown = JSON.parse(body);
        if (Array.isArray(items) && items.every((item) => typeof item === 'string')) return items.map((item: string) => recordKey(item));
      } catch {
        // Not an id this module made: fall through.
      }
      return id;
    }
    default:
      return id;
  }
}
