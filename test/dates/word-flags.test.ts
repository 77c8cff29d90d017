// The date recogniser looks each token up once (dateWordFlags); tokens not starting with a-z are
// skipped without a look-up, which holds only while every listed word starts with a-z.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDoc } from '../../src/analyze.js';
import { dateWordFlags, dateWordKeys } from '../../src/dates/recognize.js';
import { textStage } from '../../src/text/index.js';

test('every date word starts with a-z', () => {
  const keys = dateWordKeys();
  assert.ok(keys.length > 50);
  for (const k of keys) assert.match(k, /^[a-z]/, k);
});

test('abbreviated forms take the flags of their word', () => {
  const doc = createDoc('Le 3 sept. et le 3 sept, mardi soir.', {
    id: 'dates-flags',
    published: '2024-03-05',
  });
  textStage(doc);
  const flags = dateWordFlags(doc);
  const at = (w: string, k = 0) => flags[doc.tokens.norm.indexOf(w, k)]!;
  assert.ok(at('sept.') !== 0);
  assert.equal(at('sept.'), at('sept'));
  assert.ok(at('soir') !== 0);
  assert.equal(flags[doc.tokens.norm.indexOf('3')], 0);
});
