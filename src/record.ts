// The analysis record, contract v1 (../shared/contract/ANALYSIS.md): the one shape the CLI,
// library, HTTP API, store and UI exchange. Fields may be added; existing ones keep their meaning.

export const SCHEMA = 'depeche.analysis/1';

/** A stand-off span: UTF-16 offsets into the untouched `text`, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';
export type Gender = 'male' | 'female';

export interface Entity {
  id: string;
  type: EntityType;
  /** Canonical name: the fullest form in the article. */
  name: string;
  mentions: TextSpan[];
  gender: Gender | null;
  /** ISO 3166-1 alpha-3 the entity belongs to or is. */
  country: string | null;
  ids?: Record<string, string>;
  /** Role or title given in the text (« ministre des Affaires étrangères »). */
  role?: string | null;
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed';
export type SpeakerType = 'person' | 'organization' | 'anonymous';

export interface Speaker {
  name: string;
  type: SpeakerType;
  entity: string | null;
  mention: TextSpan | null;
}

export interface Cue extends TextSpan {
  lemma: string;
}

export interface Quote extends TextSpan {
  id: string;
  kind: QuoteKind;
  speaker: Speaker | null;
  cue: Cue | null;
  confidence: number;
}

export type Modality = 'asserted' | 'intended' | 'hypothetical' | 'denied' | 'reported';

export interface Actor {
  name: string;
  country: string | null;
  entity: string | null;
}

export interface Place {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
}

export interface Event {
  id: string;
  code: string;
  root: string;
  goldstein: number;
  quadClass: 1 | 2 | 3 | 4;
  source: Actor;
  target: Actor | null;
  trigger: TextSpan;
  sentence: { start: number; end: number };
  date: string | null;
  location: Place | null;
  negated: boolean;
  modality: Modality;
  /** Who reports it, when the event sits inside a quotation (modality `reported`). */
  reportedBy?: string | null;
}

export interface DateMention extends TextSpan {
  /** ISO date (YYYY-MM-DD), or a coarser ISO value (YYYY-MM, YYYY) when that is all the text gives. */
  value: string | null;
}

export interface AnalysisRecord {
  schema: typeof SCHEMA;
  id: string;
  language: string;
  title: string | null;
  published: string | null;
  text: string;
  entities: Entity[];
  quotes: Quote[];
  events: Event[];
  dates: DateMention[];
  /** Version of the analyser that made the record (the store refreshes older ones). */
  analyzer?: string;
  url?: string | null;
  outlet?: string | null;
}
