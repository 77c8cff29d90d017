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

/**
 * Each word's record, by id, and the ids by word with the record's flags in the low 4 bits: the
 * per-token look-up yields a small integer, and the record itself is read only where a flag asks.
 */
let TABLE: WordInfo[] = [];
let IDS = new Map<string, number>();
const LIMIT = 50_000;

function idOf(w: string): number {
  let v = IDS.get(w);
  if (v === undefined) {
    const info = new WordInfo(w);
    v = (TABLE.length << 4) | info.flags;
    TABLE.push(info);
    IDS.set(w, v);
  }
  return v;
}

export function wordInfo(w: string): WordInfo {
  if (IDS.size >= LIMIT) reset();
  return TABLE[idOf(w) >> 4]!;
}

function reset(): void {
  TABLE = [];
  IDS = new Map();
}

/** Each token's word id in `table` and its flags (`WordInfo.flags`), by token index. */
export interface DocWords extends SentenceWords {
  readonly table: readonly WordInfo[];
}

export function wordInfos(doc: Doc): DocWords {
  const norm = doc.tokens.norm;
  const n = norm.length;
  // Bounded memory: start afresh between documents (ids stay valid for the whole document).
  if (IDS.size + n > LIMIT) reset();
  const ids = new Int32Array(n);
  const flags = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const v = idOf(norm[i]!);
    ids[i] = v >> 4;
    flags[i] = v & 15;
  }
  return { table: TABLE, ids, flags };
}
