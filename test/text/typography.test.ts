// French news typography, case by case, on fictional sentences written by us.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDoc } from '../../src/analyze.js';
import { TokenKind, tokenText } from '../../src/doc.js';
import { textStage } from '../../src/text/index.js';

function run(text: string) {
  const doc = createDoc(text, { titleLine: false });
  textStage(doc);
  const words: string[] = [];
  const kinds: number[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    words.push(tokenText(doc, i));
    kinds.push(doc.tokens.kind[i]!);
  }
  const sentences = doc.sentences.map((s) => text.slice(s.start, s.end));
  return { doc, words, kinds, sentences };
}

describe('typography', () => {
  it('marks quotation marks as Quote tokens and apostrophes as part of elisions', () => {
    const { words, kinds } = run('« L’État », dit-il ; “c’est”, ‹ non ›, „ja“');
    for (const q of ['«', '»', '“', '”', '‹', '›', '„', '“'])
      assert.ok(
        words.some((w, i) => w === q && kinds[i] === TokenKind.Quote),
        q,
      );
    assert.equal(kinds[words.indexOf('L’')], TokenKind.Elision);
    assert.equal(kinds[words.indexOf('c’')], TokenKind.Elision);
  });

  it('treats a straight apostrophe inside a word as elision and alone as a quote', () => {
    const { words, kinds } = run("qu'il a dit 'non'");
    assert.deepEqual(words, ["qu'", 'il', 'a', 'dit', "'", 'non', "'"]);
    assert.equal(kinds[4], TokenKind.Quote);
  });

  it('keeps elided forms before h and vowels with accents', () => {
    assert.deepEqual(run('l’hôpital d’Évry jusqu’à l’Élysée').words, [
      'l’',
      'hôpital',
      'd’',
      'Évry',
      'jusqu’',
      'à',
      'l’',
      'Élysée',
    ]);
  });

  it('splits inverted clitics but keeps hyphenated names and nouns', () => {
    assert.deepEqual(run('ajoute-t-elle, précise-t-on, Jean-Marc, Saint-Denis, va-t-en').words.slice(0, 5), [
      'ajoute',
      '-t-elle',
      ',',
      'précise',
      '-t-on',
    ]);
    assert.ok(run('Jean-Marc Saint-Denis').words.includes('Jean-Marc'));
  });

  it('does not end sentences after titles and abbreviations', () => {
    const { sentences } = run(
      'Le Dr. Morel et Me. Caron ont vu M. Petit. Mme Roux est venue vers 52 av. J.-C. Puis elle est partie.',
    );
    assert.deepEqual(sentences, [
      'Le Dr. Morel et Me. Caron ont vu M. Petit.',
      'Mme Roux est venue vers 52 av. J.-C. Puis elle est partie.',
    ]);
  });

  it('keeps dotted acronyms whole', () => {
    assert.deepEqual(run('la S.N.C.F. et l’O.N.U.').words, ['la', 'S.N.C.F.', 'et', 'l’', 'O.N.U.']);
  });

  it('reads numbers, percentages, ordinals and numeric dates as single tokens', () => {
    const { words, kinds } = run(
      '3,5 % de 12 000 euros le 1er mars, le 2e jour, le 12/03/2021 et le 2021-11-11',
    );
    for (const w of ['3,5', '12 000', '1er', '2e', '12/03/2021', '2021-11-11']) {
      const i = words.indexOf(w);
      assert.ok(i >= 0, w);
      assert.equal(kinds[i], TokenKind.Number, w);
    }
  });

  it('keeps URLs and e-mail addresses whole', () => {
    const { words, kinds } = run('Écrire à presse@mairie-exemple.fr ou voir www.exemple.org/page.');
    assert.ok(words.includes('presse@mairie-exemple.fr'));
    assert.ok(words.includes('www.exemple.org/page'));
    assert.equal(kinds[words.indexOf('www.exemple.org/page')], TokenKind.Url);
  });

  it('finds datelines in several agency styles', () => {
    for (const head of ['PARIS (AFP) -', 'SAINT-DENIS, 3 mars (Reuters) —', 'BANGUI, 30 sept (AFP) -']) {
      const { doc } = run(`${head} Le conseil s’est réuni.`);
      assert.equal(doc.datelines.length, 1, head);
      assert.equal(doc.text.slice(doc.datelines[0]!.start, doc.datelines[0]!.end), head);
    }
  });

  it('ends sentences at ?, ! and … and keeps closing quotes with them', () => {
    const { sentences } = run('Partira-t-il ? « Jamais ! » Le silence suivit… Puis la salle applaudit.');
    assert.deepEqual(sentences, [
      'Partira-t-il ?',
      '« Jamais ! »',
      'Le silence suivit…',
      'Puis la salle applaudit.',
    ]);
  });

  it('never splits a sentence across paragraphs and keeps spans faithful', () => {
    const text = 'Premier paragraphe sans point\r\nSecond paragraphe.\n\n« Troisième »';
    const { doc } = run(text);
    assert.equal(doc.paragraphs.length, 3);
    for (const s of doc.sentences) assert.ok(!text.slice(s.start, s.end).includes('\n'));
    for (let i = 0; i < doc.tokens.length; i++)
      assert.equal(text.slice(doc.tokens.start[i], doc.tokens.end[i]), tokenText(doc, i));
  });
});
