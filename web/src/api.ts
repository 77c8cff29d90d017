// The JSON API as the UI sees it. Shapes come from the server's own types, so a change there
// shows up here at type-check time.
import type {
  ArticleWithRecord,
  DayCount,
  EntityRow,
  EventRow,
  Page,
  QuoteRow,
  SearchHit,
  StoreStats,
  TopActor,
  TopEntity,
  TopSpeakers,
} from '../../src/corpus/store.js';
import type { AnalysisRecord } from '../../src/record.js';
import type { Network } from '../../src/server/network.js';

export type {
  ArticleWithRecord,
  DayCount,
  EntityRow,
  EventRow,
  Network,
  Page,
  QuoteRow,
  SearchHit,
  StoreStats,
  TopActor,
  TopEntity,
  TopSpeakers,
};

type Query = Record<string, string | number | boolean | null | undefined>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(method: 'GET' | 'POST', path: string, query: Query = {}, body?: unknown): Promise<T> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== null && v !== undefined && v !== '') qs.set(k, String(v));
  const url = '/api' + path + (qs.size ? '?' + qs : '');
  const res = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await res.json().catch(() => null);
  if (!res.ok)
    throw new ApiError(res.status, (data as { message?: string } | null)?.message ?? res.statusText);
  return data as T;
}

export const api = {
  stats: () => call<StoreStats>('GET', '/stats'),
  search: (q: Query) => call<Page<SearchHit>>('GET', '/articles', q),
  article: (id: number | string) => call<ArticleWithRecord>('GET', `/articles/${encodeURIComponent(id)}`),
  quotes: (q: Query) => call<Page<QuoteRow>>('GET', '/quotes', q),
  speakers: (q: Query) => call<TopSpeakers>('GET', '/speakers', q),
  entities: (q: Query) => call<Page<EntityRow>>('GET', '/entities', q),
  topEntities: (q: Query) => call<Page<TopEntity>>('GET', '/entities/top', q),
  events: (q: Query) => call<Page<EventRow>>('GET', '/events', q),
  eventsPerDay: (q: Query) => call<DayCount[]>('GET', '/aggregates/events-per-day', q),
  topActors: (q: Query) => call<Page<TopActor>>('GET', '/aggregates/actors', q),
  network: (q: Query) => call<Network>('GET', '/aggregates/network', q),
  analyze: (body: { text?: string; html?: string; published?: string | null }) =>
    call<AnalysisRecord>('POST', '/analyze', {}, body),
};
