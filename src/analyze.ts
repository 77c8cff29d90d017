// The library entry point: text in, analysis record out.
import type { Doc, DocMeta } from './doc.js';
import { runStages } from './pipeline.js';
import { type AnalysisRecord, SCHEMA } from './record.js';
import { ANALYZER_VERSION } from './version.js';

export interface AnalyzeOptions {
  id?: string;
  /** Title; when absent and `titleLine` is not false, the first line of the text. */
  title?: string | null;
  /** Whether the first line is the title (true for plain-text articles). Default true. */
  titleLine?: boolean;
  /** Publication date, YYYY-MM-DD: relative dates resolve against it. */
  published?: string | null;
  language?: string;
  url?: string | null;
  outlet?: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function createDoc(text: string, options: AnalyzeOptions = {}): Doc {
  if (typeof text !== 'string') throw new TypeError('analyze: text must be a string');
  const published = options.published ?? null;
  if (published !== null && !ISO_DATE.test(published))
    throw new RangeError(`analyze: published must be YYYY-MM-DD, got "${published}"`);
  let title = options.title ?? null;
  if (title === null && options.titleLine !== false) {
    const first = /^[^\r\n]*/.exec(text)![0].trim();
    title = first || null;
  }
  const meta: DocMeta = {
    id: options.id ?? 'doc',
    title,
    published,
    language: options.language ?? 'fr',
    url: options.url ?? null,
    outlet: options.outlet ?? null,
  };
  return {
    text,
    meta,
    paragraphs: [],
    sentences: [],
    tokens: {
      length: 0,
      start: new Int32Array(0),
      end: new Int32Array(0),
      kind: new Uint8Array(0),
      sentence: new Int32Array(0),
      norm: [],
    },
    datelines: [],
    entities: [],
    quotes: [],
    events: [],
    dates: [],
  };
}

export function toRecord(doc: Doc): AnalysisRecord {
  const m = doc.meta;
  return {
    schema: SCHEMA,
    id: m.id,
    language: m.language,
    title: m.title,
    published: m.published,
    text: doc.text,
    entities: doc.entities,
    quotes: doc.quotes,
    events: doc.events,
    dates: doc.dates,
    analyzer: ANALYZER_VERSION,
    ...(m.url ? { url: m.url } : {}),
    ...(m.outlet ? { outlet: m.outlet } : {}),
  };
}

/** Analyse one article. Never modifies `text`; every span in the record is an offset into it. */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalysisRecord {
  return toRecord(runStages(createDoc(text, options)));
}
