// Entities stage: people, organisations and places with canonical names, gender and country.
import type { Doc } from '../doc.js';

export function entitiesStage(doc: Doc): void {
  doc.entities = [];
}
