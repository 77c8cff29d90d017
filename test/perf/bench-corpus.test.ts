// The bench's corpus sample: evenly spread, deterministic, title line first, read in chunks without
// splitting a character. Fixture lines are fictional.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { forEachLine, loadSample } from '../../bench/corpus.js';
import { percentile } from '../../bench/measure.js';

const dir = mkdtempSync(join(tmpdir(), 'depeche-bench-test-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, 'corpus.jsonl');
const lines = Array.from({ length: 10 }, (_, k) =>
  JSON.stringify({
    id: `fictif-${k}`,
    title: `Titre ${k} — « é »`,
    text: `Corps de l’article ${k} à Villebrune.\nDeuxième paragraphe.`,
    published: k % 2 ? '2021-11-11' : 'hier',
  }),
);
writeFileSync(file, lines.slice(0, 5).join('\n') + '\n\n' + lines.slice(5).join('\n') + '\n');

test('every line, across chunk boundaries, with multi-byte characters intact', () => {
  const seen: string[] = [];
  forEachLine(file, (l) => seen.push(l), 7);
  assert.deepEqual(
    seen.filter((l) => l),
    lines,
  );
});

test('an evenly spread sample with the title as first line', () => {
  const s = loadSample(file, 5);
  assert.deepEqual(
    s.map((a) => a.id),
    ['fictif-0', 'fictif-2', 'fictif-4', 'fictif-6', 'fictif-8'],
  );
  assert.equal(s[1]!.text.split('\n')[0], 'Titre 2 — « é »');
  assert.equal(s[0]!.published, null, 'a date that is not YYYY-MM-DD is dropped');
  assert.equal(loadSample(file, 1000).length, 10);
  assert.equal(s[0]!.bytes, Buffer.byteLength(s[0]!.text));
});

test('percentiles', () => {
  const xs = Array.from({ length: 100 }, (_, k) => k + 1);
  assert.equal(percentile(xs, 0.5), 50);
  assert.equal(percentile(xs, 0.99), 99);
  assert.equal(percentile([], 0.5), 0);
});
