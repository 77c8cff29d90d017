// The analysis pool: `analyze()` on worker threads, one per core.
import type { AnalysisRecord } from '../record.js';
import type { AnalyzeTask } from './analyze-worker.js';
import { type PoolOptions, siblingModule, WorkerPool } from './pool.js';

export type AnalyzePool = WorkerPool<AnalyzeTask, AnalysisRecord>;

export function createAnalyzePool(options: PoolOptions = {}): AnalyzePool {
  return new WorkerPool<AnalyzeTask, AnalysisRecord>(siblingModule(import.meta.url, 'analyze-worker'), {
    maxOldGenerationSizeMb: 1024,
    ...options,
  });
}
