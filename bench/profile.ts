// The pipeline over corpus articles in a plain loop, for a CPU profile. Run through
// `npm run bench -- --profile` (bench/profile-run.ts), which compiles first so that lines are real.
//   node --cpu-prof bench/profile.js N CORPUS
import { analyze } from '../src/analyze.js';
import { loadSample } from './corpus.js';

const [nArg, corpus] = process.argv.slice(2);
if (!corpus) {
  console.error('usage: profile N CORPUS.jsonl');
  process.exit(2);
}
const articles = loadSample(corpus, Number(nArg));
const t0 = performance.now();
for (const a of articles) analyze(a.text, { id: a.id, published: a.published });
const s = (performance.now() - t0) / 1000;
process.stderr.write(
  `profiled ${articles.length} articles in ${s.toFixed(1)} s (${(articles.length / s).toFixed(0)}/s)\n`,
);
