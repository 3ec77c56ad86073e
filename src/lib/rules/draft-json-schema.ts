/** The draft format as JSON Schema, generated from the zod schema so the two never disagree. */
import * as z from 'zod/mini';
import { draftSchema, DRAFT_VERSION } from './draft-schema';

/** JSON Schema (draft 2020-12) of a draft file, as published at /schema/draft.schema.json. */
export function draftJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(draftSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $id: 'schema/draft.schema.json',
    title: `继续教育学时测算草稿（第 ${DRAFT_VERSION} 版）`,
    description: '湖南专技人员继续教育学时测算的草稿文件：政策年度、申报信息、核认跨度、已认定年度和各项继续教育活动。',
    ...schema,
  };
}
