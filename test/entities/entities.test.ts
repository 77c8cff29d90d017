// The entities stage on French news phenomena. Every sentence here is written by us (fictional).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../src/analyze.js';
import type { Entity } from '../../src/record.js';

const run = (body: string) => analyze(`Titre fictif\n${body}`).entities;
const find = (es: Entity[], name: string) => es.find((e) => e.name === name);
const names = (es: Entity[], type?: string) => es.filter((e) => !type || e.type === type).map((e) => e.name);

describe('entities stage', () => {
  it('keeps titles out of names and takes gender from them', () => {
    const es = run(
      'M. Kouamé Traoré a reçu Mme Aïcha Bakary. Me Lucien Vasseur plaide. Le Dr Ilona Perret soigne.',
    );
    assert.equal(find(es, 'Kouamé Traoré')?.gender, 'male');
    assert.equal(find(es, 'Aïcha Bakary')?.gender, 'female');
    assert.equal(find(es, 'Lucien Vasseur')?.type, 'PER');
    assert.equal(find(es, 'Ilona Perret')?.type, 'PER');
  });

  it('reads roles with their country, and merges later short mentions', () => {
    const es = run(
      'Le ministre russe des Affaires étrangères Boris Vetrov a rencontré son homologue malien, Oumar Sangaré. ' +
        'Vetrov a salué la visite. « Merci », a dit M. Sangaré.',
    );
    const vetrov = find(es, 'Boris Vetrov');
    assert.equal(vetrov?.country, 'RUS');
    assert.deepEqual(
      vetrov?.mentions.map((m) => m.text),
      ['Boris Vetrov', 'Vetrov'],
    );
    const sangare = find(es, 'Oumar Sangaré');
    assert.equal(sangare?.country, 'MLI');
    assert.equal(sangare?.gender, 'male');
    assert.equal(sangare?.mentions.length, 2);
    assert.ok(!names(es).includes('Affaires'), 'a portfolio is part of a title');
  });

  it('never makes a demonym or adjective an entity', () => {
    const es = run('Il a parlé avec son homologue Russe, puis avec les Maliens et une délégation russe.');
    assert.deepEqual(names(es), []);
  });

  it('finds the country given by « du Mali » in a role, and by a capitalised demonym', () => {
    const es = run(
      'Le ministre des Affaires étrangères du Mali, Seydou Kanté, et le Nigérian Chidi Okafor sont arrivés.',
    );
    assert.equal(find(es, 'Seydou Kanté')?.country, 'MLI');
    assert.equal(find(es, 'Chidi Okafor')?.country, 'NGA');
    assert.equal(find(es, 'Mali')?.type, 'LOC');
  });

  it('takes « la ministre » as female', () => {
    const es = run('La réforme a été présentée par la ministre Hélène Marchal.');
    assert.equal(find(es, 'Hélène Marchal')?.gender, 'female');
  });

  it('joins name particles: de, de La, von der, al-, ould', () => {
    const es = run(
      'Étaient présents Marie-Claire de La Verrière, Ursula von der Lind, Bachar al-Hakim et Mohamed Ould Cheikh.',
    );
    for (const n of [
      'Marie-Claire de La Verrière',
      'Ursula von der Lind',
      'Bachar al-Hakim',
      'Mohamed Ould Cheikh',
    ])
      assert.equal(find(es, n)?.type, 'PER', n);
  });

  it('types places, metonyms and organisations, linking acronyms and expansions', () => {
    const es = run(
      "Le Kremlin et l'Élysée ont réagi à Moscou. L'Union africaine (UA) a suspendu le pays ; l'UA exige un calendrier. " +
        'La Cédéao et la MINUSMA sont visées, comme le groupe Wagner.',
    );
    assert.equal(find(es, 'Kremlin')?.type, 'ORG');
    assert.equal(find(es, 'Kremlin')?.country, 'RUS');
    assert.equal(find(es, 'Élysée')?.type, 'ORG');
    assert.equal(find(es, 'Moscou')?.type, 'LOC');
    const ua = find(es, 'Union africaine');
    assert.deepEqual(
      ua?.mentions.map((m) => m.text),
      ['Union africaine', 'UA', 'UA'],
    );
    assert.equal(find(es, 'Cédéao')?.type, 'ORG');
    assert.equal(find(es, 'MINUSMA')?.type, 'ORG');
    assert.equal(find(es, 'Wagner')?.type, 'ORG');
  });

  it('builds organisation names from head nouns and places from prepositions', () => {
    const es = run(
      'Le Conseil fédéral a saisi la Cour de cassation et le ministère russe de la Défense. Les faits ont eu lieu à Brinvalle, près de Sorgues-la-Tour.',
    );
    assert.equal(find(es, 'Conseil fédéral')?.type, 'ORG');
    assert.equal(find(es, 'Cour de cassation')?.type, 'ORG');
    assert.equal(find(es, 'ministère russe de la Défense')?.country, 'RUS');
    assert.equal(find(es, 'Brinvalle')?.type, 'LOC');
    assert.equal(find(es, 'Sorgues-la-Tour')?.type, 'LOC');
  });

  it('does not take capitalised sentence openers for names', () => {
    const es = run(
      'Largement adopté, le texte passe. Parkings inondés, routes coupées. Selon la police, rien.',
    );
    assert.deepEqual(names(es), []);
  });

  it('gives every mention exact offsets into the untouched text', () => {
    const text = 'Titre\nM. Kouamé Traoré est à N’Djamena avec l’ONU et la Cédéao.';
    for (const e of analyze(text).entities)
      for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  });

  it('takes gender from the next subject pronoun, not from one inside a quotation', () => {
    const es = run(
      'Le projet a été présenté par Camille Rostand. Elle a ajouté que rien ne changerait. ' +
        '« Il faut agir », a dit Dominique Arnal, qui a-t-il précisé, reste prudent.',
    );
    assert.equal(find(es, 'Camille Rostand')?.gender, 'female');
  });

  it('knows public figures by surname alone, with gender and country', () => {
    const es = run('Macron a répondu à Poutine lors d’un appel imaginaire.');
    assert.equal(find(es, 'Macron')?.type, 'PER');
    assert.equal(find(es, 'Macron')?.country, 'FRA');
    assert.equal(find(es, 'Poutine')?.gender, 'male');
  });

  it('finds names whose article sits in a contraction, and keeps article-led names whole', () => {
    const es = run(
      'Il a parlé au Figaro puis au Parisien avant de rentrer au Havre. Le Parisien le confirme.',
    );
    assert.equal(find(es, 'Figaro')?.type, 'ORG');
    assert.equal(find(es, 'Le Parisien')?.type, 'ORG');
    assert.equal(find(es, 'Havre')?.type, 'LOC');
  });

  it('links a parenthesised acronym to the name it follows, and merges short forms', () => {
    const es = run(
      "La Fédération lusitanienne (FLU) a tranché. Selon la FLU, l'appel est exclu. " +
        'Le Conseil de Veille et de Suivi de la Fédération lusitanienne a approuvé ; le Conseil de Veille et de Suivi se réunira.',
    );
    const flu = es.find((e) => e.mentions.some((m) => m.text === 'FLU'));
    assert.equal(flu?.type, 'ORG');
    assert.ok(flu?.mentions.some((m) => m.text === 'Fédération lusitanienne'));
    const council = es.filter((e) => e.name.startsWith('Conseil de Veille'));
    assert.equal(council.length, 1, 'the short form joins the full name');
  });

  it('ignores shouted headlines and common acronyms', () => {
    const es = run('DRAME À LA PLAGE : les secours arrivent. Le PIB et l’ADN ne sont pas des noms.');
    assert.deepEqual(names(es, 'ORG'), []);
    assert.deepEqual(names(es, 'LOC'), []);
  });

  it('types organisations by apposition, by their last word, and the network « X »', () => {
    const es = run(
      'Des faits confirmés par Solvane, une association de quartier. La Brindle Airlines a annulé. Le message a été publié sur X.',
    );
    assert.equal(find(es, 'Solvane')?.type, 'ORG');
    assert.equal(find(es, 'Brindle Airlines')?.type, 'ORG');
    assert.equal(find(es, 'X')?.type, 'ORG');
  });

  it('does not take the addressee of a statement for a place', () => {
    const es = run('« Rien n’est joué », a déclaré à Brinmag le maire de Vendreville.');
    assert.notEqual(find(es, 'Brinmag')?.type, 'LOC');
  });

  it('gives countries their ISO code and keeps metonyms as organisations', () => {
    const es = run('La Maison-Blanche et Matignon ont salué la décision de la Russie.');
    assert.equal(find(es, 'Russie')?.ids?.iso3, 'RUS');
    assert.equal(find(es, 'Maison-Blanche')?.type, 'ORG');
    assert.equal(find(es, 'Maison-Blanche')?.country, 'USA');
    assert.equal(find(es, 'Matignon')?.country, 'FRA');
  });

  it('reads surnames in capitals beside a first name as one name', () => {
    const es = run('Le maire Hervé KOUADIO a reçu DIALLO Mariam, mais la CGT Marseille a protesté.');
    assert.equal(find(es, 'Hervé KOUADIO')?.type, 'PER');
    assert.equal(find(es, 'DIALLO Mariam')?.gender, 'female');
    assert.equal(find(es, 'CGT')?.type, 'ORG');
  });

  it('reads media, platforms and parties from the broad gazetteer (fictional sentences)', () => {
    const es = run(
      'Selon Midi Libre, le maire a démissionné. La vidéo a circulé sur WeChat et sur Weibo. ' +
        'Le mouvement En marche ! a réagi. Une dépêche de l’agence espagnole Kestrel a suivi. ' +
        'L’information a été reprise par euronews.',
    );
    const orgs = names(es, 'ORG');
    for (const n of ['Midi Libre', 'WeChat', 'Weibo', 'Kestrel', 'euronews']) assert.ok(orgs.includes(n), n);
    assert.ok(
      find(es, 'En marche !')?.mentions.some((m) => m.text === 'En marche !'),
      'the exclamation mark is part of the name',
    );
  });

  it('keeps « M. X » a person when a company of the article has the same name', () => {
    const es = run('Le constructeur Ford a publié ses comptes. « Nous tenons bon », affirme M. Ford.');
    assert.equal(find(es, 'Ford')?.type, 'ORG');
    assert.ok(es.some((e) => e.type === 'PER' && e.mentions.some((m) => m.text === 'Ford')));
  });

  it('knows communes, foreign cities and subdivisions from the bulk lists, which yield to names', () => {
    const es = run(
      'Le chanteur Tulsa Varnier est né à Jalandhar, dans l’Himachal Pradesh, puis a vécu à Maubeuge ' +
        'et en Basse-Normandie. Il a pris un vol Kobe Airlines.',
    );
    assert.equal(find(es, 'Tulsa Varnier')?.type, 'PER');
    for (const n of ['Jalandhar', 'Himachal Pradesh', 'Maubeuge', 'Basse-Normandie'])
      assert.equal(find(es, n)?.type, 'LOC', n);
    assert.equal(find(es, 'Jalandhar')?.country, 'IND');
    assert.equal(find(es, 'Kobe Airlines')?.type, 'ORG');
  });

  it('types common French first names that the package lists give both genders', () => {
    const es = run(
      'Florent Vasseur était là, avec Gilles Marbot. Le gouverneur de Virginie Paul Hardy a parlé. ' +
        'L’actrice Florence Quintard tourne à Florence.',
    );
    assert.equal(find(es, 'Florence Quintard')?.type, 'PER');
    assert.equal(find(es, 'Florence')?.type, 'LOC');
    assert.equal(find(es, 'Florent Vasseur')?.gender, 'male');
    assert.equal(find(es, 'Gilles Marbot')?.type, 'PER');
    assert.equal(find(es, 'Virginie')?.type, 'LOC');
    assert.equal(find(es, 'Paul Hardy')?.type, 'PER');
  });

  it('types unknown names as persons from an inverted reporting verb or a list of persons', () => {
    const es = run(
      '« C’est un bon choix », estime Sibra Ndoyé. Il a reçu Claude Vasseur, Nolwe Keradec ou encore ' +
        'Tibo Marquant. En quittant Brinkley Palace, Paul Hardy a salué la foule.',
    );
    for (const n of ['Sibra Ndoyé', 'Nolwe Keradec', 'Tibo Marquant'])
      assert.equal(find(es, n)?.type, 'PER', n);
    assert.notEqual(find(es, 'Brinkley Palace')?.type, 'PER');
  });

  it('keeps a double surname with « de » in the name (« Alain Dubreuil de Montalet »)', () => {
    const es = run(
      'Le patron Alain Dubreuil de Montalet a parlé. Le maire Jean Vasseur de Marseille a répondu.',
    );
    assert.equal(find(es, 'Alain Dubreuil de Montalet')?.type, 'PER');
    assert.equal(find(es, 'Jean Vasseur')?.type, 'PER');
    assert.equal(find(es, 'Marseille')?.type, 'LOC');
  });

  it('merges a seat of power with the institution it names, for the same state only', () => {
    const es = run(
      'Le ministère des Affaires étrangères a convoqué l’ambassadeur. Le Quai d’Orsay a précisé sa ' +
        'position. Le ministère russe des Affaires étrangères a répondu.',
    );
    const fr = find(es, 'ministère des Affaires étrangères');
    assert.ok(fr?.mentions.some((m) => m.text === 'Quai d’Orsay'));
    assert.equal(find(es, 'ministère russe des Affaires étrangères')?.mentions.length, 1);
  });

  it('reads an unknown name before a department in brackets as a place', () => {
    const es = run(
      'Il skie à La Brévine (Hautes-Alpes) depuis hier. Le maire de Tréboul (Finistère) a parlé.',
    );
    assert.equal(find(es, 'La Brévine')?.type, 'LOC');
    assert.equal(find(es, 'Tréboul')?.country, 'FRA');
  });

  it('matches upper-case country aliases only in capitals', () => {
    const es = run('Eau potable : la RDC et les EAU signent un accord.');
    assert.ok(!es.some((e) => e.type === 'LOC' && e.mentions.some((m) => m.text === 'Eau')));
    assert.equal(find(es, 'RDC')?.type, 'LOC');
  });

  it('lets a typed name cover an unknown one elsewhere (« Brévine » … « La Brévine (Hautes-Alpes) »)', () => {
    const es = run('La station de La Brévine est ouverte. Il skie à La Brévine (Hautes-Alpes) depuis hier.');
    assert.equal(find(es, 'La Brévine')?.mentions.length, 2);
  });

  it('survives text without any name', () => {
    assert.deepEqual(run('il pleut sur la ville et personne ne sort.'), []);
    assert.deepEqual(analyze('').entities, []);
  });
});
