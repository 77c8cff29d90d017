// `depeche serve`: the HTTP API, its OpenAPI document and the web UI over a corpus store.
import type { Command } from 'commander';
import { defaultDbPath, openStore } from '../corpus/store.js';
import { buildServer } from '../server/app.js';
import { isLoopback, LOOPBACK_HOSTS } from '../server/security.js';
import { ensureWebBuilt, WEB_DIST } from '../server/web-build.js';

export interface ListenOptions {
  host: string;
  port: number;
}

/** HOST and PORT from the environment, else loopback:8080. */
export function listenOptions(
  env: NodeJS.ProcessEnv = process.env,
  flags: { host?: string; port?: string } = {},
): ListenOptions {
  const host = flags.host ?? (env.HOST?.trim() || '127.0.0.1');
  const raw = flags.port ?? (env.PORT?.trim() || '8080');
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`bad port "${raw}" (0–65535)`);
  return { host: host || '127.0.0.1', port };
}

export const urlOf = (host: string, port: number) =>
  `http://${host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/`;

interface ServeFlags {
  db?: string;
  host?: string;
  port?: string;
  build: boolean;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (/api, OpenAPI at /docs) and the web UI over a corpus')
    .option('--db <path|url>', 'SQLite file or postgres:// URL (default $DEPECHE_DB or ./depeche.db)')
    .option('--host <host>', 'address to listen on (default $HOST or 127.0.0.1)')
    .option('--port <port>', 'port (default $PORT or 8080; 0 picks a free one)')
    .option('--no-build', 'do not build the web UI when it is missing or stale')
    .action(async (flags: ServeFlags) => {
      const listen = listenOptions(process.env, flags);
      if (flags.build) await ensureWebBuilt((l) => process.stderr.write(`depeche: ${l}\n`));
      const store = await openStore(flags.db ?? defaultDbPath());
      const url = await startServer(store, listen);
      process.stdout.write(`depeche: serving ${flags.db ?? defaultDbPath()} at ${url}\n`);
    });
}

/** Starts the server over a store, stops it cleanly on SIGINT/SIGTERM; resolves to its URL. */
export async function startServer(
  store: Awaited<ReturnType<typeof openStore>>,
  listen: ListenOptions,
): Promise<string> {
  const token = process.env.DEPECHE_TOKEN?.trim() || null;
  // On loopback, answer only to loopback names (DNS rebinding); on other addresses the user chose
  // to be reachable, optionally under the names in DEPECHE_ALLOWED_HOSTS.
  const extra = (process.env.DEPECHE_ALLOWED_HOSTS ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  const allowedHosts = isLoopback(listen.host)
    ? [...LOOPBACK_HOSTS, listen.host, ...extra]
    : extra.length
      ? extra
      : null;
  const app = await buildServer({ store, token, webDir: WEB_DIST, allowedHosts });
  try {
    await app.listen({ host: listen.host, port: listen.port });
  } catch (e) {
    await app.close();
    await store.close();
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE')
      throw new Error(`port ${listen.port} on ${listen.host} is already in use: choose another with PORT=…`);
    throw e;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : listen.port;
  const stop = async () => {
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return urlOf(listen.host, port);
}
