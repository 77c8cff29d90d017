// Gazetteer look-ups for entity typing and actor resolution (data/gazetteer/*.json, built by
// scripts/build-gazetteer.ts). Every look-up is an O(1) map hit on `gazetteerKey(text)`: folded
// (lower case, no accents, ’ → '), hyphens and spaces merged, and tried again without a leading
// article, so « l’Élysée », « Elysée » and « élysée » meet the same entry.
//
//   lookupPlace(text)        country, city or region → { name, kind, country (ISO3), lat, lon }
//   lookupCountry(text)      a state by any French name or alias (« RDC », « Etats-Unis »)
//   countryByIso3(iso3)      the state record (French name, demonyms, capital, coordinates)
//   countryOfDemonym(word)   « russe » → RUS; « malien », « maliennes » → MLI; else null
//   lookupMetonym(text)      seats of power: « le Kremlin » → { name: 'Kremlin', country: 'RUS' }
//   lookupOrganization(text) IGOs, armed groups, parties, media…, by name, alias or acronym
//                            (an acronym matches only when the text has a capital: « UE », not « ue »)
//   actorCountry(text)       the state an actor name stands for, for events: Moscou / le Kremlin → RUS,
//                            Paris / l’Élysée / le Quai d’Orsay → FRA, Washington / la Maison-Blanche
//                            → USA, state organs (« Tsahal ») → their state; IGOs and non-state
//                            groups (ONU, Wagner, Aqmi) → null, as the record contract wants
//   lookupPerson(text)       public figures by full name or distinctive surname (« Macron »)
//   firstNameGender(word)    'male' | 'female' | 'unknown' for a known first name, else null
//   isCommonFirstName(word)  whether the first name is common enough to mark a person by itself
//
// Metonymy changes the actor, never the entity type: Moscou stays a LOC, the Kremlin an ORG.
import countriesData from '../../data/gazetteer/countries.json' with { type: 'json' };
import metonymsData from '../../data/gazetteer/metonyms.json' with { type: 'json' };
import organizationsData from '../../data/gazetteer/organizations.json' with { type: 'json' };
import placesData from '../../data/gazetteer/places.json' with { type: 'json' };
import placesBulkData from '../../data/gazetteer/places-bulk.json' with { type: 'json' };
import firstNamesData from '../../data/names/first-names.json' with { type: 'json' };
import frenchGivenData from '../../data/names/french-given-names.json' with { type: 'json' };
import peopleData from '../../data/names/people.json' with { type: 'json' };
import { fold } from '../text/normalize.js';

export type PlaceKind = 'country' | 'city' | 'region';

export interface Place {
  /** French canonical name. */
  name: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-3 of the state it is or lies in; null for multi-state regions. */
  country: string | null;
  lat: number | null;
  lon: number | null;
  capital?: boolean;
  /** From the bulk lists (places-bulk.json): yields to a name reading (« Kobe Bryant »). */
  minor?: boolean;
}

export interface Country {
  iso3: string;
  iso2: string;
  name: string;
  official: string;
  aliases: string[];
  demonyms: string[];
  capital: string | null;
  lat: number;
  lon: number;
  region: string;
  subregion: string;
  sovereign: boolean;
}

export type OrganizationKind =
  | 'igo'
  | 'armed'
  | 'party'
  | 'gov'
  | 'court'
  | 'media'
  | 'company'
  | 'ngo'
  | 'union'
  | 'military'
  | 'sport';

export interface Organization {
  name: string;
  acronyms: string[];
  aliases: string[];
  /** Home state, or null for international bodies. */
  country: string | null;
  kind: OrganizationKind;
}

export interface Metonym {
  name: string;
  country: string;
  aliases: string[];
  /** The institution it names, as the article may also write it (« ministère des Affaires étrangères »). */
  institution?: string;
}

const ARTICLE = /^(?:le |la |les |l')/;

/** The key every gazetteer map is indexed by. */
// Keys are memoised: news copy repeats its names, and folding (NFD) is the look-ups' main cost.
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_MAX = 200_000;

export function gazetteerKey(text: string): string {
  let key = KEY_CACHE.get(text);
  if (key !== undefined) return key;
  key = separatorsMerged(fold(text));
  if (KEY_CACHE.size >= KEY_CACHE_MAX) KEY_CACHE.clear();
  KEY_CACHE.set(text, key);
  return key;
}

/** The key of an already folded text: hyphens and white space merged into one space, trimmed. */
function separatorsMerged(folded: string): string {
  return folded
    .replace(/[-\s\u00a0\u202f]+/g, ' ')
    .replace(/' /g, "'")
    .trim();
}

/**
 * `gazetteerKey` of a token from its folded form (`doc.tokens.norm`), without the memo: a folded
 * word with no hyphen or white space is its own key (most are), so the look-ups by this key hash
 * no new string. Equal to gazetteerKey(token text), and to gazetteerKey(norm) (folding twice
 * changes nothing; pinned by a property test).
 */
export function keyOfNorm(norm: string): string {
  return keyOfFolded(norm);
}

/**
 * `gazetteerKey(text)` without the memo, for the many spans of text that are keyed once (the
 * memo's table grows to hundreds of thousands of strings, and each probe misses the CPU caches).
 */
export function keyOfText(text: string): string {
  return keyOfFolded(fold(text));
}

/**
 * separatorsMerged(folded) without its regexes for the usual shapes: words split by single spaces
 * or hyphens (« saint-denis » → « saint denis »), none at either end, none after « ' ».
 */
function keyOfFolded(folded: string): string {
  let separator = true; // a leading separator goes
  let hyphen = false;
  for (let k = 0; k < folded.length; k++) {
    const ch = folded.charCodeAt(k);
    if (ch === 32 || ch === 45) {
      if (separator || (k > 0 && folded.charCodeAt(k - 1) === 39)) return separatorsMerged(folded);
      separator = true;
      if (ch === 45) hyphen = true;
      // Every other character \s can match is < U+0020, U+00A0, or >= U+1680.
    } else if (ch < 32 || ch === 0xa0 || ch >= 0x1680) return separatorsMerged(folded);
    else separator = false;
  }
  if (separator && folded.length > 0) return separatorsMerged(folded);
  return hyphen ? folded.replaceAll('-', ' ') : folded;
}

/** Words of a key as the tokenizer would cut them (« afrique de l'ouest » → 4). */
const keyWords = (key: string) => key.split(/ |(?<=')/).length;

/** Longest entry, in words, among the entries whose key starts with each first word. */
const LONGEST_FROM = new Map<string, number>();
function noteLength(key: string): void {
  const first = key.split(/ |(?<=')/)[0]!;
  const n = keyWords(key);
  if ((LONGEST_FROM.get(first) ?? 0) < n) LONGEST_FROM.set(first, n);
  // Entries may be read without their article (« la Maison-Blanche »).
  const bare = key.replace(ARTICLE, '');
  if (bare !== key) noteLength(bare);
}

/**
 * How many words a gazetteer name starting with this word can have (0: none starts with it).
 * Lets the mention finder try only the windows that can match.
 */
export function longestNameFrom(word: string): number {
  return longestNameFromKey(gazetteerKey(word));
}

/** `longestNameFrom` for a key already computed (`gazetteerKey`, `keyOfNorm`). */
export function longestNameFromKey(key: string): number {
  // The first piece of key.split(/ |(?<=')/), without the array: up to a space, or an apostrophe kept.
  let end = key.indexOf(' ');
  if (end < 0) end = key.length;
  const apostrophe = key.indexOf("'");
  if (apostrophe >= 0 && apostrophe + 1 < end) end = apostrophe + 1;
  return LONGEST_FROM.get(end === key.length ? key : key.slice(0, end)) ?? 0;
}

function index<T>(entries: Iterable<[string, T]>): Map<string, T> {
  const m = new Map<string, T>();
  // First writer wins: sources are ordered so that the likelier reading comes first.
  for (const [k, v] of entries) {
    const key = gazetteerKey(k);
    if (key && !m.has(key)) {
      m.set(key, v);
      noteLength(key);
    }
  }
  return m;
}

function get<T>(map: Map<string, T>, key: string): T | undefined {
  const hit = map.get(key);
  if (hit !== undefined) return hit;
  const skip = articleLength(key);
  return skip ? map.get(key.slice(skip)) : undefined;
}

/**
 * Length of a leading article (« le », « la », « les », « l' ») in a key, else 0: the look-ups try
 * the key without it. key.replace(ARTICLE, '') without running the regex on every look-up (most
 * keys have no article).
 */
export function articleLength(key: string): number {
  return key.charCodeAt(0) !== 108 // l
    ? 0
    : key.startsWith('le ') || key.startsWith('la ')
      ? 3
      : key.startsWith('les ')
        ? 4
        : key.startsWith("l'")
          ? 2
          : 0;
}

const COUNTRIES = countriesData as Country[];
const BY_ISO3 = new Map(COUNTRIES.map((c) => [c.iso3, c]));
// Sovereign states first, so a name a dependency shares (« Saint-Martin ») goes to the state.
const COUNTRY_ORDER = [...COUNTRIES].sort((a, b) => Number(b.sovereign) - Number(a.sovereign));
const COUNTRY_BY_NAME = index(
  COUNTRY_ORDER.flatMap((c) => [c.name, ...c.aliases].map((n) => [n, c] as [string, Country])),
);
const DEMONYMS = index(COUNTRY_ORDER.flatMap((c) => c.demonyms.map((d) => [d, c.iso3] as [string, string])));

const countryPlace = (c: Country): Place => ({
  name: c.name,
  kind: 'country',
  country: c.iso3,
  lat: c.lat,
  lon: c.lon,
});
const PLACES = index<Place>([
  ...COUNTRY_ORDER.flatMap((c) => {
    const p = countryPlace(c);
    return [c.name, ...c.aliases].map((n) => [n, p] as [string, Place]);
  }),
  ...(placesData as (Place & { aliases: string[] })[]).flatMap((p) => {
    const place: Place = {
      name: p.name,
      kind: p.kind,
      country: p.country,
      lat: p.lat,
      lon: p.lon,
      ...(p.capital ? { capital: true } : {}),
    };
    return [p.name, ...p.aliases].map((n) => [n, place] as [string, Place]);
  }),
  // The long tail (communes, foreign cities, subdivisions) after the curated names, which win.
  ...(placesBulkData.places as [string, PlaceKind, string, number | null, number | null][]).map(
    ([name, kind, country, lat, lon]) =>
      [name, { name, kind, country, lat, lon, minor: true }] as [string, Place],
  ),
]);

const METONYMS = index(
  (metonymsData as Metonym[]).flatMap((m) => [m.name, ...m.aliases].map((n) => [n, m] as [string, Metonym])),
);

const ORGANIZATIONS_LIST = organizationsData as Organization[];
const ORGANIZATIONS = index(
  ORGANIZATIONS_LIST.flatMap((o) => [o.name, ...o.aliases].map((n) => [n, o] as [string, Organization])),
);
const ACRONYMS = index(
  ORGANIZATIONS_LIST.flatMap((o) => o.acronyms.map((a) => [a, o] as [string, Organization])),
);

// A Map, not the JSON object: « constructor » or « toString » must not reach Object.prototype.
const FIRST_NAMES = new Map(Object.entries(firstNamesData as Record<string, string>));

// Media and companies whose name is written in lower case (« franceinfo », « euronews »): the
// mention finder reads them even without a capital.
const LOWERCASE_BRANDS = new Map<string, Organization>();
for (const o of ORGANIZATIONS_LIST)
  if (o.kind === 'media' || o.kind === 'company')
    for (const n of [o.name, ...o.aliases])
      if (n.length >= 5 && n === n.toLowerCase() && /^[\p{Ll}\d]+$/u.test(n) && !LOWERCASE_BRANDS.has(n))
        LOWERCASE_BRANDS.set(gazetteerKey(n), o);

// The look-up runs on every word: most have no brand's length and first letter, and skip the map.
const brandShape = (k: string) => k.length * 0x10000 + k.charCodeAt(0);
const BRAND_SHAPES = new Set([...LOWERCASE_BRANDS.keys()].map(brandShape));

/** An organisation known by a lower-case one-word name, by the token's folded form. */
export function lookupLowercaseBrand(norm: string): Organization | undefined {
  return BRAND_SHAPES.has(brandShape(norm)) ? LOWERCASE_BRANDS.get(norm) : undefined;
}

// Keys known only from an upper-case alias (« EAU », « RCA »): they match text in capitals only,
// so that « Eau potable » is no country.
const CAPS_ONLY = (() => {
  const caps = new Set<string>();
  const other = new Set<string>();
  const names = [
    ...COUNTRIES.flatMap((c) => [c.name, ...c.aliases]),
    ...(placesData as { name: string; aliases: string[] }[]).flatMap((p) => [p.name, ...p.aliases]),
  ];
  for (const n of names) {
    const key = gazetteerKey(n);
    if (n.length <= 5 && n === n.toUpperCase() && n !== n.toLowerCase()) caps.add(key);
    else other.add(key);
  }
  for (const k of other) caps.delete(k);
  return caps;
})();

/** The metonym, organisation (by name, by acronym) and place entries under one key. */
export interface KeyEntries {
  metonym?: Metonym;
  organization?: Organization;
  acronym?: Organization;
  place?: Place;
}

// One map for the span look-ups of the mention finder: a key that is no name (most are not) costs
// one probe, not one per map.
const ENTRIES = new Map<string, KeyEntries>();
const entryFor = (k: string) => {
  let e = ENTRIES.get(k);
  if (!e) ENTRIES.set(k, (e = {}));
  return e;
};
for (const [k, v] of METONYMS) entryFor(k).metonym = v;
for (const [k, v] of ORGANIZATIONS) entryFor(k).organization = v;
for (const [k, v] of ACRONYMS) entryFor(k).acronym = v;
for (const [k, v] of PLACES) entryFor(k).place = v;

/**
 * The entries stored under exactly this key (no article stripped: the caller tries the key without
 * its article, `articleLength`, for each field the full key lacks, as `get` does per map).
 */
export function entriesByKey(key: string): KeyEntries | undefined {
  return ENTRIES.get(key);
}

export function lookupCountry(text: string): Country | undefined {
  const key = gazetteerKey(text);
  if (CAPS_ONLY.has(key) && text !== text.toUpperCase()) return undefined;
  return get(COUNTRY_BY_NAME, key);
}

export function countryByIso3(iso3: string): Country | undefined {
  return BY_ISO3.get(iso3.toUpperCase());
}

export function lookupPlace(text: string): Place | undefined {
  const key = gazetteerKey(text);
  if (CAPS_ONLY.has(key) && text !== text.toUpperCase()) return undefined;
  return get(PLACES, key);
}

/**
 * Look-ups by a key already computed (`gazetteerKey(text)` or `keyOfNorm(norm)`), so that a span
 * is keyed once for all the maps. The text itself matters only for a few keys; the caller tests
 * it there (without slicing it out of the article for every other key):
 *   lookupPlace(text)        = isCapsOnlyKey(key) && text !== text.toUpperCase() ? undefined : placeByKey(key)
 *   lookupOrganization(text) = organizationByName(key) ?? (text has a capital ? acronymByKey(key) : undefined)
 */
export function placeByKey(key: string): Place | undefined {
  return get(PLACES, key);
}

/** A key known only from an upper-case alias (« EAU »): a place only when the text is in capitals. */
export function isCapsOnlyKey(key: string): boolean {
  return CAPS_ONLY.has(key);
}

export function metonymByKey(key: string): Metonym | undefined {
  return get(METONYMS, key);
}

export function organizationByName(key: string): Organization | undefined {
  return get(ORGANIZATIONS, key);
}

export function acronymByKey(key: string): Organization | undefined {
  return get(ACRONYMS, key);
}

// The demonym look-ups run on every word (events) or capitalised word (entities): a word whose
// length, first and last characters are no demonym's (five in six) is answered without hashing it.
const wordShape = (w: string) =>
  ((w.length & 0x3f) << 24) | ((w.charCodeAt(0) & 0xfff) << 12) | (w.charCodeAt(w.length - 1) & 0xfff);
const DEMONYM_SHAPES = new Set([...DEMONYMS.keys()].map(wordShape));

export function countryOfDemonymKey(key: string): string | null {
  return DEMONYM_SHAPES.has(wordShape(key)) ? (DEMONYMS.get(key) ?? null) : null;
}

export function countryOfDemonym(word: string): string | null {
  return DEMONYMS.get(gazetteerKey(word)) ?? null;
}

/**
 * `countryOfDemonym` for a word token's folded form (`doc.tokens.norm`): such a form is its own
 * key unless it holds a hyphen (no spaces in a word, and folding twice changes nothing), so the
 * per-token look-up hashes no new string.
 */
export function countryOfDemonymNorm(norm: string): string | null {
  return countryOfDemonymKey(norm.includes('-') ? gazetteerKey(norm) : norm);
}

export function lookupMetonym(text: string): Metonym | undefined {
  return get(METONYMS, gazetteerKey(text));
}

export function lookupOrganization(text: string): Organization | undefined {
  const key = gazetteerKey(text);
  const byName = get(ORGANIZATIONS, key);
  if (byName) return byName;
  // An acronym is written with capitals: « UE », « Aqmi », never « ue » (a common word).
  if (text === text.toLowerCase()) return undefined;
  return get(ACRONYMS, key);
}

/** State organs act for their state; IGOs, parties, media and armed groups keep their own name. */
const STATE_ORGANS: ReadonlySet<OrganizationKind> = new Set(['gov', 'court', 'military']);

export function actorCountry(text: string): string | null {
  const place = lookupPlace(text);
  if (place?.country) return place.country;
  const metonym = lookupMetonym(text);
  if (metonym) return metonym.country;
  const org = lookupOrganization(text);
  if (org?.country && STATE_ORGANS.has(org.kind)) return org.country;
  return null;
}

export function firstNameGender(word: string): 'male' | 'female' | 'unknown' | null {
  return firstNameGenderByKey(gazetteerKey(word));
}

/** The first-name list's key of a gazetteer key: compounds keep their hyphen (« jean-pierre »). */
const firstNameKey = (key: string) => (key.includes(' ') ? key.replace(/ /g, '-') : key);

/** `firstNameGender` for a key already computed (`gazetteerKey`, `keyOfNorm`). */
export function firstNameGenderByKey(key: string): 'male' | 'female' | 'unknown' | null {
  const g = FIRST_NAMES.get(firstNameKey(key));
  if (g === undefined) return null;
  const l = g.toLowerCase();
  return l === 'm' ? 'male' : l === 'f' ? 'female' : 'unknown';
}

const FRENCH_GIVEN: ReadonlySet<string> = new Set(frenchGivenData as string[]);

/** A given name in current use in French-speaking countries, by folded form (« florence »). */
export function isFrenchGivenName(norm: string): boolean {
  return FRENCH_GIVEN.has(norm);
}

/** A first name common enough to mark a person on its own (not a rare or noisy list entry). */
export function isCommonFirstName(word: string): boolean {
  return isCommonFirstNameByKey(gazetteerKey(word));
}

/** `isCommonFirstName` for a key already computed (`gazetteerKey`, `keyOfNorm`). */
export function isCommonFirstNameByKey(gazKey: string): boolean {
  const key = firstNameKey(gazKey);
  const g = FIRST_NAMES.get(key);
  if (g !== undefined && g === g.toLowerCase()) return true;
  // « Marie-Claire », « Jean-Baptiste »: compounds of common first names.
  if (!key.includes('-')) return false;
  const parts = key.split('-');
  return (
    parts.length === 2 &&
    parts.every((p) => {
      const h = FIRST_NAMES.get(p);
      return h !== undefined && h === h.toLowerCase();
    })
  );
}

export interface Person {
  name: string;
  gender: 'male' | 'female';
  country: string | null;
  surname: string;
}

const PEOPLE_LIST = peopleData as Person[];
const PEOPLE = index(PEOPLE_LIST.map((p) => [p.name, p] as [string, Person]));
// A surname alone stands for the figure only when it is no common first name or place (« Michel »).
const SURNAMES = index(
  PEOPLE_LIST.filter(
    (p) => p.surname.length > 2 && !isCommonFirstName(p.surname) && !lookupPlace(p.surname),
  ).map((p) => [p.surname, p] as [string, Person]),
);

export function lookupPerson(text: string): Person | undefined {
  return personByKey(gazetteerKey(text));
}

/** `lookupPerson` for a key already computed (`gazetteerKey`, `keyOfNorm`). */
export function personByKey(key: string): Person | undefined {
  return PEOPLE.get(key) ?? SURNAMES.get(key);
}
