// Bench worker thread: analyses the batches it is sent and says how long each took. Records are
// built in full (as a batch run would) but not sent back: the bench measures analysis, not cloning.
import { parentPort } from 'node:worker_threads';
import { analyze } from '../src/analyze.js';

export interface WorkArticle {
  id: string;
  text: string;
  published: string | null;
}

export type ToWorker =
  | { type: 'warmup' | 'batch'; batch: number; articles: WorkArticle[] }
  | { type: 'stop' };
export type FromWorker =
  | { type: 'done'; batch: number; articles: number; entities: number; ms: number }
  | { type: 'error'; batch: number; message: string };

const port = parentPort;
if (!port) throw new Error('bench/worker.ts runs as a worker thread');
port.on('message', (m: ToWorker) => {
  if (m.type === 'stop') {
    port.close();
    return;
  }
  const t0 = performance.now();
  let entities = 0;
  try {
    for (const a of m.articles)
      entities += analyze(a.text, { id: a.id, published: a.published }).entities.length;
  } catch (e) {
    port.postMessage({
      type: 'error',
      batch: m.batch,
      message: String((e as Error)?.message ?? e),
    } satisfies FromWorker);
    return;
  }
  port.postMessage({
    type: 'done',
    batch: m.batch,
    articles: m.articles.length,
    entities,
    ms: performance.now() - t0,
  } satisfies FromWorker);
});
