// The gazetteer look-ups the events stage needs, from the entities engineer's gazetteer
// (src/entities/gazetteer.ts over data/gazetteer/): one place to adapt if that API moves.
import { countryByIso3 } from '../entities/gazetteer.js';

export {
  actorCountry,
  countryOfDemonym,
  lookupOrganization,
  lookupPlace,
} from '../entities/gazetteer.js';

/** The state's French common name (« Mali »), or the code itself when unknown. */
export function countryName(iso3: string): string {
  return countryByIso3(iso3)?.name ?? iso3;
}
