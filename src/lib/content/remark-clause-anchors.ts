/**
 * Remark plugin: a heading or paragraph that starts with `{#id}` gets that id, so clause anchors are written
 * once in the notice text and never change when the wording is edited. The marker itself is removed.
 */

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  data?: { hProperties?: Record<string, unknown> };
}

const MARKER = /^\{#([a-z0-9][a-z0-9-]*)\}\s*/;

/** Reads and strips a leading `{#id}` from a heading or paragraph; returns the id. */
export function takeAnchor(node: MdNode): string | undefined {
  const first = node.children?.[0];
  if (first?.type !== 'text' || first.value === undefined) return undefined;
  const match = MARKER.exec(first.value);
  if (!match) return undefined;
  first.value = first.value.slice(match[0].length);
  return match[1];
}

function walk(node: MdNode, ids: Set<string>): void {
  if (node.type === 'heading' || node.type === 'paragraph') {
    const id = takeAnchor(node);
    if (id !== undefined) {
      if (ids.has(id)) throw new Error(`条款锚点重复：${id}`);
      ids.add(id);
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id, 'data-clause': id } };
    }
  }
  for (const child of node.children ?? []) walk(child, ids);
}

/** The plugin; duplicate ids in one file fail the build. */
export function remarkClauseAnchors() {
  // The tree is mdast; only the few properties in MdNode are read or written.
  return (tree: unknown) => walk(tree as MdNode, new Set());
}

/** A `{#id}` marker at the start of a heading, list item or paragraph line, with the space after it. */
const LINE_MARKER = /^(?:#{1,6}\s+|\s*(?:[-*]|\d+\.)\s+)?\{#([a-z0-9][a-z0-9-]*)\}\s*/;

/** Every `{#id}` anchor in a Markdown source, in order, with the text of its line after the marker. */
export function anchorLines(source: string): { id: string; text: string }[] {
  const out: { id: string; text: string }[] = [];
  for (const line of source.split('\n')) {
    const m = LINE_MARKER.exec(line);
    if (m?.[1]) out.push({ id: m[1], text: line.slice(m[0].length) });
  }
  return out;
}

/** All `{#id}` anchors in a Markdown source, in order (for tests and link checks). */
export function anchorsInMarkdown(source: string): string[] {
  return anchorLines(source).map((a) => a.id);
}
