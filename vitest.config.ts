import { readdirSync, readFileSync } from 'node:fs';
import { sep } from 'node:path';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { wholeRoundData } from './scripts/whole-round-data.mjs';

/**
 * Test files that replace a module (vi.mock) or start a fresh module graph (vi.resetModules): either would reach
 * every later file of a worker that shares modules, so these run isolated. Found by reading the files, so that a new
 * one cannot be forgotten.
 */
const MOCKING = readdirSync('tests/unit', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.test.ts') && !/^(?:calculator|hostile)[\\/]/.test(f))
  .map((f) => `tests/unit/${f.split(sep).join('/')}`)
  .filter((f) => /\bvi\.(?:(?:do)?[mM]ock|resetModules)\(/.test(readFileSync(f, 'utf8')));

export default defineConfig({
  test: {
    setupFiles: ['fake-indexeddb/auto', 'tests/setup/all-rule-sets.ts'],
    projects: [
      {
        // The calculator's state classes (.svelte.ts) need the Svelte compiler and Svelte's browser runtime
        // (its server build does not track $derived), which resolves packages with the `browser` condition.
        plugins: [wholeRoundData, svelte(), svelteTesting({ autoCleanup: false })],
        // The hostile-input suite drives the page's draft session too, so it runs here.
        test: { name: 'calculator', include: ['tests/unit/calculator/**/*.test.ts', 'tests/unit/hostile/**/*.test.ts'], setupFiles: ['fake-indexeddb/auto', 'tests/setup/all-rule-sets.ts'], benchmark: { include: ['tests/unit/calculator/**/*.bench.ts'] } },
      },
      {
        // Everything else runs as at build time, in plain Node: the Markdown tools' `browser` builds need a DOM.
        // One module graph per worker across files (isolate: false): 85 s for the whole unit run became 53 s on this
        // 2-core machine, most of a file's cost being its imports and the setup files. A file that mocks a module
        // runs in a project of its own, isolated, below.
        plugins: [wholeRoundData],
        test: { name: 'node', isolate: false, include: ['tests/unit/**/*.test.ts'], exclude: ['tests/unit/calculator/**', 'tests/unit/hostile/**', ...MOCKING], setupFiles: ['fake-indexeddb/auto', 'tests/setup/all-rule-sets.ts'], benchmark: { include: ['tests/bench/**/*.bench.ts'] } },
      },
      {
        plugins: [wholeRoundData],
        test: { name: 'node-isolated', include: MOCKING, setupFiles: ['fake-indexeddb/auto', 'tests/setup/all-rule-sets.ts'] },
      },
    ],
  },
});
