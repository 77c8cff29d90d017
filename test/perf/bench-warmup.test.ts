// The bench's warm-up: at least WARMUP_ARTICLES articles, then until two passes agree, never more
// than the cap; every article analysed once per pass.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BenchArticle } from '../../bench/corpus.js';
import { WARMUP_ARTICLES, warmUp } from '../../bench/measure.js';

const articles: BenchArticle[] = Array.from({ length: 1000 }, (_, i) => ({
  id: `a${i}`,
  text: 'x',
  published: null,
  bytes: 1,
}));

test('warm-up passes: at least WARMUP_ARTICLES articles, at most the cap', () => {
  let seen = 0;
  const passes = warmUp(
    () => {
      seen++;
    },
    articles,
    8,
  );
  const min = Math.ceil(WARMUP_ARTICLES / articles.length);
  assert.ok(passes.length >= Math.min(8, min), `${passes.length} passes`);
  assert.ok(passes.length <= 8);
  assert.equal(seen, passes.length * articles.length);
  for (const p of passes) assert.equal(p.articles, articles.length);
});

test('warm-up stops at the cap even when the figure keeps moving', () => {
  assert.equal(warmUp(() => {}, articles.slice(0, 10), 2).length, 2);
});
