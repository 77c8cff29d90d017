// Quotations stage: direct, indirect and mixed quotations with their speakers and cues.
import type { Doc } from '../doc.js';

export function quotesStage(doc: Doc): void {
  doc.quotes = [];
}
