// The CAMEO table: complete, GDELT 2.0's QuadClass split and Goldstein values.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CAMEO, cameo } from '../../src/events/cameo.js';

describe('CAMEO table', () => {
  it('has all 20 roots and their children, each with both labels', () => {
    for (let r = 1; r <= 20; r++) assert.ok(CAMEO.has(String(r).padStart(2, '0')), `root ${r}`);
    assert.equal(CAMEO.size, 311);
    for (const c of CAMEO.values()) {
      assert.ok(c.labelEn && c.labelFr, c.code);
      assert.ok(c.goldstein >= -10 && c.goldstein <= 10, c.code);
      assert.ok(c.code.startsWith(c.root));
    }
    assert.equal(cameo('106').labelEn, 'Demand withdrawal');
  });
  it('QuadClass follows GDELT 2.0: 09 is verbal conflict, 14 material conflict', () => {
    const q = (code: string) => cameo(code).quadClass;
    assert.deepEqual(['01', '02', '03', '04', '05'].map(q), [1, 1, 1, 1, 1]);
    assert.deepEqual(['06', '07', '08'].map(q), [2, 2, 2]);
    assert.deepEqual(['09', '10', '11', '12', '13'].map(q), [3, 3, 3, 3, 3]);
    assert.deepEqual(['14', '15', '16', '17', '18', '19', '20'].map(q), [4, 4, 4, 4, 4, 4, 4]);
    assert.equal(q('0874'), 2);
    assert.equal(q('091'), 3);
    assert.equal(q('141'), 4);
  });
  it('Goldstein scores are GDELT’s', () => {
    const g = (code: string) => cameo(code).goldstein;
    assert.equal(g('062'), 7.4);
    assert.equal(g('057'), 8.0);
    assert.equal(g('0874'), 10.0);
    assert.equal(g('130'), -4.4);
    assert.equal(g('1823'), -10.0);
    assert.equal(g('163'), -8.0);
    assert.equal(g('016'), -2.0);
    assert.throws(() => cameo('999'), /unknown CAMEO code/);
  });
});

describe('trigger patterns', () => {
  it('a guard in the middle of a pattern is refused, not read as a word', async () => {
    const { compile } = await import('../../src/events/patterns.js');
    assert.throws(() => compile('174', 'expuls* -ion ~4 migrant*'), /guards go first or last/);
    assert.doesNotThrow(() => compile('174', '-les expuls* ~4 migrant* -vers'));
  });
});
