// Analyses the first N articles of a JSON-lines corpus (one {id,title,text} per line) on one
// core and reports throughput; with --show K, prints the quotations of K random articles for
// reading (false positives are found by eye, not by a gold set).
//   tsx scripts/quotes-sample.ts FILE.jsonl [--n 2000] [--show 20] [--seed 1]
import { readFileSync } from 'node:fs';
import { analyze } from '../src/analyze.js';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
if (!file) {
  console.error('usage: tsx scripts/quotes-sample.ts FILE.jsonl [--n 2000] [--show 20] [--seed 1]');
  process.exit(2);
}
const n = opt('--n', 2000);
const show = opt('--show', 0);
let seed = opt('--seed', 1);
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, n);
const docs = lines.map((l) => JSON.parse(l) as { id: string; title?: string; text: string });
const inputs = docs.map((d) => (d.title ? `${d.title}\n${d.text}` : d.text));
let chars = 0;
for (const s of inputs) chars += s.length;
analyze(inputs[0] ?? ''); // warm-up: lexicons load once
const t0 = performance.now();
let quotes = 0;
const records = inputs.map((s, k) => {
  const r = analyze(s, { id: docs[k]!.id });
  quotes += r.quotes.length;
  return r;
});
const secs = (performance.now() - t0) / 1000;
console.log(
  `${docs.length} articles, ${(chars / 1e6).toFixed(1)} M chars in ${secs.toFixed(2)} s: ${(docs.length / secs).toFixed(0)} articles/s, ${quotes} quotations (${(quotes / docs.length).toFixed(2)}/article)`,
);
for (let k = 0; k < show; k++) {
  const r = records[Math.floor(rand() * records.length)]!;
  console.log(`\n== ${r.id}: ${r.title}`);
  for (const q of r.quotes)
    console.log(
      `  ${q.kind.slice(0, 3)} ${q.confidence.toFixed(2)} [${q.speaker ? `${q.speaker.name} (${q.speaker.type})` : '—'}] ${q.cue ? `«${q.cue.text}» ` : ''}| ${q.text.slice(0, 140).replace(/\n/g, ' ⏎ ')}`,
    );
}
