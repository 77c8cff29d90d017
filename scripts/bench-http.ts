// Load on the main GET endpoints: starts `depeche demo` (SQLite, bundled corpus) on a free loopback
// port in its own process, hits each endpoint with autocannon for a bounded time, and prints
// requests/s and latency percentiles. Usage: npm run bench:http [-- --duration 10 --connections 10]
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { REPO_ROOT } from '../src/server/web-build.js';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    db: { type: 'string' },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);

async function startDemo(): Promise<{ url: string; stop: () => void }> {
  const args = [
    '--import',
    'tsx',
    join(REPO_ROOT, 'src/cli/main.ts'),
    'demo',
    '--host',
    '127.0.0.1',
    '--port',
    '0',
  ];
  if (values.db) args.push('--db', values.db);
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /depeche demo: (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`demo exited with ${code} before serving`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

const { url, stop } = await startDemo();
try {
  const get = async (path: string) => (await fetch(new URL(path, url))).json();
  // Real ids and names from the demo, so every request finds something.
  const first = (await get('api/articles?limit=1')) as { items: { id: number }[] };
  const speaker = (await get('api/speakers?limit=1')) as { items: { name: string }[] };
  const actors = (await get('api/aggregates/actors?limit=2')) as {
    items: { country: string | null; name: string }[];
  };
  const [a, b] = actors.items.map((x) => encodeURIComponent(x.country ?? x.name));
  const endpoints = [
    '/',
    'api/articles?limit=20',
    'api/articles?q=ministre',
    `api/articles/${first.items[0]?.id ?? 1}`,
    `api/quotes?speaker=${encodeURIComponent(speaker.items[0]?.name ?? 'x')}`,
    'api/speakers',
    'api/entities/top?type=PER',
    `api/events?source=${a}&target=${b}&both=true`,
    `api/aggregates/events-per-day?source=${a}&target=${b}&both=true`,
    'api/aggregates/actors',
    'api/aggregates/network',
  ];
  const rows = [];
  for (const path of endpoints) {
    const r = await autocannon({ url: new URL(path, url).href, connections, duration });
    rows.push({
      endpoint: `GET /${path.replace(/^\//, '')}`,
      'req/s': Math.round(r.requests.average),
      'p50 ms': r.latency.p50,
      'p99 ms': r.latency.p99,
      'max ms': r.latency.max,
      errors: r.errors + r.timeouts + r.non2xx,
    });
    process.stderr.write(
      `${rows.at(-1)!.endpoint}: ${rows.at(-1)!['req/s']} req/s, p99 ${r.latency.p99} ms\n`,
    );
  }
  console.table(rows);
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`;
  console.log(`${connections} connections, ${duration} s per endpoint, loopback, ${machine}`);
  mkdirSync(join(REPO_ROOT, 'artifacts'), { recursive: true });
  writeFileSync(
    join(REPO_ROOT, 'artifacts', 'bench-http.json'),
    JSON.stringify({ date: new Date().toISOString(), machine, connections, duration, rows }, null, 2) + '\n',
  );
} finally {
  stop();
}
