// Hand-built analysis records for server and UI tests: spans are located by searching the
// (fictional) text, so offsets are right by construction and independent of the analyser.
import type { AnalysisRecord, Entity, Event, Quote } from '../../src/record.js';
import { SCHEMA } from '../../src/record.js';

export function span(text: string, needle: string, nth = 0, from = 0) {
  let at = from - 1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`annotate: "${needle}" not found (occurrence ${nth})`);
  }
  return { start: at, end: at + needle.length, text: needle };
}

export interface EntitySpec {
  id: string;
  type: Entity['type'];
  name: string;
  mentions: string[];
  gender?: Entity['gender'];
  country?: string | null;
}

export interface QuoteSpec {
  id: string;
  kind: Quote['kind'];
  content: string;
  speaker: {
    name: string;
    type: 'person' | 'organization' | 'anonymous';
    entity?: string;
    mention?: string;
  } | null;
  cue?: { text: string; lemma: string };
}

export interface EventSpec {
  id: string;
  code: string;
  quadClass: 1 | 2 | 3 | 4;
  source: { name: string; country: string | null };
  target: { name: string; country: string | null } | null;
  trigger: string;
  date?: string | null;
}

export function annotated(
  id: string,
  text: string,
  spec: {
    published?: string;
    entities?: EntitySpec[];
    quotes?: QuoteSpec[];
    events?: EventSpec[];
    dates?: [string, string][];
  },
): AnalysisRecord {
  const entities: Entity[] = (spec.entities ?? []).map((e) => ({
    id: e.id,
    type: e.type,
    name: e.name,
    mentions: e.mentions.map((m) => span(text, m)),
    gender: e.gender ?? null,
    country: e.country ?? null,
  }));
  const quotes: Quote[] = (spec.quotes ?? []).map((q) => {
    const content = span(text, q.content);
    return {
      id: q.id,
      kind: q.kind,
      ...content,
      speaker: q.speaker
        ? {
            name: q.speaker.name,
            type: q.speaker.type,
            entity: q.speaker.entity ?? null,
            mention: q.speaker.mention ? span(text, q.speaker.mention) : null,
          }
        : null,
      cue: q.cue ? { ...span(text, q.cue.text), lemma: q.cue.lemma } : null,
      confidence: 0.9,
    };
  });
  const events: Event[] = (spec.events ?? []).map((v) => {
    const trigger = span(text, v.trigger);
    return {
      id: v.id,
      code: v.code,
      root: v.code.slice(0, 2),
      goldstein: v.quadClass <= 2 ? 3 : -5,
      quadClass: v.quadClass,
      source: { ...v.source, entity: null },
      target: v.target ? { ...v.target, entity: null } : null,
      trigger,
      sentence: { start: 0, end: text.length },
      date: v.date ?? spec.published ?? null,
      location: null,
      negated: false,
      modality: 'asserted',
    };
  });
  return {
    schema: SCHEMA,
    id,
    language: 'fr',
    title: text.split('\n', 1)[0] ?? null,
    published: spec.published ?? null,
    text,
    entities,
    quotes,
    events,
    dates: (spec.dates ?? []).map(([t, value]) => ({ ...span(text, t), value })),
    analyzer: 'test',
  };
}
