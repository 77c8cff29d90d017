import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { bandKeys, fromHex, minhash, similarity, THRESHOLD, toHex } from '../../src/corpus/near-dup.js';
import { fts5Query, queryTerms } from '../../src/corpus/sql-store.js';
import { generateCorpus } from './generate.js';

describe('near-duplicates', () => {
  const [a, b] = generateCorpus(2, 3).map((x) => `${x.title}\n${x.text}`);
  it('finds a republished copy with a new title and an added line', () => {
    const copy = `Un autre titre (fictif)\n${a!.split('\n').slice(1).join('\n')}\nMise à jour : une précision.`;
    const s = similarity(minhash(a!)!, minhash(copy)!);
    assert.ok(s >= THRESHOLD, String(s));
    assert.ok(bandKeys(minhash(a!)!).some((k) => bandKeys(minhash(copy)!).includes(k)));
  });
  it('keeps different stories apart', () => {
    assert.ok(similarity(minhash(a!)!, minhash(b!)!) < 0.3);
  });
  it('ignores case and accents, round-trips signatures, and skips tiny texts', () => {
    assert.equal(similarity(minhash(a!)!, minhash(a!.toUpperCase())!), 1);
    const sig = minhash(a!)!;
    assert.deepEqual(fromHex(toHex(sig)), sig);
    assert.equal(minhash('Trop court.'), null);
  });
});

describe('full-text query building', () => {
  it('quotes every word, so user text is never FTS syntax', () => {
    assert.equal(fts5Query("l'économie"), '"l" "économie"');
    assert.equal(fts5Query('sécurité-alimentaire AND'), '"sécurité" "alimentaire" "AND"');
    assert.equal(fts5Query('élève*'), '"élève"*');
    assert.equal(fts5Query('coeur'), '("coeur" OR "cœur")');
  });
  it('holds for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        for (const t of queryTerms(s)) assert.match(t.term, /^[\p{L}\p{N}]+$/u);
        assert.doesNotMatch(
          fts5Query(s)
            .replace(/"[^"]*"\*?/g, '')
            .replace(/[()]|OR/g, ''),
          /\S/,
        );
      }),
    );
  });
});
