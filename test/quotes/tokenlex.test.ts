// Token flags stand for set look-ups in the quotes stage's hot loops: a flag must be set exactly
// when the token's norm is one of its words. (Fictional text.)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDoc } from '../../src/analyze.js';
import {
  PHRASE_HEAD,
  PHRASE_REST,
  PHRASE_RESTS,
  phraseReadings,
  VERB_FORM,
  verbReadings,
} from '../../src/quotes/lexicon.js';
import { lexFlag, tokenFlags } from '../../src/quotes/tokenlex.js';
import { textStage } from '../../src/text/index.js';

const docOf = (text: string) => {
  const doc = createDoc(text, { id: 'tokenlex', published: '2024-03-05' });
  textStage(doc);
  return doc;
};

const TEXT =
  '« Nous tiendrons », a fait savoir mardi la ministre de la Mer, Odile Varenne, qui a mis en garde les ' +
  "armateurs. Selon l'adjoint, d'après un porte-parole et aux dires de 12 témoins, le maire a déclaré " +
  "qu'il démentait ; Zorglub-T, zorglubs, 3,5 % et « constructor » n'affirment rien.";

describe('token flags', () => {
  it('set a registered flag exactly on its words', () => {
    const bit = lexFlag(['zorglub', 'constructor']);
    const doc = docOf('Zorglub zorglubs zorglub. constructor __proto__ 7 « Zorglub »');
    const flags = tokenFlags(doc);
    const got = doc.tokens.norm.filter((_, i) => flags[i]! & bit);
    assert.deepEqual(got, ['zorglub', 'zorglub', 'constructor', 'zorglub']);
  });

  it('agree with the reporting lexicon on every token', () => {
    const doc = docOf(TEXT);
    const flags = tokenFlags(doc);
    const n = doc.tokens.norm;
    for (let i = 0; i < n.length; i++) {
      assert.equal(!!(flags[i]! & VERB_FORM), !!verbReadings(n[i]!), `form ${n[i]}`);
      assert.equal(!!(flags[i]! & PHRASE_REST), PHRASE_RESTS.has(n[i]!), `rest ${n[i]}`);
      // A phrase reading at i needs the phrase-head flag.
      for (const key of [`${n[i]} ${n[i + 1]}`, `${n[i]} ${n[i + 1]} ${n[i + 2]}`])
        if (phraseReadings(key)) assert.ok(flags[i]! & PHRASE_HEAD, `head ${key}`);
    }
    assert.ok(flags[n.indexOf('fait')]! & PHRASE_HEAD);
    assert.ok(flags[n.indexOf('mis')]! & PHRASE_HEAD);
  });
});
