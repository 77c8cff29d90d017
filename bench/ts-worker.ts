// Worker threads from TypeScript sources. On Node 20, `execArgv: ['--import', 'tsx']` does not reach
// a worker's entry module ("Unknown file extension .ts"); registering tsx inside the thread does.
import { Worker } from 'node:worker_threads';

const TSX_API = import.meta.resolve('tsx/esm/api');

export function startTsWorker(entry: URL): Worker {
  const boot = `import(${JSON.stringify(TSX_API)}).then((t) => { t.register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(boot, { eval: true });
}
