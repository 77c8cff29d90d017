// The document every pipeline stage reads and annotates. The source text is never modified:
// tokens, sentences and paragraphs are stand-off spans (UTF-16 offsets) over it, tokens are
// stored column-wise (no object per token), and each stage owns the fields it assigns.
import type { DateMention, Entity, Event, Quote } from './record.js';

export interface Span {
  start: number;
  end: number;
}

export const TokenKind = {
  Word: 1,
  Number: 2,
  Punct: 3,
  /** A quotation mark: « » “ ” „ " ‹ › and ' ’ ‘ when not an apostrophe. */
  Quote: 4,
  /** An elided article, pronoun or conjunction with its apostrophe: l’ d’ qu’ jusqu’. */
  Elision: 5,
  /** An inverted subject clitic attached by hyphens: -t-il, -elle, -on. */
  Clitic: 6,
  /** An abbreviation or initial whose final dot does not end a sentence: M. Mme. J.-C. U.S.A. */
  Abbrev: 7,
  Url: 8,
  Symbol: 9,
} as const;
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

export interface Tokens {
  length: number;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  /** Index of the sentence holding each token. */
  sentence: Int32Array;
  /** Matching form of each token: lower case, no accents, ’ → ', for lexicon look-ups. */
  norm: string[];
}

export interface Sentence extends Span {
  /** First token index (inclusive) and last (exclusive). */
  tokenStart: number;
  tokenEnd: number;
  paragraph: number;
}

export interface DocMeta {
  id: string;
  title: string | null;
  published: string | null;
  language: string;
  url?: string | null;
  outlet?: string | null;
}

export interface Doc {
  readonly text: string;
  readonly meta: DocMeta;
  paragraphs: Span[];
  sentences: Sentence[];
  tokens: Tokens;
  /** « BANGUI, 30 sept (AFP) - » at the head of the body, when present. */
  datelines: Span[];
  entities: Entity[];
  quotes: Quote[];
  events: Event[];
  dates: DateMention[];
}

export function tokenText(doc: Doc, i: number): string {
  return doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]);
}

/** Index of the first token whose start is >= offset (binary search). */
export function tokenAt(doc: Doc, offset: number): number {
  const { start, length } = doc.tokens;
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (start[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the sentence containing offset, or -1. */
export function sentenceAt(doc: Doc, offset: number): number {
  const s = doc.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const m = s[mid]!;
    if (offset < m.start) hi = mid - 1;
    else if (offset >= m.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
