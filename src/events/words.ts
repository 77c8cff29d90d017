// What the events stage needs to know about each word, looked up once per token and document:
// a look-up in a large Map keyed by a token's folded form is the stage's main cost (hashing and
// comparing strings), so each word's facts (trigger patterns starting on it, the state its
// demonym names, whether it may be an anaphor) sit in one record, memoised per folded form.
import type { Doc } from '../doc.js';
import { demonymCountry, mayBeAnaphor } from './actors.js';
import { PATTERNS, type Pattern, type SentenceWords } from './patterns.js';

export class WordInfo {
  /** Trigger patterns whose first element matches the word (`PatternSet.startingAt`). */
  readonly patterns: Pattern[];
  /** Trigger patterns anchored past their first element on the word (`PatternSet.anchoredAt`). */
  readonly anchors: Pattern[];
  /** The state a demonym names (« malien » → MLI, `demonymCountry`), else null. */
  readonly demonym: string | null;
  /** Whether the word heads an anaphor or pronoun reading (`mayBeAnaphor`). */
  readonly anaphor: boolean;
  /** Whether a gazetteer name may start with the word: 0 not known yet, 1 no, 2 yes (actors.ts). */
  nameStart: number;

  constructor(w: string) {
    this.patterns = PATTERNS.startingAt(w);
    this.anchors = PATTERNS.anchoredAt(w);
    this.demonym = demonymCountry(w);
    this.anaphor = mayBeAnaphor(w);
    this.nameStart = 0;
  }
}

const MEMO = new Map<string, WordInfo>();
const LIMIT = 50_000;

export function wordInfo(w: string): WordInfo {
  let info = MEMO.get(w);
  if (info === undefined) {
    if (MEMO.size >= LIMIT) MEMO.clear();
    info = new WordInfo(w);
    MEMO.set(w, info);
  }
  return info;
}

/** Each token's `WordInfo` (by token index), and flags of the few tokens each use needs. */
export interface DocWords extends SentenceWords {
  readonly info: readonly WordInfo[];
  /** 1 where the token's word names a state as a demonym. */
  readonly demonyms: Uint8Array;
  /** 1 where the token's word may be an anaphor or a pronoun. */
  readonly anaphors: Uint8Array;
}

export function wordInfos(doc: Doc): DocWords {
  const norm = doc.tokens.norm;
  const n = norm.length;
  const info = new Array<WordInfo>(n);
  const starts = new Uint8Array(n);
  const anchors = new Uint8Array(n);
  const demonyms = new Uint8Array(n);
  const anaphors = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const x = wordInfo(norm[i]!);
    info[i] = x;
    // Read each record once here: the loops over tokens then test dense flags.
    if (x.patterns.length) starts[i] = 1;
    if (x.anchors.length) anchors[i] = 1;
    if (x.demonym !== null) demonyms[i] = 1;
    if (x.anaphor) anaphors[i] = 1;
  }
  return { info, starts, anchors, demonyms, anaphors };
}
