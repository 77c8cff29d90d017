// Batch analysis on 1..N worker threads through the project's own pool (src/parallel/): every
// article is a task, the record comes back whole (as a batch run or an ingest gets it), timed from
// the first task queued to the last record back.
//
// Each pool is started and warmed before any timing: untimed passes over the whole sample until
// its articles per CPU-second settle, so every worker has compiled its hot code (V8's JIT costs as
// much CPU as the analysis in a thread's first thousands of articles, and on 2 cores the compiler
// threads of two fresh workers compete with the workers themselves). A batch of thousands of
// articles runs warm.
import { createAnalyzePool } from '../src/parallel/analyze-pool.js';
import type { PoolOptions } from '../src/parallel/pool.js';
import type { BenchArticle } from './corpus.js';
import { QUIET_CPU_PER_WALL, WARMUP_ARTICLES } from './measure.js';

export interface ScalingPoint {
  workers: number;
  seconds: number;
  articlesPerSec: number;
  articlesPerSecPerCore: number;
  mbPerSec: number;
  /** Throughput relative to one worker. */
  speedup: number;
  /** CPU time of the whole process (main thread, workers, GC) over the run. */
  cpuSeconds: number;
  /**
   * Articles per CPU-second relative to one worker: 1 means the threads add no overhead, so on
   * free cores the speedup would reach `workers × cpuEfficiency`. Steady under load, unlike `speedup`.
   */
  cpuEfficiency: number;
}

const task = (a: BenchArticle) => ({ text: a.text, options: { id: a.id, published: a.published } });

type Pool = ReturnType<typeof createAnalyzePool>;

async function pass(pool: Pool, articles: readonly BenchArticle[]) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(articles.map((a) => pool.run(task(a))));
  const seconds = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  return { seconds, cpuSeconds: (c.user + c.system) / 1e6 };
}

/**
 * Each worker count `rounds` times, the counts interleaved (1, 2, 1, 2 …) so that a burst of other
 * work on a shared machine hits them alike; the best round of each count is kept. The pools are
 * warmed first (untimed passes until steady) and kept across rounds.
 */
export async function measureScaling(
  articles: readonly BenchArticle[],
  counts: number[],
  rounds = 3,
  poolOptions: PoolOptions = {},
): Promise<ScalingPoint[]> {
  const bytes = articles.reduce((s, a) => s + a.bytes, 0);
  const pools = new Map<number, Pool>();
  try {
    // Warm-up passes until the JIT has settled in every worker (as bench/measure.ts does on one thread).
    for (const workers of counts) {
      const pool = createAnalyzePool({ ...poolOptions, size: workers });
      pools.set(workers, pool);
      // Each worker sees 1/workers of a pass: at least WARMUP_ARTICLES per worker, then until two
      // passes agree and the process burns no more CPU than its workers (plus the main thread) do;
      // on N workers over N cores the compiler threads compete with the workers instead, so only
      // the article floor and the agreement tell there.
      const minPasses = Math.ceil((workers * WARMUP_ARTICLES) / Math.max(1, articles.length));
      const maxPasses = minPasses + 4;
      let prev = 0;
      for (let p = 0; p < maxPasses; p++) {
        const { seconds, cpuSeconds } = await pass(pool, articles);
        const perCpu = articles.length / cpuSeconds;
        const quiet = cpuSeconds / seconds <= workers * QUIET_CPU_PER_WALL + 0.1;
        if (p + 1 >= minPasses && quiet && prev && Math.abs(perCpu / prev - 1) < 0.05) break;
        prev = perCpu;
      }
    }
    const best = new Map<number, { seconds: number; cpuSeconds: number }>();
    for (let r = 0; r < rounds; r++)
      for (const workers of counts) {
        const run = await pass(pools.get(workers)!, articles);
        const prev = best.get(workers);
        if (!prev || run.seconds < prev.seconds) best.set(workers, run);
      }
    const out: ScalingPoint[] = [];
    for (const workers of counts) {
      const { seconds, cpuSeconds } = best.get(workers)!;
      const aps = articles.length / seconds;
      const perCpu = articles.length / cpuSeconds;
      out.push({
        workers,
        seconds,
        articlesPerSec: aps,
        articlesPerSecPerCore: aps / workers,
        mbPerSec: bytes / 1e6 / seconds,
        speedup: out[0] ? aps / out[0].articlesPerSec : 1,
        cpuSeconds,
        cpuEfficiency: out[0] ? perCpu / (articles.length / out[0].cpuSeconds) : 1,
      });
    }
    return out;
  } finally {
    await Promise.all([...pools.values()].map((p) => p.close()));
  }
}
