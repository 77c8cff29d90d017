// Ingest: sources → articles → (analysis on worker threads) → store, in input order, one
// transaction per batch. Crash-safe by construction: an article is committed with its record or
// not at all, and a re-run skips every article already stored (same content hash), so a run
// killed at any point and started again completes without duplicates.
import { createReadStream } from 'node:fs';
import type { AnalyzeOptions } from '../analyze.js';
import { type AnalyzePool, createAnalyzePool } from '../parallel/analyze-pool.js';
import type { AnalysisRecord } from '../record.js';
import { fromHex, similarity, THRESHOLD } from './near-dup.js';
import { articleText, contentHash, type Prepared, prepare } from './prepare.js';
import {
  formatOf,
  listSources,
  type RawArticle,
  type ReadItem,
  type ReadProblem,
  readSource,
} from './read/index.js';
import { article } from './read/types.js';
import type { ArticleInput, PutArticleResult, Store } from './store.js';

/** Longer texts are stored and searchable but not analysed (no news article is this long). */
export const MAX_ANALYSED_CHARS = 1_000_000;

export interface IngestOptions {
  /** Worker threads for the analysis (default: every core); 0 analyses on the main thread. */
  workers?: number;
  /** Articles per transaction. */
  batchSize?: number;
  /** Largest file read whole (text, HTML, feed). */
  maxBytes?: number;
  /** Store without analysing (analyse later with reanalyze). */
  analyse?: boolean;
  /** Called as articles are processed: done of total (total grows as feeds reveal their items). */
  onProgress?: (done: number, total: number) => void;
  /** An existing pool to reuse. */
  pool?: AnalyzePool;
}

export interface Problem {
  source: string;
  reason: string;
}

export interface IngestReport {
  /** New articles stored. */
  ingested: number;
  /** Of which analysed. */
  analysed: number;
  /** Exact duplicates (same content already stored or seen in this run): not stored again. */
  duplicates: number;
  /** Stored and linked to the article they republish; not analysed again. */
  nearDuplicates: number;
  /** Stored but not analysed: language not supported. */
  otherLanguage: number;
  skipped: Problem[];
  failed: Problem[];
  elapsedMs: number;
}

interface Entry {
  prepared: Prepared;
  analysis: Promise<void> | null;
  record: AnalysisRecord | null;
  error: string | null;
  settled: boolean;
}

interface Seen {
  hash: string;
  signature: Uint32Array;
  /** Hash of the original when this one is itself a republication. */
  root: string;
}

async function countLines(path: string): Promise<number> {
  let n = 0;
  try {
    for await (const chunk of createReadStream(path)) {
      const b = chunk as Buffer;
      for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) n++;
    }
  } catch {
    return 1;
  }
  return Math.max(1, n);
}

export function analyzeOptions(a: ArticleInput): AnalyzeOptions {
  return {
    id: a.sourceId ?? a.hash.slice(0, 16),
    title: a.title,
    published: a.published,
    language: a.language || 'fr',
    url: a.url,
    outlet: a.outlet,
  };
}

export async function ingest(
  store: Store,
  paths: string[],
  options: IngestOptions = {},
): Promise<IngestReport> {
  const { files, problems } = listSources(paths);
  let total = problems.length;
  for (const f of files) total += formatOf(f) === 'jsonl' ? await countLines(f) : 1;
  async function* items(): AsyncGenerator<ReadItem> {
    yield* problems;
    for (const file of files) yield* readSource(file, { maxBytes: options.maxBytes });
  }
  return ingestItems(store, items(), { ...options, total });
}

/** Ingests one article given as fields (the HTTP API's form): same keys, duplicates and analysis as files. */
export async function ingestOne(
  store: Store,
  input: Partial<Omit<RawArticle, 'kind'>> & { text: string },
  options: IngestOptions = {},
): Promise<{ id: number | null; created: boolean; duplicateOf: number | null; report: IngestReport }> {
  const given = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  const raw = article({
    ...given,
    text: input.text,
    source: input.source ?? 'api',
    titleInText: input.titleInText ?? !input.title,
  });
  const report = await ingestItems(store, [raw], { workers: 0, batchSize: 1, ...options, total: 1 });
  const id = await store.hasArticle(prepare(raw).article.hash);
  const stored = id === null ? null : await store.getArticle(id);
  return { id, created: report.ingested === 1, duplicateOf: stored?.duplicateOf ?? null, report };
}

/** The ingest loop over read items (articles and problems), from files or from memory. */
export async function ingestItems(
  store: Store,
  items: AsyncIterable<ReadItem> | Iterable<ReadItem>,
  options: IngestOptions & { total?: number } = {},
): Promise<IngestReport> {
  const t0 = performance.now();
  const batchSize = Math.max(1, options.batchSize ?? 200);
  const analyse = options.analyse ?? true;
  const report: IngestReport = {
    ingested: 0,
    analysed: 0,
    duplicates: 0,
    nearDuplicates: 0,
    otherLanguage: 0,
    skipped: [],
    failed: [],
    elapsedMs: 0,
  };
  const problem = (p: ReadProblem) =>
    (p.kind === 'failed' ? report.failed : report.skipped).push({ source: p.source, reason: p.reason });

  let total = options.total ?? 0;
  let done = 0;
  const tick = (n = 1) => {
    done += n;
    if (done > total) total = done;
    options.onProgress?.(done, total);
  };
  options.onProgress?.(0, total);

  const workers = options.workers ?? undefined;
  const ownPool = analyse && workers !== 0 && !options.pool;
  const pool = options.pool ?? (ownPool ? createAnalyzePool(workers ? { size: workers } : {}) : null);
  let analyzeHere: ((text: string, o: AnalyzeOptions) => AnalysisRecord) | null = null;
  if (analyse && !pool) analyzeHere = (await import('../analyze.js')).analyze;

  const seenHashes = new Set<string>();
  const bandIndex = new Map<string, Seen[]>();
  const queue: Entry[] = [];

  // A batch that cannot be written (a record the schema refuses, say) is retried article by article:
  // one bad record costs its own analysis, never the batch, and the article text is still stored.
  const writeBatch = async (batch: Entry[]): Promise<PutArticleResult[]> => {
    try {
      return await store.putBatch(batch.map((e) => ({ article: e.prepared.article, record: e.record })));
    } catch (batchError) {
      if (batch.every((e) => !e.record)) throw batchError;
    }
    const out: PutArticleResult[] = [];
    for (const e of batch) {
      try {
        out.push((await store.putBatch([{ article: e.prepared.article, record: e.record }]))[0]!);
        continue;
      } catch (err) {
        // Without a record only plain columns are written: if that fails, the store itself is failing.
        if (!e.record) throw err;
        e.error = `its record could not be stored: ${(err as Error).message}`;
        e.record = null;
      }
      out.push((await store.putBatch([{ article: e.prepared.article, record: null }]))[0]!);
    }
    return out;
  };

  // Writes the settled head of the queue, in input order: full batches, or everything at the end.
  const flush = async (all: boolean) => {
    for (;;) {
      let n = 0;
      while (n < queue.length && n < batchSize && queue[n]!.settled) n++;
      if (n === 0) {
        if (!all || !queue.length) return;
        await queue[0]!.analysis;
        continue;
      }
      if (n < batchSize && !all) return;
      const batch = queue.splice(0, n);
      const results = await writeBatch(batch);
      for (const [i, r] of results.entries()) {
        const e = batch[i]!;
        if (!r.created) {
          // Stored meanwhile by another process: not ours to count twice.
          report.duplicates++;
          continue;
        }
        report.ingested++;
        if (e.record) report.analysed++;
        if (e.error)
          report.failed.push({
            source: e.prepared.article.source ?? '?',
            reason: `stored, but analysis failed: ${e.error}`,
          });
      }
    }
  };

  const nearDuplicate = async (p: Prepared): Promise<void> => {
    const sig = p.signature;
    const bands = p.article.bands ?? [];
    if (!sig || !bands.length) return;
    let best: { score: number; id?: number; hash?: string } = { score: 0 };
    for (const band of bands)
      for (const s of bandIndex.get(band) ?? []) {
        const score = similarity(sig, s.signature);
        if (score > best.score) best = { score, hash: s.root };
      }
    for (const c of await store.nearCandidates(bands)) {
      const score = similarity(sig, fromHex(c.signature));
      if (score > best.score) best = { score, id: c.duplicateOf ?? c.id };
    }
    const seen: Seen = { hash: p.article.hash, signature: sig, root: p.article.hash };
    if (best.score >= THRESHOLD) {
      p.article.similarity = Math.round(best.score * 1000) / 1000;
      if (best.id !== undefined) p.article.duplicateOf = best.id;
      else {
        p.article.duplicateOfHash = best.hash!;
        seen.root = best.hash!;
      }
    }
    for (const band of bands) {
      const list = bandIndex.get(band) ?? [];
      list.push(seen);
      bandIndex.set(band, list);
    }
  };

  try {
    for await (const item of items) {
      if (item.kind !== 'article') {
        problem(item);
        tick();
        continue;
      }
      // The hash first: a re-run (after a crash, or of a polled feed) skips stored articles cheaply.
      const hash = contentHash(articleText(item).text);
      if (seenHashes.has(hash) || (await store.hasArticle(hash)) !== null) {
        report.duplicates++;
        tick();
        continue;
      }
      seenHashes.add(hash);
      let prepared: Prepared;
      try {
        prepared = prepare(item);
      } catch (e) {
        report.failed.push({ source: item.source, reason: (e as Error).message });
        tick();
        continue;
      }
      await nearDuplicate(prepared);
      const isCopy = prepared.article.duplicateOf != null || prepared.article.duplicateOfHash != null;
      if (isCopy) report.nearDuplicates++;
      else if (!prepared.analysable) report.otherLanguage++;
      const entry: Entry = { prepared, analysis: null, record: null, error: null, settled: true };
      const tooLong = prepared.article.text.length > MAX_ANALYSED_CHARS;
      if (tooLong && analyse)
        report.skipped.push({
          source: item.source,
          reason: `stored, not analysed: ${prepared.article.text.length} characters, over ${MAX_ANALYSED_CHARS}`,
        });
      if (analyse && prepared.analysable && !isCopy && !tooLong) {
        const opts = analyzeOptions(prepared.article);
        if (pool) {
          entry.settled = false;
          entry.analysis = pool.run({ text: prepared.article.text, options: opts }).then(
            (r) => {
              entry.record = r;
              entry.settled = true;
              tick();
            },
            (e: Error) => {
              entry.error = e.message;
              entry.settled = true;
              tick();
            },
          );
        } else {
          try {
            entry.record = analyzeHere!(prepared.article.text, opts);
          } catch (e) {
            entry.error = (e as Error).message;
          }
        }
      }
      queue.push(entry);
      // Progress counts articles processed; they are committed by batches, in order.
      if (entry.settled) tick();
      // Keep the workers fed but the memory bounded.
      if (pool && pool.pending >= pool.size * 4) await queue.find((e) => !e.settled)?.analysis;
      await flush(false);
    }
    await flush(true);
  } finally {
    if (ownPool) await pool!.close();
  }
  if (report.ingested) await store.relinkActors();
  report.elapsedMs = Math.round(performance.now() - t0);
  return report;
}

/** Refreshes records made by an older analyser (or missing ones) with the current one. */
export async function reanalyze(
  store: Store,
  version: string,
  languages: string[],
  options: { workers?: number; onProgress?: (done: number) => void; limit?: number } = {},
): Promise<{ refreshed: number; failed: Problem[] }> {
  const pool =
    options.workers === 0 ? null : createAnalyzePool(options.workers ? { size: options.workers } : {});
  const analyzeHere = pool ? null : (await import('../analyze.js')).analyze;
  const out = { refreshed: 0, failed: [] as Problem[] };
  let after = 0;
  try {
    for (;;) {
      const page = await store.staleArticles(version, languages, 200, after);
      if (!page.length) break;
      after = page[page.length - 1]!.id;
      const results = await Promise.all(
        page.map(async (a) => {
          const opts = analyzeOptions({ ...a, language: a.language });
          try {
            return pool ? await pool.run({ text: a.text, options: opts }) : analyzeHere!(a.text, opts);
          } catch (e) {
            out.failed.push({ source: a.source ?? `article ${a.id}`, reason: (e as Error).message });
            return null;
          }
        }),
      );
      for (const [i, r] of results.entries()) {
        if (!r) continue;
        await store.putAnalysis(page[i]!.id, r);
        out.refreshed++;
      }
      options.onProgress?.(out.refreshed);
      if (options.limit && out.refreshed >= options.limit) break;
    }
  } finally {
    await pool?.close();
  }
  if (out.refreshed) await store.relinkActors();
  return out;
}
