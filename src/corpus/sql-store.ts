// The Store over SQL, shared by SQLite and PostgreSQL: the queries are written once; only full-text
// search (FTS5 vs tsvector) differs by dialect.
import { daySpan } from '../dates/span.js';
import { countryByIso3, isCommonFirstName } from '../entities/gazetteer.js';
import type { AnalysisRecord, EntityType, Gender } from '../record.js';
import { fold } from '../text/normalize.js';
import { actorKey, compatibleFirstNames, nameParts } from './actor-key.js';
import { DOMINANCE, linkPersons, type NameForm } from './actor-links.js';
import type { Db, Param, Row } from './db.js';
import { EVENT_DAY_SPAN_VERSION, MIGRATIONS } from './schema.js';
import {
  type ActorLink,
  type Article,
  type ArticleFilter,
  type ArticleInput,
  type ArticleWithRecord,
  type DayCount,
  DEFAULT_LIMIT,
  type EntityQuery,
  type EntityRow,
  type EventQuery,
  type EventRow,
  MAX_LIMIT,
  type Page,
  type PutArticleResult,
  type QuoteQuery,
  type QuoteRow,
  type SearchHit,
  type SearchQuery,
  type SpeakerQuery,
  type Store,
  type StoreStats,
  type TopActor,
  type TopEntity,
  type TopSpeakers,
} from './store.js';

/** Words of a user query, for quoting one by one: no user text can break the FTS syntax. */
export function queryTerms(q: string): { term: string; prefix: boolean }[] {
  const out: { term: string; prefix: boolean }[] = [];
  for (const m of q.normalize('NFC').matchAll(/([\p{L}\p{N}]+)(\*)?/gu))
    out.push({ term: m[1]!, prefix: m[2] === '*' });
  return out;
}

/** FTS5 MATCH expression: every term double-quoted (so « l'économie », « AND », « -x » are words). */
export function fts5Query(q: string): string {
  const quote = (term: string, prefix: boolean) => `"${term.replace(/"/g, '""')}"${prefix ? '*' : ''}`;
  return queryTerms(q)
    .map((t) => {
      // unicode61 keeps the ligatures: « coeur » must also look for « cœur ».
      const lig = t.term.replace(/oe/g, 'œ').replace(/OE/g, 'Œ').replace(/ae/g, 'æ');
      return lig === t.term
        ? quote(t.term, t.prefix)
        : `(${quote(t.term, t.prefix)} OR ${quote(lig, t.prefix)})`;
    })
    .join(' ');
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

class Where {
  parts: string[] = [];
  params: Param[] = [];
  add(sql: string, ...params: Param[]): this {
    this.parts.push(sql);
    this.params.push(...params);
    return this;
  }
  get sql(): string {
    return this.parts.length ? `WHERE ${this.parts.join(' AND ')}` : '';
  }
}

function paging(p: { limit?: number; offset?: number }): [number, number] {
  const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(p.limit ?? DEFAULT_LIMIT)));
  const offset = Math.max(0, Math.floor(p.offset ?? 0));
  return [limit, offset];
}

function checkDay(name: string, v: string | undefined): void {
  if (v !== undefined && !ISO_DAY.test(v)) throw new RangeError(`${name} must be YYYY-MM-DD, got "${v}"`);
}

function articleFilter(w: Where, f: ArticleFilter, dateExpr = 'a.published'): void {
  checkDay('from', f.from);
  checkDay('to', f.to);
  if (f.from) w.add(`${dateExpr} >= ?`, f.from);
  if (f.to) w.add(`${dateExpr} <= ?`, f.to);
  if (f.outlet) w.add('a.outlet = ?', f.outlet);
  if (f.language) w.add('a.language = ?', f.language);
  if (f.originalsOnly) w.add('a.duplicate_of IS NULL');
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v ?? 0));
const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** date, day_from, day_to of an event row. */
function eventDays(date: string | null): [string | null, string | null, string | null] {
  const span = daySpan(date);
  return [date, span?.from ?? null, span?.to ?? null];
}

function toArticle(r: Row): Article {
  return {
    id: num(r.id),
    hash: String(r.hash),
    text: String(r.text),
    title: strOrNull(r.title),
    url: strOrNull(r.url),
    outlet: strOrNull(r.outlet),
    author: strOrNull(r.author),
    published: strOrNull(r.published),
    language: String(r.language ?? ''),
    source: strOrNull(r.source),
    sourceId: strOrNull(r.source_id),
    duplicateOf: r.duplicate_of === null || r.duplicate_of === undefined ? null : num(r.duplicate_of),
    similarity: r.similarity === null || r.similarity === undefined ? null : num(r.similarity),
    analyzer: strOrNull(r.analyzer),
    ingestedAt: String(r.ingested_at),
  };
}

const ARTICLE_COLUMNS =
  'id, hash, title, text, url, outlet, author, published, language, source, source_id, duplicate_of, similarity, analyzer, ingested_at';

/** The join with articles, only when a filter needs their columns. */
function joinArticles(w: Where, alias: string): string {
  return w.parts.some((p) => /\ba\./.test(p)) ? `JOIN articles a ON a.id = ${alias}.article_id` : '';
}

/** Folded name forms that mean the same quote speaker or entity across articles. */
const linked = (col: string, alias: string) => `COALESCE(${alias}.canonical, ${col})`;

export class SqlStore implements Store {
  readonly kind: 'sqlite' | 'postgres';

  constructor(readonly db: Db) {
    this.kind = db.dialect;
  }

  async migrate(): Promise<number> {
    await this.db.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    return this.db.tx(async () => {
      const rows = await this.db.all<{ v: unknown }>('SELECT MAX(version) AS v FROM schema_migrations');
      let current = rows[0]?.v == null ? 0 : num(rows[0].v);
      for (const m of MIGRATIONS) {
        if (m.version <= current) continue;
        await this.db.exec(this.kind === 'sqlite' ? m.sqlite : m.postgres);
        await this.db.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
          m.version,
          m.name,
          new Date().toISOString(),
        ]);
        if (m.version === EVENT_DAY_SPAN_VERSION) await this.fillEventDaySpans();
        current = m.version;
      }
      return current;
    });
  }

  /** Day spans of the event rows stored before the columns existed: one update per distinct date. */
  private async fillEventDaySpans(): Promise<void> {
    const rows = await this.db.all<Row>(
      'SELECT DISTINCT date FROM events WHERE date IS NOT NULL AND day_from IS NULL',
    );
    for (const r of rows) {
      const date = String(r.date);
      const span = daySpan(date);
      if (span)
        await this.db.run('UPDATE events SET day_from = ?, day_to = ? WHERE date = ? AND day_from IS NULL', [
          span.from,
          span.to,
          date,
        ]);
    }
  }

  close(): Promise<void> {
    return this.db.close();
  }

  // — writes

  async putArticle(article: ArticleInput): Promise<PutArticleResult> {
    return this.db.tx(() => this.insertArticle(article));
  }

  async putAnalysis(articleId: number, record: AnalysisRecord): Promise<void> {
    await this.db.tx(() => this.writeAnalysis(articleId, record));
  }

  async putBatch(
    items: { article: ArticleInput; record: AnalysisRecord | null }[],
  ): Promise<PutArticleResult[]> {
    return this.db.tx(async () => {
      const out: PutArticleResult[] = [];
      for (const { article, record } of items) {
        const r = await this.insertArticle(article);
        if (r.created && record) await this.writeAnalysis(r.id, record);
        out.push(r);
      }
      return out;
    });
  }

  private async insertArticle(a: ArticleInput): Promise<PutArticleResult> {
    let duplicateOf = a.duplicateOf ?? null;
    if (duplicateOf === null && a.duplicateOfHash) duplicateOf = await this.hasArticle(a.duplicateOfHash);
    const rows = await this.db.all<{ id: unknown }>(
      `INSERT INTO articles (hash, title, text, url, outlet, author, published, language, source, source_id,
         signature, duplicate_of, similarity, ingested_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (hash) DO NOTHING RETURNING id`,
      [
        a.hash,
        a.title,
        a.text,
        a.url,
        a.outlet,
        a.author,
        a.published,
        a.language,
        a.source,
        a.sourceId ?? null,
        a.signature ?? null,
        duplicateOf,
        duplicateOf === null ? null : (a.similarity ?? null),
        new Date().toISOString(),
      ],
    );
    if (rows.length === 0) return { id: (await this.hasArticle(a.hash))!, created: false };
    const id = num(rows[0]!.id);
    if (a.bands?.length)
      await this.db.insertMany(
        'article_bands',
        ['band', 'article_id'],
        a.bands.map((b) => [b, id]),
        'ON CONFLICT DO NOTHING',
      );
    return { id, created: true };
  }

  private async writeAnalysis(articleId: number, record: AnalysisRecord): Promise<void> {
    for (const t of ['entities', 'quotes', 'events'])
      await this.db.run(`DELETE FROM ${t} WHERE article_id = ?`, [articleId]);
    const { text: _text, ...rest } = record;
    await this.db.run('UPDATE articles SET record = ?, analyzer = ? WHERE id = ?', [
      JSON.stringify(rest),
      record.analyzer ?? null,
      articleId,
    ]);
    const byId = new Map(record.entities.map((e) => [e.id, e]));
    await this.db.insertMany(
      'entities',
      ['article_id', 'entity_id', 'type', 'name', 'key', 'gender', 'country', 'role', 'mentions'],
      record.entities.map((e) => [
        articleId,
        e.id,
        e.type,
        e.name,
        actorKey(e.name) || fold(e.name),
        e.gender,
        e.country,
        e.role ?? null,
        e.mentions.length,
      ]),
    );
    await this.db.insertMany(
      'quotes',
      [
        'article_id',
        'quote_id',
        'kind',
        'text',
        'text_fold',
        'start_off',
        'end_off',
        'speaker',
        'speaker_type',
        'speaker_key',
        'gender',
        'cue',
        'confidence',
      ],
      record.quotes.map((q) => {
        const ent = q.speaker?.entity ? byId.get(q.speaker.entity) : undefined;
        return [
          articleId,
          q.id,
          q.kind,
          q.text,
          fold(q.text),
          q.start,
          q.end,
          q.speaker?.name ?? null,
          q.speaker?.type ?? null,
          q.speaker ? actorKey(q.speaker.name) || fold(q.speaker.name) : null,
          ent?.gender ?? null,
          q.cue?.lemma ?? null,
          q.confidence,
        ];
      }),
    );
    await this.db.insertMany(
      'events',
      [
        'article_id',
        'event_id',
        'code',
        'root',
        'quad_class',
        'goldstein',
        'source_name',
        'source_country',
        'source_key',
        'target_name',
        'target_country',
        'target_key',
        'trigger',
        'date',
        'day_from',
        'day_to',
        'modality',
        'negated',
        'location',
        'location_country',
      ],
      record.events.map((e) => [
        articleId,
        e.id,
        e.code,
        e.root,
        e.quadClass,
        e.goldstein,
        e.source.name,
        e.source.country,
        actorKey(e.source.name),
        e.target?.name ?? null,
        e.target?.country ?? null,
        e.target ? actorKey(e.target.name) : null,
        e.trigger.text,
        ...eventDays(e.date ?? record.published ?? null),
        e.modality,
        e.negated ? 1 : 0,
        e.location?.name ?? null,
        e.location?.country ?? null,
      ]),
    );
  }

  async hasArticle(hash: string): Promise<number | null> {
    const rows = await this.db.all<{ id: unknown }>('SELECT id FROM articles WHERE hash = ?', [hash]);
    return rows.length ? num(rows[0]!.id) : null;
  }

  async nearCandidates(bands: string[]) {
    if (!bands.length) return [];
    const rows = await this.db.all<Row>(
      `SELECT DISTINCT a.id, a.signature, a.duplicate_of FROM article_bands b JOIN articles a ON a.id = b.article_id
       WHERE b.band IN (${bands.map(() => '?').join(', ')}) AND a.signature IS NOT NULL`,
      bands,
    );
    return rows.map((r) => ({
      id: num(r.id),
      signature: String(r.signature),
      duplicateOf: r.duplicate_of == null ? null : num(r.duplicate_of),
    }));
  }

  // — reads

  async getArticle(id: number): Promise<ArticleWithRecord | null> {
    const rows = await this.db.all<Row>(`SELECT ${ARTICLE_COLUMNS}, record FROM articles WHERE id = ?`, [id]);
    if (!rows.length) return null;
    const r = rows[0]!;
    const article = toArticle(r);
    const dups = await this.db.all<{ id: unknown }>(
      'SELECT id FROM articles WHERE duplicate_of = ? ORDER BY id',
      [id],
    );
    return {
      ...article,
      record: r.record ? ({ ...JSON.parse(String(r.record)), text: article.text } as AnalysisRecord) : null,
      duplicates: dups.map((d) => num(d.id)),
    };
  }

  async search(q: SearchQuery): Promise<Page<SearchHit>> {
    const [limit, offset] = paging(q);
    const w = new Where();
    articleFilter(w, q);
    const terms = queryTerms(q.q ?? '');
    const cols = 'a.id, a.title, a.url, a.outlet, a.published, a.language, a.duplicate_of';
    let from = 'articles a';
    let snippet = 'substr(a.text, 1, 200)';
    let order = 'a.published DESC, a.id DESC';
    const pre: Param[] = [];
    if (terms.length && this.kind === 'sqlite') {
      from = 'articles_fts f JOIN articles a ON a.id = f.rowid';
      w.parts.unshift('articles_fts MATCH ?');
      w.params.unshift(fts5Query(q.q!));
      snippet = "snippet(articles_fts, -1, '[', ']', '…', 16)";
      order = 'bm25(articles_fts, 4.0, 1.0)';
    } else if (terms.length) {
      // Terms are letters and digits only (queryTerms), so this tsquery cannot be malformed;
      // a trailing * asks for a prefix match, as on SQLite.
      const tsq = terms.map((t) => `${t.term}${t.prefix ? ':*' : ''}`).join(' & ');
      from = "articles a, to_tsquery('fr_unaccent', ?) query";
      pre.push(tsq);
      w.parts.unshift('a.tsv @@ query');
      snippet = "ts_headline('fr_unaccent', a.text, query, 'StartSel=[,StopSel=],MaxWords=30,MinWords=12')";
      order = 'ts_rank(a.tsv, query) DESC, a.id';
    }
    const total = await this.db.all<{ n: unknown }>(`SELECT count(*) AS n FROM ${from} ${w.sql}`, [
      ...pre,
      ...w.params,
    ]);
    const rows = await this.db.all<Row>(
      `SELECT ${cols}, ${snippet} AS snippet FROM ${from} ${w.sql} ORDER BY ${order} LIMIT ? OFFSET ?`,
      [...pre, ...w.params, limit, offset],
    );
    return {
      total: num(total[0]?.n),
      items: rows.map((r) => ({
        id: num(r.id),
        title: strOrNull(r.title),
        url: strOrNull(r.url),
        outlet: strOrNull(r.outlet),
        published: strOrNull(r.published),
        language: String(r.language ?? ''),
        duplicateOf: r.duplicate_of == null ? null : num(r.duplicate_of),
        snippet: String(r.snippet ?? '').replace(/\s+/g, ' '),
      })),
    };
  }

  private async quoteWhere(q: QuoteQuery): Promise<Where> {
    const w = new Where();
    articleFilter(w, q);
    if (q.speaker)
      this.inKeys(w, 'q.speaker_key', await this.memberKeys(await this.resolveActorKeys(q.speaker)));
    for (const t of queryTerms(q.about ?? ''))
      w.add("q.text_fold LIKE ? ESCAPE '\\'", `%${likeEscape(fold(t.term))}%`);
    if (q.kind) w.add('q.kind = ?', q.kind);
    if (q.articleId !== undefined) w.add('q.article_id = ?', q.articleId);
    return w;
  }

  async quotes(q: QuoteQuery): Promise<Page<QuoteRow>> {
    const [limit, offset] = paging(q);
    const w = await this.quoteWhere(q);
    const from = `quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN actor_links l ON l.key = q.speaker_key
      LEFT JOIN actor_names n ON n.key = ${linked('q.speaker_key', 'l')}`;
    const total = await this.db.all<{ n: unknown }>(`SELECT count(*) AS n FROM ${from} ${w.sql}`, w.params);
    const rows = await this.db.all<Row>(
      `SELECT q.*, a.published, a.title, a.outlet, ${linked('q.speaker_key', 'l')} AS actor_key, n.name AS actor,
         n.gender AS actor_gender
       FROM ${from} ${w.sql} ORDER BY a.published DESC, q.article_id DESC, q.start_off LIMIT ? OFFSET ?`,
      [...w.params, limit, offset],
    );
    return {
      total: num(total[0]?.n),
      items: rows.map((r) => ({
        articleId: num(r.article_id),
        quoteId: String(r.quote_id),
        kind: r.kind as QuoteRow['kind'],
        text: String(r.text),
        start: num(r.start_off),
        end: num(r.end_off),
        speaker: strOrNull(r.speaker),
        speakerType: strOrNull(r.speaker_type) as QuoteRow['speakerType'],
        actorKey: strOrNull(r.actor_key),
        actor: strOrNull(r.actor) ?? strOrNull(r.speaker),
        gender: (strOrNull(r.actor_gender) ?? strOrNull(r.gender)) as Gender | null,
        cue: strOrNull(r.cue),
        confidence: num(r.confidence),
        published: strOrNull(r.published),
        title: strOrNull(r.title),
        outlet: strOrNull(r.outlet),
      })),
    };
  }

  async topSpeakers(q: SpeakerQuery): Promise<TopSpeakers> {
    const [limit, offset] = paging(q);
    const w = new Where();
    articleFilter(w, q);
    w.add('q.speaker_key IS NOT NULL');
    if (q.type) w.add('q.speaker_type = ?', q.type);
    const key = linked('q.speaker_key', 'l');
    // One grouped pass gives the page, the total and the gender share (no re-scan per figure).
    const rows = await this.db.all<Row>(
      `SELECT t.*, n.name, n.gender AS actor_gender FROM (
         SELECT ${key} AS actor_key, MAX(q.speaker_type) AS type, MAX(q.speaker) AS speaker,
           MAX(q.gender) AS gender, count(*) AS quotes, count(DISTINCT q.article_id) AS articles
         FROM quotes q ${joinArticles(w, 'q')} LEFT JOIN actor_links l ON l.key = q.speaker_key
         ${w.sql} GROUP BY ${key}
       ) t LEFT JOIN actor_names n ON n.key = t.actor_key
       ORDER BY t.quotes DESC, t.actor_key`,
      w.params,
    );
    const items = rows.map((r) => ({
      actorKey: String(r.actor_key),
      name: strOrNull(r.name) ?? String(r.speaker),
      type: r.type as SpeakerQuery['type'] & string,
      gender: (strOrNull(r.actor_gender) ?? strOrNull(r.gender)) as Gender | null,
      quotes: num(r.quotes),
      articles: num(r.articles),
    }));
    const genderShare = { male: 0, female: 0, unknown: 0 };
    for (const it of items) if (it.type === 'person') genderShare[it.gender ?? 'unknown'] += it.quotes;
    return { total: items.length, genderShare, items: items.slice(offset, offset + limit) };
  }

  private async entityWhere(q: EntityQuery): Promise<Where> {
    const w = new Where();
    articleFilter(w, q);
    if (q.type) w.add('e.type = ?', q.type);
    if (q.name) this.inKeys(w, 'e.key', await this.memberKeys(await this.resolveActorKeys(q.name)));
    if (q.articleId !== undefined) w.add('e.article_id = ?', q.articleId);
    return w;
  }

  async entities(q: EntityQuery): Promise<Page<EntityRow>> {
    const [limit, offset] = paging(q);
    const w = await this.entityWhere(q);
    const from = `entities e JOIN articles a ON a.id = e.article_id LEFT JOIN actor_links l ON l.key = e.key
      LEFT JOIN actor_names n ON n.key = ${linked('e.key', 'l')}`;
    const total = await this.db.all<{ n: unknown }>(`SELECT count(*) AS n FROM ${from} ${w.sql}`, w.params);
    const rows = await this.db.all<Row>(
      `SELECT e.*, a.published, ${linked('e.key', 'l')} AS actor_key, n.name AS actor FROM ${from} ${w.sql}
       ORDER BY a.published DESC, e.article_id DESC, e.entity_id LIMIT ? OFFSET ?`,
      [...w.params, limit, offset],
    );
    return {
      total: num(total[0]?.n),
      items: rows.map((r) => ({
        articleId: num(r.article_id),
        entityId: String(r.entity_id),
        type: r.type as EntityType,
        name: String(r.name),
        actorKey: String(r.actor_key),
        actor: strOrNull(r.actor) ?? String(r.name),
        gender: strOrNull(r.gender) as Gender | null,
        country: strOrNull(r.country),
        role: strOrNull(r.role),
        mentions: num(r.mentions),
        published: strOrNull(r.published),
      })),
    };
  }

  async topEntities(q: EntityQuery): Promise<Page<TopEntity>> {
    const [limit, offset] = paging(q);
    const w = await this.entityWhere(q);
    const key = linked('e.key', 'l');
    const grouped = `SELECT ${key} AS actor_key, e.type AS type, MAX(e.name) AS ename, MAX(e.gender) AS gender,
        MAX(e.country) AS country, count(DISTINCT e.article_id) AS articles, SUM(e.mentions) AS mentions
      FROM entities e ${joinArticles(w, 'e')} LEFT JOIN actor_links l ON l.key = e.key
      ${w.sql} GROUP BY ${key}, e.type`;
    const rows = await this.db.all<Row>(
      `SELECT t.*, n.name, n.gender AS actor_gender, count(*) OVER () AS total_rows
       FROM (${grouped}) t LEFT JOIN actor_names n ON n.key = t.actor_key
       ORDER BY t.articles DESC, t.mentions DESC, t.actor_key LIMIT ? OFFSET ?`,
      [...w.params, limit, offset],
    );
    return {
      total: await this.pageTotal(rows, grouped, w.params),
      items: rows.map((r) => ({
        actorKey: String(r.actor_key),
        name: strOrNull(r.name) ?? String(r.ename),
        type: r.type as EntityType,
        gender: (strOrNull(r.actor_gender) ?? strOrNull(r.gender)) as Gender | null,
        country: strOrNull(r.country),
        articles: num(r.articles),
        mentions: num(r.mentions),
      })),
    };
  }

  private async eventWhere(q: EventQuery): Promise<Where> {
    const w = new Where();
    articleFilter(w, { ...q, from: undefined, to: undefined });
    checkDay('from', q.from);
    checkDay('to', q.to);
    // An event dated by a week or a month is kept when any of its days is inside [from, to].
    if (q.from) w.add('e.day_to >= ?', q.from);
    if (q.to) w.add('e.day_from <= ?', q.to);
    for (const side of ['source', 'target'] as const) {
      const v = q[side]?.trim();
      if (!v) continue;
      if (/^[A-Z]{3}$/.test(v)) w.add(`e.${side}_country = ?`, v);
      else
        this.inKeys(
          w,
          linked(`e.${side}_key`, side === 'source' ? 'ls' : 'lt'),
          await this.resolveActorKeys(v),
        );
    }
    if (q.root) {
      if (!/^\d{2,4}$/.test(q.root))
        throw new RangeError(`root must be a CAMEO code prefix (« 06 »), got "${q.root}"`);
      if (q.root.length === 2) w.add('e.root = ?', q.root);
      else w.add('e.code LIKE ?', `${q.root}%`);
    }
    if (q.quadClass !== undefined) w.add('e.quad_class = ?', q.quadClass);
    if (q.articleId !== undefined) w.add('e.article_id = ?', q.articleId);
    return w;
  }

  private readonly eventFrom = `events e JOIN articles a ON a.id = e.article_id
    LEFT JOIN actor_links ls ON ls.key = e.source_key LEFT JOIN actor_links lt ON lt.key = e.target_key`;

  async events(q: EventQuery): Promise<Page<EventRow>> {
    const [limit, offset] = paging(q);
    const w = await this.eventWhere(q);
    const total = await this.db.all<{ n: unknown }>(
      `SELECT count(*) AS n FROM ${this.eventFrom} ${w.sql}`,
      w.params,
    );
    const rows = await this.db.all<Row>(
      `SELECT e.*, a.title, a.published FROM ${this.eventFrom} ${w.sql}
       ORDER BY e.date DESC, e.article_id DESC, e.event_id LIMIT ? OFFSET ?`,
      [...w.params, limit, offset],
    );
    return {
      total: num(total[0]?.n),
      items: rows.map((r) => ({
        articleId: num(r.article_id),
        eventId: String(r.event_id),
        code: String(r.code),
        root: String(r.root),
        quadClass: num(r.quad_class),
        goldstein: num(r.goldstein),
        sourceName: String(r.source_name),
        sourceCountry: strOrNull(r.source_country),
        targetName: strOrNull(r.target_name),
        targetCountry: strOrNull(r.target_country),
        trigger: String(r.trigger),
        date: strOrNull(r.date),
        modality: String(r.modality),
        negated: num(r.negated) !== 0,
        location: strOrNull(r.location),
        locationCountry: strOrNull(r.location_country),
        title: strOrNull(r.title),
        published: strOrNull(r.published),
      })),
    };
  }

  async eventsPerDay(q: EventQuery): Promise<DayCount[]> {
    const w = await this.eventWhere(q);
    w.add('LENGTH(e.date) = 10');
    const rows = await this.db.all<Row>(
      `SELECT e.date AS day, e.root, e.quad_class, count(*) AS n FROM ${this.eventFrom} ${w.sql}
       GROUP BY e.date, e.root, e.quad_class ORDER BY e.date, e.root, e.quad_class`,
      w.params,
    );
    return rows.map((r) => ({
      day: String(r.day),
      root: String(r.root),
      quadClass: num(r.quad_class),
      count: num(r.n),
    }));
  }

  async topActors(q: EventQuery): Promise<Page<TopActor>> {
    const [limit, offset] = paging(q);
    const w = await this.eventWhere(q);
    const side = (s: 'source' | 'target', l: string, src: number) =>
      `SELECT COALESCE(e.${s}_country, ${linked(`e.${s}_key`, l)}) AS k, e.${s}_name AS name,
         e.${s}_country AS country, ${src} AS src, ${1 - src} AS tgt
       FROM ${this.eventFrom} ${w.sql}${s === 'target' ? `${w.parts.length ? ' AND' : ' WHERE'} e.target_key IS NOT NULL` : ''}`;
    const grouped = `SELECT k, MAX(name) AS name, MAX(country) AS country, SUM(src) AS as_source, SUM(tgt) AS as_target,
        count(*) AS events FROM (${side('source', 'ls', 1)} UNION ALL ${side('target', 'lt', 0)}) u GROUP BY k`;
    const params = [...w.params, ...w.params];
    const rows = await this.db.all<Row>(
      `SELECT t.*, n.name AS actor, count(*) OVER () AS total_rows FROM (${grouped}) t
       LEFT JOIN actor_names n ON n.key = t.k
       ORDER BY t.events DESC, t.k LIMIT ? OFFSET ?`,
      [...params, limit, offset],
    );
    return {
      total: await this.pageTotal(rows, grouped, params),
      items: rows.map((r) => ({
        actorKey: String(r.k),
        // A state actor is shown by its country's name, not by whichever form (« Paris ») named it.
        name:
          (r.country ? countryByIso3(String(r.country))?.name : null) ?? strOrNull(r.actor) ?? String(r.name),
        country: strOrNull(r.country),
        asSource: num(r.as_source),
        asTarget: num(r.as_target),
        events: num(r.events),
      })),
    };
  }

  /** The total rides on the page (`count(*) OVER ()`); only a page past the end needs a count. */
  private async pageTotal(rows: Row[], grouped: string, params: Param[]): Promise<number> {
    if (rows.length) return num(rows[0]!.total_rows);
    return num((await this.db.all<{ n: unknown }>(`SELECT count(*) AS n FROM (${grouped}) t`, params))[0]?.n);
  }

  async stats(): Promise<StoreStats> {
    const one = async (sql: string) => num((await this.db.all<{ n: unknown }>(sql))[0]?.n);
    const langs = await this.db.all<Row>('SELECT language, count(*) AS n FROM articles GROUP BY language');
    return {
      articles: await one('SELECT count(*) AS n FROM articles'),
      analysed: await one('SELECT count(*) AS n FROM articles WHERE analyzer IS NOT NULL'),
      duplicates: await one('SELECT count(*) AS n FROM articles WHERE duplicate_of IS NOT NULL'),
      byLanguage: Object.fromEntries(langs.map((r) => [String(r.language || '?'), num(r.n)])),
      quotes: await one('SELECT count(*) AS n FROM quotes'),
      entities: await one('SELECT count(*) AS n FROM entities'),
      events: await one('SELECT count(*) AS n FROM events'),
      schemaVersion: await one('SELECT MAX(version) AS n FROM schema_migrations'),
    };
  }

  async staleArticles(version: string, languages: string[], limit: number, afterId = 0): Promise<Article[]> {
    if (!languages.length) return [];
    const rows = await this.db.all<Row>(
      `SELECT ${ARTICLE_COLUMNS} FROM articles
       WHERE id > ? AND duplicate_of IS NULL AND (analyzer IS NULL OR analyzer <> ?)
         AND language IN (${languages.map(() => '?').join(', ')})
       ORDER BY id LIMIT ?`,
      [afterId, version, ...languages, limit],
    );
    return rows.map(toArticle);
  }

  async *iterateArticles(options: { withRecord?: boolean; pageSize?: number } = {}) {
    const size = options.pageSize ?? 200;
    let after = 0;
    for (;;) {
      const rows = await this.db.all<Row>(
        `SELECT ${ARTICLE_COLUMNS}${options.withRecord ? ', record' : ''} FROM articles WHERE id > ? ORDER BY id LIMIT ?`,
        [after, size],
      );
      if (!rows.length) return;
      for (const r of rows) {
        const a = toArticle(r);
        after = a.id;
        yield {
          ...a,
          record: r.record ? ({ ...JSON.parse(String(r.record)), text: a.text } as AnalysisRecord) : null,
          duplicates: [],
        } satisfies ArticleWithRecord;
      }
    }
  }

  // — actor linking

  async relinkActors(): Promise<number> {
    return this.db.tx(async () => {
      // Person name forms with their counts and majority display name and gender.
      const rows = await this.db.all<Row>(
        // Evidence is counted in articles: a person quoted ten times in one article is one sighting.
        `SELECT key, name, gender, count(DISTINCT article_id) AS n FROM (
           SELECT key, name, gender, article_id FROM entities WHERE type = 'PER'
           UNION ALL
           SELECT speaker_key AS key, speaker AS name, gender, article_id FROM quotes
             WHERE speaker_type = 'person' AND speaker_key IS NOT NULL
         ) t GROUP BY key, name, gender`,
      );
      const forms = new Map<
        string,
        NameForm & { names: Map<string, number>; genders: Map<string, number> }
      >();
      for (const r of rows) {
        const key = String(r.key);
        if (!key) continue;
        const n = num(r.n);
        const f = forms.get(key) ?? {
          key,
          name: '',
          count: 0,
          gender: null,
          names: new Map(),
          genders: new Map(),
        };
        f.count += n;
        f.names.set(String(r.name), (f.names.get(String(r.name)) ?? 0) + n);
        if (r.gender) f.genders.set(String(r.gender), (f.genders.get(String(r.gender)) ?? 0) + n);
        forms.set(key, f);
      }
      const top = (m: Map<string, number>) =>
        [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
      // Ties go to the spelling with accents (« Sergueï Lavrov »): the fuller form.
      const accents = (s: string) => s.normalize('NFD').length - s.length;
      for (const f of forms.values()) {
        f.name =
          [...f.names].sort(
            (a, b) => b[1] - a[1] || accents(b[0]) - accents(a[0]) || a[0].localeCompare(b[0]),
          )[0]?.[0] ?? f.key;
        const g = top(f.genders);
        f.gender = g === 'male' || g === 'female' ? g : null;
      }
      const manualRows = await this.db.all<Row>('SELECT key, canonical FROM actor_links WHERE manual = 1');
      const manual = new Map(manualRows.map((r) => [String(r.key), String(r.canonical)]));
      const links = linkPersons([...forms.values()], manual, (key) => isCommonFirstName(key));
      await this.db.run('DELETE FROM actor_links');
      await this.db.insertMany(
        'actor_links',
        ['key', 'canonical', 'reason', 'manual'],
        links.map((l) => [
          l.key,
          l.canonical,
          l.reason,
          l.reason === 'manual' || l.reason === 'unmerged' ? 1 : 0,
        ]),
      );
      // Display name and gender of each actor: those of its most frequent form, over all its forms.
      const actorGender = new Map<string, Map<string, number>>();
      const actorCount = new Map<string, number>();
      for (const l of links) {
        const f = forms.get(l.key);
        if (!f) continue;
        actorCount.set(l.canonical, (actorCount.get(l.canonical) ?? 0) + f.count);
        const m = actorGender.get(l.canonical) ?? new Map<string, number>();
        for (const [g, n] of f.genders) m.set(g, (m.get(g) ?? 0) + n);
        actorGender.set(l.canonical, m);
      }
      await this.db.run('DELETE FROM actor_names');
      const names: Param[][] = [];
      for (const [canonical, genders] of actorGender) {
        const f = forms.get(canonical);
        const g = top(genders);
        names.push([
          canonical,
          f?.name ?? canonical,
          g === 'male' || g === 'female' ? g : null,
          actorCount.get(canonical) ?? 0,
        ]);
      }
      await this.db.insertMany('actor_names', ['key', 'name', 'gender', 'mentions'], names);
      return links.filter((l) => l.key !== l.canonical).length;
    });
  }

  async actorLinks(options: { canonical?: string; all?: boolean } = {}): Promise<ActorLink[]> {
    const w = new Where();
    if (options.canonical) w.add('l.canonical = ?', await this.resolveActor(options.canonical));
    if (!options.all) w.add("(l.key <> l.canonical OR l.reason = 'unmerged')");
    const rows = await this.db.all<Row>(
      `SELECT l.*, n.name FROM actor_links l LEFT JOIN actor_names n ON n.key = l.canonical ${w.sql}
       ORDER BY l.canonical, l.key`,
      w.params,
    );
    return rows.map((r) => ({
      key: String(r.key),
      canonical: String(r.canonical),
      name: strOrNull(r.name) ?? String(r.canonical),
      reason: String(r.reason),
      manual: num(r.manual) !== 0,
    }));
  }

  async mergeActors(alias: string, target: string): Promise<ActorLink> {
    const key = actorKey(alias);
    const canonical = await this.resolveActor(target);
    if (!key) throw new RangeError(`not a name: "${alias}"`);
    if (key === canonical) throw new RangeError(`"${alias}" already counts as "${target}"`);
    await this.setManual(key, canonical);
    await this.relinkActors();
    return (await this.actorLinks({ all: true })).find((l) => l.key === key)!;
  }

  async unmergeActor(alias: string): Promise<ActorLink> {
    const key = actorKey(alias);
    if (!key) throw new RangeError(`not a name: "${alias}"`);
    await this.setManual(key, key);
    await this.relinkActors();
    return (await this.actorLinks({ all: true })).find((l) => l.key === key)!;
  }

  private async setManual(key: string, canonical: string): Promise<void> {
    await this.db.tx(async () => {
      await this.db.run('DELETE FROM actor_links WHERE key = ?', [key]);
      await this.db.run(
        "INSERT INTO actor_links (key, canonical, reason, manual) VALUES (?, ?, 'manual', 1)",
        [key, canonical],
      );
    });
  }

  async resolveActor(name: string): Promise<string> {
    return (await this.resolveActorKeys(name))[0]!;
  }

  /** Every name form counted as one of these actors: lets the filter use the key indexes. */
  private async memberKeys(canonicals: string[]): Promise<string[]> {
    const marks = canonicals.map(() => '?').join(', ');
    const rows = await this.db.all<{ key: unknown; canonical: unknown }>(
      `SELECT key, canonical FROM actor_links WHERE canonical IN (${marks}) OR key IN (${marks})`,
      [...canonicals, ...canonicals],
    );
    const keys = new Set<string>();
    const linkedElsewhere = new Set<string>();
    for (const r of rows) {
      if (canonicals.includes(String(r.canonical))) keys.add(String(r.key));
      else linkedElsewhere.add(String(r.key));
    }
    // An actor key with no link row of its own is its own actor.
    for (const c of canonicals) if (!linkedElsewhere.has(c)) keys.add(c);
    return [...keys];
  }

  private inKeys(w: Where, expr: string, keys: string[]): void {
    w.add(`${expr} IN (${keys.map(() => '?').join(', ')})`, ...keys);
  }

  /**
   * The actor keys a name typed by a user stands for: its own link when the corpus has that form;
   * else the actors with that surname (and a compatible first name): the leading one when it is far
   * more frequent (« Macron »), all of them when none leads (« Le Pen »).
   */
  async resolveActorKeys(name: string): Promise<string[]> {
    const key = actorKey(name);
    const rows = await this.db.all<{ canonical: unknown }>(
      'SELECT canonical FROM actor_links WHERE key = ?',
      [key],
    );
    if (rows.length) return [String(rows[0]!.canonical)];
    const { first, last } = nameParts(key);
    if (!last) return [key];
    const cands = (
      await this.db.all<Row>(
        "SELECT key, mentions FROM actor_names WHERE key = ? OR key LIKE ? ESCAPE '\\'",
        [last, `% ${likeEscape(last)}`],
      )
    )
      .map((r) => ({ key: String(r.key), n: num(r.mentions), parts: nameParts(String(r.key)) }))
      .filter(
        (c) =>
          c.parts.last === last && (!first || !c.parts.first || compatibleFirstNames(first, c.parts.first)),
      )
      .sort((a, b) => b.n - a.n || a.key.localeCompare(b.key));
    if (!cands.length) return [key];
    if (cands.length === 1 || cands[0]!.n >= DOMINANCE * cands[1]!.n) return [cands[0]!.key];
    return cands.map((c) => c.key);
  }
}
