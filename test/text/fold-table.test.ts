// fold() takes a per-character table for Latin text (a hot path); it must equal the full
// normalisation it was built from on any string.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { fold, foldSlow } from '../../src/text/normalize.js';

const latin = fc.constantFrom(
  ..."aAeéÉèêëÈçÇàÀâîïôöùûüÿœŒæÆß`´’‘ʼ‐‑‒–—-' İıſσςΣ\u0301\u0327ǅǄǲ0zZ".split(''),
);

test('fold equals the full normalisation on Latin text, quotes and dashes', () => {
  fc.assert(
    fc.property(fc.array(latin, { maxLength: 12 }), (cs) => {
      const s = cs.join('');
      assert.equal(fold(s), foldSlow(s));
    }),
    { numRuns: 2000 },
  );
});

test('fold equals the full normalisation on any string', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (s) => {
      assert.equal(fold(s), foldSlow(s));
    }),
    { numRuns: 2000 },
  );
});

test('fold keeps its readings', () => {
  assert.equal(fold('L’Élysée'), "l'elysee");
  assert.equal(fold('Cœur – « x »'), 'coeur - « x »');
  assert.equal(fold('a`b'), 'a`b');
  assert.equal(fold('é`'), "e'");
});
