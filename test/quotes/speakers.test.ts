// Speakers: pronouns and descriptions resolved to the named person across sentences and
// paragraphs, institutions and unnamed sources typed, fullest names. Fictional text by us.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, createDoc } from '../../src/analyze.js';
import { quotesStage } from '../../src/quotes/index.js';
import { textStage } from '../../src/text/index.js';

const quotes = (text: string) => analyze(text, { titleLine: false }).quotes;
const speakers = (text: string) =>
  quotes(text).map((q) => [q.speaker?.name ?? null, q.speaker?.type ?? null]);

describe('speakers', () => {
  it('resolves a clitic pronoun to the person named before, across paragraphs', () => {
    const text = [
      'Le ministre de l’Agriculture Bruno Castel a visité la foire de Tarbes lundi.',
      'Les éleveurs attendaient des annonces sur le prix du lait.',
      '« Nous doublerons les aides aux jeunes agriculteurs », a-t-il promis devant la presse.',
    ].join('\n');
    assert.deepEqual(speakers(text), [['Bruno Castel', 'person']]);
  });

  it('uses gender to choose between two people', () => {
    const text = [
      'La sénatrice Odile Brun a croisé le député Yann Le Goff dans les couloirs.',
      '« Le texte sera voté avant Noël », a-t-elle assuré.',
      '« Rien n’est joué », a-t-il répondu.',
    ].join('\n');
    assert.deepEqual(speakers(text), [
      ['Odile Brun', 'person'],
      ['Yann Le Goff', 'person'],
    ]);
  });

  it('resolves a description to the person given that role', () => {
    const text = [
      'Le sélectionneur Hugo Marin a dévoilé sa liste mardi.',
      'Le Luxembourg affronte la Norvège samedi.',
      'L’entraîneur a estimé que son équipe était prête.',
      'Le chef de la diplomatie Omar Sy Bakary a reçu son homologue.',
      'Le ministre des Affaires étrangères a déclaré que les frontières resteraient ouvertes.',
    ].join('\n');
    assert.deepEqual(speakers(text), [
      ['Hugo Marin', 'person'],
      ['Omar Sy Bakary', 'person'],
    ]);
  });

  it('gives the fullest form of a name, without titles', () => {
    const text = 'M. Thomas Verdier a inauguré le musée. Verdier a déclaré que l’entrée serait gratuite.';
    const [q] = quotes(text);
    assert.equal(q?.speaker?.name, 'Thomas Verdier');
    assert.equal(q?.speaker?.mention?.text, 'Verdier');
  });

  it('types institutions, countries and groups as organizations', () => {
    const text = [
      'Valdoria s’est engagée jeudi à retirer ses troupes de la frontière.',
      'Le gouvernement a démenti tout accord secret avec les rebelles.',
      'Les manifestants ont affirmé qu’ils reviendraient samedi.',
    ].join('\n');
    for (const [, type] of speakers(text)) assert.equal(type, 'organization');
  });

  it('types unnamed sources as anonymous with the description as name', () => {
    const r = speakers(
      'Une source diplomatique a indiqué que les négociations reprendraient. Des experts estiment que la crue va durer.',
    );
    assert.deepEqual(r, [
      ['Une source diplomatique', 'anonymous'],
      ['Des experts', 'anonymous'],
    ]);
  });

  it('uses the entities stage when it ran: canonical name, gender and entity id', () => {
    const text = 'Elle a rencontré la presse. Mme Lefort a déclaré que la piscine rouvrirait.';
    const doc = createDoc(text, { titleLine: false });
    textStage(doc);
    const at = text.indexOf('Lefort');
    doc.entities = [
      {
        id: 'e7',
        type: 'PER',
        name: 'Nadia Lefort-Sorel',
        mentions: [{ start: at, end: at + 6, text: 'Lefort' }],
        gender: 'female',
        country: null,
      },
    ];
    quotesStage(doc);
    assert.equal(doc.quotes[0]?.speaker?.name, 'Nadia Lefort-Sorel');
    assert.equal(doc.quotes[0]?.speaker?.entity, 'e7');
  });
});

describe('speakers in harder positions', () => {
  it('reads « ce dernier » as the person mentioned last', () => {
    const text =
      'Le maire Jules Varin a reçu le soutien de Paul Ferrand. Ce dernier a fait savoir qu’il voterait le budget.';
    assert.equal(quotes(text)[0]?.speaker?.name, 'Paul Ferrand');
  });

  it('takes a short noun phrase closing the sentence as a postposed subject', () => {
    const [q] = quotes('Le chanteur Léo Brach est mort dimanche à l’âge de 90 ans, a annoncé sa famille.');
    assert.equal(q?.text, 'Le chanteur Léo Brach est mort dimanche à l’âge de 90 ans');
    assert.equal(q?.speaker?.name, 'sa famille');
  });

  it('does not take a verb after a relative clause on the subject for an incise', () => {
    const r = quotes('Le joueur Marc Ody, qui vit à Lyon depuis dix ans, a soutenu les grévistes du port.');
    assert.deepEqual(r, []);
  });

  it('gives a sentence-initial participial clause the main clause’s subject', () => {
    const [q] = quotes(
      'Tout en se disant prête à négocier, la Valdorie a confirmé samedi la fermeture du port.',
    );
    assert.equal(q?.text, 'prête à négocier');
    assert.equal(q?.speaker?.name, 'Valdorie');
  });
});

describe('impersonal « on »', () => {
  it('takes the place or source named after « -t-on »', () => {
    assert.deepEqual(speakers('« Rien n’est décidé », explique-t-on à l’Élysée.'), [
      ['Élysée', 'organization'],
    ]);
    assert.deepEqual(speakers('« Le dossier avance », indique-t-on de source diplomatique.'), [
      ['source diplomatique', 'anonymous'],
    ]);
  });
});

describe('postposed subjects no lexicon knows', () => {
  it('takes the name apposed to an unknown noun after an incise', () => {
    assert.deepEqual(
      speakers(
        '« Le glacier recule de dix mètres par an », a affirmé le glaciologue Paul R. Vernet à la radio.',
      ),
      [['Paul R. Vernet', 'person']],
    );
  });

  it('keeps an unnamed postposed source as anonymous, after adverbs, gerunds and prepositions', () => {
    assert.deepEqual(
      speakers('« Qui paiera la facture du pont ? », s’est interrogé un lecteur sur le forum du journal.'),
      [['un lecteur', 'anonymous']],
    );
    assert.deepEqual(
      speakers(
        '« Ce sera mon dernier match à domicile », a alors conclu en souriant l’ancien gardien de but.',
      ),
      [['l’ancien gardien de but', 'anonymous']],
    );
  });

  it('resolves a definite unknown description to the person who is the subject just before', () => {
    const text = [
      'Lucienne Fabre a fêté ses cent ans samedi à Millau.',
      '« Je n’ai jamais pris l’avion », sourit la centenaire.',
    ].join('\n');
    assert.deepEqual(speakers(text), [['Lucienne Fabre', 'person']]);
  });

  it('groups a -ment adverb or « d’abord » into the cue, even with no comma after the quotation', () => {
    const text =
      'Lucas Perrin a pris la parole. « Nous reviendrons » a-t-il d’abord déclaré. « Et plus forts » a-t-il longuement expliqué.';
    const r = quotes(text);
    assert.deepEqual(
      r.map((q) => [q.speaker?.name, q.cue?.text]),
      [
        ['Lucas Perrin', 'a-t-il d’abord déclaré'],
        ['Lucas Perrin', 'a-t-il longuement expliqué'],
      ],
    );
  });
});

describe('descriptions that are not the person named before', () => {
  it('never resolves a possessive description (« son fils ») to the possessor', () => {
    const text = [
      'Le peintre Louis Garnier est mort à 90 ans.',
      '« Il a peint jusqu’au dernier jour », a déclaré son fils.',
    ].join('\n');
    assert.deepEqual(speakers(text), [['son fils', 'anonymous']]);
  });

  it('resolves « la monarque » to the queen named before', () => {
    const text = [
      'La reine Aliénor a reçu les ambassadeurs au palais.',
      '« Nous resterons unis », avait déclaré la monarque en janvier.',
    ].join('\n');
    assert.deepEqual(speakers(text), [['Aliénor', 'person']]);
  });

  it('does not take a sentence-initial « Face à » for a name', () => {
    const text =
      'Face à la tempête, l’institut publie ses conseils : « Restez chez vous et évitez les routes côtières ce soir. »';
    assert.notEqual(quotes(text)[0]?.speaker?.name, 'Face');
  });
});

describe('quantified unnamed sources', () => {
  it('reads « Nombre de X et Y », « De nombreux X » as anonymous plural sources that « ils » takes up', () => {
    const text = [
      'Nombre de pêcheurs bretons et normands ont dénoncé la fermeture des zones de pêche.',
      'Ils ont aussi déploré le silence du ministère sur les quotas.',
    ].join('\n');
    assert.deepEqual(speakers(text), [
      ['Nombre de pêcheurs bretons et normands', 'anonymous'],
      ['Nombre de pêcheurs bretons et normands', 'anonymous'],
    ]);
    assert.deepEqual(speakers('De nombreux maraîchers ont affirmé que la récolte serait mauvaise.'), [
      ['De nombreux maraîchers', 'anonymous'],
    ]);
  });

  it('does not take « des » after a noun for an indefinite subject', () => {
    const r = speakers(
      'Le pianiste préfère la spontanéité des morceaux improvisés car « la partition ralentit tout ».',
    );
    assert.notEqual(r[0]?.[0], 'des morceaux improvisés car');
  });
});

describe('roles and coordinations', () => {
  it('resolves « l’élu » to a person given any elected office', () => {
    const text = [
      'Le député Paul Robert a été mis en examen mardi.',
      'Convoqué par le juge, l’élu girondin assure que les plaintes sont anonymes.',
    ].join('\n');
    assert.deepEqual(speakers(text), [['Paul Robert', 'person']]);
  });

  it('ends a description before a multi-word reporting verb (« met en avant »)', () => {
    const text = [
      'Le député Paul Robert a changé de camp.',
      'Pour se justifier, l’élu girondin met en avant les attaques de son ancien parti.',
    ].join('\n');
    assert.deepEqual(speakers(text), [['Paul Robert', 'person']]);
  });

  it('gives a bare participle coordinated after a quotation the sentence’s subject', () => {
    const text =
      'Paul Robert parle. Invité de Radio Vérac, il a comparé ces départs à des « naufrages » pour « punir tel ou tel », et soutenu qu’une équipe gagne en s’ouvrant.';
    assert.equal(quotes(text).at(-1)?.speaker?.name, 'Paul Robert');
  });
  it('takes a re-description up as the person just mentioned, by gender (fictional)', () => {
    const text = [
      'Marc Tellier et Claire Jourdan se sont affrontés sur le plateau.',
      '« Je ne lâcherai rien sur les retraites », a lancé la chroniqueuse.',
      'Le romancier Hugo Marsan publie un nouveau livre en mars.',
      '« Ce texte m’a pris dix ans », confie le sexagénaire.',
    ].join('\n');
    assert.deepEqual(speakers(text), [
      ['Claire Jourdan', 'person'],
      ['Hugo Marsan', 'person'],
    ]);
  });

  it('leaves a re-description unresolved when someone unnamed was introduced since (fictional)', () => {
    const text = [
      'Le maire Paul Verdon a visité le marché couvert samedi.',
      'Il a été interpellé par un commerçant en colère.',
      '« Personne ne nous écoute », a lancé le quinquagénaire.',
    ].join('\n');
    assert.deepEqual(speakers(text), [['le quinquagénaire', 'anonymous']]);
  });

  it('does not take up a name in a complement or apposed to a relative, nor one the quotation names (fictional)', () => {
    const text = [
      'Lise Carmin a rendu hommage à sa sœur, Jeanne Carmin, disparue en juin.',
      '« Elle m’a tout appris », dit la comédienne.',
      'Hugo Bastide a longtemps joué avec le batteur Marc Olive.',
      '« Marc Olive reste un frère », raconte le musicien.',
    ].join('\n');
    assert.deepEqual(speakers(text), [
      ['Lise Carmin', 'person'],
      ['Hugo Bastide', 'person'],
    ]);
  });

  it('takes a person’s name apposed to a description (fictional)', () => {
    const text =
      '« Nous rouvrirons lundi », a assuré la gérante du magasin, Sonia Pelletier, à la radio locale.';
    assert.equal(quotes(text)[0]?.speaker?.name, 'Sonia Pelletier');
  });
  it('reads a demonstrative description after an incise as the person just described (fictional)', () => {
    const text = [
      'Installée depuis peu à Vaudrenne, Elsa Morand a repris la boulangerie du village.',
      '« Ici, tout le monde se connaît », assure cette ancienne infirmière.',
      '« On a gardé nos prix de l’an dernier », raconte cette semaine un boulanger du bourg voisin.',
    ].join('\n');
    assert.deepEqual(speakers(text), [
      ['Elsa Morand', 'person'],
      ['un boulanger du bourg voisin', 'anonymous'],
    ]);
  });

  it('finds the postposed subject after « auprès de l’AFP » or an adjective between commas (fictional)', () => {
    const text = [
      '« La saison est perdue », regrette auprès de l’AFP Jeanne Roussel, maraîchère.',
      '« Nous replanterons en mars », raconte, amusée, Lucie Vernet.',
    ].join('\n');
    assert.deepEqual(speakers(text), [
      ['Jeanne Roussel', 'person'],
      ['Lucie Vernet', 'person'],
    ]);
  });

  it('gives « la même source » the source just quoted (fictional)', () => {
    const text = [
      'Trois entrepôts ont brûlé dans la nuit, a indiqué une source policière.',
      'Aucun blessé n’est à déplorer, selon la même source.',
    ].join('\n');
    assert.deepEqual(speakers(text), [
      ['une source policière', 'anonymous'],
      ['une source policière', 'anonymous'],
    ]);
  });
  it('gives a document the organisation that issued it, when named (fictional)', () => {
    const text = [
      'Selon un sondage Vexor publié mardi, 58 % des électeurs veulent un second débat.',
      'Le taux de chômage a reculé de deux points, selon les chiffres de l’Office valdorien de la statistique.',
      'La préfecture de Brenne a annoncé dans un communiqué que le pont fermerait lundi.',
      '« Les travaux dureront six mois », précise le communiqué.',
      'La récolte sera tardive, selon une étude de la coopérative.',
    ].join('\n');
    assert.deepEqual(
      quotes(text).map((q) => q.speaker?.name ?? null),
      [
        'Vexor',
        'Office valdorien de la statistique',
        'préfecture de Brenne',
        'préfecture de Brenne',
        'une étude de la coopérative',
      ],
    );
  });
  it('does not take the person in a description’s complement for its referent (fictional)', () => {
    const text = [
      'Candidat à la mairie de Vernac, Paul Ardent a tenu meeting samedi.',
      '« Nous gagnerons au second tour », a lancé l’ancien ministre de Marie Dupuis.',
    ].join('\n');
    assert.equal(quotes(text)[0]?.speaker?.name, 'Paul Ardent');
  });

  it('takes up an unnamed speaker just quoted with « il » (fictional)', () => {
    const text = [
      'Le maire Henri Valès a inauguré la halle.',
      '« C’est trop tard », lâche un commerçant du marché. « On a perdu deux saisons », ajoute-t-il.',
    ].join('\n');
    assert.deepEqual(speakers(text), [
      ['un commerçant du marché', 'anonymous'],
      ['un commerçant du marché', 'anonymous'],
    ]);
  });
  it('attributes a quotation to the subject of an incise verb of manner (fictional)', () => {
    const text = [
      '« On repart de zéro », soupire Jeanne Roussel.',
      '« Au moins, il fait beau », sourit-elle.',
    ].join('\n');
    assert.deepEqual(speakers(text), [
      ['Jeanne Roussel', 'person'],
      ['Jeanne Roussel', 'person'],
    ]);
  });
});
