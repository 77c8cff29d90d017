// Date expressions, one family per case. Every sentence here is written by us (fictional).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDoc } from '../../src/analyze.js';
import { isoWeek } from '../../src/dates/calendar.js';
import { datesStage } from '../../src/dates/index.js';
import { textStage } from '../../src/text/index.js';

function dates(text: string, published: string | null = '2021-11-12') {
  const doc = createDoc(text, { titleLine: false, published });
  textStage(doc);
  datesStage(doc);
  for (const d of doc.dates) assert.equal(doc.text.slice(d.start, d.end), d.text);
  return doc.dates.map((d) => [d.text, d.value]);
}

// 2021-11-12 is a Friday.
describe('dates: weekdays', () => {
  it('« ce jeudi » is the most recent Thursday in a past clause', () => {
    assert.deepEqual(dates('Le ministre a déclaré ce jeudi que la ville était calme.'), [
      ['ce jeudi', '2021-11-11'],
    ]);
  });
  it('a bare weekday points back', () => {
    assert.deepEqual(dates('La délégation est arrivée mardi à Dakar.'), [['mardi', '2021-11-09']]);
  });
  it('the publication weekday itself is today', () => {
    assert.deepEqual(dates('Le sommet s’est ouvert vendredi.'), [['vendredi', '2021-11-12']]);
  });
  it('« mardi dernier » and « lundi prochain »', () => {
    assert.deepEqual(dates('Il est parti mardi dernier et reviendra lundi prochain.'), [
      ['mardi dernier', '2021-11-09'],
      ['lundi prochain', '2021-11-15'],
    ]);
  });
  it('a future clause points forward', () => {
    assert.deepEqual(dates('Le président se rendra mercredi à Niamey.'), [['mercredi', '2021-11-17']]);
    assert.deepEqual(dates('Le ministre va signer jeudi un accord.'), [['jeudi', '2021-11-18']]);
  });
  it('« lundi soir » keeps the part of the day', () => {
    assert.deepEqual(dates('Des tirs ont été entendus lundi soir.'), [['lundi soir', '2021-11-08']]);
  });
  it('a weekday with a calendar date takes the date', () => {
    assert.deepEqual(dates('Le vote a eu lieu le mardi 14 septembre.'), [
      ['le mardi 14 septembre', '2021-09-14'],
    ]);
  });
});

describe('dates: calendar dates', () => {
  it('« le 11 novembre » takes the publication year', () => {
    assert.deepEqual(dates('La cérémonie a eu lieu le 11 novembre.'), [['le 11 novembre', '2021-11-11']]);
  });
  it('« le 11 novembre 2019 » keeps its year', () => {
    assert.deepEqual(dates('Le traité fut signé le 11 novembre 2019.'), [
      ['le 11 novembre 2019', '2019-11-11'],
    ]);
  });
  it('abbreviated months after a day number: « 30 sept », « 1er déc. »', () => {
    assert.deepEqual(dates('KOULOU, 30 sept (AFP) - Le port a rouvert.'), [['30 sept', '2021-09-30']]);
    assert.deepEqual(dates('Le scrutin est prévu le 1er déc.'), [['le 1er déc.', '2021-12-01']]);
  });
  it('« sept » alone is a number, not a month', () => {
    assert.deepEqual(dates('Sept soldats ont été blessés.'), []);
  });
  it('a past clause about a later month is last year', () => {
    assert.deepEqual(dates('Le pont s’était effondré le 3 décembre.', '2021-02-10'), [
      ['le 3 décembre', '2020-12-03'],
    ]);
  });
  it('month and year: « en mars », « novembre 2020 », « mi-juin »', () => {
    assert.deepEqual(dates('Les pluies ont commencé en mars.'), [['en mars', '2021-03']]);
    assert.deepEqual(dates('Les pluies de novembre 2020 ont tout emporté.'), [['novembre 2020', '2020-11']]);
    assert.deepEqual(dates('La mission a pris fin mi-juin.'), [['mi-juin', '2021-06']]);
  });
  it('years after a preposition: « depuis 2013 », « fin 2019 », « en 2015 »', () => {
    assert.deepEqual(dates('L’armée est présente depuis 2013 et partira fin 2022.'), [
      ['depuis 2013', '2013'],
      ['fin 2022', '2022'],
    ]);
    assert.deepEqual(dates('Elle a été élue en 2015.'), [['en 2015', '2015']]);
  });
  it('a quantity is not a year: « en 2000 exemplaires »', () => {
    assert.deepEqual(dates('Le livre a été tiré en 2000 exemplaires.'), []);
  });
});

describe('dates: relative expressions', () => {
  it('hier, aujourd’hui, demain, avant-hier', () => {
    assert.deepEqual(dates('Hier soir, aujourd’hui et demain, puis avant-hier.'), [
      ['Hier soir', '2021-11-11'],
      ['aujourd’hui', '2021-11-12'],
      ['demain', '2021-11-13'],
      ['avant-hier', '2021-11-10'],
    ]);
  });
  it('« plus tôt cette année », « l’an dernier », « l’année prochaine »', () => {
    assert.deepEqual(dates('Le pays avait protesté plus tôt cette année.'), [
      ['plus tôt cette année', '2021'],
    ]);
    assert.deepEqual(dates('Les ventes ont chuté l’an dernier.'), [['l’an dernier', '2020']]);
    assert.deepEqual(dates('Le retrait aura lieu l’année prochaine.'), [['l’année prochaine', '2022']]);
  });
  it('weeks as ISO weeks: « la semaine prochaine », « cette semaine »', () => {
    assert.deepEqual(dates('Les discussions reprendront la semaine prochaine.'), [
      ['la semaine prochaine', '2021-W46'],
    ]);
    assert.deepEqual(dates('Le port a rouvert cette semaine.'), [['cette semaine', '2021-W45']]);
  });
  it('months: « le mois dernier », « ce mois-ci »', () => {
    assert.deepEqual(dates('Il a démissionné le mois dernier.'), [['le mois dernier', '2021-10']]);
  });
  it('« il y a trois jours », « dans deux semaines »', () => {
    assert.deepEqual(dates('Le convoi est parti il y a trois jours.'), [
      ['il y a trois jours', '2021-11-09'],
    ]);
    assert.deepEqual(dates('Les élections auront lieu dans deux semaines.'), [
      ['dans deux semaines', '2021-W47'],
    ]);
  });
});

describe('dates: anchors', () => {
  it('without a publication date, relative dates are null', () => {
    assert.deepEqual(dates('Le ministre a parlé jeudi.', null), [['jeudi', null]]);
  });
  it('without a publication date, a full date of the text anchors the others', () => {
    assert.deepEqual(
      dates('Ce vendredi 12 novembre 2021, le calme régnait. Jeudi, des tirs avaient éclaté.', null),
      [
        ['Ce vendredi 12 novembre 2021', '2021-11-12'],
        ['Jeudi', '2021-11-11'],
      ],
    );
  });
  it('ISO weeks take the year of their Thursday', () => {
    assert.equal(isoWeek({ y: 2021, m: 1, d: 3 }), '2020-W53');
    assert.equal(isoWeek({ y: 2021, m: 1, d: 4 }), '2021-W01');
  });
});
