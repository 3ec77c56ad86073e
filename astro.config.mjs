// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import { unified } from '@astrojs/markdown-remark';
import { rehypeExternalLinks } from './src/lib/content/rehype-external-links.ts';
import { remarkClauseAnchors } from './src/lib/content/remark-clause-anchors.ts';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { modulePreloads } from './scripts/page-js.mjs';
import { TARGET_BOX_HASH } from './src/lib/content/target-box.mjs';
import { TEXT_SIZE_HASH } from './src/lib/content/text-size.mjs';
import { browserRuleCore, browserRuleData } from './src/lib/rules/browser-rule-data.mjs';
import { jsonModule } from './scripts/whole-round-data.mjs';

// SITE_BASE lets the same build be deployed under a sub-path, e.g. /jxjy/ on an existing site; SITE_OUT puts
// that build in its own folder (the e2e run builds both).
const base = process.env.SITE_BASE ?? '/';
const outDir = process.env.SITE_OUT ?? './dist';
/** A build into another folder keeps its own cache, so that the e2e run's two builds can run side by side. */
const cacheDir = process.env.SITE_OUT ? `./node_modules/.astro-${process.env.SITE_OUT.replace(/[^\w-]/g, '')}` : undefined;
/** Build target: Chromium 87+ and Safari 14+ (the same list as scripts/check-browsers.mjs checks). */
const BROWSER_TARGET = ['chrome87', 'safari14'];

/**
 * After the build, a page with an island lists the modules its islands and scripts import at start as
 * <link rel="modulepreload"> at the end of <head>: the browser fetches them all at once as soon as the HTML arrives,
 * instead of discovering them one import level per round trip (Astro loads an island's component only when the
 * island runs, and each chunk's imports only once that chunk has arrived). In <head> because nothing else is fetched
 * before the first paint (the stylesheets and the 字号 script are inline): placed before the first island, the parser
 * reached them only after its first paint, at about 0.5 s (4× CPU, slow 4G); in <head> they start at about 0.25 s.
 * Measured on /calculator/ (8 first visits each, 4× CPU, slow 4G): island ready 1.47 → 1.30 s (medians), the largest
 * paint 0.48 → 0.54 s. They carry fetchpriority="high": without it Chromium held them back until about the first
 * paint. Browsers without the attribute ignore it. Pages without an island are left alone (their scripts run after
 * the page has loaded). The list comes from the built files (scripts/page-js.mjs).
 * @type {import('astro').AstroIntegration}
 */
const preloadModules = {
  name: 'preload-modules',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      const root = fileURLToPath(dir);
      const siteBase = base.replace(/\/?$/, '/');
      const preloads = modulePreloads(root, siteBase);
      const pages = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
      for (const page of pages) {
        const file = join(root, page);
        const html = await readFile(file, 'utf8');
        const path = siteBase + relative(root, file).split('\\').join('/').replace(/(^|\/)index\.html$/, '$1');
        if (!html.includes('<astro-island')) continue;
        const at = html.indexOf('</head>');
        const links = preloads(html, path).map((url) => `<link rel="modulepreload" fetchpriority="high" href="${url}">`).join('');
        await writeFile(file, html.slice(0, at) + links + html.slice(at));
      }
    },
  },
};

/**
 * The calculator's own start-up code (its components, state, drafts storage) in one file rather than a dozen: one
 * request each, and gzip/brotli compress better across one file. Only what the page needs at start ('$initial');
 * the parts loaded on use keep their own files. Its dependencies (Svelte, the engine and the default rules, which
 * the batch page shares) stay in their shared chunks.
 * @type {import('rolldown').CodeSplittingGroup}
 */
const calculatorChunk = {
  name: 'calculator',
  // The batch page imports the draft reader (read-draft, migrations) and the engine itself: those stay shared.
  // clone-data (structuredClone's fallback) and within (a time limit on a request) have no other user: in its own
  // file clone-data cost a request and 109 B brotli. Nor has the default round's bundled copy (default-round.ts and
  // its `?core` data).
  test: (id) => /[\\/]src[\\/](?:components[\\/]calculator|lib[\\/]drafts)[\\/]|[\\/]src[\\/]lib[\\/](?:compat[\\/]clone-data|within|rules[\\/]default-round)\.ts$|\.json\?core$|[\\/]node_modules[\\/]idb-keyval[\\/]/.test(id) && !/[\\/](?:read-draft|migrations)\.ts$/.test(id),
  tags: ['$initial'],
  includeDependenciesRecursively: false,
};

/** Applies calculatorChunk to the browser build only (the server build keeps its entries' exact exports). */
const calculatorChunkPlugin = {
  name: 'calculator-chunk',
  /** @param {string} name */
  configEnvironment(name) {
    if (name !== 'client') return undefined;
    // Without its dependencies, the group needs entries that may export more than they declare.
    return { build: { rolldownOptions: { preserveEntrySignatures: /** @type {const} */ ('allow-extension'), output: { codeSplitting: { groups: [calculatorChunk] } } } } };
  },
};

/**
 * V8's compile hint for the code the calculator runs as it starts (its own chunk and Svelte's runtime): the magic
 * comment `//# allFunctionsCalledOnLoad` at the top of a file makes Chromium (136 and later) compile all of its
 * functions while the file downloads, on a background thread, instead of each one on the main thread at its first
 * call, in the island's hydration. Measured on /calculator/ (Lighthouse, simulated 4× CPU): the hydration task
 * 111–135 → 63–98 ms, total blocking time 64–99 → 27–60 ms (5 runs). Other browsers read a comment. Added last, after
 * minification (which would drop it) and Vite's own first line (the preload list).
 */
const HINT = '//# allFunctionsCalledOnLoad\n';
const svelteRuntime = /[\\/]node_modules[\\/]svelte[\\/]src[\\/]internal[\\/]client[\\/]/;
/** @param {{ name: string, moduleIds: readonly string[] }} chunk */
const hinted = (chunk) => chunk.name === calculatorChunk.name || chunk.moduleIds.some((id) => svelteRuntime.test(id));
const compileHintsPlugin = {
  name: 'compile-hints',
  /** @param {{ name: string }} environment */
  applyToEnvironment: (environment) => environment.name === 'client',
  // The file's name changes with the hint, as with any other content (the files are cached as immutable).
  /** @param {{ name: string, moduleIds: readonly string[] }} chunk */
  augmentChunkHash: (chunk) => (hinted(chunk) ? HINT : undefined),
  generateBundle: {
    order: /** @type {const} */ ('post'),
    /** @param {unknown} _ @param {import('rolldown').OutputBundle} bundle */
    handler(_, bundle) {
      for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk' && hinted(chunk)) chunk.code = HINT + chunk.code;
    },
  },
};

/**
 * The rule data in the browser: without the parts only server-rendered pages read. Imported with `?core` (the
 * calculator's bundled default round), also without the notes and materials lists its first screen does not show;
 * the server build gets the whole file there (src/lib/rules/browser-rule-data.mjs).
 */
const browserRulesPlugin = {
  name: 'browser-rules',
  enforce: /** @type {const} */ ('pre'),
  transform: {
    filter: { id: /[\\/]content[\\/]rules[\\/][^\\/]+\.json(?:\?core)?$/ },
    /** @this {{ environment: { name: string } }} @param {string} code @param {string} id */
    handler(code, id) {
      const client = this.environment.name === 'client';
      if (id.endsWith('?core')) return jsonModule(client ? browserRuleCore(code) : code);
      return client ? { code: browserRuleData(code), map: null } : undefined;
    },
  },
};

export default defineConfig({
  output: 'static',
  base,
  outDir,
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'ignore',
  integrations: [svelte(), preloadModules],
  // Every page's stylesheets inline in its <head>: a first visit paints without waiting for a stylesheet's round trip,
  // and the parser (held at each classic script until the stylesheets above it have arrived) runs straight through.
  // Measured on /calculator/ with the 字号 script also inline (8 first visits each, 4× CPU, slow 4G): the largest
  // paint 0.75 → 0.48 s, island ready 1.72 → 1.48 s (medians); the page's HTML 8.0 → 12.5 KB brotli. Repeat visits
  // lose little: the service worker serves every page from its cache after the first visit. A page's sheets are merged
  // in the order Astro gives them, which follows the positions of the imports (global.css before a page's own: the
  // printed bases and checklists check it, tests/e2e/support/print.ts).
  build: { format: 'directory', inlineStylesheets: 'always' },
  // A strict Content-Security-Policy as a <meta> on every page: Astro hashes the scripts and styles it emits (island
  // hydration, page scripts, scoped styles) into script-src/style-src, so nothing else inline can run or apply.
  // frame-ancestors cannot be set by a meta tag: the host's headers carry it (README, Deploying).
  security: {
    csp: {
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "connect-src 'self'"],
      // Our own inline scripts, by their hashes: the notices' clause box (src/lib/content/target-box.mjs) and the 字号
      // script on every page (src/lib/content/text-size.js).
      scriptDirective: { resources: ["'self'"], hashes: [TARGET_BOX_HASH, TEXT_SIZE_HASH] },
    },
  },
  // The remark pipeline (not Astro 7's default Sätteri) because the clause-anchor plugin is a remark plugin;
  // SmartyPants off: the notices' quotation marks stay as written. Outbound links are marked as on the guides page.
  // No syntax highlighting: the notices have no code, and Shiki's inline styles would break the CSP.
  // The browsers people here use (README, Supported browsers): domestic desktop browsers on Chromium 87–93 (奇安信 90,
  // UOS 93, 360's Chromium mode), WeChat's built-in browser, Safari 14+ on iPhones. Vite lowers newer syntax (private
  // class fields and methods, static blocks, top-level await) and CSS (nesting) to this target; `npm run build`
  // then checks dist/ with es-check (scripts/check-browsers.mjs). Browser APIs newer than the target have fallbacks.
  // The batch page's worker is bundled on its own, without these plugins: it reads each round's whole file, and its
  // exports' 规则数据版本, computed there from the data, is the build's (round-entry.ts) only from the whole file.
  vite: { build: { target: BROWSER_TARGET, cssTarget: BROWSER_TARGET }, plugins: [browserRulesPlugin, calculatorChunkPlugin, compileHintsPlugin] },
  markdown: { syntaxHighlight: false, processor: unified({ remarkPlugins: [remarkClauseAnchors], rehypePlugins: [rehypeExternalLinks], smartypants: false }) },
});
