// GDELT 2.0 export of events. The article is written by us (fictional).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../src/analyze.js';
import { formatGdelt, GDELT_COLUMNS } from '../../src/events/gdelt.js';

const TEXT =
  'Coopération au Sahel\nLa Russie a livré jeudi des armes au Mali à Bamako.\nLe Niger a condamné l’attaque.';

describe('GDELT export', () => {
  const record = analyze(TEXT, { id: 'demo', published: '2021-11-12', url: 'https://example.org/a' });
  const lines = formatGdelt(record).trimEnd().split('\n');
  const rows = lines.map((l) => l.split('\t'));
  const col = (row: string[], name: (typeof GDELT_COLUMNS)[number]) => row[GDELT_COLUMNS.indexOf(name)];

  it('writes one 61-column line per event', () => {
    assert.equal(GDELT_COLUMNS.length, 61);
    assert.equal(rows.length, record.events.length);
    for (const r of rows) assert.equal(r.length, 61);
  });
  it('fills actors, codes, scores, date and place', () => {
    const r = rows.find((x) => col(x, 'EventRootCode') === '07')!;
    assert.ok(r, JSON.stringify(record.events));
    assert.equal(col(r, 'Actor1CountryCode'), 'RUS');
    assert.equal(col(r, 'Actor1Name'), 'RUSSIE');
    assert.equal(col(r, 'Actor2CountryCode'), 'MLI');
    assert.equal(col(r, 'EventCode'), '072');
    assert.equal(col(r, 'EventBaseCode'), '072');
    assert.equal(col(r, 'QuadClass'), '2');
    assert.equal(col(r, 'GoldsteinScale'), '8.3');
    assert.equal(col(r, 'SQLDATE'), '20211111');
    assert.equal(col(r, 'IsRootEvent'), '1');
    assert.equal(col(r, 'ActionGeo_FullName'), 'Bamako');
    assert.equal(col(r, 'ActionGeo_CountryCode'), 'ML');
    assert.equal(col(r, 'DATEADDED'), '20211112000000');
    assert.equal(col(r, 'SOURCEURL'), 'https://example.org/a');
    assert.match(col(r, 'GLOBALEVENTID')!, /^\d+$/);
  });
  it('an event without target leaves the Actor2 columns empty', () => {
    const r = rows.find((x) => col(x, 'EventRootCode') === '11')!;
    assert.equal(col(r, 'Actor1CountryCode'), 'NER');
    assert.equal(col(r, 'Actor2Name'), '');
  });
  it('prints a header on request, nothing for no events', () => {
    assert.ok(formatGdelt(record, true).startsWith('GLOBALEVENTID\tSQLDATE'));
    assert.equal(formatGdelt(analyze('Rien.', { titleLine: false })), '');
  });
});
