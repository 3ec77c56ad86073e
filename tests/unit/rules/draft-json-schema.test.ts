/** The published JSON Schema (public/schema/draft.schema.json) is generated from the draft schema (valibot) and kept in step. */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftJsonSchema } from '../../../src/lib/rules/draft-json-schema';
import { parseDraft } from '../../../src/lib/rules';

const path = new URL('../../../public/schema/draft.schema.json', import.meta.url);
const exampleText = readFileSync(new URL('../../../docs/draft-example.json', import.meta.url), 'utf8');

describe('draft JSON Schema', () => {
  it('matches the draft schema (run `npm run schema` after changing the draft format)', () => {
    const generated = `${JSON.stringify(draftJsonSchema(), null, 2)}\n`;
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(path, generated);
    expect(readFileSync(path, 'utf8')).toBe(generated);
  });

  it('describes the format marker, version and the eleven activity kinds', () => {
    const schema = draftJsonSchema() as { properties: Record<string, { const?: unknown; items?: { oneOf?: unknown[]; anyOf?: unknown[] } }> };
    expect(schema.properties['format']?.const).toBe('hunan-jxjy-draft');
    expect(schema.properties['version']?.const).toBe(1);
    const variants = schema.properties['activities']?.items?.oneOf ?? schema.properties['activities']?.items?.anyOf ?? [];
    expect(variants).toHaveLength(11);
  });

  it('accepts the documented complete example (docs/draft-example.json)', () => {
    const parsed = parseDraft(JSON.parse(exampleText));
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  });
});
