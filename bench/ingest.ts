// Ingest throughput into a fresh SQLite store with the library's own ingest (what `depeche ingest`
// runs): JSONL read, language detection, content hash, MinHash near-duplicate linking, analysis on
// every core, one transaction per batch.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../src/corpus/ingest.js';
import { openSqlite } from '../src/corpus/sqlite.js';
import type { BenchArticle } from './corpus.js';

export type IngestResult =
  | { skipped: string }
  | {
      summary: string;
      articles: number;
      workers: number;
      seconds: number;
      articlesPerSec: number;
      mbPerSec: number;
      analysed: number;
      nearDuplicates: number;
      dbKbPerArticle: number;
    };

export async function measureIngest(
  articles: readonly BenchArticle[],
  workers: number,
): Promise<IngestResult> {
  const dir = mkdtempSync(join(tmpdir(), 'depeche-bench-ingest-'));
  const db = join(dir, 'bench.db');
  const input = join(dir, 'sample.jsonl');
  try {
    // The corpus's own line format, title apart: ingest puts the title line first, as analysed above.
    writeFileSync(
      input,
      articles
        .map((a) => {
          const nl = a.text.indexOf('\n');
          return JSON.stringify({
            id: a.id,
            title: a.text.slice(0, nl),
            text: a.text.slice(nl + 1),
            published: a.published,
          });
        })
        .join('\n') + '\n',
    );
    const store = await openSqlite(db);
    const t0 = performance.now();
    const r = await ingest(store, [input], { workers });
    const seconds = (performance.now() - t0) / 1000;
    await store.close();
    if (r.failed.length) return { skipped: `failed: ${r.failed[0]!.source}: ${r.failed[0]!.reason}` };
    const bytes = articles.reduce((s, a) => s + a.bytes, 0);
    const dbBytes = ['', '-wal'].reduce((s, x) => {
      try {
        return s + statSync(db + x).size;
      } catch {
        return s;
      }
    }, 0);
    const aps = articles.length / seconds;
    const kb = dbBytes / 1e3 / articles.length;
    return {
      summary:
        `${aps.toFixed(1)} articles/s, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s on ${workers} worker thread(s) ` +
        `(read, detect, hash, near-dup, analyse, write; ${r.analysed} analysed, ${r.nearDuplicates} near-duplicates linked), ` +
        `${kb.toFixed(1)} kB of database per article`,
      articles: articles.length,
      workers,
      seconds,
      articlesPerSec: aps,
      mbPerSec: bytes / 1e6 / seconds,
      analysed: r.analysed,
      nearDuplicates: r.nearDuplicates,
      dbKbPerArticle: kb,
    };
  } catch (e) {
    return { skipped: `failed: ${(e as Error).message}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
