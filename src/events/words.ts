// What the events stage needs to know about each word, looked up once per token and document:
// a look-up in a large Map keyed by a token's folded form is the stage's main cost (hashing and
// comparing strings), so each word's facts (trigger patterns starting on it, the state its
// demonym names, whether it may be an anaphor) sit in one record, memoised per folded form.
import type { Doc } from '../doc.js';
import { demonymCountry, mayBeAnaphor } from './actors.js';
import { PATTERNS, type Pattern, type SentenceWords, WORD_ANCHORS, WORD_STARTS } from './patterns.js';

/** Bits of `WordInfo.flags` and of `DocWords.flags`. */
export const STARTS = WORD_STARTS; // some trigger pattern starts on the word
export const ANCHORS = WORD_ANCHORS; // some trigger pattern is anchored on the word
export const DEMONYM = 4; // the word names a state as a demonym
export const ANAPHOR = 8; // the word may be an anaphor or a pronoun

export class WordInfo {
  /** Trigger patterns whose first element matches the word (`PatternSet.startingAt`). */
  readonly patterns: Pattern[];
  /** Trigger patterns anchored past their first element on the word (`PatternSet.anchoredAt`). */
  readonly anchors: Pattern[];
  /** The state a demonym names (« malien » → MLI, `demonymCountry`), else null. */
  readonly demonym: string | null;
  /** STARTS, ANCHORS, DEMONYM, ANAPHOR (`mayBeAnaphor`): what the word may be used for. */
  readonly flags: number;
  /** Whether a gazetteer name may start with the word: 0 not known yet, 1 no, 2 yes (actors.ts). */
  nameStart: number;

  constructor(w: string) {
    this.patterns = PATTERNS.startingAt(w);
    this.anchors = PATTERNS.anchoredAt(w);
    this.demonym = demonymCountry(w);
    this.flags =
      (this.patterns.length ? STARTS : 0) |
      (this.anchors.length ? ANCHORS : 0) |
      (this.demonym !== null ? DEMONYM : 0) |
      (mayBeAnaphor(w) ? ANAPHOR : 0);
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

/** Each token's `WordInfo` (by token index), and its flags in one dense array. */
export interface DocWords extends SentenceWords {
  readonly info: readonly WordInfo[];
}

export function wordInfos(doc: Doc): DocWords {
  const norm = doc.tokens.norm;
  const n = norm.length;
  const info = new Array<WordInfo>(n);
  // The loops over tokens test these flags; they read a word's record only where a flag says so.
  const flags = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const x = wordInfo(norm[i]!);
    info[i] = x;
    flags[i] = x.flags;
  }
  return { info, flags };
}
