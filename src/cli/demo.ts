// `depeche demo` (what `npm start` runs): build the UI if needed, open the embedded SQLite demo
// database, ingest the bundled fictional corpus (data/demo) if it is not there yet, and serve it.
import { mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Command } from 'commander';
import { type IngestOptions, type IngestReport, ingest, reanalyze } from '../corpus/ingest.js';
import { SUPPORTED_LANGUAGES } from '../corpus/prepare.js';
import { openStore, type Store } from '../corpus/store.js';
import { listArticles } from '../io/batch.js';
import { ensureWebBuilt, REPO_ROOT } from '../server/web-build.js';
import { ANALYZER_VERSION } from '../version.js';
import { listenOptions, startServer } from './serve.js';

export const DEMO_DIR = join(REPO_ROOT, 'data', 'demo');
export const DEMO_DB = join(REPO_ROOT, '.depeche', 'demo.db');

/** Ingests every article of `dir` the store does not hold yet (the store keys them by content). */
export async function ingestFolder(
  store: Store,
  dir: string,
  log: (line: string) => void = () => {},
  options: IngestOptions = {},
): Promise<IngestReport> {
  const report = await ingest(store, listArticles(dir), options);
  for (const f of report.failed) log(`skipped ${relative(REPO_ROOT, f.source)}: ${f.reason}`);
  return report;
}

const displayPath = (p: string) => {
  const rel = relative(process.cwd(), p);
  return rel && !rel.startsWith('..') ? rel : p;
};

interface DemoFlags {
  db: string;
  host?: string;
  port?: string;
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('serve the bundled fictional demo corpus (builds the UI and the database when needed)')
    .option('--db <path>', 'SQLite file for the demo', DEMO_DB)
    .option('--host <host>', 'address to listen on (default $HOST or 127.0.0.1)')
    .option('--port <port>', 'port (default $PORT or 8080)')
    .action(async (flags: DemoFlags) => {
      const log = (l: string) => process.stderr.write(`depeche: ${l}\n`);
      const listen = listenOptions(process.env, flags);
      await ensureWebBuilt(log);
      mkdirSync(dirname(flags.db), { recursive: true });
      const store = await openStore(flags.db);
      const report = await ingestFolder(store, DEMO_DIR, log);
      // A database made by an older analyser gets its records refreshed.
      const stale = await reanalyze(store, ANALYZER_VERSION, SUPPORTED_LANGUAGES, { workers: 0 });
      if (stale.refreshed) {
        await store.relinkActors();
        log(`re-analysed ${stale.refreshed} articles with analyser ${ANALYZER_VERSION}`);
      }
      const stats = await store.stats();
      log(
        `${displayPath(flags.db)}: ${stats.articles} articles, ${stats.quotes} quotations, ${stats.events} events` +
          (report.ingested
            ? ` (${report.ingested} ingested in ${(report.elapsedMs / 1000).toFixed(1)} s)`
            : ''),
      );
      const url = await startServer(store, listen);
      process.stdout.write(`\n  depeche demo: ${url}\n  API docs:     ${url}docs\n\n  (Ctrl-C to stop)\n`);
    });
}
