// Ingest throughput into the SQLite store, once the corpus store exists.
import type { BenchArticle } from './corpus.js';

export type IngestResult = { skipped: string } | { summary: string; articlesPerSec: number; seconds: number };

export async function measureIngest(_articles: readonly BenchArticle[]): Promise<IngestResult> {
  return { skipped: 'not measured: the SQLite store (src/corpus/) is not on main yet' };
}
