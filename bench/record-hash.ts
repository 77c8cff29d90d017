// Record identity for behaviour-preserving optimisations: analyses N corpus articles (spread evenly
// over the corpus, as the bench samples them) and hashes each JSON record. Save the hashes before a
// change, check them after: any article whose record differs is listed.
//   tsx bench/record-hash.ts --save /tmp/before.json [--sample 500]
//   tsx bench/record-hash.ts --check /tmp/before.json
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../src/analyze.js';
import { loadSample } from './corpus.js';

const root = resolve(import.meta.dirname, '..');
const { values: opt } = parseArgs({
  options: {
    sample: { type: 'string', default: '500' },
    corpus: {
      type: 'string',
      default: join(root, '..', 'shared', 'corpora', 'fr-news', 'orangesum_fr_news.jsonl'),
    },
    save: { type: 'string' },
    check: { type: 'string' },
  },
});
if (!opt.save === !opt.check) {
  console.error('usage: record-hash (--save FILE | --check FILE) [--sample N] [--corpus FILE]');
  process.exit(2);
}
const articles = loadSample(opt.corpus, Number(opt.sample));
const hashes: Record<string, string> = {};
const all = createHash('sha256');
for (const a of articles) {
  let json: string;
  try {
    json = JSON.stringify(analyze(a.text, { id: a.id, published: a.published }));
  } catch (e) {
    json = `error: ${(e as Error).message}`;
  }
  hashes[a.id] = createHash('sha256').update(json).digest('hex');
  all.update(json);
}
const total = all.digest('hex');
if (opt.save) {
  writeFileSync(opt.save, `${JSON.stringify({ total, hashes }, null, 1)}\n`);
  console.log(`${articles.length} records, sha256 ${total} → ${opt.save}`);
} else {
  const before = JSON.parse(readFileSync(opt.check!, 'utf8')) as {
    total: string;
    hashes: Record<string, string>;
  };
  const differ = Object.keys(hashes).filter((id) => before.hashes[id] !== hashes[id]);
  if (differ.length === 0 && total === before.total)
    console.log(`IDENTICAL: ${articles.length} records, sha256 ${total}`);
  else {
    console.log(
      `DIFFERENT: ${differ.length} of ${articles.length} records differ: ${differ.slice(0, 20).join(' ')}`,
    );
    process.exit(1);
  }
}
