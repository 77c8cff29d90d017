// Actor mentions for event sides: named entities (through their country, or metonymy: Moscou,
// le Kremlin → RUS), gazetteer names the entities stage missed, state noun phrases with a demonym
// (« les troupes françaises » → FRA), and anaphors resolved when an event needs them (« le pays »
// → the country in focus, « son pays » → the speaker's, « nous » in a quotation → the speaker's).
import actorData from '../../data/cameo/actors.json' with { type: 'json' };
import { type Doc, TokenKind, tokenAt } from '../doc.js';
import { countryOfDemonymNorm, longestNameFrom } from '../entities/gazetteer.js';
import type { Actor, Entity } from '../record.js';
import { fold } from '../text/normalize.js';
import {
  actorCountry,
  countryName,
  countryOfDemonym,
  lookupOrganization,
  lookupPlace,
  memo,
} from './lexicon.js';
import { ANAPHOR, DEMONYM, type DocWords } from './words.js';

/** A look-up table without a prototype: « constructor » or « __proto__ » in a text is no key. */
function dict<T>(o: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, o);
}

export type MentionKind =
  | 'named'
  | 'group'
  | 'demonym'
  | 'focus'
  | 'orgFocus'
  | 'possessive'
  | 'we'
  | 'pronoun';

export interface ActorMention {
  /** Token range [first, last). */
  first: number;
  last: number;
  kind: MentionKind;
  /** Resolved side for named and demonym mentions; anaphors are resolved per event. */
  actor: Actor | null;
  /** A person (or a person-like noun phrase: « le ministre malien »), for pronouns and « son pays ». */
  person: boolean;
  /** Not right after a preposition (« à Moscou », « avec le Mali »): may be a clause subject. */
  subjectLike: boolean;
  /** People of the country in focus (« les manifestants »): may be on the same side as the source. */
  people: boolean;
  /** An organ of the state in focus whose name does not say which state (« le Ministère public »). */
  institution: boolean;
  /** A place, usable as the event's location. */
  place: { name: string; country: string | null; lat: number | null; lon: number | null } | null;
}

const AGENTS = new Set(actorData.agentNouns);
const STATE_ANAPHORS: Record<string, string[]> = dict(actorData.stateAnaphors);
const ORG_ANAPHORS: Record<string, string[]> = dict(actorData.orgAnaphors);
const GROUPS: Record<string, string[]> = dict(actorData.groupActors);
const POSSESSIVES = new Set(actorData.possessiveCountry);
const PLACE_DEMONYMS: Record<string, string> = dict(actorData.placeDemonyms);
const NON_ACTORS = new Set(actorData.nonActors);
/** Words that may link an armed group's kind to its name (« le groupe jihadiste X »). */
const GROUP_LINKS = new Set(actorData.groupLinks);
const INSTITUTIONS = new Set(actorData.stateInstitutions);
const PEOPLE_NOUNS = new Set(actorData.peopleNouns);
const CONTESTS = new Set(['primaire', 'primaires']);

/** A word that heads a state agent's noun phrase (« la police », « les enquêteurs », « le juge »). */
export function isStateAgentWord(w: string): boolean {
  return AGENTS.has(w) || INSTITUTIONS.has(w) || STATE_AGENT_EXTRA.has(w);
}
const STATE_AGENT_EXTRA = new Set([
  'enqueteurs',
  'enqueteur',
  'gendarmes',
  'juge',
  'juges',
  'juridiction',
  'requisitions',
  'ordre',
  'agents',
  'policier',
  'policiers',
  'militaires',
  'soldats',
  'assises',
]);
export const TITLE_COUNTRIES: Record<string, string> = dict(actorData.titleCountries);
export const STATE_ROLES = new Set(actorData.stateRoles);
export const IMPERSONAL = new Set(actorData.impersonalSubjects);
export const ARMED = new Set(actorData.armedGroups);
const NON_SUBJECT = new Set(actorData.nonSubjectPrepositions);
const PEOPLE = new Set([
  'manifestants',
  'protestataires',
  'grevistes',
  'population',
  'policier',
  'policiers',
  'soldat',
  'soldats',
  'militaires',
  'gendarmes',
  'civils',
  'habitants',
  'police',
  'gendarmerie',
]);
const PRONOUNS = new Set(actorData.subjectPronouns);

/** Media report events; as sources (« selon Le Figaro », « a déclaré à NBC ») they are no side. */
const isMedia = memo((name: string): boolean => {
  if (NON_ACTORS.has(fold(name).replace(/[’]/g, "'"))) return true;
  const k = lookupOrganization(name)?.kind;
  return k === 'media';
});

const NAME_NONE = 0;
const NAME_MEDIA = 1;
const NAME_FOUND = 2;
/**
 * What a capitalised n-gram is for part 3 of `findActorMentions`, in one memoised look-up: a
 * medium (`isMedia`), or a name some look-up knows (organisation, place, metonym), or nothing.
 */
const nameFacts = memo((text: string): number => {
  if (isMedia(text)) return NAME_MEDIA;
  return lookupOrganization(text) || lookupPlace(text) || actorCountry(text) ? NAME_FOUND : NAME_NONE;
});

/**
 * A party, group or company goes by its full name with the acronym the article uses for it
 * (« Parti imaginaire (PI) »): copy names it either way, and the side is the same.
 */
function withAcronym(
  written: string | undefined,
  used: string | undefined,
  forms: string[],
  name: string,
): string {
  if (!used) return written ?? name;
  let full = '';
  for (const f of forms) if (f !== used && f.length > full.length && !f.includes('(')) full = f;
  return `${full || name} (${used})`;
}

/** The side an organisation stands for: its acronym or name, and its state when it is a state organ. */
function orgActor(name: string, entity: string | null, forms: string[] = []): Actor | null {
  let org = lookupOrganization(name);
  if (!org) return null;
  // A body of an organisation acts for it: « Conseil de paix et de sécurité de l'Union africaine » → UA.
  const parent = /\s(?:de l['’]|de la |du |des )(.+)$/u.exec(org.name);
  const parentOrg = parent ? lookupOrganization(parent[1]!) : undefined;
  if (parentOrg && parentOrg.kind === 'igo' && org.kind === 'igo') org = parentOrg;
  const stateOrgan = ['gov', 'court', 'military'].includes(org.kind);
  // International bodies go by their usual acronym (« UE », « ONU »); parties and armed groups by
  // the form the article gives them, unless it uses an acronym of theirs (« le Parti imaginaire »
  // stays so, « le PI » too).
  const used = org.acronyms.find((a) => forms.includes(a));
  const written = org.kind !== 'igo' && forms.length > 0 && !used ? forms[0] : undefined;
  return {
    name:
      org.kind === 'igo'
        ? (used ?? org.acronyms[0] ?? org.name)
        : withAcronym(written, used, forms, org.name),
    country: stateOrgan ? org.country : null,
    entity,
  };
}

function entityActor(e: Entity, mentionText: string): Actor | null {
  if (e.type === 'MISC') return null;
  if (e.type === 'ORG') {
    const forms = e.mentions.map((m) => m.text);
    const viaOrg = orgActor(e.name, e.id, forms) ?? orgActor(mentionText, e.id, forms);
    if (viaOrg) return viaOrg;
    const metonym = actorCountry(e.name) ?? actorCountry(mentionText);
    if (metonym) return { name: e.name, country: metonym, entity: e.id };
    // Bodies go by the acronym the article gives them (« la Fédération égyptienne (EFA) » → EFA).
    const acronym = e.mentions.find(
      (m) => /^[\p{Lu}][\p{Lu}\p{Ll}]{1,6}$/u.test(m.text) && /\p{Lu}.*\p{Lu}/u.test(m.text),
    );
    // An organisation we do not know acts for a state only when its name says it is an organ of
    // one (« Sénat », « Ministère public »); parties, unions, companies act for themselves.
    const head = fold(e.name).split(/[\s'’-]+/)[0] ?? '';
    return {
      name: acronym && acronym.text !== e.name ? `${e.name} (${acronym.text})` : e.name,
      country: INSTITUTIONS.has(head) ? e.country : null,
      entity: e.id,
    };
  }
  if (e.type === 'LOC') {
    const c = e.country ?? actorCountry(e.name) ?? actorCountry(mentionText);
    return { name: c && lookupPlace(e.name)?.country === c ? e.name : e.name, country: c, entity: e.id };
  }
  return { name: e.name, country: e.country, entity: e.id };
}

function placeOf(name: string): ActorMention['place'] {
  const p = lookupPlace(name);
  return p ? { name: p.name, country: p.country, lat: p.lat, lon: p.lon } : null;
}

const FUNCTION_WORDS = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  "l'",
  "d'",
  'et',
  'sur',
  'en',
  'au',
  'aux',
]);
const ARTICLES = new Set(['le', 'la', 'les', "l'"]);
/**
 * Whether a name looked up from token i on (part 3) can hit anything: some gazetteer key (or key
 * read without its article) starts with the token's first word, or some non-actor starts with its
 * folded form. Exact, so records do not change: a span's key starts with its first token's key
 * (fold is per character) unless the next token sticks to it (then: maybe), and a leading article
 * is stripped by the look-ups (then: maybe). Memoised per folded form (in its `WordInfo`).
 */
function mayStartActorName(t: Doc['tokens'], words: DocWords, i: number): boolean {
  const info = words.table[words.ids[i]!]!;
  if (info.nameStart === 0) {
    const w = t.norm[i]!;
    info.nameStart = ARTICLES.has(w) || longestNameFrom(w) > 0 || NON_ACTOR_PREFIX(w) ? 2 : 1;
  }
  // A word glued to the next token (no space): the span's first key word may be longer.
  return info.nameStart === 2 || (i + 1 < t.length && t.start[i + 1] === t.end[i]);
}
const NON_ACTOR_PREFIX = (w: string) => {
  for (const a of NON_ACTORS) if (a.startsWith(w)) return true;
  return false;
};
const isUpper = (s: string) => s.length > 0 && s[0] !== s[0]!.toLowerCase();

const GENITIVE_LINKS = new Set(['de', 'du', 'des', "d'"]);

/** Not right after a preposition, with or without an article: the mention may be a clause subject. */
function subjectLikeAt(norm: readonly string[], first: number, place: ActorMention['place']): boolean {
  const prev = first > 0 ? norm[first - 1]! : '';
  const prev2 = first > 1 ? norm[first - 2]! : '';
  // « au Mali », « à la Russie », « avec l'Allemagne »: an article may stand between.
  if (NON_SUBJECT.has(prev)) return false;
  const article = ARTICLES.has(prev);
  if (article && NON_SUBJECT.has(prev2)) return false;
  // « la mairie de Dreux », « sous-préfecture d'Eure-et-Loir »: a town or region after « de »
  // qualifies a noun; it is no subject (a country after « de » may be: « le ministre du Mali »).
  const genitive = GENITIVE_LINKS.has(prev) || (article && prev2 === 'de');
  return !(genitive && place !== null && lookupPlace(place.name)?.kind !== 'country');
}

/** « les jihadistes du groupe Etat islamique »: the named group is the actor, not the noun. */
function namedAfter(norm: readonly string[], covered: Uint8Array, i: number): boolean {
  for (let k = i + 1; k <= Math.min(norm.length - 1, i + 4); k++) {
    if (covered[k]) return true;
    if (!GROUP_LINKS.has(norm[k]!)) return false;
  }
  return false;
}

/** The state a word names as a demonym (« malien », or a place's: « genevois »), else null. */
export function demonymCountry(w: string): string | null {
  return countryOfDemonymNorm(w) ?? PLACE_DEMONYMS[w] ?? null;
}

/** Whether part 4 of `findActorMentions` may read the word as an anaphor or a pronoun. */
export function mayBeAnaphor(w: string): boolean {
  return (
    GROUPS[w] !== undefined ||
    ORG_ANAPHORS[w] !== undefined ||
    STATE_ANAPHORS[w] !== undefined ||
    w === 'pays' ||
    w === 'nous' ||
    w === 'je' ||
    w === "j'" ||
    PRONOUNS.has(w)
  );
}

/** `findActorMentions` part 1: what an entity's mention text gives (computed once per text). */
interface MentionFacts {
  text: string;
  actor: Actor | null;
  media: boolean;
  place: ActorMention['place'];
  /** Whether `media` and `place` are computed yet (only for a mention with an actor). */
  placeKnown: boolean;
}

/**
 * All actor mentions of the document, in text order, without overlaps. `words`: each token's
 * `WordInfo` (words.ts).
 */
export function findActorMentions(doc: Doc, words: DocWords): ActorMention[] {
  const t = doc.tokens;
  const out: ActorMention[] = [];
  const covered = new Uint8Array(t.length);
  // Each mention is built with all its fields, in one order (one object shape for the stage).
  const add = (
    first: number,
    last: number,
    kind: MentionKind,
    actor: Actor | null,
    person: boolean,
    place: ActorMention['place'],
    institution = false,
    people = false,
  ) => {
    for (let i = first; i < last; i++) if (covered[i]) return;
    covered.fill(1, first, last);
    out.push({
      first,
      last,
      kind,
      actor,
      person,
      subjectLike: subjectLikeAt(t.norm, first, place),
      people,
      institution,
      place,
    });
  };

  // 1. Entities from the entities stage.
  for (const e of doc.entities) {
    // What depends on the entity alone, not on each mention's text.
    let entityFacts = false;
    let mediaName = false;
    let head = '';
    let knownOrg = false;
    // What depends on the mention's text too, for each text already seen (an entity is named a
    // few ways, many times): its side, whether it names a medium, its place.
    const seen: MentionFacts[] = [];
    for (const m of e.mentions) {
      const first = tokenAt(doc, m.start);
      const last = tokenAt(doc, m.end);
      if (last <= first) continue;
      let facts: MentionFacts | undefined;
      for (const f of seen)
        if (f.text === m.text) {
          facts = f;
          break;
        }
      if (!facts) {
        facts = { text: m.text, actor: entityActor(e, m.text), media: false, place: null, placeKnown: false };
        seen.push(facts);
      }
      if (!facts.actor) continue;
      if (!entityFacts) {
        entityFacts = true;
        mediaName = isMedia(e.name);
        head = fold(e.name).split(/[\s'’-]+/)[0] ?? '';
        knownOrg = e.type === 'ORG' && lookupOrganization(e.name) !== undefined;
      }
      if (mediaName) continue;
      if (!facts.placeKnown) {
        facts.placeKnown = true;
        facts.media = m.text === e.name ? mediaName : isMedia(m.text);
        facts.place = e.type === 'LOC' ? (placeOf(e.name) ?? placeOf(m.text)) : null;
      }
      if (facts.media) continue;
      // Each mention gets its own objects, as if computed afresh.
      const actor = { ...facts.actor };
      // « le Ministère public », or an acronym glossing one: « la police des polices (IGS) ».
      let glossed = false;
      if (t.norm[first - 1] === '(')
        for (let k = first - 2; k >= Math.max(0, first - 5); k--)
          if (INSTITUTIONS.has(t.norm[k]!)) glossed = true;
      const institution =
        e.type === 'ORG' && !actor.country && !knownOrg && (INSTITUTIONS.has(head) || glossed);
      add(first, last, 'named', actor, e.type === 'PER', facts.place && { ...facts.place }, institution);
    }
  }

  // 2. State noun phrases with a demonym: « le gouvernement malien », « son homologue russe ».
  for (let i = 1; i < t.length; i++) {
    if (!(words.flags[i]! & DEMONYM) || t.kind[i] !== TokenKind.Word) continue;
    const iso = words.table[words.ids[i]!]!.demonym;
    if (!iso) continue;
    const text = doc.text.slice(t.start[i]!, t.end[i]!);
    let head = -1;
    for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
      if (AGENTS.has(t.norm[k]!)) {
        head = k;
        break;
      }
      if (t.kind[k] === TokenKind.Punct || t.kind[k] === TokenKind.Quote) break;
    }
    // « les Maliens », « des milliers de Maliens »: a capitalised demonym is people of that country.
    const plural =
      isUpper(text) &&
      ['les', 'des', 'aux', 'un', 'une', "d'un", "d'une", 'de', "d'"].includes(t.norm[i - 1]!);
    // « les cheminots belges », « des touristes français »: a plural group of that country's people.
    const prevNoun = t.norm[i - 1] ?? '';
    const people =
      head < 0 &&
      !plural &&
      i >= 2 &&
      !isUpper(text) &&
      PEOPLE_NOUNS.has(prevNoun) &&
      (t.norm[i - 2] === 'les' || t.norm[i - 2] === 'des');
    if (head < 0 && !plural && !people) continue;
    const first = head >= 0 ? head : people ? i - 2 : i;
    const personLike =
      head >= 0 &&
      /^(ministre|president|presidente|chef|cheffe|homologue|ambassadeur|ambassadrice|premier|porte-parole|diplomate|emissaire|envoye|chancelier|chanceliere|roi|reine|emir|prince|secretaire|representant|procureur|procureure)$/.test(
        t.norm[head]!,
      );
    add(first, i + 1, 'demonym', { name: countryName(iso), country: iso, entity: null }, personLike, null);
  }

  // 3. Gazetteer names the entities stage did not give: countries, cities, bodies, metonyms.
  const upper = (k: number) => {
    const code = doc.text.charCodeAt(t.start[k]!);
    // ASCII: only A-Z change in lower case; others go through toLowerCase.
    if (code < 128) return code >= 65 && code <= 90;
    const c = doc.text[t.start[k]!]!;
    return c !== c.toLowerCase();
  };
  for (let i = 0; i < t.length; i++) {
    if (covered[i] || t.kind[i] !== TokenKind.Word || !upper(i)) continue;
    // Most capitalised words start no gazetteer name: skip them before slicing any n-gram.
    if (!mayStartActorName(t, words, i)) continue;
    // The candidate run: words and elisions of the sentence, up to 6, ending before the second
    // lower-case content word in a row (« Union africaine » yes, « Union africaine a décidé » no).
    let run = 1;
    let lowerRow = 0;
    while (run < 6 && i + run < t.length && t.sentence[i + run] === t.sentence[i]) {
      const k = i + run;
      if (t.kind[k] !== TokenKind.Word && t.kind[k] !== TokenKind.Elision) break;
      const content = t.kind[k] === TokenKind.Word && !FUNCTION_WORDS.has(t.norm[k]!);
      lowerRow = content && !upper(k) ? lowerRow + 1 : 0;
      if (lowerRow >= 2) break;
      run++;
    }
    for (let n = run; n >= 1; n--) {
      const lastTok = i + n - 1;
      if (t.kind[lastTok] !== TokenKind.Word) continue;
      // The first content word of a name is capitalised: « La réunion » is no Réunion, but
      // « Union africaine », « République centrafricaine » are names.
      let capitalised = false;
      for (let k = i; k <= lastTok; k++) {
        if (t.kind[k] !== TokenKind.Word || FUNCTION_WORDS.has(t.norm[k]!)) continue;
        capitalised = upper(k);
        break;
      }
      if (!capitalised) continue;
      const text = doc.text.slice(t.start[i]!, t.end[lastTok]!);
      // One memoised look-up tells most n-grams apart: no name at all, or a medium (stop).
      const facts = nameFacts(text);
      if (facts === NAME_MEDIA) break;
      if (facts === NAME_NONE) continue;
      const org = orgActor(text, null);
      const place = org ? null : lookupPlace(text);
      const metonym = org || place ? null : actorCountry(text);
      if (!org && !place && !metonym) continue;
      const actor: Actor = org ?? {
        name: place ? place.name : text,
        country: place ? place.country : metonym,
        entity: null,
      };
      add(i, i + n, 'named', actor, false, place ? placeOf(text) : null);
      break;
    }
  }

  // 4. Anaphors, resolved per event.
  for (let i = 1; i < t.length; i++) {
    if (!(words.flags[i]! & ANAPHOR) || covered[i]) continue;
    const w = t.norm[i]!;
    const prev = t.norm[i - 1]!;
    const next = t.norm[i + 1] ?? '';
    // « la primaire de la gauche » names a contest, not the group acting.
    if (
      GROUPS[w]?.includes(prev) &&
      !namedAfter(t.norm, covered, i) &&
      !CONTESTS.has(t.norm[i - 2] ?? '') &&
      !CONTESTS.has(t.norm[i - 3] ?? '')
    ) {
      const name = doc.text.slice(t.start[i]!, t.end[i]!);
      add(i - 1, i + 1, 'group', { name, country: null, entity: null }, false, null);
    } else if (ORG_ANAPHORS[w]?.includes(prev) && !countryOfDemonym(next)) {
      add(i - 1, i + 1, 'orgFocus', null, false, null);
    } else if (STATE_ANAPHORS[w]?.includes(prev) && !countryOfDemonym(next)) {
      // « ce pays d'Afrique » is anaphoric; « le pays de Galles », « le président Xi Jinping »,
      // « le premier Focac » are not the country in focus.
      const demonstrative = prev === 'ce' || prev === 'cette' || prev === 'ces';
      if (!demonstrative && ['de', 'du', 'des', "d'"].includes(next)) continue;
      const nextText = i + 1 < t.length ? doc.text.slice(t.start[i + 1]!, t.end[i + 1]!) : '';
      if (
        /^(?:president|presidente|premier)$/.test(w) &&
        (isUpper(nextText) || (w === 'premier' && next !== 'ministre'))
      )
        continue;
      add(i - 1, w === 'premier' ? i + 2 : i + 1, 'focus', null, false, null, false, PEOPLE.has(w));
    } else if (w === 'pays' && POSSESSIVES.has(prev)) {
      add(i - 1, i + 1, 'possessive', null, false, null);
    } else if (w === 'nous' || w === 'je' || w === "j'") {
      add(i, i + 1, 'we', null, true, null);
    } else if (PRONOUNS.has(w)) {
      add(i, i + 1, 'pronoun', null, true, null);
    }
  }
  return out.sort((a, b) => a.first - b.first);
}

/**
 * The non-state side each person of the article acts for, when the article gives them no country:
 * the party, body or group their role names (« secrétaire général de l'Organisation X », « député
 * PI »), else the one armed group the article names (« le chef du groupe », a leader's message).
 */
export function affiliations(doc: Doc): Map<string, Actor> {
  const out = new Map<string, Actor>();
  const orgs: { forms: string[]; actor: Actor }[] = [];
  const armed = new Map<string, Actor>();
  for (const e of doc.entities) {
    if (e.type !== 'ORG' || isMedia(e.name)) continue;
    const first = e.mentions[0];
    const actor = first ? entityActor(e, first.text) : null;
    if (!actor || actor.country) continue;
    orgs.push({ forms: e.mentions.map((m) => ` ${fold(m.text)} `), actor });
    if (lookupOrganization(e.name)?.kind === 'armed') armed.set(actor.name, actor);
  }
  if (!orgs.length) return out;
  const onlyArmed = armed.size === 1 ? [...armed.values()][0]! : null;
  for (const e of doc.entities) {
    if (e.type !== 'PER' || e.country) continue;
    const role = ` ${fold(e.role ?? '').replace(/[’']/g, "' ")} `;
    const named = e.role ? orgs.find((o) => o.forms.some((f) => role.includes(f))) : undefined;
    const side = named?.actor ?? (e.role && stateRoleIn(role) ? null : onlyArmed);
    if (side) out.set(e.id, { name: side.name, country: null, entity: side.entity });
  }
  return out;
}

/** Whether a folded role phrase names a state function (« procureur », « ministre »). */
function stateRoleIn(role: string): boolean {
  for (const w of role.split(' ')) if (STATE_ROLES.has(w)) return true;
  return false;
}
