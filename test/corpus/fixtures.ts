// Fictional articles and hand-made analysis records for the store tests (written by us; the
// people, places and events are invented or generic).
import { createHash } from 'node:crypto';
import type { ArticleInput } from '../../src/corpus/store.js';
import type { AnalysisRecord, Entity, Event, Quote } from '../../src/record.js';

export function span(text: string, part: string, from = 0) {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`fixture: "${part}" not in text`);
  return { start, end: start + part.length, text: part };
}

export interface FixtureArticle {
  article: ArticleInput;
  record: AnalysisRecord;
}

interface Spec {
  title: string;
  body: string;
  published: string;
  outlet?: string;
  language?: string;
  people?: { name: string; gender: 'male' | 'female' | null; country?: string }[];
  quotes?: { said: string; by: string }[];
  events?: {
    code: string;
    quad: 1 | 2 | 3 | 4;
    src: [string, string | null];
    tgt: [string, string | null] | null;
    trigger: string;
    date?: string;
  }[];
}

export function fixture(spec: Spec): FixtureArticle {
  const text = `${spec.title}\n${spec.body}`;
  const entities: Entity[] = (spec.people ?? []).map((p, i) => ({
    id: `e${i + 1}`,
    type: 'PER',
    name: p.name,
    mentions: [span(text, p.name)],
    gender: p.gender,
    country: p.country ?? null,
  }));
  const quotes: Quote[] = (spec.quotes ?? []).map((q, i) => {
    const ent = entities.find((e) => e.name === q.by);
    return {
      id: `q${i + 1}`,
      kind: 'direct',
      ...span(text, q.said),
      speaker: { name: q.by, type: 'person', entity: ent?.id ?? null, mention: null },
      cue: { ...span(text, 'a déclaré'), lemma: 'déclarer' },
      confidence: 0.9,
    };
  });
  const events: Event[] = (spec.events ?? []).map((e, i) => {
    const trigger = span(text, e.trigger);
    return {
      id: `v${i + 1}`,
      code: e.code,
      root: e.code.slice(0, 2),
      goldstein: 1,
      quadClass: e.quad,
      source: { name: e.src[0], country: e.src[1], entity: null },
      target: e.tgt ? { name: e.tgt[0], country: e.tgt[1], entity: null } : null,
      trigger,
      sentence: { start: 0, end: text.length },
      date: e.date ?? spec.published,
      location: null,
      negated: false,
      modality: 'asserted',
    };
  });
  const hash = createHash('sha256').update(text).digest('hex');
  return {
    article: {
      hash,
      text,
      title: spec.title,
      url: `https://example.test/${hash.slice(0, 8)}`,
      outlet: spec.outlet ?? 'Le Quotidien fictif',
      author: null,
      published: spec.published,
      language: spec.language ?? 'fr',
      source: 'fixture',
    },
    record: {
      schema: 'depeche.analysis/1',
      id: hash.slice(0, 8),
      language: spec.language ?? 'fr',
      title: spec.title,
      published: spec.published,
      text,
      entities,
      quotes,
      events,
      dates: [],
      analyzer: '0.0.1-test',
    },
  };
}

/** A small fictional corpus: a foreign minister under three spellings, two ministers of the same family name. */
export function smallCorpus(): FixtureArticle[] {
  return [
    fixture({
      title: 'La sécurité alimentaire au cœur du sommet de Bamako (fictif)',
      body: "Sergueï Lavrov a déclaré « nous soutiendrons l'économie malienne » lors de sa visite. La Russie a promis une aide au Mali.",
      published: '2021-11-10',
      outlet: 'Le Quotidien fictif',
      people: [{ name: 'Sergueï Lavrov', gender: 'male', country: 'RUS' }],
      quotes: [{ said: "nous soutiendrons l'économie malienne", by: 'Sergueï Lavrov' }],
      events: [{ code: '057', quad: 1, src: ['Russie', 'RUS'], tgt: ['Mali', 'MLI'], trigger: 'a promis' }],
    }),
    fixture({
      title: 'Nouvelle rencontre diplomatique à Moscou (fictif)',
      body: 'Lavrov a déclaré « la coopération militaire continuera » devant la presse. La Russie a livré des hélicoptères au Mali.',
      published: '2021-11-12',
      outlet: 'La Gazette imaginaire',
      people: [{ name: 'Lavrov', gender: 'male' }],
      quotes: [{ said: 'la coopération militaire continuera', by: 'Lavrov' }],
      events: [{ code: '061', quad: 2, src: ['Russie', 'RUS'], tgt: ['Mali', 'MLI'], trigger: 'a livré' }],
    }),
    fixture({
      title: 'Entretien sans accents (fictif)',
      body: 'Serguei Lavrov a déclaré « rien ne changera » ce matin. Le Mali a critiqué la France.',
      published: '2021-11-15',
      outlet: 'Le Quotidien fictif',
      people: [{ name: 'Serguei Lavrov', gender: 'male' }],
      quotes: [{ said: 'rien ne changera', by: 'Serguei Lavrov' }],
      events: [{ code: '111', quad: 3, src: ['Mali', 'MLI'], tgt: ['France', 'FRA'], trigger: 'a critiqué' }],
    }),
    fixture({
      title: 'Deux ministres, une famille (fictif)',
      body: "Anne Martinel a déclaré « l'école doit changer » tandis que Paul Martinel se taisait. Aucune annonce n'a suivi.",
      published: '2021-12-01',
      outlet: 'La Gazette imaginaire',
      people: [
        { name: 'Anne Martinel', gender: 'female' },
        { name: 'Paul Martinel', gender: 'male' },
      ],
      quotes: [{ said: "l'école doit changer", by: 'Anne Martinel' }],
    }),
    fixture({
      title: 'A short English note (fictional)',
      body: 'The ministry said nothing about the security situation today.',
      published: '2021-12-02',
      language: 'en',
    }),
  ];
}
