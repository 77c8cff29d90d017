// WordFilter may answer yes for a word never added, never no for one that was.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { WordFilter } from '../../src/text/word-filter.js';

test('a word filter has no false negatives', () => {
  fc.assert(
    fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 10 }), { maxLength: 50 }), (words) => {
      const f = new WordFilter();
      for (const w of words) f.add(w);
      for (const w of words) assert.ok(f.mayHave(w), JSON.stringify(w));
    }),
    { numRuns: 500 },
  );
});

test('a word filter rules out most words it has not seen', () => {
  const f = new WordFilter();
  for (const w of ['déclare', 'selon', 'ministre', 'hier']) f.add(w);
  let yes = 0;
  for (let i = 0; i < 1000; i++) if (f.mayHave(`mot${i}`)) yes++;
  assert.ok(yes < 20, `${yes}`);
});
