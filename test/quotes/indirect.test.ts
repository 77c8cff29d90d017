// Reported speech and mixed quotations: reporting verbs in every tense, que-clauses, infinitives,
// « selon X », « pour X, », postposed incises. Fictional sentences written by us.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../src/analyze.js';

const quotes = (text: string) => analyze(text, { titleLine: false }).quotes;
const one = (text: string) => {
  const r = quotes(text);
  assert.equal(
    r.length,
    1,
    `expected one quotation in: ${text}\ngot: ${JSON.stringify(r.map((q) => q.text))}`,
  );
  return r[0]!;
};

describe('indirect quotations', () => {
  it('takes what follows que, to the end of the sentence, without the full stop', () => {
    const q = one('Hélène Garnier a déclaré jeudi que la digue serait renforcée avant l’été.');
    assert.equal(q.kind, 'indirect');
    assert.equal(q.text, 'la digue serait renforcée avant l’été');
    assert.equal(q.speaker?.name, 'Hélène Garnier');
    assert.equal(q.cue?.text, 'a déclaré');
    assert.equal(q.cue?.lemma, 'déclarer');
  });

  it('recognises reporting verbs in every tense and voice', () => {
    for (const [sentence, lemma] of [
      ['Hélène Garnier avait affirmé que la digue tiendrait.', 'affirmer'],
      ['Hélène Garnier affirmait que la digue tiendrait.', 'affirmer'],
      ['Hélène Garnier va annoncer que la digue tiendra.', 'annoncer'],
      ['Hélène Garnier déclara que la digue tiendrait.', 'déclarer'],
      ['Hélène Garnier estime que la digue tiendra.', 'estimer'],
      ['Hélène Garnier aurait reconnu que la digue était fragile.', 'reconnaître'],
      ['Hélène Garnier a tenu à souligner que la digue tiendra.', 'souligner'],
      ['Hélène Garnier a démenti que la digue soit fragile.', 'démentir'],
    ] as const) {
      const q = one(sentence);
      assert.equal(q.cue?.lemma, lemma, sentence);
      assert.equal(q.speaker?.name, 'Hélène Garnier', sentence);
    }
  });

  it('takes an infinitive clause, with or without a preposition', () => {
    let q = one('Le maire Jules Varin a affirmé avoir reçu toutes les autorisations nécessaires.');
    assert.equal(q.text, 'avoir reçu toutes les autorisations nécessaires');
    q = one('La ville de Corbel s’est engagée mardi à rénover toutes les écoles du quartier nord.');
    assert.equal(q.text, 'rénover toutes les écoles du quartier nord');
    assert.equal(q.cue?.lemma, "s'engager");
    assert.equal(q.speaker?.type, 'organization');
  });

  it('splits coordinated reporting verbs sharing one subject', () => {
    const r = quotes(
      'Marc Tellier a assuré que le budget était bouclé, mais a reconnu que les délais seraient serrés.',
    );
    assert.deepEqual(
      r.map((q) => [q.text, q.speaker?.name, q.cue?.lemma]),
      [
        ['le budget était bouclé', 'Marc Tellier', 'assurer'],
        ['les délais seraient serrés', 'Marc Tellier', 'reconnaître'],
      ],
    );
  });

  it('reads a denial with its object (« tout en niant tout lien avec … »)', () => {
    const r = quotes(
      'La société Ardea s’est engagée à payer les salaires tout en niant tout lien avec la faillite du sous-traitant.',
    );
    assert.deepEqual(
      r.map((q) => q.text),
      ['payer les salaires', 'tout lien avec la faillite du sous-traitant'],
    );
    assert.equal(r[1]!.cue?.lemma, 'nier');
  });

  it('takes content before a postposed incise: « …, a déclaré X »', () => {
    const q = one('Enfin la ligne de tramway ouvrira en mars, a précisé le maire Jules Varin.');
    assert.equal(q.text, 'la ligne de tramway ouvrira en mars');
    assert.equal(q.speaker?.name, 'Jules Varin');
  });

  it('attributes « selon X » and « d’après X » either side of the content', () => {
    let q = one('Selon le préfet Louis Marchal, la route restera fermée jusqu’à dimanche.');
    assert.equal(q.text, 'la route restera fermée jusqu’à dimanche');
    assert.equal(q.speaker?.name, 'Louis Marchal');
    assert.equal(q.cue?.lemma, 'selon');
    q = one('La route restera fermée jusqu’à dimanche, d’après une source préfectorale.');
    assert.equal(q.text, 'La route restera fermée jusqu’à dimanche');
    assert.equal(q.speaker?.type, 'anonymous');
    assert.equal(q.speaker?.name, 'une source préfectorale');
  });

  it('reads « pour X, … » as X’s opinion', () => {
    const q = one('Pour l’économiste Sarah Lemoine, la hausse des prix va ralentir avant l’automne.');
    assert.equal(q.text, 'la hausse des prix va ralentir avant l’automne');
    assert.equal(q.speaker?.name, 'Sarah Lemoine');
  });

  it('keeps only the outermost quotation', () => {
    const q = one('Le syndicat a affirmé que la direction avait reconnu que les primes seraient versées.');
    assert.equal(q.text, 'la direction avait reconnu que les primes seraient versées');
  });
});

describe('mixed quotations', () => {
  it('covers reported content that contains a quoted fragment', () => {
    const q = one('Marc Tellier a dit qu’il n’était « pas question de céder » face aux actionnaires.');
    assert.equal(q.kind, 'mixed');
    assert.equal(q.text, 'il n’était « pas question de céder » face aux actionnaires');
  });

  it('drops the marks when the whole content is the quotation', () => {
    const q = one('Marc Tellier a souligné que « la coopérative ne fermera aucune de ses boutiques ».');
    assert.equal(q.kind, 'mixed');
    assert.equal(q.text, 'la coopérative ne fermera aucune de ses boutiques');
  });

  it('runs from the clause start when the quotation opens mid-clause', () => {
    const q = one(
      'Le suspect est « un habitué des casinos de la côte », a souligné la procureure Anne Roux.',
    );
    assert.equal(q.kind, 'mixed');
    assert.ok(q.text.startsWith('Le suspect est « un habitué'));
    assert.equal(q.speaker?.name, 'Anne Roux');
  });
});

describe('comparative incises: « comme le rapporte X »', () => {
  it('attributes the clause before « , comme l’a annoncé X »', () => {
    const q = one('Le pont de Vérac restera fermé tout l’été, comme l’a annoncé son directeur sur Facebook.');
    assert.equal(q.text, 'Le pont de Vérac restera fermé tout l’été');
    assert.equal(q.speaker?.name, 'son directeur');
    assert.equal(q.cue?.lemma, 'annoncer');
  });

  it('attributes the clause after a sentence-initial « Comme le rappelle X, »', () => {
    const q = one('Comme le rappelle Radio Vérac, les pluies seront fortes sur la côte.');
    assert.equal(q.text, 'les pluies seront fortes sur la côte');
    assert.match(q.speaker?.name ?? '', /Radio Vérac/);
  });

  it('reads the passive « Comme repéré par X, »', () => {
    const q = one('Comme repéré par Radio Vérac, le maire de Vérac ne viendra pas à la fête.');
    assert.equal(q.text, 'le maire de Vérac ne viendra pas à la fête');
    assert.match(q.speaker?.name ?? '', /Radio Vérac/);
  });

  it('ignores a « comme » incise in the middle of a sentence, and « comme le veut la tradition »', () => {
    assert.equal(
      quotes('Vers midi, comme l’explique Radio Vérac, les pompiers sont arrivés sur place.').length,
      0,
    );
    assert.equal(quotes('Comme le veut la tradition, le maire de Vérac a ouvert le bal.').length, 0);
  });
});

describe('« selon X » variants', () => {
  it('reads a source no lexicon knows: « Selon la revue X, », « selon plusieurs sites spécialisés, »', () => {
    let q = one('Selon la revue Hydra, les glaciers alpins perdent un mètre par an.');
    assert.equal(q.text, 'les glaciers alpins perdent un mètre par an');
    assert.equal(q.speaker?.name, 'Hydra');
    q = one('Selon plusieurs sites spécialisés dans la pêche, le brochet se prend à l’automne.');
    assert.equal(q.text, 'le brochet se prend à l’automne');
    assert.equal(q.speaker?.type, 'anonymous');
  });

  it('takes « selon » after a colon and a source phrase running to its comma', () => {
    const q = one(
      'Et pour cause : selon une étude parue dans la revue Hydra, le glacier a reculé de dix mètres.',
    );
    assert.equal(q.text, 'le glacier a reculé de dix mètres');
  });

  it('skips « cité par Y » and a relative clause after the source', () => {
    let q = one(
      'D’après les calculs de l’observatoire, cités par Radio Vérac, la crue atteindra trois mètres.',
    );
    assert.equal(q.text, 'la crue atteindra trois mètres');
    q = one('Selon Marc Tessier, qui dirige le port, les quais seront rénovés en mars.');
    assert.equal(q.text, 'les quais seront rénovés en mars');
    assert.equal(q.speaker?.name, 'Marc Tessier');
  });

  it('attributes the clause before « selon X » closing the sentence without a comma', () => {
    const q = one('Un épisode de grêle extrêmement rare selon les spécialistes.');
    assert.equal(q.text, 'Un épisode de grêle extrêmement rare');
    assert.equal(q.speaker?.name, 'les spécialistes');
  });
});

describe('reported noun phrases and infinitives', () => {
  it('ends a noun phrase before a relative or participial clause set off by a comma', () => {
    let q = one('Le maire a annoncé leur libération, qu’avait réclamée la préfecture dans la journée.');
    assert.equal(q.text, 'leur libération');
    q = one('Paul Ferrand appelle aussi à venger son frère, tué en 2011 par des pirates.');
    assert.equal(q.text, 'venger son frère');
  });

  it('takes an infinitive after indiquer, préciser, expliquer, past « dès mercredi »', () => {
    const q = one(
      'Le parquet, qui a entendu trois témoins, avait indiqué dès lundi écarter la thèse accidentelle.',
    );
    assert.equal(q.text, 'écarter la thèse accidentelle');
    assert.equal(q.cue?.lemma, 'indiquer');
  });

  it('does not read « le ministre » or « la nature » as an infinitive', () => {
    assert.equal(quotes('Il n’a pas précisé la nature de ces blessures.').length, 0);
  });

  it('reads a bare participle before que in a coordination as a cue', () => {
    const r = quotes(
      'Paul Ferrand a critiqué la réforme du port, et soutenu qu’une équipe gagne en s’ouvrant.',
    );
    assert.equal(r.at(-1)?.text, 'une équipe gagne en s’ouvrant');
    assert.equal(r.at(-1)?.speaker?.name, 'Paul Ferrand');
  });

  it('reads weak verbs as incises when a name closes the sentence, and « croit savoir »', () => {
    let q = one('Les tuyaux sont vieux et leur renouvellement est trop lent, avance Radio Vérac.');
    assert.equal(q.text, 'Les tuyaux sont vieux et leur renouvellement est trop lent');
    assert.equal(q.speaker?.name, 'Radio Vérac');
    q = one('Le couple devrait rester à Vérac jusqu’à mardi, croit savoir Radio Vérac.');
    assert.equal(q.cue?.lemma, 'croire savoir');
  });
});

describe('noun-phrase content and inverted subjects', () => {
  it('reads a noun phrase after rappeler / souligner', () => {
    const q = one('S’il a rappelé l’urgence de protéger les digues, Paul Ferrand ne promet rien.');
    assert.equal(q.text, 'l’urgence de protéger les digues');
  });

  it('does not read a short noun phrase closing the sentence after a comma as content', () => {
    assert.equal(
      quotes(
        'Sur les 300 personnes interpellées, dont 40 mineurs, 120 ont été jugées, a rappelé le magistrat.',
      ).some((q) => q.text === 'le magistrat'),
      false,
    );
  });

  it('ends an infinitive clause « après avoir + participe » at its comma, with the main subject', () => {
    const r = quotes(
      'Après avoir nié toute relation avec le club, le président de Vérac Paul Ferrand a dû changer de version.',
    );
    assert.equal(r[0]?.text, 'toute relation avec le club');
    assert.equal(r[0]?.speaker?.name, 'Paul Ferrand');
  });

  it('ends reported content before « , où … »', () => {
    const q = one(
      'Le conseil a annoncé mardi exclure pour deux saisons le club de Vérac, où des supporters ont envahi le terrain.',
    );
    assert.equal(q.text, 'exclure pour deux saisons le club de Vérac');
  });
});

describe('sources that are not sources, and unnamed majorities', () => {
  it('does not read « selon la loi » or « selon la méthode » as a source', () => {
    assert.equal(
      quotes('Et selon la loi électorale, toute personne arrivée avant la fermeture peut voter.').length,
      0,
    );
  });

  it('reads « Pour beaucoup, … » as an opinion of unnamed people', () => {
    const q = one('Pour beaucoup, le maire de Vérac aurait dû se retirer.');
    assert.equal(q.text, 'le maire de Vérac aurait dû se retirer');
    assert.equal(q.speaker?.type, 'anonymous');
  });
});
