/**
 * A Vite plugin for code run outside the site's build (the unit tests, `npm run batch`): `<round>.json?core`, the
 * calculator's bundled copy of its default round, is the whole file there. The site's build gives the browser that
 * copy without its notes and materials lists (astro.config.mjs, src/lib/rules/browser-rule-data.mjs).
 */
export const wholeRoundData = {
  name: 'whole-round-data',
  enforce: /** @type {const} */ ('pre'),
  transform: {
    filter: { id: /\.json\?core$/ },
    /** @param {string} code */
    // With the query the bundler no longer takes the file for JSON: it gets the module the JSON becomes.
    handler: (code) => ({ code: `export default ${code};`, map: null, moduleType: 'js' }),
  },
};
