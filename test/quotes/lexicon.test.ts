// The reporting-verb lexicon: generated forms cover every tense, participles and inversions.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDoc } from '../../src/analyze.js';
import { findCues } from '../../src/quotes/cues.js';
import {
  FINITE,
  INFINITIVE,
  PAST_PARTICIPLE,
  PRESENT_PARTICIPLE,
  verbReadings,
} from '../../src/quotes/lexicon.js';
import { findMarkSpans } from '../../src/quotes/marks.js';
import { textStage } from '../../src/text/index.js';
import { fold } from '../../src/text/normalize.js';

const lemmaOf = (form: string) => verbReadings(fold(form))?.map((r) => r.verb.lemma);

describe('reporting lexicon', () => {
  it('conjugates regular and irregular verbs in every simple tense', () => {
    for (const [form, lemma] of [
      ['déclare', 'déclarer'],
      ['déclarait', 'déclarer'],
      ['déclara', 'déclarer'],
      ['déclarèrent', 'déclarer'],
      ['déclarera', 'déclarer'],
      ['déclareraient', 'déclarer'],
      ['annonçait', 'annoncer'],
      ['jugeait', 'juger'],
      ['rappelle', 'rappeler'],
      ['avertissait', 'avertir'],
      ['dit', 'dire'],
      ['disaient', 'dire'],
      ['reconnaît', 'reconnaître'],
      ['reconnu', 'reconnaître'],
      ['promis', 'promettre'],
      ['dément', 'démentir'],
    ] as const)
      assert.ok(lemmaOf(form)?.includes(lemma), `${form} → ${lemma}`);
  });

  it('knows participles and infinitives', () => {
    const bits = (f: string) => verbReadings(fold(f))!.reduce((m, r) => m | r.mask, 0);
    assert.ok(bits('niant') & PRESENT_PARTICIPLE);
    assert.ok(bits('affirmées') & PAST_PARTICIPLE);
    assert.ok(bits('annoncer') & INFINITIVE);
    assert.ok(bits('estiment') & FINITE);
  });

  it('groups auxiliaries, adverbs, reflexives and inverted clitics into one cue', () => {
    const text =
      'Il a-t-il ajouté. Elle avait aussi affirmé. Il s’est engagé à partir. Elle ajoute-t-elle. Il va annoncer. Elle n’a jamais nié. Il a tenu à souligner. Il a fait savoir.';
    const doc = createDoc(text, { titleLine: false });
    textStage(doc);
    const cues = findCues(doc).map((c) => text.slice(doc.tokens.start[c.i]!, doc.tokens.end[c.j - 1]!));
    assert.deepEqual(cues, [
      'a-t-il ajouté',
      'avait aussi affirmé',
      's’est engagé',
      'ajoute-t-elle',
      'va annoncer',
      'n’a jamais nié',
      'a tenu à souligner',
      'a fait savoir',
    ]);
  });

  it('does not read an adjectival participle as a cue', () => {
    const doc = createDoc('Un point confirmé par le club.', { titleLine: false });
    textStage(doc);
    assert.deepEqual(findCues(doc), []);
  });
});

describe('quotation marks', () => {
  const spans = (text: string) => {
    const doc = createDoc(text, { titleLine: false });
    textStage(doc);
    return findMarkSpans(doc).map((m) => [text.slice(m.start, m.end), m.openTok >= 0, m.closeTok >= 0]);
  };

  it('pairs nested marks of different families', () => {
    assert.deepEqual(spans('« Il a dit “non” hier »'), [
      ['Il a dit “non” hier', true, true],
      ['non', true, true],
    ]);
  });

  it('reports opened-never-closed and closed-never-opened quotations', () => {
    assert.deepEqual(spans('Début. « Ouvert sans fin'), [['Ouvert sans fin', true, false]]);
    assert.deepEqual(spans('Début. fermé sans début » suite'), [['fermé sans début', false, true]]);
  });

  it('orients straight quotes by their spacing', () => {
    assert.deepEqual(spans('Il a dit "oui" puis "non".'), [
      ['oui', true, true],
      ['non', true, true],
    ]);
  });
});
