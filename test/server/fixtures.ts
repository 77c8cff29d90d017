// Fictional articles for the server and browser tests (written for depeche; not real events),
// including hostile ones whose titles, names and text carry script payloads.
import type { AnalysisRecord } from '../../src/record.js';
import { annotated } from './annotate.js';

export const FICTION = '(Texte fictif écrit pour les tests de depeche.)';

const T1 = `Sommet imaginaire à Lyon : Paris et Dakar promettent de coopérer
La ministre fictive Hélène Marchal a déclaré mardi : « Nous signerons l'accord sur l'eau avant l'été. »
Son homologue sénégalais, Ousmane Faye, a assuré que Dakar enverrait une délégation à Lyon.
Selon une source diplomatique, la France a promis une aide de dix millions d'euros au Sénégal.
${FICTION}`;

export const RECORD_LYON: AnalysisRecord = annotated('lyon', T1, {
  published: '2026-03-10',
  entities: [
    {
      id: 'e1',
      type: 'PER',
      name: 'Hélène Marchal',
      mentions: ['Hélène Marchal'],
      gender: 'female',
      country: 'FRA',
    },
    {
      id: 'e2',
      type: 'PER',
      name: 'Ousmane Faye',
      mentions: ['Ousmane Faye'],
      gender: 'male',
      country: 'SEN',
    },
    { id: 'e3', type: 'LOC', name: 'Lyon', mentions: ['Lyon'], country: 'FRA' },
    { id: 'e4', type: 'LOC', name: 'Sénégal', mentions: ['Sénégal'], country: 'SEN' },
  ],
  quotes: [
    {
      id: 'q1',
      kind: 'direct',
      content: "Nous signerons l'accord sur l'eau avant l'été.",
      speaker: { name: 'Hélène Marchal', type: 'person', entity: 'e1', mention: 'Hélène Marchal' },
      cue: { text: 'a déclaré', lemma: 'déclarer' },
    },
    {
      id: 'q2',
      kind: 'indirect',
      content: 'Dakar enverrait une délégation à Lyon',
      speaker: { name: 'Ousmane Faye', type: 'person', entity: 'e2', mention: 'Ousmane Faye' },
      cue: { text: 'a assuré', lemma: 'assurer' },
    },
    {
      id: 'q3',
      kind: 'indirect',
      content: "la France a promis une aide de dix millions d'euros au Sénégal",
      speaker: { name: 'une source diplomatique', type: 'anonymous', mention: 'une source diplomatique' },
      cue: { text: 'Selon', lemma: 'selon' },
    },
  ],
  events: [
    {
      id: 'v1',
      code: '057',
      quadClass: 1,
      source: { name: 'France', country: 'FRA' },
      target: { name: 'Sénégal', country: 'SEN' },
      trigger: 'signerons',
    },
    {
      id: 'v2',
      code: '071',
      quadClass: 2,
      source: { name: 'France', country: 'FRA' },
      target: { name: 'Sénégal', country: 'SEN' },
      trigger: 'a promis une aide',
      date: '2026-03-09',
    },
  ],
  dates: [['mardi', '2026-03-10']],
});

const T2 = `Nantes : Hélène Marchal répond aux critiques
« Le calendrier sera tenu », a répété Hélène Marchal jeudi à Nantes.
${FICTION}`;

export const RECORD_NANTES: AnalysisRecord = annotated('nantes', T2, {
  published: '2026-03-12',
  entities: [
    {
      id: 'e1',
      type: 'PER',
      name: 'Hélène Marchal',
      mentions: ['Hélène Marchal'],
      gender: 'female',
      country: 'FRA',
    },
  ],
  quotes: [
    {
      id: 'q1',
      kind: 'direct',
      content: 'Le calendrier sera tenu',
      speaker: { name: 'Hélène Marchal', type: 'person', entity: 'e1', mention: 'Hélène Marchal' },
      cue: { text: 'a répété', lemma: 'répéter' },
    },
  ],
  events: [
    {
      id: 'v1',
      code: '111',
      quadClass: 3,
      source: { name: 'Sénégal', country: 'SEN' },
      target: { name: 'France', country: 'FRA' },
      trigger: 'critiques',
    },
  ],
});

/** Payloads that would run if any article-derived string reached the DOM as markup. */
export const XSS = {
  script: '<script>window.__xss = (window.__xss || 0) + 1</script>',
  img: '<img src=x onerror="window.__xss = (window.__xss || 0) + 1">',
  svg: '<svg onload="window.__xss = (window.__xss || 0) + 1"></svg>',
  js: 'javascript:window.__xss=(window.__xss||0)+1',
  attr: '" onmouseover="window.__xss=(window.__xss||0)+1" x="',
};

const T3 = `Titre piégé ${XSS.script} ${XSS.img}
Le porte-parole ${XSS.svg}Jean Piège${XSS.attr} a déclaré : « Rien ne s'exécute ${XSS.img} ici ${XSS.script}. »
Le texte contient aussi <a href="${XSS.js}">un lien</a> et <iframe src="${XSS.js}"></iframe>.
${FICTION}`;

export const RECORD_XSS: AnalysisRecord = {
  ...annotated('xss', T3, {
    published: '2026-03-11',
    entities: [
      {
        id: 'e1',
        type: 'PER',
        name: `Jean Piège ${XSS.img}`,
        mentions: ['Jean Piège'],
        gender: 'male',
        country: null,
      },
      { id: 'e2', type: 'ORG', name: XSS.svg, mentions: [XSS.svg] },
    ],
    quotes: [
      {
        id: 'q1',
        kind: 'direct',
        content: `Rien ne s'exécute ${XSS.img} ici ${XSS.script}.`,
        speaker: { name: `Jean Piège ${XSS.script}`, type: 'person', entity: 'e1', mention: 'Jean Piège' },
        cue: { text: 'a déclaré', lemma: `déclarer${XSS.img}` },
      },
    ],
    events: [
      {
        id: 'v1',
        code: '010',
        quadClass: 1,
        source: { name: `Piège ${XSS.script}`, country: null },
        target: { name: XSS.img, country: null },
        trigger: 'a déclaré',
      },
    ],
  }),
  url: XSS.js,
  outlet: `La Gazette ${XSS.img}`,
};
