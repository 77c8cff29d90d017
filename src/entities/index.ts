// Entities stage: people, organisations and places with canonical names, gender and country.
// Mentions come from capitalisation, the gazetteer and French context cues (mentions.ts); they are
// merged per article into canonical entities (resolve.ts). Gazetteer look-ups for other stages
// (actor countries, demonyms, metonyms) are exported from gazetteer.ts.
import type { Doc } from '../doc.js';
import { findMentions } from './mentions.js';
import { resolveEntities } from './resolve.js';

export {
  actorCountry,
  countryByIso3,
  countryOfDemonym,
  firstNameGender,
  lookupCountry,
  lookupMetonym,
  lookupOrganization,
  lookupPlace,
} from './gazetteer.js';

export function entitiesStage(doc: Doc): void {
  doc.entities = resolveEntities(doc, findMentions(doc));
}
