import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

export default defineConfig({
  // The Svelte compiler for the calculator's state classes (.svelte.ts), with Svelte's browser runtime:
  // its server build does not track $derived.
  plugins: [svelte(), svelteTesting({ autoCleanup: false })],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['fake-indexeddb/auto'],
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
});
