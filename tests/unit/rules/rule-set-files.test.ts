/** The rule-set files as CI reads them: every key known to the schema, and a wrong one named with its file and line. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRuleSetFile, ruleSetSources } from '../../../src/lib/rules';

const dir = 'content/rules';
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

/** The text with `after` inserted after the first occurrence of `anchor`, and the 1-based line it lands on. */
function insertAfter(text: string, anchor: string, after: string): { text: string; line: number } {
  const at = text.indexOf(anchor);
  if (at < 0) throw new Error(`anchor ${anchor} not in file`);
  const cut = at + anchor.length;
  return { text: text.slice(0, cut) + after + text.slice(cut), line: text.slice(0, cut).split('\n').length };
}

describe('rule-set files', () => {
  it('lists a file for every rule set the site ships, and no other', () => {
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual(Object.keys(ruleSetSources).sort());
  });

  it.each(files)('%s passes the strict schema', (file) => {
    expect(() => loadRuleSetFile(`${dir}/${file}`, readFileSync(`${dir}/${file}`, 'utf8'))).not.toThrow();
  });

  it('refuses a misspelt key inside a conversion row and names the file, line and path', () => {
    const file = `${dir}/zhuzhou-2024.json`;
    const source = readFileSync(file, 'utf8');
    // The first conversion row of the file gets a stray key on the line after its opening.
    const { text, line } = insertAfter(source, '"rows": [\n', '          { "hourz": 60, "when": {}, "hours": 60 },\n');
    expect(() => loadRuleSetFile(file, text)).toThrow(new RegExp(`^${file}:${line}:\\d+: conversions\\.\\d+\\.rows\\.0\\.hourz：未知字段「hourz」`));
  });

  it('refuses an unknown top-level key, naming its line', () => {
    const file = `${dir}/hunan-2020.json`;
    const { text, line } = insertAfter(readFileSync(file, 'utf8'), '{\n', '  "curent": true,\n');
    expect(() => loadRuleSetFile(file, text)).toThrow(`${file}:${line}:3: curent：未知字段「curent」`);
  });

  it('names the line of a JSON syntax error', () => {
    const file = `${dir}/hunan-2020.json`;
    const { text, line } = insertAfter(readFileSync(file, 'utf8'), '{\n', '  "id": "hunan-2020",,\n');
    expect(() => loadRuleSetFile(file, text)).toThrow(new RegExp(`^${file}:${line}:`));
  });
});
