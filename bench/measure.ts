// One core, one thread: every article through the whole pipeline, timed per article and per stage.
import { createDoc, toRecord } from '../src/analyze.js';
import { runStages, STAGES } from '../src/pipeline.js';
import type { BenchArticle } from './corpus.js';

export interface StageFigure {
  stage: string;
  ms: number;
  /** Share of the pipeline's time. */
  share: number;
  articlesPerSec: number;
  mbPerSec: number;
}

export interface SingleCoreResult {
  articles: number;
  /** The untimed warm-up passes over the sample (JIT warm-up), first one cold. */
  warmup: WarmupPass[];
  bytes: number;
  seconds: number;
  articlesPerSec: number;
  mbPerSec: number;
  /** CPU time of the process over the pass (user + system): steadier than wall time under load. */
  cpuSeconds: number;
  articlesPerCpuSec: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  stages: StageFigure[];
  /** Per-article wall time (ms), in sample order: lets a peer's subset be compared on the same articles. */
  perArticleMs: number[];
  /** Per-article CPU time (ms), same order. */
  perArticleCpuMs: number[];
  peakRssMb: number;
  entities: number;
  quotes: number;
  events: number;
  dates: number;
}

export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

const MB = 1e6;

/** A warm-up pass: its articles per CPU-second (process CPU: main thread, JIT and GC threads). */
export interface WarmupPass {
  articles: number;
  articlesPerSec: number;
  articlesPerCpuSec: number;
}

/**
 * Untimed passes over the sample until the JIT has settled: V8 keeps re-optimising (and
 * de-optimising) the large stage functions for the first thousands of articles, and its compiler
 * threads then burn as much CPU as the analysis. At least `WARMUP_ARTICLES` articles, then passes
 * until (a) one is within `tolerance` of the previous in articles per CPU-second and (b) the
 * process used at most `QUIET_CPU_PER_WALL` CPU-seconds per second of the pass, i.e. the compiler
 * and GC threads have gone quiet beside the analysing thread — at most `maxPasses`. Both are
 * needed: two passes once agreed within 2% (354 → 360 articles per CPU-second) while the compiler
 * still ran, and the timed pass then did 658. A batch of tens of thousands of articles runs in that
 * steady state; the first pass is reported too (the cold figure).
 */
export const WARMUP_ARTICLES = 10000;
/** A pass on one thread whose process CPU time exceeds its wall time by more than this is not steady. */
export const QUIET_CPU_PER_WALL = 1.15;

export function warmUp(
  analyse: (a: BenchArticle) => void,
  articles: readonly BenchArticle[],
  maxPasses = 10,
  tolerance = 0.05,
): WarmupPass[] {
  const minPasses = Math.min(maxPasses, Math.ceil(WARMUP_ARTICLES / Math.max(1, articles.length)));
  const passes: WarmupPass[] = [];
  for (let p = 0; p < maxPasses; p++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const a of articles) analyse(a);
    const s = (performance.now() - t0) / 1000;
    const c = process.cpuUsage(c0);
    const pass = {
      articles: articles.length,
      articlesPerSec: articles.length / s,
      articlesPerCpuSec: articles.length / ((c.user + c.system) / 1e6),
    };
    const prev = passes.at(-1);
    passes.push(pass);
    if (passes.length < minPasses) continue;
    const quiet = pass.articlesPerSec / pass.articlesPerCpuSec <= QUIET_CPU_PER_WALL;
    if (quiet && prev && Math.abs(pass.articlesPerCpuSec / prev.articlesPerCpuSec - 1) < tolerance) break;
  }
  return passes;
}

/** Analyses each article once, timed, after warming up (see `warmUp`). */
export function measureSingleCore(articles: readonly BenchArticle[], maxWarmupPasses = 10): SingleCoreResult {
  // The warm-up runs the very code the timed pass runs (stage timings and per-article CPU reads
  // included): warmed without them, the first timed call deoptimised runStages and V8 recompiled
  // the inlined stages during the timed pass (one run timed 519 articles per CPU-second after
  // warm-up passes of 594 and 620).
  const warmTimings = new Map<string, number>();
  const warmup = warmUp(
    (a) => {
      const c0 = process.cpuUsage();
      toRecord(runStages(createDoc(a.text, { id: a.id, published: a.published }), STAGES, warmTimings));
      process.cpuUsage(c0);
    },
    articles,
    maxWarmupPasses,
  );
  const timings = new Map<string, number>();
  const perArticleMs: number[] = [];
  const perArticleCpuMs: number[] = [];
  let bytes = 0;
  const counts = { entities: 0, quotes: 0, events: 0, dates: 0 };
  for (const a of articles) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const rec = toRecord(runStages(createDoc(a.text, { id: a.id, published: a.published }), STAGES, timings));
    perArticleMs.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    perArticleCpuMs.push((c.user + c.system) / 1000);
    bytes += a.bytes;
    counts.entities += rec.entities.length;
    counts.quotes += rec.quotes.length;
    counts.events += rec.events.length;
    counts.dates += rec.dates.length;
  }
  const totalMs = perArticleMs.reduce((s, x) => s + x, 0);
  const seconds = totalMs / 1000;
  const cpuSeconds = perArticleCpuMs.reduce((s, x) => s + x, 0) / 1000;
  const sorted = [...perArticleMs].sort((x, y) => x - y);
  const stageTotal = [...timings.values()].reduce((s, x) => s + x, 0);
  return {
    articles: articles.length,
    warmup,
    bytes,
    seconds,
    articlesPerSec: articles.length / seconds,
    mbPerSec: bytes / MB / seconds,
    cpuSeconds,
    articlesPerCpuSec: articles.length / cpuSeconds,
    latencyMs: {
      p50: percentile(sorted, 0.5),
      p90: percentile(sorted, 0.9),
      p99: percentile(sorted, 0.99),
      max: sorted.at(-1) ?? 0,
      mean: totalMs / Math.max(1, articles.length),
    },
    stages: STAGES.map((s) => {
      const ms = timings.get(s.name) ?? 0;
      return {
        stage: s.name,
        ms,
        share: stageTotal ? ms / stageTotal : 0,
        articlesPerSec: ms ? articles.length / (ms / 1000) : Number.POSITIVE_INFINITY,
        mbPerSec: ms ? bytes / MB / (ms / 1000) : Number.POSITIVE_INFINITY,
      };
    }),
    perArticleMs,
    perArticleCpuMs,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    ...counts,
  };
}
