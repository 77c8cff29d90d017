// `depeche demo` (what `npm start` runs): build the UI if needed, open the embedded SQLite demo
// database, ingest the bundled fictional corpus (data/demo) if it is not there yet, and serve it.
import { mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Command } from 'commander';
import { openStore, type Store } from '../corpus/store.js';
import { readArticle } from '../io/article-file.js';
import { listArticles } from '../io/batch.js';
import { ingestOne } from '../server/ingest.js';
import { ensureWebBuilt, REPO_ROOT } from '../server/web-build.js';
import { listenOptions, startServer } from './serve.js';

export const DEMO_DIR = join(REPO_ROOT, 'data', 'demo');
export const DEMO_DB = join(REPO_ROOT, '.depeche', 'demo.db');

/** Ingests every article of `dir` the store does not hold yet; returns how many were added. */
export async function ingestFolder(
  store: Store,
  dir: string,
  log: (line: string) => void = () => {},
): Promise<{ added: number; failed: number }> {
  let added = 0;
  let failed = 0;
  for (const path of listArticles(dir)) {
    try {
      const file = readArticle(path);
      const result = await ingestOne(store, {
        text: file.text,
        title: file.options.title ?? null,
        published: file.options.published ?? null,
        url: file.options.url ?? null,
        outlet: file.options.outlet ?? null,
        source: relative(REPO_ROOT, path),
      });
      if (result.created) added++;
    } catch (e) {
      failed++;
      log(`skipped ${relative(REPO_ROOT, path)}: ${(e as Error).message}`);
    }
  }
  return { added, failed };
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
      const { added, failed } = await ingestFolder(store, DEMO_DIR, log);
      const stats = await store.stats();
      log(
        `${displayPath(flags.db)}: ${stats.articles} articles` +
          (added ? ` (${added} ingested now)` : '') +
          (failed ? `, ${failed} failed` : ''),
      );
      const url = await startServer(store, listen);
      process.stdout.write(`\n  depeche demo: ${url}\n  API docs:     ${url}docs\n\n  (Ctrl-C to stop)\n`);
    });
}
