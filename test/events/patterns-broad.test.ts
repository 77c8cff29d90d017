// The broad trigger lexicon (data/cameo/patterns-broad.json) on sentences we wrote (fictional):
// a few triggers per CAMEO root, and the guards that keep ambiguous words out.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import broad from '../../data/cameo/patterns-broad.json' with { type: 'json' };
import { analyze } from '../../src/analyze.js';
import { CAMEO } from '../../src/events/cameo.js';
import { mergeCodes } from '../../src/events/patterns.js';

const codes = (text: string) =>
  analyze(text, { titleLine: false, published: '2021-11-12' }).events.map((e) => e.code);

describe('events: broad trigger lexicon', () => {
  const cases: [string, string][] = [
    ['Le ministre tchadien a exprimé son inquiétude face à la situation au Soudan.', '012'],
    ['Le Bénin a présenté ses condoléances au Togo.', '018'],
    ['Le Ghana a encouragé le Togo à reprendre le dialogue.', '020'],
    ['Le Japon a tendu la main au Kenya.', '030'],
    ['Le Pérou se dit ouvert au dialogue avec la Bolivie.', '036'],
    ['Le président kényan a eu une conversation téléphonique avec son homologue ougandais.', '041'],
    ['Le Premier ministre belge a effectué une visite en Tunisie.', '042'],
    ['Le Maroc a réaffirmé son soutien à la Mauritanie.', '051'],
    ['La Norvège et la Suède ont trouvé un compromis sur la pêche.', '057'],
    ['La Suisse a envoyé des secouristes au Népal.', '073'],
    ['Le Cameroun a assoupli les restrictions imposées au Gabon.', '081'],
    ['Le Mali a remis en liberté deux ressortissants ivoiriens.', '0841'],
    ['La police kényane a fouillé le domicile d’un ministre ougandais.', '090'],
    ['La Finlande a enjoint la Russie de cesser ses manœuvres.', '100'],
    ['La Hongrie a demandé des comptes à la Pologne.', '101'],
    ['Le gouvernement islandais a taclé la Norvège.', '111'],
    ['Le Chili a opposé une fin de non-recevoir au Pérou.', '120'],
    ['Le Kenya a mis en garde la Somalie contre toute incursion.', '130'],
    ['Des milliers de manifestants chiliens ont battu le pavé contre le gouvernement.', '140'],
    ['L’armée nigériane a renforcé ses positions près de la frontière tchadienne.', '154'],
    ['Le Canada a annulé la visite de son ministre en Inde.', '160'],
    ['Le Venezuela a expulsé deux journalistes colombiens.', '174'],
    ['Un militant ougandais a été frappé à coups de bâton par la police kényane.', '182'],
    ['L’armée malienne a repris le contrôle de la ville après des combats contre les rebelles.', '192'],
  ];
  for (const [text, code] of cases)
    it(`${code}: ${text}`, () => assert.ok(codes(text).includes(code), `${codes(text).join(',')}`));

  it('guards: « censure » after « motion de » is a vote, not coercion', () => {
    assert.ok(
      !codes('Les députés italiens ont déposé une motion de censure contre le gouvernement.').includes('172'),
    );
  });
  it('guards: a release by the subject keeps the more specific « libérer des otages »', () => {
    assert.ok(codes('Les forces tchadiennes ont libéré trois otages nigériens.').includes('0841'));
  });
  it('guards: « cinglante » (adjective) is no criticism', () => {
    assert.ok(!codes('Le Danemark a subi une défaite cinglante face à la Suède.').includes('111'));
  });
  it('every code of the broad file is a CAMEO code, and merging keeps the main patterns', () => {
    for (const code of Object.keys(broad.codes)) assert.ok(CAMEO.has(code), code);
    const merged = mergeCodes({ '111': ['a'] }, { '111': ['b'], '120': ['c'] });
    assert.deepEqual(merged, { '111': ['a', 'b'], '120': ['c'] });
  });
});
