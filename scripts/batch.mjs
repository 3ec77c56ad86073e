#!/usr/bin/env node
/**
 * The batch check on the command line (issue 12): the page's own TypeScript (src/lib/batch, the engine, the rule
 * data) loaded through Vite's SSR module loader, so Node runs exactly the code the page's worker runs.
 * Run: `npm run batch -- file.xlsx --round zhuzhou-2024 --out results.xlsx` (Node ≥ 22.12; npm scripts use Node 24).
 */
import { createServer } from 'vite';
import { wholeRoundData } from './whole-round-data.mjs';

/** Loads a module of the site's source in Node; close the returned server when done. */
export async function loadSource(path) {
  const server = await createServer({ root: process.cwd(), configFile: false, plugins: [wholeRoundData], logLevel: 'error', server: { middlewareMode: true, hmr: false, ws: false, watch: null }, appType: 'custom', optimizeDeps: { noDiscovery: true, include: [] } });
  return { module: await server.ssrLoadModule(path), close: () => server.close() };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { module, close } = await loadSource('/src/lib/batch/cli.ts');
  try {
    process.exitCode = await module.main(process.argv.slice(2));
  } finally {
    await close();
  }
}
