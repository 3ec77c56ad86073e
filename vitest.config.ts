import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['fake-indexeddb/auto'],
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
});
