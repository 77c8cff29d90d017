// Properties that hold for any input: analyze never throws, and every span is a faithful slice.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../src/analyze.js';
import type { AnalysisRecord } from '../src/record.js';

const FRENCH_BITS = [
  '«',
  '»',
  '“',
  '”',
  '"',
  '’',
  "'",
  ' ',
  '\u00a0',
  '\n',
  '.',
  ',',
  ':',
  'a-t-il',
  'dit',
  'que',
  'M.',
  'Diop',
  'selon',
  'le ministre',
  'Moscou',
  'a déclaré',
  'jeudi',
  '1 000',
  'l’',
  'Elle',
  '-',
];

function spans(r: AnalysisRecord) {
  const out: { start: number; end: number; text: string }[] = [];
  for (const e of r.entities) out.push(...e.mentions);
  for (const q of r.quotes) {
    out.push(q);
    if (q.cue) out.push(q.cue);
    if (q.speaker?.mention) out.push(q.speaker.mention);
  }
  for (const v of r.events) out.push(v.trigger);
  out.push(...r.dates);
  return out;
}

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.array(fc.constantFrom(...FRENCH_BITS), { maxLength: 80 }).map((a) => a.join(' ')),
  fc.array(fc.constantFrom(...FRENCH_BITS), { maxLength: 80 }).map((a) => a.join('')),
);

it('analyze never throws and every span satisfies text.slice(start, end) === span.text', () => {
  fc.assert(
    fc.property(text, (t) => {
      const r = analyze(t);
      assert.equal(r.text, t);
      for (const s of spans(r)) assert.equal(t.slice(s.start, s.end), s.text);
    }),
    { numRuns: 400 },
  );
});
