import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actorKey, compatibleFirstNames, nameParts } from '../../src/corpus/actor-key.js';
import { linkPersons, type NameForm } from '../../src/corpus/actor-links.js';

const form = (name: string, count: number, gender: NameForm['gender'] = null): NameForm => ({
  key: actorKey(name),
  name,
  count,
  gender,
});
const canon = (forms: NameForm[], manual?: Map<string, string>) =>
  Object.fromEntries(linkPersons(forms, manual).map((l) => [l.key, l.canonical]));

describe('actor keys', () => {
  it('folds accents, case, titles and spacing', () => {
    assert.equal(actorKey('Sergueï  LAVROV'), 'serguei lavrov');
    assert.equal(actorKey('M. Jean-Yves Le Drian'), 'jean-yves le drian');
    assert.equal(actorKey('Mme Élisabeth Borne'), 'elisabeth borne');
  });
  it('keeps particles with the surname', () => {
    assert.deepEqual(nameParts('charles de gaulle'), { first: 'charles', last: 'de gaulle' });
    assert.deepEqual(nameParts('jean-yves le drian'), { first: 'jean-yves', last: 'le drian' });
    assert.deepEqual(nameParts('lavrov'), { first: '', last: 'lavrov' });
  });
  it('compares first names: equal, initials, one letter apart; not merely similar', () => {
    assert.ok(compatibleFirstNames('serguei', 's.'));
    assert.ok(compatibleFirstNames('jean-yves', 'j-y'));
    assert.ok(compatibleFirstNames('sergei', 'serguei'));
    assert.ok(!compatibleFirstNames('marine', 'marion'));
    assert.ok(!compatibleFirstNames('robert', 'roberto'));
    assert.ok(!compatibleFirstNames('michel', 'michele'));
    assert.ok(compatibleFirstNames('thierrey', 'thierry'));
    assert.ok(compatibleFirstNames('georges', 'george'));
    assert.ok(!compatibleFirstNames('anne', 'paul'));
    assert.ok(!compatibleFirstNames('jean', 'jeanne'.slice(0, 3)));
  });
});

describe('linking persons across articles', () => {
  it('joins spellings and a bare surname into one actor', () => {
    const c = canon([
      form('Sergueï Lavrov', 5),
      form('Serguei Lavrov', 2),
      form('Lavrov', 9),
      form('S. Lavrov', 1),
    ]);
    assert.equal(c.lavrov, 'serguei lavrov');
    assert.equal(c['s lavrov'], 'serguei lavrov');
  });
  it('keeps apart two people with the same surname, and an ambiguous bare surname alone', () => {
    const c = canon([
      form('Marine Le Pen', 10, 'female'),
      form('Jean-Marie Le Pen', 6, 'male'),
      form('Le Pen', 8),
    ]);
    assert.equal(c['marine le pen'], 'marine le pen');
    assert.equal(c['jean-marie le pen'], 'jean-marie le pen');
    assert.equal(c['le pen'], 'le pen');
  });
  it('gives a bare surname to a far more frequent namesake, unless the genders differ', () => {
    assert.equal(
      canon([form('Emmanuel Macron', 40, 'male'), form('Brigitte Macron', 3, 'female'), form('Macron', 50)])
        .macron,
      'emmanuel macron',
    );
    assert.equal(canon([form('Anne Morel', 40, 'female'), form('Morel', 5, 'male')]).morel, 'morel');
  });
  it('needs more than one mention of the full form before giving it bare surnames', () => {
    assert.equal(canon([form('Mauro Sanchez', 1), form('Sanchez', 5)]).sanchez, 'sanchez');
    assert.equal(canon([form('Mauro Sanchez', 2), form('Sanchez', 5)]).sanchez, 'mauro sanchez');
  });
  it('leaves alone a bare form that is also a first name', () => {
    const forms = [form('Bill Thomas', 4, 'male'), form('Thomas', 9)];
    assert.equal(canon(forms).thomas, 'bill thomas');
    assert.equal(
      Object.fromEntries(
        linkPersons(forms, new Map(), (k) => k === 'thomas').map((l) => [l.key, l.canonical]),
      ).thomas,
      'thomas',
    );
  });
  it('never merges different first names of different genders', () => {
    const c = canon([form('Jean Dupuis', 5, 'male'), form('Jeanne Dupuis', 5, 'female')]);
    assert.notEqual(c['jean dupuis'], c['jeanne dupuis']);
  });
  it('lets manual links override, and follows them', () => {
    const c = canon(
      [form('Sergueï Lavrov', 5), form('Lavrov', 9), form('Sergey Lavrov', 1)],
      new Map([
        ['sergey lavrov', 'lavrov'],
        ['lavrov', 'lavrov'],
      ]),
    );
    assert.equal(c.lavrov, 'lavrov');
    assert.equal(c['sergey lavrov'], 'lavrov');
  });
});
