// The mentions' fold() takes a per-character table for Latin text (a hot path); it must equal the
// full normalisation it was built from on any string.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { foldMention, foldMentionSlow } from '../../src/quotes/mentions.js';

const latin = fc.constantFrom(
  ..."aAeéÉèêëÈçÇàÀâîïôöùûüÿœŒæÆß`´’‘ʼ‐‑‒–—-' İıſσςΣ\u0301\u0327ǅǄǲ0zZ".split(''),
);

test('mention fold equals the full normalisation on Latin text and quotes', () => {
  fc.assert(
    fc.property(fc.array(latin, { maxLength: 12 }), (cs) => {
      const s = cs.join('');
      assert.equal(foldMention(s), foldMentionSlow(s));
    }),
    { numRuns: 2000 },
  );
});

test('mention fold equals the full normalisation on any string', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (s) => {
      assert.equal(foldMention(s), foldMentionSlow(s));
    }),
    { numRuns: 2000 },
  );
});

test('mention fold keeps its readings', () => {
  assert.equal(foldMention('Ministre des Affaires étrangères'), 'ministre des affaires etrangeres');
  assert.equal(foldMention('L’Élue'), "l'elue");
  assert.equal(foldMention('Cœur – x'), 'cœur – x');
});
