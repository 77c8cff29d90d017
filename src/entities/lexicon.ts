// Cue words for entity finding, loaded once from data/entities/lexicon.json (folded forms).
import data from '../../data/entities/lexicon.json' with { type: 'json' };
import type { Gender } from '../record.js';

const set = (a: string[]) => new Set(a);
type GenderMap = Record<string, string | null>;
const genders = (m: GenderMap) =>
  new Map(Object.entries(m).map(([k, v]) => [k.trim(), (v as Gender | null) ?? null] as const));

/** Capitalised words that never begin a name: function words, days, months, rubric labels. */
export const NOT_NAMES: ReadonlySet<string> = set(data.notNames);
/** Upper-case abbreviations of common nouns (ADN, PIB, ONG): not entities. */
export const COMMON_ACRONYMS: ReadonlySet<string> = set(data.commonAcronyms);
/** Events, competitions, feasts: MISC, never ORG or LOC. */
export const MISC_NAMES: ReadonlySet<string> = set(data.miscNames);
/** Courtesy titles before a name (M., Mme, Me, Dr), with the gender they give. */
export const PERSON_TITLES: ReadonlyMap<string, Gender | null> = genders(data.personTitles);
/** Roles and relations that introduce a person (« le ministre X », « son avocate, Y »). */
export const ROLE_NOUNS: ReadonlyMap<string, Gender | null> = genders(data.roleNouns);
/** Nouns that head an organisation name (« Conseil fédéral », « Cour de cassation »). */
export const ORG_HEADS: ReadonlySet<string> = set(data.orgHeads);
/** Nouns that head a place name (« Stade de Luxembourg », « place Tahrir »). */
export const LOC_HEADS: ReadonlySet<string> = set(data.locHeads);
/** Lower-case nouns announcing an organisation's name (« le groupe Wagner », « l'agence Migros »). */
export const ORG_CUES: ReadonlySet<string> = set(data.orgCues);
/** Prepositions that put a bare name in the place reading (« à Genève », « en Côte d'Ivoire »). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = set(data.placePrepositions);
/** Lower-case particles inside personal names (« Anne-Sophie de La Roche », « von der Leyen »). */
export const PERSON_PARTICLES: ReadonlySet<string> = set(data.personParticles);
/** Last words that make a capitalised run an organisation (« … Airlines », « … University »). */
export const ORG_TAILS: ReadonlySet<string> = set(data.orgTails);
/** Reporting verbs after a subject (« X a déclaré »): the subject is a speaker, often a person. */
export const SPEECH_VERBS: ReadonlySet<string> = set(data.speechVerbs);
/** Words left out when comparing names for merging (particles, articles): « de », « al », « ben »… */
export const NAME_STOPWORDS: ReadonlySet<string> = set(data.nameStopwords);
/** Capitalised words that never stand in a person's name (« The », « Palace », « Miss »). */
export const NOT_PERSON_WORDS: ReadonlySet<string> = set(data.notPersonWords);
