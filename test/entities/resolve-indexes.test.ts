// The resolver's cluster indexes (built once an article has more than a few dozen entities) are
// exact filters: resolving through them equals scanning every cluster. Fictional article.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDoc } from '../../src/analyze.js';
import { findMentions } from '../../src/entities/mentions.js';
import { resolveEntities } from '../../src/entities/resolve.js';
import { textStage } from '../../src/text/index.js';

const FIRST = ['Jean', 'Marie', 'Paul', 'Claire', 'Louis', 'Anne', 'Hugo', 'Léa', 'Marc', 'Sophie'];
// Invented surnames: « Bertaland », « Corvinec »…
const LAST = ['Bert', 'Corv', 'Dalm', 'Fenr', 'Garv', 'Holm', 'Lamb', 'Morv', 'Norb', 'Pelt'].flatMap((a) =>
  ['aland', 'inec', 'odier', 'uset', 'ardin', 'ivot'].map((b) => a + b),
);
const ORGS = [
  'Union des Artisans du Rhône (UAR)',
  'Fédération nationale des Pêcheurs (FNP)',
  'Banque centrale des Alpes',
];
const PLACES = ['Moscou', 'Lyon', 'Genève', 'Bamako', 'Kerlouan (Finistère)', 'le Kremlin'];

/** A fictional dispatch naming dozens of people, organisations and places, several ways each. */
function article(seed: number): string {
  let s = seed;
  const pick = <T>(xs: T[]): T => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return xs[s % xs.length]!;
  };
  const sentences: string[] = [];
  for (let k = 0; k < 90; k++) {
    const [f, l, o, p] = [pick(FIRST), pick(LAST), pick(ORGS), pick(PLACES)];
    sentences.push(
      pick([
        `${f} ${l} a déclaré à ${p} que la ${o} viendrait.`,
        `M. ${l} et ${f} ${l}-${pick(LAST)} ont rencontré ${o.replace(/ \(.*/, '')}.`,
        `${l} a rappelé, selon ${f}, que ${p} restait calme.`,
        `La ${o.match(/\((\w+)\)/)?.[1] ?? 'UAR'} a répondu à ${f} ${l}.`,
      ]),
    );
  }
  return `Dépêche fictive\n\n${sentences.join(' ')}`;
}

test('resolving through the cluster indexes equals scanning every cluster', () => {
  for (const seed of [1, 2, 3]) {
    const resolve = (small: number) => {
      const doc = createDoc(article(seed), {});
      textStage(doc);
      return resolveEntities(doc, findMentions(doc), small);
    };
    const scanned = resolve(Number.POSITIVE_INFINITY);
    assert.ok(scanned.length > 48, `${scanned.length} entities: the indexes must serve`);
    assert.deepEqual(resolve(48), scanned);
    assert.deepEqual(resolve(0), scanned);
  }
});
