// The web UI is built by Vite into web/dist. `npm start` builds it when it is missing or older
// than its sources, so a fresh clone needs no separate build step.
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is src/server/… or dist/server/…). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const WEB_DIR = join(REPO_ROOT, 'web');
export const WEB_DIST = join(WEB_DIR, 'dist');

function newest(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = st.mtimeMs;
  for (const name of readdirSync(path)) t = Math.max(t, newest(join(path, name)));
  return t;
}

/** True when web/dist is missing or older than web/src, web/index.html or the Vite config. */
export function webBuildStale(): boolean {
  const built = join(WEB_DIST, 'index.html');
  if (!existsSync(built)) return true;
  if (!existsSync(join(WEB_DIR, 'src'))) return false; // a packaged install ships dist only
  const sources = ['src', 'index.html', 'vite.config.ts'].map((p) => join(WEB_DIR, p)).filter(existsSync);
  return Math.max(...sources.map(newest)) > statSync(built).mtimeMs;
}

/** Builds the UI when stale; returns whether it built. */
export async function ensureWebBuilt(log: (line: string) => void = () => {}): Promise<boolean> {
  if (!webBuildStale()) return false;
  log('building the web UI (vite)…');
  const { build } = await import('vite');
  // Build beside dist and swap it in, so a concurrent build or a running server never sees half a UI.
  const tmp = `${WEB_DIST}.${process.pid}.tmp`;
  try {
    await build({ configFile: join(WEB_DIR, 'vite.config.ts'), logLevel: 'warn', build: { outDir: tmp } });
    rmSync(WEB_DIST, { recursive: true, force: true });
    renameSync(tmp, WEB_DIST);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return true;
}
