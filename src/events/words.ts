// What the events stage needs to know about each word, looked up once per token and document:
// a look-up in a large Map keyed by a token's folded form is the stage's main cost (hashing and
// comparing strings), so each word's facts (trigger patterns starting on it, the state its
// demonym names, whether it may be an anaphor) sit in one record, memoised per folded form.
import type { Doc } from '../doc.js';
import { demonymCountry, mayBeAnaphor } from './actors.js';
import { PATTERNS, type Pattern } from './patterns.js';

export class WordInfo {
  /** Trigger patterns whose first element matches the word (`PatternSet.startingAt`). */
  readonly patterns: Pattern[];
  /** The state a demonym names (« malien » → MLI, `demonymCountry`), else null. */
  readonly demonym: string | null;
  /** Whether the word heads an anaphor or pronoun reading (`mayBeAnaphor`). */
  readonly anaphor: boolean;
  /** Whether a gazetteer name may start with the word: 0 not known yet, 1 no, 2 yes (actors.ts). */
  nameStart: number;

  constructor(w: string) {
    this.patterns = PATTERNS.startingAt(w);
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

/** Each token's `WordInfo`, by token index. */
export function wordInfos(doc: Doc): WordInfo[] {
  const norm = doc.tokens.norm;
  const out = new Array<WordInfo>(norm.length);
  for (let i = 0; i < norm.length; i++) out[i] = wordInfo(norm[i]!);
  return out;
}
