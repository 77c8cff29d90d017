// Ingest throughput into the SQLite store (src/corpus/): analysed articles written in batches, one
// transaction per batch, with their content hash and MinHash signature as an ingest computes them.
// Analysis is timed apart (the single-thread figure), so this is the store's own cost per article.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { bandKeys, minhash, toHex } from '../src/corpus/near-dup.js';
import { openSqlite } from '../src/corpus/sqlite.js';
import type { ArticleInput } from '../src/corpus/store.js';
import type { BenchArticle } from './corpus.js';

export type IngestResult =
  | { skipped: string }
  | {
      summary: string;
      articles: number;
      batchSize: number;
      /** Hash + MinHash + SQLite writes (records already analysed). */
      seconds: number;
      articlesPerSec: number;
      mbPerSec: number;
      dbMbPerArticle: number;
    };

export async function measureIngest(
  articles: readonly BenchArticle[],
  batchSize = 100,
): Promise<IngestResult> {
  const dir = mkdtempSync(join(tmpdir(), 'depeche-bench-ingest-'));
  const path = join(dir, 'bench.db');
  try {
    const store = await openSqlite(path);
    const records = articles.map((a) => analyze(a.text, { id: a.id, published: a.published }));
    const t0 = performance.now();
    for (let i = 0; i < articles.length; i += batchSize) {
      const items = articles.slice(i, i + batchSize).map((a, k) => {
        const sig = minhash(a.text);
        const article: ArticleInput = {
          hash: createHash('sha256').update(a.text).digest('hex'),
          text: a.text,
          title: records[i + k]!.title,
          url: null,
          outlet: null,
          author: null,
          published: a.published,
          language: 'fr',
          source: 'bench',
          sourceId: a.id,
          bands: sig ? bandKeys(sig) : [],
          signature: sig ? toHex(sig) : null,
        };
        return { article, record: records[i + k]! };
      });
      await store.putBatch(items);
    }
    const seconds = (performance.now() - t0) / 1000;
    await store.close();
    const bytes = articles.reduce((s, a) => s + a.bytes, 0);
    const dbBytes = ['', '-wal'].reduce((s, x) => {
      try {
        return s + statSync(path + x).size;
      } catch {
        return s;
      }
    }, 0);
    const aps = articles.length / seconds;
    return {
      summary: `${Math.round(aps).toLocaleString('en-US')} articles/s, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s (hash, MinHash, SQLite write in batches of ${batchSize}; analysis excluded), ${((dbBytes / 1e6 / articles.length) * 1000).toFixed(1)} kB of database per article`,
      articles: articles.length,
      batchSize,
      seconds,
      articlesPerSec: aps,
      mbPerSec: bytes / 1e6 / seconds,
      dbMbPerArticle: dbBytes / 1e6 / articles.length,
    };
  } catch (e) {
    return { skipped: `failed: ${(e as Error).message}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
