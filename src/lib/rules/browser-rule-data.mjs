// @ts-check
/**
 * The rule data as the browser gets it (astro.config.mjs applies this to every content/rules/*.json the client build
 * bundles or fetches): without the parts that only the server-rendered pages read. The key dates, the upload limits
 * and the 公需科目 themes are shown on the dates, upload and notice pages from the build and go into the search index
 * there; the calculator and the batch check never read them. The calculator bundles its default round, so they cost
 * every first visit about 400 B brotli of the page's 60 KB budget. The version digest of a round is computed at build
 * time from the whole file (round-entry.ts), so drafts are unaffected.
 * tests/unit/rules/browser-rule-data.test.ts checks that every policy case gives the same result without them.
 */
export const SERVER_ONLY_RULE_KEYS = /** @type {const} */ (['dates', 'undated', 'upload', 'publicThemes']);

/**
 * The JSON text of a rule data file without SERVER_ONLY_RULE_KEYS.
 * @param {string} json
 * @returns {string}
 */
export function browserRuleData(json) {
  const data = JSON.parse(json);
  for (const key of SERVER_ONLY_RULE_KEYS) delete data[key];
  return JSON.stringify(data);
}

/**
 * Deletes note-id lists (`notes: string[]`) and materials entry ids (`materials: string`) below the top level of `value`,
 * in place; the certificate's own materials id is kept.
 * @param {unknown} value
 * @param {boolean} top
 * @param {string} [key]
 */
function dropReferences(value, top, key) {
  if (Array.isArray(value)) {
    for (const item of value) dropReferences(item, false);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = /** @type {Record<string, unknown>} */ (value);
  for (const [k, v] of Object.entries(record)) {
    if (!top && k === 'notes' && Array.isArray(v) && v.every((id) => typeof id === 'string')) delete record[k];
    else if (!top && k === 'materials' && typeof v === 'string' && key !== 'certificate') delete record[k];
    else dropReferences(v, false, k);
  }
}

/** The parts of a round the calculator's first screen does not show: they come with the sections below the results. */
export const LATER_RULE_KEYS = /** @type {const} */ (['notes', 'materials']);

/**
 * The calculator's bundled copy of its default round (imported as `<file>.json?core`): the browser's data without
 * the notes and the materials lists (LATER_RULE_KEYS, left empty) nor the forms' field hints, and marked `partial`. They were 3.4 KB of the
 * page's 60 KB brotli at start (61,387 -> 57,907 B), and only the sections below the results (items, explanation,
 * materials, notes, PDF) show them; those sections wait for the whole file (completeRuleSet in browser-rule-sets.ts),
 * which replaces this copy in the engine's registry. Every hour, verdict and problem is computed from the other parts
 * (tests/unit/rules/browser-rule-data.test.ts).
 * @param {string} json
 * @returns {string}
 */
export function browserRuleCore(json) {
  const data = JSON.parse(browserRuleData(json));
  for (const key of LATER_RULE_KEYS) data[key] = [];
  // The hints under a form's fields too: the forms are code loaded on use, and the whole file has come by the time
  // one opens (a form opened before shows its hints once it has). About 180 B brotli of the budget.
  for (const conversion of data.conversions ?? []) for (const field of conversion.fields ?? []) delete field.hint;
  // And what points into those lists from elsewhere (a conversion's, a span's, a requirement's note ids, a conversion's
  // materials entry): the engine finds nothing there in the emptied lists, so they gave the first screen nothing; 443 B
  // brotli of the page's start-up code (61,416 -> 60,973). The certificate's materials entry stays (the schema requires it).
  dropReferences(data, true);
  data.partial = true;
  return JSON.stringify(data);
}
