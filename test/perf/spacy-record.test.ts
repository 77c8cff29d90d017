// The peer conversion: spaCy's code-point offsets become UTF-16 spans that slice the text exactly.
// Fixtures are fictional.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codePointOffsets, spacyEntities } from '../../bench/spacy-record.js';

test('code points map to UTF-16 offsets past astral characters', () => {
  const text = 'a😀b𝔸c';
  const cp = codePointOffsets(text);
  assert.deepEqual([...cp], [0, 1, 3, 4, 6, 7]);
});

test('mentions slice the original text after an emoji', () => {
  const text = '🇫🇷 Hélène Marchal a rencontré le maire de Villebrune. Marchal a souri.';
  // Python offsets: the flag is two code points (four UTF-16 units).
  const py = (s: string) => [...text.slice(0, text.indexOf(s))].length;
  const span = (s: string, label: string): [number, number, string] => [py(s), py(s) + [...s].length, label];
  const ents = spacyEntities(text, [
    span('Hélène Marchal', 'PER'),
    span('Villebrune', 'LOC'),
    [py('Marchal a souri'), py('Marchal a souri') + 7, 'PER'],
  ]);
  for (const e of ents) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  const per = ents.find((e) => e.type === 'PER')!;
  assert.equal(per.name, 'Hélène Marchal');
  assert.equal(per.mentions.length, 2, 'the lone surname joins the full name');
  assert.equal(ents.find((e) => e.type === 'LOC')?.name, 'Villebrune');
});

test('unknown labels and out-of-range spans are dropped', () => {
  const text = 'Un texte court.';
  assert.deepEqual(
    spacyEntities(text, [
      [0, 2, 'DATE'],
      [3, 99, 'PER'],
      [5, 5, 'ORG'],
    ]),
    [],
  );
});
