// The gazetteer look-ups the events stage needs. TEMPORARY fallback until the entities engineer's
// src/entities/gazetteer.ts lands on main: then this module only re-exports it.
import countries from 'world-countries/countries.json' with { type: 'json' };
import { fold } from '../text/normalize.js';

export interface PlaceHit {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
}
export interface OrgHit {
  name: string;
  acronyms: string[];
  country: string | null;
  kind: string;
}

const key = (s: string) =>
  fold(s)
    .replace(/[-\s]+/g, ' ')
    .replace(/^(?:le |la |les |l')/, '')
    .trim();

const PLACES = new Map<string, PlaceHit>();
const DEMONYMS = new Map<string, string>();
const NAMES = new Map<string, string>();
const ordered = [...(countries as unknown as { independent: boolean }[])].sort(
  (a, b) => Number(b.independent) - Number(a.independent),
);
for (const c of ordered as unknown as {
  cca3: string;
  latlng: [number, number];
  translations: { fra?: { common: string; official: string } };
  demonyms: { fra?: { f: string; m: string } };
}[]) {
  const fr = c.translations.fra;
  if (!fr) continue;
  NAMES.set(c.cca3, fr.common);
  const hit = { name: fr.common, country: c.cca3, lat: c.latlng[0], lon: c.latlng[1] };
  for (const n of [fr.common, fr.official]) if (!PLACES.has(key(n))) PLACES.set(key(n), hit);
  const d = c.demonyms.fra;
  if (d)
    for (const w of [d.f, d.m, `${d.f}s`, `${d.m}s`]) if (!DEMONYMS.has(key(w))) DEMONYMS.set(key(w), c.cca3);
}
const CITIES: [string, string, number, number][] = [
  ['Moscou', 'RUS', 55.75, 37.62],
  ['Paris', 'FRA', 48.86, 2.35],
  ['Bamako', 'MLI', 12.65, -8],
  ['Washington', 'USA', 38.9, -77.04],
  ['Pékin', 'CHN', 39.9, 116.4],
  ['Berlin', 'DEU', 52.52, 13.4],
  ['Londres', 'GBR', 51.51, -0.13],
  ['Genève', 'CHE', 46.2, 6.15],
  ['Ouagadougou', 'BFA', 12.37, -1.53],
  ['Niamey', 'NER', 13.51, 2.11],
  ['Dakar', 'SEN', 14.69, -17.45],
  ['Libreville', 'GAB', 0.39, 9.45],
  ['Bangui', 'CAF', 4.36, 18.56],
  ["N'Djamena", 'TCD', 12.11, 15.04],
  ['Kiev', 'UKR', 50.45, 30.52],
];
for (const [n, c, lat, lon] of CITIES) PLACES.set(key(n), { name: n, country: c, lat, lon });
const METONYMS = new Map(
  [
    ['Kremlin', 'RUS'],
    ['Élysée', 'FRA'],
    ['Quai d’Orsay', 'FRA'],
    ['Matignon', 'FRA'],
    ['Maison-Blanche', 'USA'],
  ].map(([n, c]) => [key(n!), c!]),
);
const ORGS: OrgHit[] = [
  { name: 'Organisation des Nations unies', acronyms: ['ONU'], country: null, kind: 'igo' },
  { name: 'Union européenne', acronyms: ['UE'], country: null, kind: 'igo' },
  { name: 'Union africaine', acronyms: ['UA'], country: null, kind: 'igo' },
  {
    name: "Communauté économique des États de l'Afrique de l'Ouest",
    acronyms: ['Cédéao'],
    country: null,
    kind: 'igo',
  },
  { name: 'Organisation du traité de l’Atlantique nord', acronyms: ['OTAN'], country: null, kind: 'igo' },
  { name: 'Wagner', acronyms: [], country: 'RUS', kind: 'armed' },
];
const ORG_INDEX = new Map<string, OrgHit>();
for (const o of ORGS) for (const n of [o.name, ...o.acronyms]) ORG_INDEX.set(key(n), o);

export function lookupPlace(text: string): PlaceHit | undefined {
  return PLACES.get(key(text));
}
export function countryOfDemonym(word: string): string | null {
  return DEMONYMS.get(key(word)) ?? null;
}
export function lookupOrganization(text: string): OrgHit | undefined {
  return ORG_INDEX.get(key(text));
}
export function actorCountry(text: string): string | null {
  const p = lookupPlace(text);
  if (p?.country) return p.country;
  return METONYMS.get(key(text)) ?? null;
}
export function countryName(iso3: string): string {
  return NAMES.get(iso3) ?? iso3;
}
