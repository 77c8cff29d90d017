// The analysis pipeline: declared stages run in order over one Doc. Each stage names what it reads
// and what it assigns; the order is checked once, and a failure is reported with the stage's name.
import { datesStage } from './dates/index.js';
import type { Doc } from './doc.js';
import { entitiesStage } from './entities/index.js';
import { eventsStage } from './events/index.js';
import { quotesStage } from './quotes/index.js';
import { textStage } from './text/index.js';

export type Field = 'tokens' | 'entities' | 'quotes' | 'dates' | 'events';

export interface Stage {
  name: string;
  requires: Field[];
  assigns: Field[];
  run(doc: Doc): void;
}

export const STAGES: readonly Stage[] = [
  { name: 'text', requires: [], assigns: ['tokens'], run: textStage },
  { name: 'entities', requires: ['tokens'], assigns: ['entities'], run: entitiesStage },
  { name: 'quotes', requires: ['tokens', 'entities'], assigns: ['quotes'], run: quotesStage },
  { name: 'dates', requires: ['tokens'], assigns: ['dates'], run: datesStage },
  {
    name: 'events',
    requires: ['tokens', 'entities', 'quotes', 'dates'],
    assigns: ['events'],
    run: eventsStage,
  },
];

export function checkOrder(stages: readonly Stage[]): void {
  const have = new Set<Field>();
  for (const s of stages) {
    for (const r of s.requires)
      if (!have.has(r))
        throw new Error(`pipeline: stage "${s.name}" requires "${r}", which no earlier stage assigns`);
    for (const a of s.assigns) have.add(a);
  }
}
checkOrder(STAGES);

export class StageError extends Error {
  constructor(
    readonly stage: string,
    cause: unknown,
  ) {
    super(`stage "${stage}" failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

export function runStages(doc: Doc, stages: readonly Stage[] = STAGES, timings?: Map<string, number>): Doc {
  for (const s of stages) {
    const t0 = timings ? performance.now() : 0;
    try {
      s.run(doc);
    } catch (e) {
      throw new StageError(s.name, e);
    }
    if (timings) timings.set(s.name, (timings.get(s.name) ?? 0) + performance.now() - t0);
  }
  return doc;
}
