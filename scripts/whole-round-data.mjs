/**
 * `<round>.json?core` is the calculator's bundled copy of its default round. With the query the bundler no longer
 * takes the file for JSON: a plugin gives it the module the JSON becomes (jsonModule). The site's build gives the
 * browser that copy without its notes and materials lists, the server the whole file (astro.config.mjs,
 * src/lib/rules/browser-rule-data.mjs).
 */

/** The module for a JSON text: its data as the default export. @param {string} json */
export const jsonModule = (json) => ({ code: `export default ${json};`, map: null, moduleType: /** @type {const} */ ('js') });

/** The Vite plugin for code run outside the site's build (the unit tests, `npm run batch`, the measures): the whole file. */
export const wholeRoundData = {
  name: 'whole-round-data',
  enforce: /** @type {const} */ ('pre'),
  transform: {
    filter: { id: /\.json\?core$/ },
    /** @param {string} code */
    handler: (code) => jsonModule(code),
  },
};
