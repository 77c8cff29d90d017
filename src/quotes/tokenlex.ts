// Per-token lexicon flags for the quotes stage. Each word class or lexicon that a hot loop tests
// token by token registers one bit here when its module loads; a document's tokens are then looked
// up once (one Map.get per token) instead of once per class and per loop. A flag is set exactly
// when the token's norm is a member of the registered words (pinned by test/quotes/tokenlex.test.ts).
import type { Doc } from '../doc.js';
import { WordFilter } from '../text/word-filter.js';

const FLAGS = new Map<string, number>();
let nextBit = 0;
/** Every registered word starts with a-z: a token starting with anything else (punctuation, a
 * digit, a quotation mark) then has no flag, without a look-up. */
let allAsciiLetterStarts = true;
const startsWithAsciiLetter = (w: string) => {
  const c = w.charCodeAt(0);
  return c >= 97 && c <= 122;
};
/** Every registered word (a-z starts): a token it has not seen is in no class, without a look-up. */
const SEEN = new WordFilter();

export function lexFlag(words: Iterable<string>): number {
  if (nextBit > 30) throw new Error('tokenlex: no flag bit left');
  const bit = 1 << nextBit++;
  for (const w of words) {
    FLAGS.set(w, (FLAGS.get(w) ?? 0) | bit);
    if (!startsWithAsciiLetter(w)) allAsciiLetterStarts = false;
    else SEEN.add(w);
  }
  return bit;
}

/** The flags of each token of the document (0: in no registered class). */
export function tokenFlags(doc: Doc): Int32Array {
  const n = doc.tokens.norm;
  const out = new Int32Array(n.length);
  if (!allAsciiLetterStarts) {
    for (let i = 0; i < n.length; i++) out[i] = FLAGS.get(n[i]!) ?? 0;
    return out;
  }
  for (let i = 0; i < n.length; i++) {
    const w = n[i]!;
    if (startsWithAsciiLetter(w) && SEEN.mayHave(w)) out[i] = FLAGS.get(w) ?? 0;
  }
  return out;
}
