// Crash safety: an ingest killed with SIGKILL at random points, several times, then run again,
// stores every article exactly once, each with its analysis record.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import Database from 'better-sqlite3';
import { contentHash } from '../../src/corpus/prepare.js';
import { generateCorpus, toJsonl } from './generate.js';

const dir = mkdtempSync(join(tmpdir(), 'depeche-crash-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const CLI = new URL('../../src/cli/main.ts', import.meta.url).pathname;
const N = 60;

function count(db: string): number {
  try {
    const c = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (c.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      c.close();
    }
  } catch {
    return 0; // not created yet, or the schema is being written
  }
}

/** Runs an ingest; with `killAt`, SIGKILLs it as soon as that many articles are committed. */
function run(
  corpus: string,
  db: string,
  killAt?: number,
): Promise<{ code: number | null; signal: string | null }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', CLI, 'ingest', corpus, '--db', db, '--batch', '3', '--workers', '0', '--quiet'],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const timer =
      killAt === undefined
        ? null
        : setInterval(() => {
            if (count(db) >= killAt) child.kill('SIGKILL');
          }, 15);
    child.on('exit', (code, signal) => {
      if (timer) clearInterval(timer);
      if (code && code !== 0) process.stderr.write(stderr);
      resolve({ code, signal });
    });
  });
}

it('survives SIGKILL at random points: every article exactly once, with its record', {
  timeout: 120_000,
}, async () => {
  const articles = generateCorpus(N, 1234);
  const corpus = join(dir, 'corpus.jsonl');
  writeFileSync(corpus, toJsonl(articles));
  const db = join(dir, 'crash.db');
  let killed = 0;
  let seed = Date.now() % 1000;
  for (let round = 0; round < 3; round++) {
    const already = count(db);
    seed = (seed * 7919 + 17) % 1000;
    const killAt = already + 1 + Math.floor((seed / 1000) * (N - already - 6));
    const r = await run(corpus, db, killAt);
    if (r.signal === 'SIGKILL') killed++;
    const now = count(db);
    assert.ok(now >= already, 'committed articles are never lost');
  }
  assert.ok(killed >= 2, `expected kills mid-run, got ${killed}`);
  const final = await run(corpus, db);
  assert.equal(final.code, 0);
  const c = new Database(db, { readonly: true });
  try {
    const rows = c.prepare('SELECT hash, analyzer, record IS NOT NULL AS has FROM articles').all() as {
      hash: string;
      analyzer: string | null;
      has: number;
    }[];
    assert.equal(rows.length, N);
    const hashes = new Set(rows.map((r) => r.hash));
    for (const a of articles) assert.ok(hashes.has(contentHash(`${a.title}\n${a.text}`)), a.id);
    assert.ok(
      rows.every((r) => r.has === 1 && r.analyzer),
      'every article committed with its record',
    );
    const quotes = c.prepare('SELECT count(DISTINCT article_id) AS n FROM quotes').get() as { n: number };
    assert.ok(quotes.n <= N);
  } finally {
    c.close();
  }
});
