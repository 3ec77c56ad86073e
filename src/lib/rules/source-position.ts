/**
 * Where a value sits in a data file: the line and column of a path in a YAML or JSON text (JSON is YAML 1.2), so
 * that a wrong key in content/rules/*.json or *.cases.yaml is reported as `file:line:column`. Build time and tests only.
 */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';

/** A 1-based line and column. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** A parsed text with a way back from a path to its position. */
export interface LocatedDocument {
  /** The plain data (objects, arrays, strings, numbers, booleans). */
  data: unknown;
  /** Syntax errors, each with its position. */
  errors: { message: string; position: SourcePosition }[];
  /**
   * Position of the node at `path`, or of the key `key` in the map at `path`; falls back to the nearest ancestor
   * that exists (a missing field is reported at the object that lacks it).
   */
  locate(path: readonly PropertyKey[], key?: string): SourcePosition;
}

function child(node: unknown, segment: PropertyKey): { value: unknown; keyNode: unknown } | undefined {
  if (isSeq(node) && typeof segment === 'number') {
    const value = node.items[segment];
    return value === undefined ? undefined : { value, keyNode: undefined };
  }
  if (isMap(node)) {
    // Compared as text: a YAML key 2020 is a number, the path segment from a parsed object is the string "2020".
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
    return pair === undefined ? undefined : { value: pair.value, keyNode: pair.key };
  }
  return undefined;
}

/** Parses YAML (or JSON) keeping every node's position. */
export function parseLocated(text: string): LocatedDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const start = (node: unknown): number => ((node as Node | null)?.range?.[0] ?? 0);
  return {
    data: doc.errors.length === 0 ? doc.toJS({ maxAliasCount: 100 }) : undefined,
    errors: doc.errors.map((e) => ({ message: e.message.split('\n')[0] ?? e.message, position: at(e.pos[0]) })),
    locate(path, key) {
      let node: unknown = doc.contents;
      let keyNode: unknown;
      for (const segment of path) {
        const next = child(node, segment);
        if (next === undefined) return at(start(keyNode ?? node));
        node = next.value;
        keyNode = next.keyNode;
      }
      if (key !== undefined) {
        const named = child(node, key);
        if (named !== undefined) return at(start(named.keyNode));
      }
      return at(start(node ?? keyNode));
    },
  };
}

/** One schema problem as `file:line:column: path: message`, the form editors and CI logs link to. */
export function formatAt(file: string, position: SourcePosition, path: readonly PropertyKey[], message: string): string {
  const where = path.length > 0 ? `${path.map(String).join('.')}：` : '';
  return `${file}:${position.line}:${position.column}: ${where}${message}`;
}

/** The parts of a schema issue (zod's shape) that locating and wording it need. */
export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  /** For `unrecognized_keys`: the keys the schema does not know. */
  keys?: readonly string[];
}

/**
 * A schema issue as `file:line:column: path: message`, in Chinese for the issues data authors meet most: an unknown
 * key is placed on that key, a missing field on the object that lacks it.
 */
export function issueAt(file: string, doc: LocatedDocument, issue: SchemaIssue): string {
  if (issue.code === 'unrecognized_keys' && issue.keys !== undefined && issue.keys.length > 0) {
    const first = issue.keys[0] as string;
    return formatAt(file, doc.locate(issue.path, first), [...issue.path, first], `未知字段「${issue.keys.join('」「')}」（字段名写错了，或本格式没有此字段）`);
  }
  return formatAt(file, doc.locate(issue.path), issue.path, issue.message);
}
