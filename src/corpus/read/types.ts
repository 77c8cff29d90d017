// What every reader yields: an article found in a source, or a reason why a source (or part of
// it) could not be read. Readers never throw for bad input: they report and go on.
export interface RawArticle {
  kind: 'article';
  /** Where it came from: path, `path:LINE`, `path#item-id`. */
  source: string;
  sourceId: string | null;
  title: string | null;
  /** The body; when `titleInText`, the text already starts with the title line. */
  text: string;
  titleInText: boolean;
  url: string | null;
  outlet: string | null;
  author: string | null;
  /** As found: any date form; normalised later. */
  published: string | null;
  /** Declared language (meta, feed), when any. */
  language: string | null;
}

export interface ReadProblem {
  kind: 'failed' | 'skipped';
  source: string;
  reason: string;
}

export type ReadItem = RawArticle | ReadProblem;

export const str = (v: unknown): string | null => {
  if (typeof v === 'number') return String(v);
  return typeof v === 'string' && v.trim() ? v.trim() : null;
};

export function article(fields: Partial<RawArticle> & { source: string; text: string }): RawArticle {
  return {
    kind: 'article',
    sourceId: null,
    title: null,
    titleInText: false,
    url: null,
    outlet: null,
    author: null,
    published: null,
    language: null,
    ...fields,
  };
}
