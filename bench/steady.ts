// Quick steady-state figure for iterating on hot paths: N corpus articles analysed once untimed
// (JIT warm-up), then `passes` timed passes; prints articles per CPU-second and per stage ms.
//   tsx bench/steady.ts [N=1000] [passes=2]
import { join, resolve } from 'node:path';
import { createDoc, toRecord } from '../src/analyze.js';
import { runStages, STAGES } from '../src/pipeline.js';
import { loadSample } from './corpus.js';

const root = resolve(import.meta.dirname, '..');
const n = Number(process.argv[2] ?? 1000);
const passes = Number(process.argv[3] ?? 2);
const articles = loadSample(join(root, '..', 'shared', 'corpora', 'fr-news', 'orangesum_fr_news.jsonl'), n);
const pass = (timings?: Map<string, number>) => {
  for (const a of articles)
    toRecord(runStages(createDoc(a.text, { id: a.id, published: a.published }), STAGES, timings));
};
pass();
if (process.env.STEADY_MARK) console.log('--- warm-up done');
for (let p = 0; p < passes; p++) {
  const timings = new Map<string, number>();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  pass(timings);
  const s = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1e6;
  const stages = [...timings].map(([k, v]) => `${k} ${(v / articles.length).toFixed(2)}`).join(' · ');
  console.log(
    `pass ${p + 1}: ${(articles.length / s).toFixed(0)} art/s wall, ${(articles.length / cpu).toFixed(0)} art/CPU-s · ms/article: ${stages}`,
  );
}
