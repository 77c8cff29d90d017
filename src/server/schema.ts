// zod is the one source of truth for request shapes: JSON Schema for Fastify's validator and the
// OpenAPI document, TypeScript types for the handlers.
import { z } from 'zod';

/** Fastify's Ajv speaks draft-7, not zod's default 2020-12; `input` keeps defaults optional. */
export function jsonSchema(s: z.ZodType): Record<string, unknown> {
  const { $schema: _drop, ...rest } = z.toJSONSchema(s, { target: 'draft-7', io: 'input' }) as Record<
    string,
    unknown
  >;
  return rest;
}

export const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');

export const Paging = {
  limit: z.number().int().min(1).max(200).default(20).describe('page size (1–200)'),
  offset: z.number().int().min(0).max(1_000_000).default(0).describe('items to skip'),
};

export const AnalyzeBody = z
  .object({
    text: z
      .string()
      .min(1)
      .describe('plain text: first line is the title, one paragraph per line')
      .optional(),
    html: z.string().min(1).describe('an HTML page; the readable article is extracted first').optional(),
    title: z.string().max(1000).nullable().optional(),
    published: IsoDay.nullable().optional().describe('publication date; relative dates resolve against it'),
    url: z.string().max(4000).nullable().optional(),
    outlet: z.string().max(200).nullable().optional(),
    id: z.string().min(1).max(200).optional(),
  })
  .strict();
export type AnalyzeBody = z.infer<typeof AnalyzeBody>;

export const ErrorReply = z.object({
  statusCode: z.number().int(),
  error: z.string(),
  message: z.string(),
  code: z.string().optional(),
});

const Day = IsoDay.optional();
const Filter = {
  from: Day.describe('published on or after (YYYY-MM-DD)'),
  to: Day.describe('published on or before (YYYY-MM-DD)'),
  outlet: z.string().min(1).max(200).optional(),
  language: z.string().min(2).max(3).optional(),
  originalsOnly: z.boolean().optional().describe('leave out near-duplicate republications'),
};
const Name = z.string().min(1).max(300);
const ArticleId = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

export const ArticlesQuery = z.object({ q: z.string().max(500).optional(), ...Filter, ...Paging }).strict();
export const ArticleParams = z.object({ id: ArticleId }).strict();

export const QuotesQuery = z
  .object({
    speaker: Name.optional().describe('any form of the name: resolved to the speaker'),
    about: z.string().min(1).max(500).optional().describe('words the quotation contains'),
    kind: z.enum(['direct', 'indirect', 'mixed']).optional(),
    articleId: ArticleId.optional(),
    ...Filter,
    ...Paging,
  })
  .strict();

export const SpeakersQuery = z
  .object({ type: z.enum(['person', 'organization', 'anonymous']).optional(), ...Filter, ...Paging })
  .strict();

export const EntitiesQuery = z
  .object({
    type: z.enum(['PER', 'ORG', 'LOC', 'MISC']).optional(),
    name: Name.optional(),
    articleId: ArticleId.optional(),
    ...Filter,
    ...Paging,
  })
  .strict();

const Actor = z.string().min(1).max(300);
const EventFilter = {
  source: Actor.optional().describe('ISO alpha-3 country (RUS) or an actor name'),
  target: Actor.optional(),
  root: z
    .string()
    .regex(/^\d{2,4}$/, 'a CAMEO root (« 06 ») or code prefix (« 061 »)')
    .optional(),
  quadClass: z.number().int().min(1).max(4).optional(),
  both: z.boolean().default(false).describe('dyad in both directions: source⇄target'),
  ...Filter,
  from: Day.describe(
    'event dated on or after (YYYY-MM-DD); an event dated by a week or month is kept when it overlaps',
  ),
  to: Day.describe(
    'event dated on or before (YYYY-MM-DD); an event dated by a week or month is kept when it overlaps',
  ),
};
export const EventsQuery = z.object({ ...EventFilter, articleId: ArticleId.optional(), ...Paging }).strict();
export const PerDayQuery = z.object(EventFilter).strict();
export const ActorsQuery = z.object({ ...EventFilter, ...Paging }).strict();
export const NetworkQuery = z
  .object({
    ...EventFilter,
    limit: z.number().int().min(2).max(200).default(40).describe('most active actors kept'),
  })
  .strict();

export const IngestBody = z
  .object({
    text: z.string().min(1).optional(),
    html: z.string().min(1).optional(),
    title: z.string().max(1000).nullable().optional(),
    published: IsoDay.nullable().optional(),
    url: z.string().max(4000).nullable().optional(),
    outlet: z.string().max(200).nullable().optional(),
    author: z.string().max(300).nullable().optional(),
    source: z.string().max(1000).nullable().optional(),
  })
  .strict();

export type ArticlesQuery = z.infer<typeof ArticlesQuery>;
export type QuotesQuery = z.infer<typeof QuotesQuery>;
export type SpeakersQuery = z.infer<typeof SpeakersQuery>;
export type EntitiesQuery = z.infer<typeof EntitiesQuery>;
export type EventsQuery = z.infer<typeof EventsQuery>;
export type PerDayQuery = z.infer<typeof PerDayQuery>;
export type ActorsQuery = z.infer<typeof ActorsQuery>;
export type NetworkQuery = z.infer<typeof NetworkQuery>;
export type IngestBody = z.infer<typeof IngestBody>;
