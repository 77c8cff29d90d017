// Read endpoints over the corpus store: articles, quotations, speakers, entities, events and the
// aggregates the UI charts. Each is a thin, validated mapping onto one `Store` method.
import type { FastifyInstance } from 'fastify';
import type { EventQuery, EventRow, Page, Store } from '../../corpus/store.js';
import { HttpError } from '../errors.js';
import { buildNetwork, type Network, TtlCache } from '../network.js';
import {
  ActorsQuery,
  ArticleParams,
  ArticlesQuery,
  EntitiesQuery,
  ErrorReply,
  EventsQuery,
  jsonSchema,
  NetworkQuery,
  PerDayQuery,
  QuotesQuery,
  SpeakersQuery,
} from '../schema.js';

const errors = { 400: jsonSchema(ErrorReply) };
const corpus = (summary: string, querystring: object) => ({
  tags: ['corpus'],
  summary,
  querystring,
  response: errors,
});

type WithBoth = Omit<EventQuery, 'quadClass'> & { quadClass?: number; both?: boolean };

/** Event filters without the UI-only `both` flag. */
function eventFilter(q: WithBoth): EventQuery {
  const { both: _both, ...rest } = q;
  return rest as EventQuery;
}

/** The directed halves of a dyad query: A→B and B→A (or A→anyone and anyone→A). */
function directions(q: WithBoth): EventQuery[] {
  const base = eventFilter(q);
  if (!q.both || !q.source || q.target === q.source) return [base];
  const { source, target, ...rest } = base;
  return [
    { ...rest, source, ...(target ? { target } : {}) },
    { ...rest, target: source, ...(target ? { source: target } : {}) },
  ];
}

export function corpusRoutes(store: Store, networkCache = new TtlCache<Network>(30_000)) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get('/api/stats', { schema: { tags: ['corpus'], summary: 'What the corpus holds' } }, () =>
      store.stats(),
    );

    app.get<{ Querystring: ArticlesQuery }>(
      '/api/articles',
      {
        schema: corpus(
          'Search articles (accent- and case-insensitive; every word must match)',
          jsonSchema(ArticlesQuery),
        ),
      },
      (req) => store.search(req.query),
    );

    app.get<{ Params: { id: number } }>(
      '/api/articles/:id',
      {
        schema: {
          tags: ['corpus'],
          summary: 'One article with its analysis record',
          params: jsonSchema(ArticleParams),
          response: { 400: jsonSchema(ErrorReply), 404: jsonSchema(ErrorReply) },
        },
      },
      async (req) => {
        const article = await store.getArticle(req.params.id);
        if (!article) throw new HttpError(404, `no article ${req.params.id}`);
        return article;
      },
    );

    app.get<{ Querystring: QuotesQuery }>(
      '/api/quotes',
      {
        schema: corpus(
          'Quotations, by speaker (any name form), words, kind, article or date',
          jsonSchema(QuotesQuery),
        ),
      },
      (req) => store.quotes(req.query),
    );

    app.get<{ Querystring: SpeakersQuery }>(
      '/api/speakers',
      {
        schema: corpus(
          'Speakers ranked by quotations, with the share of quotations by gender',
          jsonSchema(SpeakersQuery),
        ),
      },
      (req) => store.topSpeakers(req.query),
    );

    app.get<{ Querystring: EntitiesQuery }>(
      '/api/entities',
      { schema: corpus('Entity occurrences per article', jsonSchema(EntitiesQuery)) },
      (req) => store.entities(req.query),
    );

    app.get<{ Querystring: EntitiesQuery }>(
      '/api/entities/top',
      { schema: corpus('Entities ranked by the articles that mention them', jsonSchema(EntitiesQuery)) },
      (req) => store.topEntities(req.query),
    );

    app.get<{ Querystring: EventsQuery }>(
      '/api/events',
      { schema: corpus('CAMEO events, by source, target, root, QuadClass or date', jsonSchema(EventsQuery)) },
      async (req) => {
        const halves = directions(req.query);
        if (halves.length === 1) return store.events(halves[0]!);
        // Both directions: fetch enough of each half to fill the page, then merge by date.
        const { limit, offset } = req.query;
        const pages: Page<EventRow>[] = await Promise.all(
          halves.map((h) => store.events({ ...h, limit: Math.min(1000, offset + limit), offset: 0 })),
        );
        const items = pages
          .flatMap((p) => p.items)
          .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.articleId - b.articleId)
          .slice(offset, offset + limit);
        return { total: pages.reduce((n, p) => n + p.total, 0), items };
      },
    );

    app.get<{ Querystring: PerDayQuery }>(
      '/api/aggregates/events-per-day',
      {
        schema: {
          ...corpus(
            'Events per day by CAMEO root and QuadClass, for one actor or a dyad',
            jsonSchema(PerDayQuery),
          ),
          tags: ['aggregates'],
        },
      },
      async (req) => {
        const halves = directions(req.query);
        const counts = new Map<string, { day: string; root: string; quadClass: number; count: number }>();
        for (const rows of await Promise.all(halves.map((h) => store.eventsPerDay(h))))
          for (const r of rows) {
            const key = `${r.day}|${r.root}|${r.quadClass}`;
            const c = counts.get(key);
            if (c) c.count += r.count;
            else counts.set(key, { ...r });
          }
        return [...counts.values()].sort(
          (a, b) => a.day.localeCompare(b.day) || a.root.localeCompare(b.root),
        );
      },
    );

    app.get<{ Querystring: SpeakersQuery }>(
      '/api/aggregates/speakers',
      {
        schema: {
          ...corpus('Top speakers (same as /api/speakers)', jsonSchema(SpeakersQuery)),
          tags: ['aggregates'],
        },
      },
      (req) => store.topSpeakers(req.query),
    );

    app.get<{ Querystring: ActorsQuery }>(
      '/api/aggregates/actors',
      {
        schema: {
          ...corpus('Top actors by events as source and target', jsonSchema(ActorsQuery)),
          tags: ['aggregates'],
        },
      },
      (req) => store.topActors(eventFilter(req.query)),
    );

    app.get<{ Querystring: NetworkQuery }>(
      '/api/aggregates/network',
      {
        schema: {
          ...corpus(
            'Actor network: directed edges weighted by events (cooperation vs conflict)',
            jsonSchema(NetworkQuery),
          ),
          tags: ['aggregates'],
        },
      },
      (req) => {
        const { limit, ...filter } = req.query;
        const key = JSON.stringify(req.query);
        return networkCache.get(key, () =>
          buildNetwork(store, eventFilter(filter), { maxNodes: limit, maxEvents: 20_000 }),
        );
      },
    );
  };
}
