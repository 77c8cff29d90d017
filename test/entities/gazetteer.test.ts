// Gazetteer look-ups: places, demonyms, metonyms, organisations, first names.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  actorCountry,
  countryByIso3,
  countryOfDemonym,
  firstNameGender,
  lookupCountry,
  lookupMetonym,
  lookupOrganization,
  lookupPlace,
} from '../../src/entities/gazetteer.js';

describe('gazetteer', () => {
  it('finds states by French names and aliases, with or without accents or article', () => {
    assert.equal(lookupCountry('Russie')?.iso3, 'RUS');
    assert.equal(lookupCountry('la Russie')?.iso3, 'RUS');
    assert.equal(lookupCountry('Etats-Unis')?.iso3, 'USA');
    assert.equal(lookupCountry('États-Unis')?.iso3, 'USA');
    assert.equal(lookupCountry('RDC')?.iso3, 'COD');
    assert.equal(lookupCountry('Centrafrique')?.iso3, 'CAF');
    assert.equal(lookupCountry('Dominique'), undefined, 'a first name, not a state');
    assert.equal(countryByIso3('mli')?.name, 'Mali');
  });

  it('knows French exonyms of world cities, with their state and coordinates', () => {
    for (const [city, iso3] of [
      ['Moscou', 'RUS'],
      ['Pékin', 'CHN'],
      ['Londres', 'GBR'],
      ['Tombouctou', 'MLI'],
      ['Ouagadougou', 'BFA'],
      ['N’Djamena', 'TCD'],
    ] as const) {
      const p = lookupPlace(city);
      assert.equal(p?.country, iso3, city);
      assert.equal(p?.kind, 'city');
      assert.ok(typeof p?.lat === 'number');
    }
    assert.equal(lookupPlace('Sahel')?.kind, 'region');
    assert.equal(lookupPlace('Afrique de l’ouest')?.name, "Afrique de l'Ouest");
  });

  it('maps demonyms in every gender and number to the state', () => {
    for (const w of ['russe', 'Russe', 'russes']) assert.equal(countryOfDemonym(w), 'RUS');
    for (const w of ['malien', 'malienne', 'maliens', 'maliennes']) assert.equal(countryOfDemonym(w), 'MLI');
    assert.equal(countryOfDemonym('français'), 'FRA');
    assert.equal(countryOfDemonym('américaine'), 'USA');
    assert.equal(countryOfDemonym('ministre'), null);
  });

  it('resolves metonyms and capitals to the state they act for', () => {
    assert.equal(lookupMetonym('le Kremlin')?.country, 'RUS');
    for (const [t, iso3] of [
      ['Moscou', 'RUS'],
      ['le Kremlin', 'RUS'],
      ['Paris', 'FRA'],
      ['l’Élysée', 'FRA'],
      ['Matignon', 'FRA'],
      ['le Quai d’Orsay', 'FRA'],
      ['Washington', 'USA'],
      ['la Maison-Blanche', 'USA'],
      ['le Pentagone', 'USA'],
      ['Downing Street', 'GBR'],
      ['Zhongnanhai', 'CHN'],
      ['le Mali', 'MLI'],
    ] as const)
      assert.equal(actorCountry(t), iso3, t);
    assert.equal(actorCountry('ONU'), null, 'an IGO acts for no single state');
    assert.equal(actorCountry('Wagner'), null, 'a non-state group keeps its own name');
    assert.equal(actorCountry('Sahel'), null);
  });

  it('links organisations, acronyms and expansions, never a lower-case common word', () => {
    assert.equal(lookupOrganization('ONU')?.name, lookupOrganization('Nations unies')?.name);
    assert.equal(lookupOrganization('UA')?.name, 'Union africaine');
    assert.equal(lookupOrganization('Cédéao')?.name, lookupOrganization('CEDEAO')?.name);
    assert.equal(lookupOrganization('EI')?.name, lookupOrganization('Etat islamique')?.name);
    assert.equal(lookupOrganization('Aqmi')?.kind, 'armed');
    assert.equal(lookupOrganization('Wagner')?.country, 'RUS');
    assert.equal(lookupOrganization('ue'), undefined);
  });

  it('genders first names from the lists', () => {
    assert.equal(firstNameGender('Abdoulaye'), 'male');
    assert.equal(firstNameGender('Sergueï'), 'male');
    assert.equal(firstNameGender('Aminata'), 'female');
    assert.equal(firstNameGender('Dominique'), 'unknown');
    assert.equal(firstNameGender('Zzyzx'), null);
  });
});

describe('gazetteer keys', () => {
  it('never reaches Object.prototype through a look-up', () => {
    for (const w of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      assert.equal(firstNameGender(w), null, w);
      assert.equal(lookupPlace(w), undefined, w);
      assert.equal(lookupOrganization(w.toUpperCase()), undefined, w);
      assert.equal(countryOfDemonym(w), null, w);
    }
  });
});
