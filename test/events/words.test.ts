// The events stage's per-word index (src/events/words.ts, `PatternSet.startingAt`) must find what
// an unindexed scan finds: every trigger pattern tried at every token. Sentences are ours (fictional).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { createDoc } from '../../src/analyze.js';
import { PATTERNS, startsOn, type TriggerMatch } from '../../src/events/patterns.js';
import { wordInfo, wordInfos } from '../../src/events/words.js';
import { runStages, STAGES } from '../../src/pipeline.js';

const SENTENCES = [
  'Le ministre tchadien a exprimé son inquiétude face à la situation au Soudan.',
  'La Finlande a enjoint la Russie de cesser ses manœuvres, a indiqué le porte-parole.',
  'Le Kenya a mis en garde la Somalie contre toute incursion et a rappelé son ambassadeur.',
  "L'armée malienne a repris le contrôle de la ville après des combats contre les rebelles.",
  "« Nous condamnons fermement cette attaque », a déclaré le président du Zanbar, qui s'est rendu à Lomé.",
  'Des milliers de manifestants ont été arrêtés ; le gouvernement a démenti avoir ordonné la répression.',
  "M. Aidelot a demandé l'aide de l'Union africaine, qui a accusé le Mali de soutenir les rebelles.",
  'Le Chili a opposé une fin de non-recevoir au Pérou, puis a signé un accord avec la Bolivie.',
];

const key = (m: TriggerMatch) => `${m.first}:${m.last}:${PATTERNS.patterns.indexOf(m.pattern)}`;

describe('events: per-word trigger index', () => {
  it('matches what every pattern tried at every token matches', () => {
    const doc = runStages(
      createDoc(SENTENCES.join(' '), { titleLine: false }),
      STAGES.filter((s) => s.name === 'text'),
    );
    const words = wordInfos(doc);
    let found = 0;
    for (const s of doc.sentences) {
      const want = PATTERNS.scanSentence(doc, s.tokenStart, s.tokenEnd).map(key).sort();
      const indexed = PATTERNS.matchSentence(doc, s.tokenStart, s.tokenEnd, words);
      assert.deepEqual(indexed.map(key).sort(), want);
      assert.deepEqual(PATTERNS.matchSentence(doc, s.tokenStart, s.tokenEnd), indexed);
      found += want.length;
    }
    assert.ok(found >= 10, `only ${found} matches: the sentences no longer test much`);
  });

  it('startingAt keeps exactly the patterns whose first element matches the word', () => {
    const firsts = PATTERNS.patterns.flatMap((p) => p.source.split(/\s+/)[0]!.split('|'));
    const vocabulary = [...new Set(firsts.map((a) => a.replace(/[*!].*$/, '')))];
    const word = fc.oneof(
      fc.constantFrom(...vocabulary),
      fc.tuple(fc.constantFrom(...vocabulary), fc.stringMatching(/^[a-z]{0,4}$/)).map(([a, b]) => a + b),
      fc.stringMatching(/^[a-zé']{1,8}$/),
    );
    fc.assert(
      fc.property(word, (w) => {
        const index = (list: readonly unknown[]) =>
          list.map((p) => PATTERNS.patterns.indexOf(p as never)).sort((a, b) => a - b);
        const want = PATTERNS.patterns.filter((p) => startsOn(p, w));
        assert.deepEqual(index(PATTERNS.startingAt(w)), index(want));
        assert.deepEqual(index(wordInfo(w).patterns), index(want));
      }),
      { numRuns: 2000 },
    );
  });
});
