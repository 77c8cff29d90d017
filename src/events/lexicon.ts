// The gazetteer look-ups the events stage needs, from the entities engineer's gazetteer
// (src/entities/gazetteer.ts over data/gazetteer/): one place to adapt if that API moves.
// Memoised: the stage asks about the same words and names over and over (every capitalised
// n-gram, every word as a possible demonym), and each raw look-up folds and normalises its key.
import * as gazetteer from '../entities/gazetteer.js';

const LIMIT = 50_000;

/** `f` memoised by its text argument (bounded: cleared when full). */
export function memo<R>(f: (text: string) => R): (text: string) => R {
  const cache = new Map<string, R>();
  return (text) => {
    let r = cache.get(text);
    if (r === undefined && !cache.has(text)) {
      if (cache.size >= LIMIT) cache.clear();
      r = f(text);
      cache.set(text, r);
    }
    return r as R;
  };
}

export const actorCountry = memo(gazetteer.actorCountry);
export const countryOfDemonym = memo(gazetteer.countryOfDemonym);
export const lookupOrganization = memo(gazetteer.lookupOrganization);
export const lookupPlace = memo(gazetteer.lookupPlace);

/** The state's French common name (« Mali »), or the code itself when unknown. */
export function countryName(iso3: string): string {
  return gazetteer.countryByIso3(iso3)?.name ?? iso3;
}
