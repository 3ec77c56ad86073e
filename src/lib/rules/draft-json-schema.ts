/** The draft format as JSON Schema, generated from the valibot schema so the two never disagree. */
import { toJsonSchema } from '@valibot/to-json-schema';
import { draftSchema, DRAFT_VERSION } from './draft-schema';

/** JSON Schema (draft 2020-12) of a draft file, as published at /schema/draft.schema.json. */
export function draftJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(draftSchema, {
    target: 'draft-2020-12',
    // Not constraints on a JSON file: `finite` (JSON has no Infinity) and `transform` (the identity step that ends
    // a number's checks after a failed one, see draft-schema.ts). Refinements (`check`: real dates, one decimal,
    // the span's order and length) cannot be expressed and are left out, as zod's generator left them out.
    ignoreActions: ['finite', 'transform', 'check'],
  }) as Record<string, unknown>;
  return {
    $id: 'schema/draft.schema.json',
    title: `继续教育学时测算草稿（第 ${DRAFT_VERSION} 版）`,
    description: '湖南专技人员继续教育学时测算的草稿文件：政策年度、申报信息、核认跨度、已认定年度和各项继续教育活动。',
    ...schema,
  };
}
