// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import { unified } from '@astrojs/markdown-remark';
import { rehypeExternalLinks } from './src/lib/content/rehype-external-links.ts';
import { remarkClauseAnchors } from './src/lib/content/remark-clause-anchors.ts';

// SITE_BASE lets the same build be deployed under a sub-path, e.g. /jxjy/ on an existing site; SITE_OUT puts
// that build in its own folder (the e2e run builds both).
const base = process.env.SITE_BASE ?? '/';
const outDir = process.env.SITE_OUT ?? './dist';
/** Build target: Chromium 87+ and Safari 14+ (the same list as scripts/check-browsers.mjs checks). */
const BROWSER_TARGET = ['chrome87', 'safari14'];

export default defineConfig({
  output: 'static',
  base,
  outDir,
  trailingSlash: 'ignore',
  integrations: [svelte()],
  build: { format: 'directory' },
  // A strict Content-Security-Policy as a <meta> on every page: Astro hashes the scripts and styles it emits (island
  // hydration, page scripts, scoped styles) into script-src/style-src, so nothing else inline can run or apply.
  // frame-ancestors cannot be set by a meta tag: the host's headers carry it (README, Deploying).
  security: {
    csp: {
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "connect-src 'self'"],
      scriptDirective: { resources: ["'self'"] },
    },
  },
  // The remark pipeline (not Astro 7's default Sätteri) because the clause-anchor plugin is a remark plugin;
  // SmartyPants off: the notices' quotation marks stay as written. Outbound links are marked as on the guides page.
  // No syntax highlighting: the notices have no code, and Shiki's inline styles would break the CSP.
  // The browsers people here use (README, Supported browsers): domestic desktop browsers on Chromium 87–93 (奇安信 90,
  // UOS 93, 360's Chromium mode), WeChat's built-in browser, Safari 14+ on iPhones. Vite lowers newer syntax (private
  // class fields and methods, static blocks, top-level await) and CSS (nesting) to this target; `npm run build`
  // then checks dist/ with es-check (scripts/check-browsers.mjs). Browser APIs newer than the target have fallbacks.
  vite: { build: { target: BROWSER_TARGET, cssTarget: BROWSER_TARGET } },
  markdown: { syntaxHighlight: false, processor: unified({ remarkPlugins: [remarkClauseAnchors], rehypePlugins: [rehypeExternalLinks], smartypants: false }) },
});
