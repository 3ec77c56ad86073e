import { vitePreprocess } from '@astrojs/svelte';

export default {
  preprocess: vitePreprocess(),
  // No version marker on window: a few bytes less in the calculator's JavaScript budget.
  compilerOptions: { discloseVersion: false },
};
