/** A round's data file imported as the calculator's bundled copy (browserRuleCore in src/lib/rules/browser-rule-data.mjs). */
declare module '*.json?core' {
  const data: unknown;
  export default data;
}
