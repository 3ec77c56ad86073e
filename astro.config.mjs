// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import { remarkClauseAnchors } from './src/lib/content/remark-clause-anchors.ts';

// SITE_BASE lets the same build be deployed under a sub-path, e.g. /jxjy/ on an existing site.
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
  output: 'static',
  base,
  trailingSlash: 'ignore',
  integrations: [svelte()],
  build: { format: 'directory' },
  markdown: { remarkPlugins: [remarkClauseAnchors] },
});
