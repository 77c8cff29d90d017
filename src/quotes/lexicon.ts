// Language data for quotations, loaded once: reporting verbs (generated forms → lemma), reporting
// nouns and prepositions, and the nouns that head descriptions of sources.
import formsData from '../../data/fr/reporting-forms.json' with { type: 'json' };
import sourcesData from '../../data/fr/reporting-sources.json' with { type: 'json' };
import speakerWords from '../../data/fr/reporting-speaker-words.json' with { type: 'json' };
import verbsData from '../../data/fr/reporting-verbs.json' with { type: 'json' };
import { fold } from '../text/normalize.js';
import { lexFlag } from './tokenlex.js';

export const FINITE = 1;
export const PAST_PARTICIPLE = 2;
export const PRESENT_PARTICIPLE = 4;
export const INFINITIVE = 8;

export interface VerbLemma {
  lemma: string;
  frames: string[];
  prep?: string;
  pron?: boolean;
  weak?: boolean;
  rest?: string;
}

export interface FormReading {
  verb: VerbLemma;
  mask: number;
}

const LEMMAS = formsData.lemmas as unknown as VerbLemma[];
const FORMS = new Map<string, FormReading[]>();
for (const [form, readings] of Object.entries(
  formsData.forms as unknown as Record<string, [number, number][]>,
))
  FORMS.set(
    form,
    readings.map(([i, mask]) => ({ verb: LEMMAS[i]!, mask })),
  );

/** Readings of a folded one-word form (multi-word phrases: see `phraseReadings`). */
export function verbReadings(norm: string): FormReading[] | undefined {
  return FORMS.get(norm);
}
export function phraseReadings(norms: string): FormReading[] | undefined {
  return FORMS.get(norms);
}
/** Second words of multi-word reporting phrases (« fait savoir », « met en garde »). */
export const PHRASE_RESTS = new Set(LEMMAS.filter((l) => l.rest).map((l) => fold(l.rest!)));

/** Token flags (see tokenlex.ts): a form `verbReadings` knows; a part of a form before one of its
 * spaces (no phrase key can start with any other word); a phrase rest. */
export const VERB_FORM = lexFlag(FORMS.keys());
const phraseHeads = new Set<string>();
for (const f of FORMS.keys())
  for (let k = f.indexOf(' '); k >= 0; k = f.indexOf(' ', k + 1)) phraseHeads.add(f.slice(0, k));
export const PHRASE_HEAD = lexFlag(phraseHeads);
export const PHRASE_REST = lexFlag(PHRASE_RESTS);

export const REPORTING_NOUNS = new Set(verbsData.nouns.map(fold));

interface RoleInfo {
  class: string;
  gender?: 'male' | 'female';
  plural?: boolean;
}
export const ROLES = new Map<string, RoleInfo>(Object.entries(sourcesData.roles as Record<string, RoleInfo>));
export const ROLE_SYNONYMS: string[][] = sourcesData.roleSynonyms;
export const ORG_NOUNS = new Set(sourcesData.organizations);
export const ANONYMOUS_NOUNS = new Set(sourcesData.anonymous);
/** Heads that make « selon X » a condition, not a source (« selon la loi »). */
export const NOT_SOURCES = new Set(sourcesData.notSources);
export const TITLES = new Set(sourcesData.titles);

/** Normalises a role phrase to its synonym group's first member (chef de la diplomatie → …). */
export function roleKey(phrase: string): string {
  for (const group of ROLE_SYNONYMS)
    for (const p of group) if (phrase.includes(p)) return group[group.length - 1]!;
  return phrase;
}

/** Closed word classes for finding speakers (see data/fr/reporting-speaker-words.json). */
export const CAP_STOP = new Set(speakerWords.capStop);
export const PARTICLES = new Set(speakerWords.particles);
export const PRE_ADJ = new Set(speakerWords.preAdjectives);
export const DESC_STOP = new Set(speakerWords.descStop);
export const PRONOUN_WORDS = new Set(speakerWords.pronounWords);
export const NAMED_ORG_NOUNS = new Set(speakerWords.namedOrgNouns);
export const SPEAKER_STOPWORDS = new Set(speakerWords.speakerStopwords);
export const SPEAKER_PREPOSITIONS = new Set(speakerWords.prepositions);
/** Nouns that denote one person: heads of descriptions that may take up someone named. */
export const PERSON_NOUNS = new Set(speakerWords.personNouns);
/** What a source writes (communiqué, étude, sondage): as a speaker, whoever issued it. */
export const DOCUMENT_NOUNS = new Set(speakerWords.documentNouns);
/** Nouns before a publication's name (« parue dans la revue X »). */
export const MEDIA_NOUNS = new Set(speakerWords.mediaNouns);
/** Role classes naming a relation, not an office: no clash with whatever office one holds. */
export const RELATION_NOUNS = new Set(speakerWords.relationNouns);
/** « l'ancien ministre », « l'ex-président »: a former office, no clash with the current one. */
export const FORMER_MARKERS = new Set(speakerWords.formerMarkers);
