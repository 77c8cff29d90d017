// Events stage: political events coded in CAMEO, with actor sides, modality, date and place.
import type { Doc } from '../doc.js';

export function eventsStage(doc: Doc): void {
  doc.events = [];
}
