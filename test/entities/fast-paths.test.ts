// Hot-path rewrites of the mention finder and the resolver pinned against the regex definitions
// they replace, on any string.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { NAME_STOPWORDS } from '../../src/entities/lexicon.js';
import { isAcronym } from '../../src/entities/mentions.js';
import { words } from '../../src/entities/resolve.js';

const chars = fc.constantFrom(
  ..."ABCMOZabdeoz019&-'’ .ÉÀéçΣσ\u00a0\u2009\u3000\t\n".split(''),
  'de',
  'al',
  'ben',
);
const texts = fc.oneof(
  fc.array(chars, { maxLength: 10 }).map((cs) => cs.join('')),
  fc.string({ unit: 'binary', maxLength: 10 }),
);

function isAcronymByRegex(t: string): boolean {
  if (t.length < 2 || t.length > 8) return false;
  if (/^[\p{Lu}\d][\p{Lu}\d&-]*$/u.test(t)) return /\p{Lu}.*\p{Lu}/u.test(t);
  const caps = t.replace(/[^\p{Lu}]/gu, '').length;
  return t.length <= 6 && caps >= 2 && caps * 2 >= t.length && /^\p{Lu}/u.test(t);
}

test('isAcronym equals its regex definition (« UE », « MoDem », « PCdoB », not « Paris »)', () => {
  for (const t of ['UE', 'MoDem', 'PCdoB', 'Paris', 'ÉÉ', 'A-B', 'X'])
    assert.equal(isAcronym(t), isAcronymByRegex(t), t);
  fc.assert(
    fc.property(texts, (t) => {
      assert.equal(isAcronym(t), isAcronymByRegex(t));
    }),
    { numRuns: 3000 },
  );
});

test("words equals key.split(/[\\s']+/) without empty pieces and particles", () => {
  const byRegex = (key: string) => key.split(/[\s']+/).filter((w) => w && !NAME_STOPWORDS.has(w));
  assert.deepEqual(words("jean de l'isle"), byRegex("jean de l'isle"));
  fc.assert(
    fc.property(texts, (key) => {
      assert.deepEqual(words(key), byRegex(key));
    }),
    { numRuns: 3000 },
  );
});
