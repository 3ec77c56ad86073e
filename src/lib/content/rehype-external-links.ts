/**
 * Outbound links say so in words and send no referrer: on the notice pages (a rehype plugin in the Markdown
 * pipeline, astro.config.mjs) and on the guides page, which renders the same attachments itself (guides.ts).
 */
import type { ElementContent, Root, RootContent } from 'hast';

/** Marks every http(s) link in the tree: rel="noopener noreferrer" and （外部网站） after its text. */
export function markExternalLinks(node: Root | RootContent | ElementContent): void {
  if (node.type === 'element' && node.tagName === 'a' && /^https?:\/\//.test(String(node.properties['href'] ?? ''))) {
    node.properties['rel'] = ['noopener', 'noreferrer'];
    node.children.push({ type: 'text', value: '（外部网站）' });
    return;
  }
  if ('children' in node) for (const child of node.children) markExternalLinks(child);
}

/** The rehype plugin. */
export function rehypeExternalLinks() {
  return (tree: Root) => markExternalLinks(tree);
}
