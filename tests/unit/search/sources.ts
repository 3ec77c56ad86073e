/** The search index built from the content sources as the /search-index.json endpoint builds it, for unit tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sortBases } from '../../../src/lib/content/bases';
import { roundsCurrentFirst } from '../../../src/lib/content/rounds';
import { ruleSets } from '../../../src/lib/rules';
import { buildSearchIndex, type BaseRow, type NoticeText } from '../../../src/lib/search/documents';
import type { SearchIndex } from '../../../src/lib/search/engine';

/** Frontmatter field of a Markdown file (one line, plain value). */
function field(source: string, name: string): string | undefined {
  return new RegExp(`^${name}:\\s*(.+)$`, 'm').exec(source)?.[1]?.trim();
}

/** Every notice text under content/notices, as NoticeText, the current round first and attachments in order. */
export function noticeTexts(): NoticeText[] {
  const files = readdirSync('content/notices').filter((f) => f.endsWith('.md'));
  const rounds = roundsCurrentFirst(ruleSets);
  return rounds.flatMap((ruleSet) => {
    const own = files.map((f) => readFileSync(join('content/notices', f), 'utf8')).filter((s) => field(s, 'notice') === ruleSet.id);
    const attachments = own.filter((s) => field(s, 'kind') === 'attachment').length;
    return own
      .map((s) => {
        const number = field(s, 'number');
        const body = s.replace(/^---\n[\s\S]*?\n---\n/, '');
        return { notice: ruleSet.id, docNumber: ruleSet.docNumber, current: ruleSet.current, ...(number === undefined ? {} : { number: Number(number) }), attachments, title: field(s, 'title') ?? '', body };
      })
      .sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
  });
}

/** The whole index, as the endpoint writes it. */
export function indexFromSources(): SearchIndex {
  const bases = sortBases(JSON.parse(readFileSync('content/bases/zhuzhou-2024.json', 'utf8')) as BaseRow[]);
  return buildSearchIndex(noticeTexts(), roundsCurrentFirst(ruleSets), bases);
}
