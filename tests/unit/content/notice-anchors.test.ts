/** Clause anchors of the notice pages: unique, well-formed, and every citation and shared link still lands on one. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorsInMarkdown } from '../../../src/lib/content/remark-clause-anchors';

const NOTICES = 'content/notices';
const RULES = 'content/rules';

/** The `notice:` field of a Markdown file's frontmatter. */
function noticeOf(source: string, file: string): string {
  const front = /^---\n([\s\S]*?)\n---/.exec(source)?.[1];
  const notice = front === undefined ? undefined : /^notice:\s*(\S+)\s*$/m.exec(front)?.[1];
  if (notice === undefined) throw new Error(`${file} 缺少 frontmatter 的 notice 字段`);
  return notice;
}

/** Every `{#…}` marker at the start of a heading, paragraph or list item, well-formed or not (anchorsInMarkdown skips bad ones). */
const rawMarkers = (source: string): string[] =>
  source.split('\n').flatMap((line) => /^(?:#{1,6}\s+|\s*(?:[-*]|\d+\.)\s+)?\{#([^}]*)\}/.exec(line)?.[1] ?? []);

/** Every anchor per notice page (the notice and its attachments together), with the file each came from. */
const pages = new Map<string, { id: string; file: string }[]>();
const markers = new Map<string, { id: string; file: string }[]>();
for (const file of readdirSync(NOTICES).filter((f) => f.endsWith('.md')).sort()) {
  const source = readFileSync(join(NOTICES, file), 'utf8');
  const notice = noticeOf(source, file);
  const list = pages.get(notice) ?? [];
  list.push(...anchorsInMarkdown(source).map((id) => ({ id, file })));
  pages.set(notice, list);
  markers.set(notice, [...(markers.get(notice) ?? []), ...rawMarkers(source).map((id) => ({ id, file }))]);
}
const idsOn = (notice: string): Set<string> => new Set((pages.get(notice) ?? []).map((a) => a.id));

interface Cite {
  anchor: string;
  clause: string;
  notice?: string;
}

/** Every object with `cite.anchor` in a rule set, with its JSON path for the message. */
function citations(node: unknown, path: string, out: { path: string; cite: Cite }[] = []): { path: string; cite: Cite }[] {
  if (Array.isArray(node)) node.forEach((child, i) => citations(child, `${path}[${i}]`, out));
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'cite' && value !== null && typeof value === 'object' && typeof (value as Cite).anchor === 'string') out.push({ path: `${path}.cite`, cite: value as Cite });
      citations(value, `${path}.${key}`, out);
    }
  }
  return out;
}

const ruleSets = readdirSync(RULES)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((file) => {
    const data = JSON.parse(readFileSync(join(RULES, file), 'utf8')) as { id: string };
    return { file, id: data.id, citations: citations(data, data.id) };
  });

/** Ids people have already shared or that other pages link to; renaming one breaks their links. */
const frozen: Record<string, string[]> = {
  'zhuzhou-2024': ['tz-1-2', 'tz-2', 'tz-2-1', 'fj1', 'fj1-1-1', 'fj1-2-1', 'fj1-2-4', 'fj2', 'fj2-s7', 'fj3', 'fj4', 'fj5', 'fj6'],
  'hunan-2020': ['tz-1-2', 'tz-3', 'tz-3-1', 'tz-4-3', 'fj1', 'fj1-1-1', 'fj1-2-1', 'fj1-2-4'],
};

describe('notice clause anchors', () => {
  it('finds both notice pages and their anchors', () => {
    expect([...pages.keys()].sort()).toEqual(['hunan-2020', 'zhuzhou-2024']);
    for (const [notice, anchors] of pages) expect(anchors.length, notice).toBeGreaterThan(10);
  });

  it.each([...pages.keys()])('gives every clause on the %s page a unique id, across the notice and its attachments', (notice) => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const { id, file } of pages.get(notice) ?? []) {
      const first = seen.get(id);
      if (first !== undefined) duplicates.push(`${id}（${first} 与 ${file}）`);
      else seen.set(id, file);
    }
    expect(duplicates, `${notice} 页面上重复的锚点：${duplicates.join('；')}`).toEqual([]);
  });

  it.each([...pages.keys()])('writes every id on the %s page in lower-case letters, digits and hyphens', (notice) => {
    const bad = (markers.get(notice) ?? []).filter(({ id }) => !/^[a-z0-9][a-z0-9-]*$/.test(id)).map(({ id, file }) => `${file}: ${id}`);
    expect(bad, `不合格的锚点：${bad.join('；')}`).toEqual([]);
  });

  it.each(ruleSets.map((r) => [r.id, r] as const))('finds every citation anchor of the %s rule set on its notice page', (_id, ruleSet) => {
    expect(ruleSet.citations.length).toBeGreaterThan(10);
    const missing = ruleSet.citations
      .filter(({ cite }) => !idsOn(cite.notice ?? ruleSet.id).has(cite.anchor))
      .map(({ path, cite }) => `${ruleSet.file} ${path}: ${cite.clause} → /notices/${cite.notice ?? ruleSet.id}/#${cite.anchor} 不存在`);
    expect(missing, missing.join('；')).toEqual([]);
  });

  it.each(Object.entries(frozen))('keeps the well-known ids of %s, which people may have shared', (notice, ids) => {
    const present = idsOn(notice);
    const gone = ids.filter((id) => !present.has(id)).map((id) => `/notices/${notice}/#${id} 已不存在`);
    expect(gone, gone.join('；')).toEqual([]);
  });
});
