// The pipeline over corpus articles in a plain loop, for a CPU profile of the steady state: one
// untimed, unprofiled pass over the articles first (JIT warm-up), then the profiler (node:inspector)
// records a second pass and writes DIR/steady-<time>.cpuprofile. Run through
// `npm run bench -- --profile` (bench/profile-run.ts), which compiles first so that lines are real.
//   node bench/profile.js N CORPUS DIR
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { loadSample } from './corpus.js';

const [nArg, corpus, dir] = process.argv.slice(2);
if (!corpus || !dir) {
  console.error('usage: profile N CORPUS.jsonl OUT_DIR');
  process.exit(2);
}
const articles = loadSample(corpus, Number(nArg));
const pass = () => {
  const t0 = performance.now();
  for (const a of articles) analyze(a.text, { id: a.id, published: a.published });
  return (performance.now() - t0) / 1000;
};
const warm = pass();
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 250 });
await session.post('Profiler.start');
const s = pass();
const { profile } = await session.post('Profiler.stop');
session.disconnect();
writeFileSync(join(dir, `steady-${Date.now()}.cpuprofile`), JSON.stringify(profile));
process.stderr.write(
  `warm-up pass ${warm.toFixed(1)} s; profiled a second pass over ${articles.length} articles in ${s.toFixed(1)} s (${(articles.length / s).toFixed(0)}/s)\n`,
);
