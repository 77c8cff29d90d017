// Direct quotations: every mark convention, balanced or not, incises and colons. Every sentence
// here is written by us (fictional people, fictional events).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../src/analyze.js';

const quotes = (text: string) => analyze(text, { titleLine: false }).quotes;
const brief = (text: string) =>
  quotes(text).map((q) => ({ kind: q.kind, text: q.text, speaker: q.speaker?.name ?? null }));

describe('direct quotations', () => {
  it('takes the inside of any quotation marks, trimmed, with an incise after', () => {
    for (const [open, close] of [
      ['« ', ' »'],
      ['«\u00a0', '\u00a0»'],
      ['«\u202f', '\u202f»'],
      ['«', '»'],
      ['“', '”'],
      ['„', '“'],
      ['"', '"'],
      ['‹ ', ' ›'],
    ]) {
      const text = `${open}Nous rouvrirons le port de Valmeria dès lundi${close}, a déclaré Paul Ferrand.`;
      assert.deepEqual(
        brief(text),
        [{ kind: 'direct', text: 'Nous rouvrirons le port de Valmeria dès lundi', speaker: 'Paul Ferrand' }],
        open,
      );
    }
  });

  it('gives both halves of « A », a-t-il dit, « B » to the same speaker', () => {
    const r = brief(
      'Le maire Jules Varin a pris la parole. « Le pont sera réparé avant l’hiver », a-t-il dit, « et les travaux ne coûteront rien aux habitants ».',
    );
    assert.deepEqual(r, [
      { kind: 'direct', text: 'Le pont sera réparé avant l’hiver', speaker: 'Jules Varin' },
      { kind: 'direct', text: 'et les travaux ne coûteront rien aux habitants', speaker: 'Jules Varin' },
    ]);
  });

  it('attributes a quotation introduced by a colon to the clause subject', () => {
    const r = brief(
      'Claire Monnet a prévenu ses partenaires : « Nous ne signerons aucun accord sans garanties. »',
    );
    assert.deepEqual(r, [
      { kind: 'direct', text: 'Nous ne signerons aucun accord sans garanties.', speaker: 'Claire Monnet' },
    ]);
  });

  it('ends a quotation opened and never closed at its incise', () => {
    const r = brief(
      'Le ministre Karim Belaid a parlé longtemps. « La situation reste très préoccupante dans le nord. a-t-il ajouté.',
    );
    assert.equal(r.length, 1);
    assert.equal(r[0]!.text, 'La situation reste très préoccupante dans le nord.');
    assert.equal(r[0]!.speaker, 'Karim Belaid');
  });

  it('starts a quotation closed and never opened after the last full stop', () => {
    const r = brief(
      'Le ministre Karim Belaid a répondu aux questions. ce dossier relève uniquement du tribunal de commerce”, a déclaré Belaid.',
    );
    assert.deepEqual(r, [
      {
        kind: 'direct',
        text: 'ce dossier relève uniquement du tribunal de commerce',
        speaker: 'Karim Belaid',
      },
    ]);
  });

  it('reads mis-oriented guillemets (« … « and »… »)', () => {
    const r = brief(
      'Paul Ferrand a rappelé les chiffres. « La récolte a doublé en deux ans dans la vallée« , a déclaré Paul Ferrand.',
    );
    assert.equal(r[0]?.text, 'La récolte a doublé en deux ans dans la vallée');
  });

  it('keeps one quotation over several paragraphs', () => {
    const text =
      'Aux dires de Lina Okafor, la directrice du port, « Nous avons tenu bon pendant la tempête.\nNous reconstruirons les quais avant le printemps ».';
    const r = quotes(text);
    assert.equal(r.length, 1);
    assert.equal(
      r[0]!.text,
      'Nous avons tenu bon pendant la tempête.\nNous reconstruirons les quais avant le printemps',
    );
    assert.equal(r[0]!.speaker?.name, 'Lina Okafor');
  });

  it('follows the French convention of reopening « at each new paragraph', () => {
    const text =
      'Jeanne Morel a écrit à ses électeurs : « Nous avons beaucoup travaillé cette année.\n« Nous continuerons à défendre la ligne de chemin de fer. »';
    const r = quotes(text);
    assert.equal(r.length, 1);
    assert.ok(r[0]!.text.startsWith('Nous avons beaucoup travaillé'));
    assert.ok(r[0]!.text.endsWith('chemin de fer.'));
  });

  it('is not fooled by scare quotes, names and titles', () => {
    const r = quotes(
      'Le groupe « Vautour » a quitté la ville. Le film « Les Nuits De Brume Sur Le Port » sort jeudi. Cette réforme « historique » divise.',
    );
    assert.deepEqual(r, []);
  });

  it('records the cue with its lemma and a meaningful confidence', () => {
    const [q] = quotes('« Rien ne bougera avant les élections municipales », affirme-t-elle. ');
    assert.equal(q?.cue?.text, 'affirme-t-elle');
    assert.equal(q?.cue?.lemma, 'affirmer');
    const [attributed] = quotes('« Rien ne bougera avant les élections municipales », a déclaré Anne Roux.');
    const [bare] = quotes('Il pleuvait. « Rien ne bougera avant les élections municipales. »');
    assert.ok(attributed!.confidence > bare!.confidence);
  });

  it('keeps every span a slice of the untouched text', () => {
    const text = '«\u202fNous verrons\u202f», a-t-il lancé. “Plus tard”, dit-elle ; "jamais" ajoute-t-on.';
    for (const q of quotes(text)) {
      assert.equal(text.slice(q.start, q.end), q.text);
      if (q.cue) assert.equal(text.slice(q.cue.start, q.cue.end), q.cue.text);
    }
  });
});

describe('an incise inside one pair of marks', () => {
  it('splits « "A, a estimé X. B" » into two quotations by X', () => {
    const text =
      'Le sénateur Paul Ferrand a parlé longtemps. « Je pense que la réforme est injuste et mal financée, a estimé le sénateur. Je n’avais encore rien vu de si précipité. »';
    const r = analyze(text, { titleLine: false }).quotes;
    assert.deepEqual(
      r.map((q) => [q.text, q.speaker?.name]),
      [
        ['Je pense que la réforme est injuste et mal financée', 'Paul Ferrand'],
        ['Je n’avais encore rien vu de si précipité.', 'Paul Ferrand'],
      ],
    );
  });

  it('keeps the closing incise for the second part when there is one', () => {
    const text =
      'La maire Léa Morel a reçu les familles. « Nous devons loger les gens plus vite, a ensuite précisé Léa Morel. Ceux qui fuient la guerre seront protégés », a continué la maire.';
    const r = analyze(text, { titleLine: false }).quotes;
    assert.equal(r.length, 2);
    assert.equal(r[0]!.text, 'Nous devons loger les gens plus vite');
    assert.equal(r[1]!.text, 'Ceux qui fuient la guerre seront protégés');
    assert.equal(r[1]!.speaker?.name, 'Léa Morel');
  });
});

describe('quotations before a colon in a headline', () => {
  it('attributes a statement or an exclamation, not a short name or charge in marks', () => {
    let r = analyze('« Nous ne céderons rien » : Paul Ferrand répond aux syndicats', {
      titleLine: false,
    }).quotes;
    assert.equal(r[0]?.speaker?.name, 'Paul Ferrand');
    r = analyze('« Traître ! » : Paul Ferrand insulte son rival', { titleLine: false }).quotes;
    assert.equal(r[0]?.speaker?.name, 'Paul Ferrand');
    r = analyze('« Fraude électorale » : le député Paul Ferrand annonce sa mise en examen', {
      titleLine: false,
    }).quotes;
    assert.equal(
      r.some((q) => q.text === 'Fraude électorale'),
      false,
    );
  });
});

describe('narrative infinitives before a colon', () => {
  it('gives « Et d’ajouter : « … » » the speaker just quoted, and « Et X de conclure : » to X', () => {
    let r = analyze(
      '« Nous avons gagné ce soir », a déclaré Paul Ferrand. Et d’ajouter : « Le plus dur reste à faire. »',
      {
        titleLine: false,
      },
    ).quotes;
    assert.equal(r[1]?.speaker?.name, 'Paul Ferrand');
    r = analyze(
      'Le coureur a parlé longuement. Et le sportif de conclure : « Je reviendrai plus fort l’an prochain. »',
      {
        titleLine: false,
      },
    ).quotes;
    assert.equal(r[0]?.speaker?.name, 'le sportif');
  });
});
