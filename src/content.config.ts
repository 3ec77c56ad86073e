/** Content collections: the notices' text and the training-base directory. Rule sets live in content/rules and are loaded by src/lib/rules. */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { baseLevels } from './lib/content/bases';

const notices = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/notices' }),
  schema: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('notice'),
      /** Notice id, the same as its rule set's id. */
      notice: z.string(),
      title: z.string(),
      /** Issuing body. */
      issuer: z.string(),
      /** Document number, e.g. 株人社函〔2024〕5号. */
      docNumber: z.string(),
      /** Issue date where the notice states one. */
      date: z.coerce.date().optional(),
      year: z.number().int(),
      /** Whom the notice addresses. */
      scope: z.string(),
      /** current: the newest notice the site holds (whether its round is still open depends on the day); superseded: kept for reference. */
      status: z.enum(['current', 'superseded']),
      publicity: z.string().optional(),
      contact: z.string().optional(),
    }),
    z.object({
      kind: z.literal('attachment'),
      /** The notice this attachment belongs to. */
      notice: z.string(),
      /** Attachment number (附件1 …). */
      number: z.number().int().positive(),
      title: z.string(),
    }),
  ]),
});

const bases = defineCollection({
  loader: file('./content/bases/zhuzhou-2024.json', { parser: (text) => (JSON.parse(text) as { no: number }[]).map((row) => ({ id: String(row.no), ...row })) }),
  schema: z.object({
    /** Row number in 附件6. */
    no: z.number().int().positive(),
    name: z.string(),
    level: z.enum(baseLevels),
    address: z.string(),
    /** 培训方式. */
    mode: z.string(),
    /** Published contact person. */
    contact: z.string(),
    url: z.url(),
    phones: z.array(z.string()).min(1),
  }),
});

export const collections = { notices, bases };
