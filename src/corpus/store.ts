// The corpus store: one typed, async interface over SQLite (default, one file) and PostgreSQL
// (shared). Everything the CLI and the HTTP API read or write about a collection goes through it.
// Article rows are keyed by a content hash, so every write is idempotent; an article's analysis
// record is kept whole (JSON) and also flattened into queryable tables (entities, quotes, events).
import type { AnalysisRecord, EntityType, Gender, QuoteKind, SpeakerType } from '../record.js';

/** An article as ingested, before it gets a row id. */
export interface ArticleInput {
  /** sha256 (hex) of the normalised title + text: the stable key of the article. */
  hash: string;
  /** The text the analysis spans point into (title line first, as in plain-text articles). */
  text: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  author: string | null;
  /** YYYY-MM-DD, or null when unknown. */
  published: string | null;
  /** ISO 639-1 code detected (or given), '' when undetermined. */
  language: string;
  /** Where it came from: file path, `file.jsonl:LINE`, feed path + item id. */
  source: string | null;
  /** Identifier the source gave (JSONL `id`, feed guid), when any. */
  sourceId?: string | null;
  /** MinHash band keys for near-duplicate lookup (see src/corpus/near-dup.ts). */
  bands?: string[];
  /** MinHash signature (hex), kept to confirm a near-duplicate candidate. */
  signature?: string | null;
  /** Row id of the article this one republishes (near-duplicate), when found at ingest. */
  duplicateOf?: number | null;
  /** Or its content hash, when that article is written in the same run (resolved on insert). */
  duplicateOfHash?: string | null;
  /** Estimated Jaccard similarity with `duplicateOf`. */
  similarity?: number | null;
}

export interface Article extends Omit<ArticleInput, 'bands' | 'signature' | 'duplicateOfHash'> {
  id: number;
  duplicateOf: number | null;
  similarity: number | null;
  /** ANALYZER_VERSION of the stored record, null when not analysed (e.g. unsupported language). */
  analyzer: string | null;
  ingestedAt: string;
}

export interface ArticleWithRecord extends Article {
  record: AnalysisRecord | null;
  /** Articles republishing this one (near-duplicates pointing here). */
  duplicates: number[];
}

export interface PutArticleResult {
  id: number;
  /** False when an article with the same hash was already stored (exact duplicate). */
  created: boolean;
}

export interface Page<T> {
  total: number;
  items: T[];
}

export interface Paging {
  /** Default 20, at most 1000 (exports iterate instead). */
  limit?: number;
  offset?: number;
}

export interface ArticleFilter {
  /** Published on or after (YYYY-MM-DD). */
  from?: string;
  /** Published on or before (YYYY-MM-DD). */
  to?: string;
  outlet?: string;
  language?: string;
  /** Leave out near-duplicates (republished copies). Default false. */
  originalsOnly?: boolean;
}

export interface SearchQuery extends ArticleFilter, Paging {
  /** Free user text; every word is quoted, so no input is a syntax error. Empty: all articles. */
  q?: string;
}

export interface SearchHit {
  id: number;
  title: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
  language: string;
  duplicateOf: number | null;
  /** A short excerpt around the match, with matches between [ and ]. */
  snippet: string;
}

export interface QuoteQuery extends ArticleFilter, Paging {
  /** Speaker name in any form (« Lavrov », « Serguei Lavrov »): resolved through actor links. */
  speaker?: string;
  /** Words the quotation contains (accent- and case-insensitive). */
  about?: string;
  kind?: QuoteKind;
  articleId?: number;
}

export interface QuoteRow {
  articleId: number;
  quoteId: string;
  kind: QuoteKind;
  text: string;
  start: number;
  end: number;
  /** Speaker as written in the article, and its linked actor (canonical key + display name). */
  speaker: string | null;
  speakerType: SpeakerType | null;
  actorKey: string | null;
  actor: string | null;
  gender: Gender | null;
  cue: string | null;
  confidence: number;
  published: string | null;
  title: string | null;
  outlet: string | null;
}

export interface SpeakerQuery extends ArticleFilter, Paging {
  type?: SpeakerType;
}

export interface SpeakerRow {
  actorKey: string;
  name: string;
  type: SpeakerType;
  gender: Gender | null;
  quotes: number;
  articles: number;
}

export interface GenderShare {
  male: number;
  female: number;
  unknown: number;
}

export interface TopSpeakers extends Page<SpeakerRow> {
  /** Quotations by speaker gender over the whole filtered set (persons only). */
  genderShare: GenderShare;
}

export interface EntityQuery extends ArticleFilter, Paging {
  type?: EntityType;
  /** Name in any form; resolved through actor links. */
  name?: string;
  articleId?: number;
}

export interface EntityRow {
  articleId: number;
  entityId: string;
  type: EntityType;
  name: string;
  actorKey: string;
  actor: string;
  gender: Gender | null;
  country: string | null;
  role: string | null;
  mentions: number;
  published: string | null;
}

export interface TopEntity {
  actorKey: string;
  name: string;
  type: EntityType;
  gender: Gender | null;
  country: string | null;
  articles: number;
  mentions: number;
}

export interface EventQuery extends ArticleFilter, Paging {
  /** Source actor: ISO alpha-3 country (RUS) or an actor name. */
  source?: string;
  target?: string;
  /** CAMEO root (« 06 ») or a code prefix (« 061 »). */
  root?: string;
  quadClass?: 1 | 2 | 3 | 4;
  articleId?: number;
}

export interface EventRow {
  articleId: number;
  eventId: string;
  code: string;
  root: string;
  quadClass: number;
  goldstein: number;
  sourceName: string;
  sourceCountry: string | null;
  targetName: string | null;
  targetCountry: string | null;
  trigger: string;
  /** The event's own date when resolved, else the article's publication date. */
  date: string | null;
  modality: string;
  negated: boolean;
  location: string | null;
  locationCountry: string | null;
  title: string | null;
  published: string | null;
}

export interface DayCount {
  day: string;
  root: string;
  quadClass: number;
  count: number;
}

export interface TopActor {
  /** Country code, or the actor's canonical key for non-state actors. */
  actorKey: string;
  name: string;
  country: string | null;
  asSource: number;
  asTarget: number;
  events: number;
}

/** How an actor name form is linked to the actor it counts as. */
export interface ActorLink {
  /** Folded key of the name form (« lavrov »). */
  key: string;
  /** Folded key of the actor it counts as (« serguei lavrov »). */
  canonical: string;
  /** Display name of that actor. */
  name: string;
  /** 'same-key' | 'initial' | 'surname' | 'manual' | 'unmerged'. */
  reason: string;
  manual: boolean;
}

export interface StoreStats {
  articles: number;
  analysed: number;
  duplicates: number;
  byLanguage: Record<string, number>;
  quotes: number;
  entities: number;
  events: number;
  schemaVersion: number;
}

/** The store. All methods are async; a store holds one connection and serialises its writes. */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Applies pending migrations; returns the schema version. `openStore` already calls it. */
  migrate(): Promise<number>;
  close(): Promise<void>;

  // — writes (each call is one transaction; idempotent by article hash)
  putArticle(article: ArticleInput): Promise<PutArticleResult>;
  /** Replaces the article's record and its rows in the queryable tables. */
  putAnalysis(articleId: number, record: AnalysisRecord): Promise<void>;
  /** A batch of articles with their records in ONE transaction: all committed or none. */
  putBatch(items: { article: ArticleInput; record: AnalysisRecord | null }[]): Promise<PutArticleResult[]>;
  /** Row id of the article with this content hash, or null. */
  hasArticle(hash: string): Promise<number | null>;
  /** Near-duplicate candidates sharing a MinHash band: ids with their signatures. */
  nearCandidates(bands: string[]): Promise<{ id: number; signature: string; duplicateOf: number | null }[]>;

  // — reads
  getArticle(id: number): Promise<ArticleWithRecord | null>;
  search(q: SearchQuery): Promise<Page<SearchHit>>;
  quotes(q: QuoteQuery): Promise<Page<QuoteRow>>;
  topSpeakers(q: SpeakerQuery): Promise<TopSpeakers>;
  entities(q: EntityQuery): Promise<Page<EntityRow>>;
  topEntities(q: EntityQuery): Promise<Page<TopEntity>>;
  events(q: EventQuery): Promise<Page<EventRow>>;
  /** Events per day, by CAMEO root and QuadClass, for the filtered dyad. */
  eventsPerDay(q: EventQuery): Promise<DayCount[]>;
  topActors(q: EventQuery): Promise<Page<TopActor>>;
  stats(): Promise<StoreStats>;
  /** Ids of analysed-or-analysable articles whose record is older than `version` (or missing). */
  staleArticles(version: string, languages: string[], limit: number, afterId?: number): Promise<Article[]>;
  /** Every article in id order, in pages (exports). */
  iterateArticles(options?: { withRecord?: boolean; pageSize?: number }): AsyncIterable<ArticleWithRecord>;

  // — actor linking across articles
  /** Recomputes the automatic links (manual ones are kept). Called after each ingest. */
  relinkActors(): Promise<number>;
  /** Links; with `canonical`, only those pointing to it; by default only links that merge two forms. */
  actorLinks(options?: { canonical?: string; all?: boolean }): Promise<ActorLink[]>;
  /** Makes name form `alias` count as actor `target` (both any name form). Manual, kept by relinks. */
  mergeActors(alias: string, target: string): Promise<ActorLink>;
  /** Makes the name form its own actor again, and keeps it so. */
  unmergeActor(alias: string): Promise<ActorLink>;
  /** Resolves any name form to its actor key (folded), as queries do. */
  resolveActor(name: string): Promise<string>;
}

/** Default database when no `--db` is given: `$DEPECHE_DB`, else ./depeche.db. */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.DEPECHE_DB?.trim() || './depeche.db';
}

export const isPostgresUrl = (db: string) => /^postgres(ql)?:\/\//i.test(db);

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 1000;

/** Opens (and migrates) the store named by `db`: a postgres:// URL or an SQLite file path. */
export async function openStore(db: string = defaultDbPath()): Promise<Store> {
  if (isPostgresUrl(db)) {
    const { openPostgres } = await import('./postgres.js');
    return openPostgres(db);
  }
  const { openSqlite } = await import('./sqlite.js');
  return openSqlite(db);
}
