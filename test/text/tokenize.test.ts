// Tokenizer and segmenter on French news typography. Every sentence here is written by us (fictional).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDoc } from '../../src/analyze.js';
import { TokenKind, tokenText } from '../../src/doc.js';
import { textStage } from '../../src/text/index.js';

function tok(text: string) {
  const doc = createDoc(text, { titleLine: false });
  textStage(doc);
  const out: [string, number][] = [];
  for (let i = 0; i < doc.tokens.length; i++) out.push([tokenText(doc, i), doc.tokens.kind[i]!]);
  return { doc, words: out.map(([w]) => w), kinds: out };
}

describe('tokenize', () => {
  it('keeps every token a slice of the untouched text', () => {
    const { doc } = tok('« Nous verrons », a-t-il lancé à l’AFP le 1er mai.');
    for (let i = 0; i < doc.tokens.length; i++)
      assert.equal(doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]), tokenText(doc, i));
  });

  it('separates French quotation marks with any space or none', () => {
    for (const s of [
      '«\u00a0oui\u00a0»',
      '«\u202foui\u202f»',
      '« oui »',
      '«oui»',
      '“oui”',
      '„oui“',
      '"oui"',
      '‹oui›',
    ])
      assert.deepEqual(tok(s).words, [s[0], 'oui', s.at(-1)], s);
  });

  it('splits elisions with straight and curly apostrophes', () => {
    assert.deepEqual(tok("l’État d'abord, jusqu’ici lorsqu'il puisqu’elle n’a qu’un s’il j’ai").words, [
      'l’',
      'État',
      "d'",
      'abord',
      ',',
      'jusqu’',
      'ici',
      "lorsqu'",
      'il',
      'puisqu’',
      'elle',
      'n’',
      'a',
      'qu’',
      'un',
      's’',
      'il',
      'j’',
      'ai',
    ]);
  });

  it('keeps aujourd’hui and N’Djamena whole', () => {
    assert.deepEqual(tok('aujourd’hui à N’Djamena').words, ['aujourd’hui', 'à', 'N’Djamena']);
  });

  it('splits inverted subject clitics', () => {
    assert.deepEqual(tok('a-t-il a-t-elle ajoute-t-il déclare-t-on estime-t-elle dit-il').words, [
      'a',
      '-t-il',
      'a',
      '-t-elle',
      'ajoute',
      '-t-il',
      'déclare',
      '-t-on',
      'estime',
      '-t-elle',
      'dit',
      '-il',
    ]);
    assert.equal(tok('a-t-il').kinds[1]![1], TokenKind.Clitic);
    assert.deepEqual(tok('porte-parole rendez-vous').words, ['porte-parole', 'rendez-vous']);
  });

  it('reads numbers with French grouping and decimals', () => {
    assert.deepEqual(tok('1 000 soldats, 3,5 %, 1\u202f000\u00a0000 euros, le 1er et le 2e').words, [
      '1 000',
      'soldats',
      ',',
      '3,5',
      '%',
      ',',
      '1\u202f000\u00a0000',
      'euros',
      ',',
      'le',
      '1er',
      'et',
      'le',
      '2e',
    ]);
  });

  it('keeps abbreviations and acronyms with their dots', () => {
    assert.deepEqual(tok('M. Dupont, Mme Durand, MM. Martin et av. J.-C. à l’O.N.U.').words, [
      'M.',
      'Dupont',
      ',',
      'Mme',
      'Durand',
      ',',
      'MM.',
      'Martin',
      'et',
      'av.',
      'J.-C.',
      'à',
      'l’',
      'O.N.U.',
    ]);
  });

  it('keeps URLs whole without the final full stop', () => {
    assert.deepEqual(tok('Voir https://exemple.fr/a?b=1.').words, ['Voir', 'https://exemple.fr/a?b=1', '.']);
  });
});

describe('segment', () => {
  it('splits sentences but not after abbreviations', () => {
    const { doc } = tok('M. Dupont est arrivé. Il a parlé. Mme Durand aussi !');
    assert.deepEqual(
      doc.sentences.map((s) => doc.text.slice(s.start, s.end)),
      ['M. Dupont est arrivé.', 'Il a parlé.', 'Mme Durand aussi !'],
    );
  });

  it('keeps closing quotation marks in the sentence they close', () => {
    const { doc } = tok('« Nous partirons. » Le ministre a quitté la salle.');
    assert.deepEqual(
      doc.sentences.map((s) => doc.text.slice(s.start, s.end)),
      ['« Nous partirons. »', 'Le ministre a quitté la salle.'],
    );
  });

  it('makes one paragraph per line', () => {
    const { doc } = tok('Titre\nPremier paragraphe.\r\n\nSecond.');
    assert.equal(doc.paragraphs.length, 3);
    assert.equal(doc.sentences.length, 3);
  });

  it('finds agency datelines', () => {
    const { doc } = tok('BANGUI, 30 sept (AFP) - Le gouvernement a changé.');
    assert.equal(doc.text.slice(doc.datelines[0]!.start, doc.datelines[0]!.end), 'BANGUI, 30 sept (AFP) -');
  });
});
