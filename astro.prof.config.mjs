import config from './astro.config.mjs';
export default { ...config, outDir: '/work/keys-tmp/dist-prof', vite: { ...config.vite, build: { ...config.vite.build, minify: false } } };
