// Top functions and source lines of a V8 .cpuprofile, by self and by total (inclusive) time. When
// the profiled JavaScript has source maps beside it (bench/profile-run.ts compiles with them),
// positions are mapped back to the TypeScript sources.
//   npx tsx bench/cpuprofile-top.ts FILE.cpuprofile… [N]
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

// With `--import tsx` the loader thread writes its own profile too (mostly idle): take the busiest.
function busy(p: Profile): number {
  const idle = new Set(p.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  return p.samples.filter((id) => !idle.has(id)).length;
}
const files = process.argv.slice(2).filter((a) => a.endsWith('.cpuprofile'));
if (!files.length) {
  console.error('usage: cpuprofile-top FILE.cpuprofile… [N]');
  process.exit(2);
}
const top = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 25);
const prof = files
  .map((f) => JSON.parse(readFileSync(f, 'utf8')) as Profile)
  .sort((a, b) => busy(b) - busy(a))[0]!;
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const maps = new Map<string, SourceMap | null>();
function sourceMap(url: string): SourceMap | null {
  if (!maps.has(url)) {
    let m: SourceMap | null = null;
    try {
      const path = `${fileURLToPath(url)}.map`;
      if (existsSync(path)) m = new SourceMap(JSON.parse(readFileSync(path, 'utf8')));
    } catch {
      m = null;
    }
    maps.set(url, m);
  }
  return maps.get(url)!;
}
const short = (p: string) => p.replace(/^(?:file:\/\/)?.*?\/(src|bench|node_modules|data)\//, '$1/');
/** file:line (1-based) in the original source when a map says so. */
function where(url: string, line0: number, col0: number): string {
  if (!url) return '';
  const m = url.startsWith('file:') ? sourceMap(url) : null;
  const e = m?.findEntry(line0, col0) as { originalSource?: string; originalLine?: number } | undefined;
  if (e?.originalSource && e.originalLine !== undefined)
    return `${short(e.originalSource)}:${e.originalLine + 1}`;
  return `${short(url)}:${line0 + 1}`;
}

// Time per sample, attributed to the node that was on top of the stack.
const selfUs = new Map<number, number>();
for (const [i, id] of prof.samples.entries())
  selfUs.set(id, (selfUs.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0));
const total = [...selfUs.values()].reduce((s, x) => s + x, 0);

const key = (n: Node) => {
  const f = n.callFrame;
  return `${f.functionName || '(anonymous)'} ${where(f.url, f.lineNumber, f.columnNumber)}`.trim();
};
const self = new Map<string, number>();
const incl = new Map<string, number>();
for (const [id, us] of selfUs) {
  const n = byId.get(id)!;
  self.set(key(n), (self.get(key(n)) ?? 0) + us);
  // Inclusive: once per distinct function on the stack.
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const k = key(byId.get(cur)!);
    if (seen.has(k)) continue;
    seen.add(k);
    incl.set(k, (incl.get(k) ?? 0) + us);
  }
}
// Self ticks per source line (V8's positionTicks), mapped like the functions.
const lineTicks = new Map<string, number>();
let ticks = 0;
for (const n of prof.nodes) {
  ticks += n.hitCount ?? 0;
  for (const p of n.positionTicks ?? []) {
    const k = `${where(n.callFrame.url, p.line - 1, 1e6)}  (${n.callFrame.functionName || 'anonymous'})`;
    lineTicks.set(k, (lineTicks.get(k) ?? 0) + p.ticks);
  }
}
const show = (title: string, m: Map<string, number>, of: number, unit: (x: number) => string) => {
  console.log(`\n${title}`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${((100 * v) / of).toFixed(1).padStart(5)}%  ${unit(v).padStart(7)}  ${k}`);
};
const ms = (us: number) => `${(us / 1e3).toFixed(0)} ms`;
show(`self time (of ${(total / 1e6).toFixed(2)} s sampled)`, self, total, ms);
show('total time', incl, total, ms);
show('hot lines (self)', lineTicks, ticks, (t) => `${t} tk`);
