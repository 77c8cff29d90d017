// Top functions of a V8 .cpuprofile by self time and by total (inclusive) time, with file:line.
//   npx tsx bench/cpuprofile-top.ts FILE.cpuprofile… [N]
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
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

// Time per sample, attributed to the node that was on top of the stack.
const selfUs = new Map<number, number>();
for (const [i, id] of prof.samples.entries())
  selfUs.set(id, (selfUs.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0));
const total = [...selfUs.values()].reduce((s, x) => s + x, 0);

const key = (n: Node) => {
  const f = n.callFrame;
  const where = f.url
    ? `${f.url.replace(/^file:\/\/.*?\/(src|bench|node_modules)\//, '$1/').replace(/\.js$/, '.ts')}:${f.lineNumber + 1}`
    : '';
  return `${f.functionName || '(anonymous)'} ${where}`.trim();
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
const show = (title: string, m: Map<string, number>) => {
  console.log(`\n${title} (of ${(total / 1e6).toFixed(2)} s sampled)`);
  for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(
      `${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1e3).toFixed(0).padStart(7)} ms  ${k}`,
    );
};
show('self time', self);
show('total time', incl);
