// Dates stage: absolute and relative date expressions, resolved against the publication date.
import type { Doc } from '../doc.js';

export function datesStage(doc: Doc): void {
  doc.dates = [];
}
