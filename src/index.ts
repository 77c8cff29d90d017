// Public library API.
export { type AnalyzeOptions, analyze, createDoc, toRecord } from './analyze.js';
export type { Doc, Sentence, Span, Tokens } from './doc.js';
export { runStages, STAGES, type Stage } from './pipeline.js';
export * from './record.js';
export { ANALYZER_VERSION } from './version.js';
