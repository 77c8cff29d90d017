// `npm run bench -- --profile [N]`: compiles the project with tsc and source maps into a temporary
// folder (positions then map back to TypeScript lines; tsx's in-memory transform gives none),
// profiles N corpus articles (default 2000) in the steady state (a second pass, after an unprofiled
// warm-up pass: see bench/profile.ts), and prints the top functions and lines. The .cpuprofile is
// kept in bench/results/prof/ for Chrome DevTools or speedscope.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const n = process.argv[3] ?? '2000';
const corpus = process.argv[4] ?? join(root, '..', 'shared', 'corpora', 'fr-news', 'orangesum_fr_news.jsonl');
const build = mkdtempSync(join(tmpdir(), 'depeche-prof-'));
const profDir = join(root, 'bench', 'results', 'prof');
mkdirSync(profDir, { recursive: true });
const run = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    rmSync(build, { recursive: true, force: true });
    process.exit(r.status ?? 1);
  }
};
const before = new Set(readdirSync(profDir));
run(join(root, 'node_modules', '.bin', 'tsc'), [
  '-p',
  'tsconfig.json',
  '--noEmit',
  'false',
  '--declaration',
  'false',
  '--sourceMap',
  'true',
  '--outDir',
  build,
]);
// Packages resolve from the build folder's own node_modules; stages read data files beside it.
symlinkSync(join(root, 'node_modules'), join(build, 'node_modules'), 'dir');
cpSync(join(root, 'data'), join(build, 'data'), { recursive: true });
run(process.execPath, [join(build, 'bench', 'profile.js'), n, corpus, profDir]);
const fresh = readdirSync(profDir).filter((f) => !before.has(f) && f.endsWith('.cpuprofile'));
run(process.execPath, [
  '--import',
  'tsx',
  join(root, 'bench', 'cpuprofile-top.ts'),
  ...fresh.map((f) => join(profDir, f)),
  '30',
]);
rmSync(build, { recursive: true, force: true });
