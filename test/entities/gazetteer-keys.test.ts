// The key-taking look-ups (hot path of the mention finder) must equal the text-taking ones: a
// token's key from its folded form, a span keyed once for every map.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import countries from '../../data/gazetteer/countries.json' with { type: 'json' };
import {
  acronymByKey,
  countryOfDemonym,
  countryOfDemonymKey,
  countryOfDemonymNorm,
  firstNameGender,
  firstNameGenderByKey,
  gazetteerKey,
  isCapsOnlyKey,
  isCommonFirstName,
  isCommonFirstNameByKey,
  keyOfNorm,
  keyOfText,
  longestNameFrom,
  longestNameFromKey,
  lookupOrganization,
  lookupPerson,
  lookupPlace,
  organizationByName,
  personByKey,
  placeByKey,
} from '../../src/entities/gazetteer.js';
import { fold } from '../../src/text/normalize.js';

const latin = fc.constantFrom(
  ..."aAeéÉèêëçÇàâîïôöùûüÿœŒæßlL`´’‘‐–—-' \u00a0\u202f\t\nİıσΣ\u0301ǅ0zZ".split(''),
  ' ',
  "l'",
  "' ",
);
const texts = fc.oneof(
  fc.array(latin, { maxLength: 14 }).map((cs) => cs.join('')),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

test('keyOfText(text) and keyOfNorm(fold(text)) equal gazetteerKey(text), and gazetteerKey of the folded form', () => {
  fc.assert(
    fc.property(texts, (s) => {
      assert.equal(keyOfText(s), gazetteerKey(s));
      assert.equal(keyOfNorm(fold(s)), gazetteerKey(s));
      assert.equal(keyOfNorm(fold(s)), gazetteerKey(fold(s)));
    }),
    { numRuns: 3000 },
  );
});

// Fictional and real-world names, places, acronyms and common words, in several spellings.
const WORDS = [
  'Moscou',
  'moscou',
  'MOSCOU',
  'la Russie',
  'Saint-Denis-de-la-Réunion',
  'EAU',
  'Eau',
  'UE',
  'ue',
  'Union européenne',
  'Jean-Pierre',
  'Marie Claire',
  'Florence',
  'Macron',
  'Brévine',
  'le Kremlin',
  'Pas-de-Calais',
  'Côte d’Ivoire',
  'Zorglub',
];

test('look-ups by key equal the look-ups by text', () => {
  for (const w of WORDS) {
    const key = gazetteerKey(w);
    const place = isCapsOnlyKey(key) && w !== w.toUpperCase() ? undefined : placeByKey(key);
    assert.equal(place, lookupPlace(w), w);
    const org = organizationByName(key) ?? (w === w.toLowerCase() ? undefined : acronymByKey(key));
    assert.equal(org, lookupOrganization(w), w);
    assert.equal(personByKey(key), lookupPerson(w), w);
    assert.equal(firstNameGenderByKey(key), firstNameGender(w), w);
    assert.equal(isCommonFirstNameByKey(key), isCommonFirstName(w), w);
    assert.equal(longestNameFromKey(key), longestNameFrom(w), w);
  }
});

test('demonyms by key or folded word equal countryOfDemonym (its shape filter drops none)', () => {
  const forms = (countries as { demonyms: string[] }[]).flatMap((c) => c.demonyms);
  assert.ok(forms.length > 500);
  for (const d of [...forms, 'Malien', 'malienne', 'sud-africaines', 'zorglubien', 'de', 'é']) {
    const expected = countryOfDemonym(d);
    assert.equal(countryOfDemonymKey(gazetteerKey(d)), expected, d);
    if (!/\s/.test(d)) assert.equal(countryOfDemonymNorm(fold(d)), expected, d);
  }
  fc.assert(
    fc.property(texts, (s) => {
      assert.equal(countryOfDemonymKey(gazetteerKey(s)), countryOfDemonym(s));
    }),
    { numRuns: 2000 },
  );
});
