import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

export default defineConfig({
  test: {
    setupFiles: ['fake-indexeddb/auto', 'tests/setup/all-rule-sets.ts'],
    projects: [
      {
        // The calculator's state classes (.svelte.ts) need the Svelte compiler and Svelte's browser runtime
        // (its server build does not track $derived), which resolves packages with the `browser` condition.
        plugins: [svelte(), svelteTesting({ autoCleanup: false })],
        // The hostile-input suite drives the page's draft session too, so it runs here.
        test: { name: 'calculator', include: ['tests/unit/calculator/**/*.test.ts', 'tests/unit/hostile/**/*.test.ts'], setupFiles: ['fake-indexeddb/auto', 'tests/setup/all-rule-sets.ts'], benchmark: { include: ['tests/unit/calculator/**/*.bench.ts'] } },
      },
      {
        // Everything else runs as at build time, in plain Node: the Markdown tools' `browser` builds need a DOM.
        test: { name: 'node', include: ['tests/unit/**/*.test.ts'], exclude: ['tests/unit/calculator/**', 'tests/unit/hostile/**'], setupFiles: ['fake-indexeddb/auto', 'tests/setup/all-rule-sets.ts'], benchmark: { include: ['tests/bench/**/*.bench.ts'] } },
      },
    ],
  },
});
