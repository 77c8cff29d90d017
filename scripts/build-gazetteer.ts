// Rebuilds data/gazetteer/*.json and data/names/first-names.json from their sources:
//   - world-countries (ODbL-1.0): French common/official names, demonyms, capitals, coordinates;
//   - i18n-iso-countries (MIT): French country names;
//   - gender-detection-from-name (MIT): first names with gender (fr, en, es, it, de, tr lists);
//   - @faker-js/faker (MIT): given names in current use per locale, to type and gender common names;
//   - hand-curated TSVs in data/gazetteer/src/ and data/names/ (exonyms, metonyms, regions,
//     organisations, extra aliases and demonyms, extra first names, public figures).
// Usage: `npx tsx scripts/build-gazetteer.ts`. Output is deterministic (sorted), so diffs stay small.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fold } from '../src/text/normalize.js';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');
const gaz = join(root, 'data/gazetteer');

interface WorldCountry {
  cca2: string;
  cca3: string;
  independent: boolean | null;
  unMember: boolean;
  capital: string[];
  region: string;
  subregion: string;
  latlng: [number, number];
  altSpellings: string[];
  translations: Record<string, { common: string; official: string }>;
  demonyms?: Record<string, { m: string; f: string }>;
}

/** Reads a TSV with a header line; `#` lines are comments. */
function tsv(path: string): Record<string, string>[] {
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'));
  const head = lines.shift()!.split('\t');
  return lines.map((l) => {
    const cells = l.split('\t');
    return Object.fromEntries(head.map((h, i) => [h, (cells[i] ?? '').trim()]));
  });
}
const list = (s: string | undefined) =>
  s
    ? s
        .split('|')
        .map((x) => x.trim())
        .filter(Boolean)
    : [];
const num = (s: string | undefined) => (s === undefined || s === '' ? null : Number(s));
const uniq = <T>(a: T[]) => [...new Set(a)];
const write = (path: string, data: unknown) => {
  writeFileSync(path, `${JSON.stringify(data, null, 1)}\n`);
  console.log(`wrote ${path}`);
};

// Plural of a French demonym: « malien » → « maliens », « français » stays, « malienne » → « maliennes ».
const plural = (w: string) => (/[sxz]$/.test(w) ? w : `${w}s`);

// ---- countries ----
const world: WorldCountry[] = require('world-countries');
const frNames: Record<string, string | string[]> = require('i18n-iso-countries/langs/fr.json').countries;
const extra = new Map(tsv(join(gaz, 'src/countries-extra.tsv')).map((r) => [r.iso3!, r]));
const demonymExtra = new Map(tsv(join(gaz, 'src/demonyms-extra.tsv')).map((r) => [r.iso3!, list(r.forms)]));
const cityRows = tsv(join(gaz, 'src/cities.tsv'));
const capitalOf = new Map(cityRows.filter((r) => r.capital === '1').map((r) => [r.iso3!, r.name!]));

// Sovereign states first, so that a name or demonym shared with a dependency goes to the state.
const ordered = [...world].sort(
  (a, b) => Number(b.unMember) - Number(a.unMember) || Number(!!b.independent) - Number(!!a.independent),
);
const countries = ordered.map((c) => {
  const fr = c.translations.fra!;
  const x = extra.get(c.cca3);
  const exclude = new Set(list(x?.exclude).map(fold));
  const i18n = frNames[c.cca2];
  const names = uniq([
    fr.common,
    fr.official,
    ...(Array.isArray(i18n) ? i18n : i18n ? [i18n] : []),
    ...list(x?.aliases),
  ])
    .filter((n) => !exclude.has(fold(n)) && !/[()]/.test(n))
    .filter((n) => n.length > 2 || /^[A-Z]{2,}$/.test(n));
  const name = exclude.has(fold(fr.common)) || /[()]/.test(fr.common) ? (names[0] ?? fr.common) : fr.common;
  const d = c.demonyms?.fra;
  const m = d?.m ? d.m.toLowerCase() : null;
  const f = d?.f ? d.f.toLowerCase() : null;
  // Dependencies share their state's demonyms, or carry odd ones (« Américan »): states only.
  const sovereign = !!c.independent || c.unMember;
  const demonyms = uniq(
    [
      ...(sovereign && m && !m.includes(',') ? [m, plural(m)] : []),
      ...(sovereign && f && !f.includes(',') ? [f, plural(f)] : []),
      ...(demonymExtra.get(c.cca3) ?? []).flatMap((w) => [w, plural(w)]),
    ].filter(Boolean),
  );
  return {
    iso3: c.cca3,
    iso2: c.cca2,
    name,
    official: fr.official,
    aliases: names.filter((n) => n !== name),
    demonyms,
    capital: capitalOf.get(c.cca3) ?? null,
    lat: c.latlng[0],
    lon: c.latlng[1],
    region: c.region,
    subregion: c.subregion,
    sovereign: !!c.independent || c.unMember,
  };
});
countries.sort((a, b) => a.iso3.localeCompare(b.iso3));
write(join(gaz, 'countries.json'), countries);

// ---- places: cities and regions ----
const places = [
  ...cityRows.map((r) => ({
    name: r.name!,
    kind: 'city' as const,
    country: r.iso3 || null,
    lat: num(r.lat),
    lon: num(r.lon),
    aliases: list(r.aliases),
    capital: r.capital === '1',
  })),
  ...tsv(join(gaz, 'src/regions.tsv')).map((r) => ({
    name: r.name!,
    kind: 'region' as const,
    country: r.country || null,
    lat: num(r.lat),
    lon: num(r.lon),
    aliases: list(r.aliases),
    capital: false,
  })),
];
write(join(gaz, 'places.json'), places);

write(
  join(gaz, 'metonyms.json'),
  tsv(join(gaz, 'src/metonyms.tsv')).map((r) => ({
    name: r.name!,
    country: r.iso3!,
    aliases: list(r.aliases),
    ...(r.institution ? { institution: r.institution } : {}),
  })),
);

write(
  join(gaz, 'organizations.json'),
  tsv(join(gaz, 'src/organizations.tsv')).map((r) => ({
    name: r.name!,
    acronyms: list(r.acronyms),
    aliases: list(r.aliases),
    country: r.country || null,
    kind: r.kind!,
  })),
);

// ---- first names ----
// Each package list has a male then a female section; a name in both is unisex in that language.
// Gender: the French list when it is one-sided, else the majority of the one-sided other lists,
// else unknown. Hand-curated entries override.
const langs = ['fr', 'en', 'es', 'it', 'de', 'tr'];
const pkgDir = join(require.resolve('gender-detection-from-name/package.json'), '..');
const votes = new Map<string, Map<string, Set<string>>>();
// French spellings folding to one key (« herve », « hervé ») each vote for their genders: the
// French list also records rare cross-gender uses, which the majority of spellings outvotes.
const frSpellings = new Map<string, { male: number; female: number }>();
for (const lang of langs) {
  const src = readFileSync(join(pkgDir, 'names', `${lang}.js`), 'utf8');
  for (const m of src.matchAll(/\['([^']+)',\s*'(male|female)'\]/g)) {
    const key = fold(m[1]!);
    if (lang === 'fr') {
      const v = frSpellings.get(key) ?? { male: 0, female: 0 };
      v[m[2] as 'male' | 'female']++;
      frSpellings.set(key, v);
    }
    let byLang = votes.get(key);
    if (!byLang) votes.set(key, (byLang = new Map()));
    let s = byLang.get(lang);
    if (!s) byLang.set(lang, (s = new Set()));
    s.add(m[2]!);
  }
}
// Strength: a name in the French list with one gender, or in the French list and another, or in two
// other lists, is common enough to vouch for a person on its own (lower-case code); any other name
// is rare or noisy (upper-case code) and only genders a person found by other cues. not-first-names.txt
// drops the source lists' common words (« the », « china », « victoire »).
type Code = 'm' | 'f' | 'u' | 'M' | 'F' | 'U';
const notFirst = new Set(
  readFileSync(join(root, 'data/names/not-first-names.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map(fold),
);
const firstNames: Record<string, Code> = {};
for (const [name, byLang] of votes) {
  if (name.length < 2 || !/^[a-z][a-z'-]*[a-z]$/.test(name) || notFirst.has(name)) continue;
  const fr = byLang.get('fr');
  let g: 'm' | 'f' | 'u';
  const spell = frSpellings.get(name);
  const frWinner = spell && spell.male !== spell.female ? (spell.male > spell.female ? 'm' : 'f') : null;
  if (fr && fr.size === 1) g = fr.has('male') ? 'm' : 'f';
  else if (frWinner && ![...byLang].some(([l, s]) => l !== 'fr' && s.size === 1)) g = frWinner;
  else {
    let male = 0;
    let female = 0;
    for (const [lang, s] of byLang) if (lang !== 'fr' && s.size === 1) s.has('male') ? male++ : female++;
    g = male > female ? 'm' : female > male ? 'f' : 'u';
  }
  const others = [...byLang.keys()].filter((l) => l !== 'fr').length;
  // French news mostly names people whose first names the French list gives one gender.
  const strong = (fr && (others >= 1 || ((fr.size === 1 || frWinner) && name.length >= 3))) || others >= 2;
  firstNames[name] = strong ? g : (g.toUpperCase() as Code);
}
// The package's French list records both genders for many common names (« florent », « gilles »)
// and so leaves them unknown and weak. @faker-js/faker's locale lists (MIT) hold the given names in
// current use in France, Belgium, Switzerland, Senegal and other languages, each under one gender:
// a name they give one gender only is a common first name of that gender; under both, a common
// unisex one (« camille »). They override only weak or unknown codes.
const { allLocales } = require('@faker-js/faker') as {
  allLocales: Record<string, { person?: { first_name?: { male?: string[]; female?: string[] } } }>;
};
const fakerGenders = new Map<string, Set<'m' | 'f'>>();
for (const loc of ['fr', 'fr_BE', 'fr_CH', 'fr_SN', 'fr_LU', 'en', 'de', 'it', 'es', 'pt_BR', 'ar']) {
  const fn = allLocales[loc]?.person?.first_name;
  for (const [g, names] of [
    ['m', fn?.male ?? []],
    ['f', fn?.female ?? []],
  ] as const)
    for (const n of names) {
      const key = fold(n);
      if (!/^[a-z][a-z'-]*[a-z]$/.test(key) || key.length < 3 || notFirst.has(key)) continue;
      let s = fakerGenders.get(key);
      if (!s) fakerGenders.set(key, (s = new Set()));
      s.add(g);
    }
}
// Given names in current use in French-speaking countries (faker's French list, or two of its
// French-speaking locales): a place named like one (« Florence », « Virginie ») reads as the first
// name before a surname.
const frenchGiven = new Map<string, number>();
for (const loc of ['fr', 'fr_BE', 'fr_CH', 'fr_SN', 'fr_LU']) {
  const fn = allLocales[loc]?.person?.first_name;
  for (const n of [...(fn?.male ?? []), ...(fn?.female ?? [])]) {
    const key = fold(n);
    if (notFirst.has(key)) continue;
    frenchGiven.set(key, (frenchGiven.get(key) ?? 0) + (loc === 'fr' ? 2 : 1));
  }
}
writeFileSync(
  join(root, 'data/names/french-given-names.json'),
  `${JSON.stringify(
    [...frenchGiven]
      .filter(([, n]) => n >= 2)
      .map(([k]) => k)
      .sort(),
  )}\n`,
);
for (const [name, gs] of fakerGenders) {
  const code = firstNames[name];
  if (code !== undefined && code !== 'u' && code === code.toLowerCase()) continue;
  firstNames[name] = gs.size === 1 ? [...gs][0]! : 'u';
}
for (const r of tsv(join(root, 'data/names/first-names-extra.tsv')))
  firstNames[fold(r.name!)] = r.gender as Code;
const sorted = Object.fromEntries(Object.entries(firstNames).sort(([a], [b]) => (a < b ? -1 : 1)));
writeFileSync(
  join(root, 'data/names/first-names.json'),
  `{\n${Object.entries(sorted)
    .map(([k, v]) => ` ${JSON.stringify(k)}: ${JSON.stringify(v)}`)
    .join(',\n')}\n}\n`,
);
console.log(`wrote data/names/first-names.json (${Object.keys(sorted).length} names)`);

// ---- public figures ----
// East Asian names put the surname first (« Xi Jinping » → « Xi »).
const SURNAME_FIRST = new Set(['CHN', 'PRK', 'KOR', 'VNM', 'TWN']);
write(
  join(root, 'data/names/people.json'),
  tsv(join(root, 'data/names/people.tsv')).map((r) => {
    const parts = r.name!.split(' ');
    const surname = SURNAME_FIRST.has(r.country!) ? parts[0]! : parts.slice(1).join(' ');
    return {
      name: r.name!,
      gender: r.gender === 'f' ? 'female' : 'male',
      country: r.country || null,
      surname,
    };
  }),
);
