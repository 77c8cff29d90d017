// URLs and e-mail addresses are single tokens, and looking for them stays linear. Fictional examples.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TokenKind } from '../../src/doc.js';
import { tokenize } from '../../src/text/tokenize.js';

const words = (text: string) => {
  const t = tokenize(text);
  return Array.from({ length: t.length }, (_, i) => [text.slice(t.start[i], t.end[i]), t.kind[i]] as const);
};

test('an e-mail address is one URL token', () => {
  const w = words('Écrire à jean-luc.dupont+presse@redaction.exemple.fr avant midi.');
  assert.deepEqual(
    w.find(([s]) => s.includes('@')),
    ['jean-luc.dupont+presse@redaction.exemple.fr', TokenKind.Url],
  );
});

test('a 64-character local part is still an address', () => {
  const local = 'a'.repeat(64);
  assert.deepEqual(words(`${local}@exemple.fr`), [[`${local}@exemple.fr`, TokenKind.Url]]);
});

test('dotted runs without an @ are scanned in linear time', () => {
  // 200k characters: quadratic scanning took minutes here; linear takes milliseconds.
  const text = 'a.'.repeat(100_000);
  const t = tokenize(text);
  assert.equal(t.length, 200_000);
  assert.equal(t.kind[0], TokenKind.Word);
});
