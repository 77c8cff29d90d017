// A pool of worker threads running one task function on all cores. Generic: a worker module calls
// `serve(handler)`; the main thread makes `new WorkerPool(url)` and awaits `run(input)`. Workers
// given as .ts sources (a checkout run through tsx) load through tsx; built .js load directly.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';

interface Request<I> {
  id: number;
  input: I;
}
type Reply<O> =
  | { id: number; ok: true; output: O }
  | { id: number; ok: false; error: string; stack?: string };

export class TaskError extends Error {}

export interface PoolOptions {
  /** Number of threads; default: every core (os.availableParallelism()). */
  size?: number;
  workerData?: unknown;
  /** Heap limit per worker, in MB (the analysis of a huge article should fail alone). */
  maxOldGenerationSizeMb?: number;
  /** Young generation per worker, in MB: a larger one means fewer scavenges (see analyze-pool.ts). */
  maxYoungGenerationSizeMb?: number;
}

let tsxPath: string | undefined;
const tsxApi = () =>
  (tsxPath ??= pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href.replace(
    /\.cjs$/,
    '.mjs',
  ));

export const defaultPoolSize = () => Math.max(1, availableParallelism());

interface Slot<I, O> {
  worker: Worker;
  busy: { id: number; input: I; resolve: (o: O) => void; reject: (e: Error) => void } | null;
}

export class WorkerPool<I, O> {
  readonly size: number;
  private readonly slots: Slot<I, O>[] = [];
  private readonly queue: { input: I; resolve: (o: O) => void; reject: (e: Error) => void }[] = [];
  private nextId = 1;
  private closed = false;
  private deathsInARow = 0;
  private broken: Error | null = null;

  constructor(
    private readonly url: URL,
    private readonly options: PoolOptions = {},
  ) {
    this.size = Math.max(1, options.size ?? defaultPoolSize());
    for (let i = 0; i < this.size; i++) this.slots.push(this.spawn());
  }

  /** Tasks waiting or running. */
  get pending(): number {
    return this.queue.length + this.slots.filter((s) => s.busy).length;
  }

  private spawn(): Slot<I, O> {
    const fromSource = this.url.pathname.endsWith('.ts');
    // From sources, a small bootstrap registers tsx's loader in the worker, then imports the
    // module (`execArgv: ['--import', 'tsx']` is not honoured by Node 20 workers).
    const entry = fromSource
      ? `import(${JSON.stringify(tsxApi())}).then((t) => { t.register(); return import(${JSON.stringify(this.url.href)}); });`
      : this.url;
    const worker = new Worker(entry, {
      eval: fromSource,
      workerData: this.options.workerData,
      resourceLimits: {
        ...(this.options.maxOldGenerationSizeMb
          ? { maxOldGenerationSizeMb: this.options.maxOldGenerationSizeMb }
          : {}),
        ...(this.options.maxYoungGenerationSizeMb
          ? { maxYoungGenerationSizeMb: this.options.maxYoungGenerationSizeMb }
          : {}),
      },
    });
    worker.unref();
    const slot: Slot<I, O> = { worker, busy: null };
    worker.on('message', (reply: Reply<O>) => {
      const task = slot.busy;
      if (!task || task.id !== reply.id) return;
      slot.busy = null;
      this.deathsInARow = 0;
      if (reply.ok) task.resolve(reply.output);
      else {
        const e = new TaskError(reply.error);
        if (reply.stack) e.stack = reply.stack;
        task.reject(e);
      }
      this.dispatch();
    });
    // A crashed worker (out of memory, native error) fails its task only; a fresh one takes its place.
    // Deaths in a row with no task done mean the worker cannot start: fail everything, stop respawning.
    const replace = (err: Error) => {
      const task = slot.busy;
      slot.busy = null;
      task?.reject(new TaskError(`worker died: ${err.message}`));
      if (++this.deathsInARow > 2 * this.size) {
        this.broken = err;
        for (const t of this.queue.splice(0)) t.reject(new TaskError(`workers cannot start: ${err.message}`));
        return;
      }
      const i = this.slots.indexOf(slot);
      if (i >= 0 && !this.closed) this.slots[i] = this.spawn();
      this.dispatch();
    };
    worker.on('error', replace);
    worker.on('exit', (code) => {
      if (!this.closed && slot.busy) replace(new Error(`exit code ${code}`));
    });
    return slot;
  }

  run(input: I): Promise<O> {
    if (this.closed) return Promise.reject(new Error('pool is closed'));
    if (this.broken) return Promise.reject(new TaskError(`workers cannot start: ${this.broken.message}`));
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.busy || !this.queue.length) continue;
      const task = this.queue.shift()!;
      const id = this.nextId++;
      slot.busy = { id, ...task };
      slot.worker.ref();
      slot.worker.postMessage({ id, input: task.input } satisfies Request<I>);
    }
    for (const slot of this.slots) if (!slot.busy) slot.worker.unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.queue.splice(0)) t.reject(new Error('pool closed'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/** In a worker module: answer every task with `handler`. */
export function serve<I, O>(handler: (input: I) => O | Promise<O>): void {
  if (isMainThread || !parentPort) throw new Error('serve() runs inside a worker thread');
  const port = parentPort;
  port.on('message', async ({ id, input }: Request<I>) => {
    try {
      port.postMessage({ id, ok: true, output: await handler(input) } satisfies Reply<O>);
    } catch (e) {
      port.postMessage({
        id,
        ok: false,
        error: e instanceof Error ? e.message : String(e),
        stack: e instanceof Error ? e.stack : undefined,
      } satisfies Reply<O>);
    }
  });
}

/** The URL of a sibling module, .ts when this file runs from sources, .js when built. */
export function siblingModule(base: string, stem: string): URL {
  const ext = base.endsWith('.ts') ? '.ts' : '.js';
  return new URL(`./${stem}${ext}`, base);
}
