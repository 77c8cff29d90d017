// The tokenizer's character-code paths must match the regular expressions they stand for.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  ACRONYM,
  APOSTROPHE_WORD,
  at,
  ELISION,
  isSpaceCode,
  mayAcronym,
  mayApostropheWord,
  mayElide,
  mayUrlAt,
  SPACE,
  URL,
  WORD,
  wordEnd,
} from '../../src/text/tokenize.js';

test('isSpaceCode is SPACE on every BMP code unit', () => {
  for (let c = 0; c <= 0xffff; c++)
    assert.equal(isSpaceCode(c), at(SPACE, String.fromCharCode(c), 0) === 1, `U+${c.toString(16)}`);
});

const chars = fc.constantFrom(
  ..."aZéÉœßçà0912²½ºª'’·-‐‑–— .,;:!?«»\u00a0\u202f\u0301\u0327ʼαЖ日\u2100\u2160\ud83d\ude00_@/".split(''),
);

test('wordEnd is WORD at every position', () => {
  fc.assert(
    fc.property(
      fc.array(chars, { maxLength: 16 }),
      fc.string({ unit: 'binary', maxLength: 8 }),
      (cs, tail) => {
        const s = cs.join('') + tail;
        for (let p = 0; p < s.length; p++)
          assert.equal(wordEnd(s, p), at(WORD, s, p), `${JSON.stringify(s)} @${p}`);
      },
    ),
    { numRuns: 3000 },
  );
});

test('wordEnd on French words', () => {
  const s = 'Élise côtoie aujourd’hui l’ancien porte-parole, Jean-Noël ; 3e œuvre·s';
  for (let p = 0; p < s.length; p++) assert.equal(wordEnd(s, p), at(WORD, s, p));
  assert.equal(wordEnd('côtoie, x', 0), 6);
});

const near = fc.constantFrom(
  ..."ldnsjmtcpqLDNSJMTCPQſauhwjorsiekUSA'’.-@/: ÉéIe".split(''),
  'jusqu',
  'lorsqu',
  'puisqu',
  'quoiqu',
  'aujourd',
  'prud',
  'presqu',
  'quelqu',
  'http://',
  'https://',
  'www.',
  '\ud835\udc00',
);

test('the pre-checks never skip a match of their pattern', () => {
  fc.assert(
    fc.property(fc.array(near, { maxLength: 14 }), (cs) => {
      const s = cs.join('');
      const nextAtOf = (p: number) => s.indexOf('@', p);
      for (let p = 0; p < s.length; p++) {
        if (at(ELISION, s, p) > 0) assert.ok(mayElide(s, p), `elision ${JSON.stringify(s)} @${p}`);
        if (at(APOSTROPHE_WORD, s, p) > 0)
          assert.ok(mayApostropheWord(s, p), `apostrophe ${JSON.stringify(s)} @${p}`);
        if (at(ACRONYM, s, p) > 0) assert.ok(mayAcronym(s, p), `acronym ${JSON.stringify(s)} @${p}`);
        if (at(URL, s, p) > 0) assert.ok(mayUrlAt(s, p, nextAtOf(p)), `url ${JSON.stringify(s)} @${p}`);
      }
    }),
    { numRuns: 3000 },
  );
});
