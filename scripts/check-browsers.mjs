#!/usr/bin/env node
/**
 * After the build: checks that every script the site ships parses and uses only language features of the browsers
 * it supports (Chromium 87+, Safari 14+ on Mac and iPhone; README, Supported browsers), with es-check: the bundles
 * in _astro/, the service worker, and the small scripts Astro writes inline into pages.
 * Browser APIs (BroadcastChannel, CompressionStream, structuredClone) are not language features: their fallbacks
 * are tested in tests/unit (share/deflate-fallback, drafts/draft-channel, compat/clone-data).
 * Run: `node scripts/check-browsers.mjs [dist]` (part of `npm run build`); exits non-zero on the first problem.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The supported browsers, as browserslist reads them (the same as astro.config.mjs's build target). */
export const SUPPORTED_BROWSERS = 'chrome >= 87, safari >= 14, ios_saf >= 14';

/**
 * Features es-check reports that are not used unguarded, each checked by hand in the built files:
 * - Uint8ArrayToHex: jsPDF's colour parser (RGBColor) has its own `toHex()` method; es-check takes any call of a
 *   method of that name for Uint8Array.prototype.toHex.
 */
const IGNORED_FEATURES = ['Uint8ArrayToHex'];
/**
 * Astro's island loader (`astro-island`, written inline into the calculator page, not built by Vite) calls
 * Object.hasOwn only for an island whose `component-export` names a path with a dot; checked below that no page has
 * one (the calculator's is "default").
 */
const ISLAND_LOADER_FEATURES = ['ObjectHasOwn'];

function* files(dir, test) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path, test);
    else if (test(entry.name)) yield path;
  }
}

/** Inline <script> bodies that the browser runs (module or classic), not data blocks such as JSON-LD. */
function inlineScripts(html) {
  const out = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    if (/\bsrc\s*=/i.test(attrs) || (m[2] ?? '').trim() === '') continue;
    if (type !== undefined && type !== 'module' && type !== 'text/javascript') continue;
    out.push(m[2]);
  }
  return out;
}

function esCheck(targets, ignored) {
  const bin = join(process.cwd(), 'node_modules', '.bin', 'es-check');
  const args = ['checkBrowser', ...targets, '--module', '--checkFeatures', `--browserslistQuery=${SUPPORTED_BROWSERS}`, `--ignore=${ignored.join(',')}`, '--noColor', '--quiet'];
  return spawnSync(bin, args, { stdio: 'inherit' }).status ?? 1;
}

function main() {
  const dist = process.argv[2] ?? process.env.SITE_OUT ?? 'dist';
  const scratch = mkdtempSync(join(tmpdir(), 'check-browsers-'));
  try {
    const bundles = [...files(dist, (name) => name.endsWith('.js') || name.endsWith('.mjs'))];
    const inline = [];
    const loaders = [];
    const seen = new Set();
    for (const page of files(dist, (name) => name.endsWith('.html'))) {
      const html = readFileSync(page, 'utf8');
      const dotted = /component-export="[^"]*\./.exec(html);
      if (dotted) {
        console.error(`${page}: an island with ${dotted[0]}…" makes Astro's loader call Object.hasOwn (Chromium 93+, Safari 15.4+).`);
        process.exit(1);
      }
      for (const body of inlineScripts(html)) {
        if (seen.has(body)) continue;
        seen.add(body);
        const out = join(scratch, `${relative(dist, page).replace(/[\\/]/g, '_')}.${seen.size}.js`);
        writeFileSync(out, body);
        (body.includes('customElements.define("astro-island"') ? loaders : inline).push(out);
      }
    }
    const status = Math.max(esCheck([...bundles, ...inline], IGNORED_FEATURES), loaders.length > 0 ? esCheck(loaders, [...IGNORED_FEATURES, ...ISLAND_LOADER_FEATURES]) : 0);
    if (status !== 0) {
      console.error(`\nA script in ${dist}/ needs a browser newer than the supported ones (${SUPPORTED_BROWSERS}).`);
      process.exit(status);
    }
    console.log(`Browser check: ${bundles.length} script files and ${inline.length + loaders.length} distinct inline scripts in ${dist}/ run in ${SUPPORTED_BROWSERS}.`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
