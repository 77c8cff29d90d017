// Trigger patterns (data/cameo/patterns.json) compiled once and matched over the folded tokens of
// a sentence. A pattern is a sequence of token tests with bounded gaps; see the data file's comment
// for the syntax. Matching is indexed by the first element, so each token tries only the patterns
// that can start on it.

import patternData from '../../data/cameo/patterns.json' with { type: 'json' };
import broadData from '../../data/cameo/patterns-broad.json' with { type: 'json' };
import { type Doc, TokenKind } from '../doc.js';
import { CAMEO } from './cameo.js';

interface Alt {
  text: string;
  prefix: boolean;
  except: ReadonlySet<string> | null;
}
type Elem = { gap: false; alts: Alt[] } | { gap: true; max: number };

export interface Pattern {
  code: string;
  source: string;
  elems: Elem[];
  notAfter: ReadonlySet<string> | null;
  notBefore: ReadonlySet<string> | null;
  needsTarget: boolean;
  /** Index in its `PatternSet` (0 for a pattern compiled alone). */
  id: number;
  /**
   * Index of the element a match is looked for by before it is tried (0: the first element
   * itself): the most selective one, so patterns that start on a common word (« a », « se »)
   * are only tried in sentences that hold their rarer word.
   */
  anchor: number;
}

export interface TriggerMatch {
  pattern: Pattern;
  /** Token range [first, last). */
  first: number;
  last: number;
}

function parseAlt(s: string): Alt {
  const [head, except] = s.split('!') as [string, string | undefined];
  const prefix = head.endsWith('*');
  const text = prefix ? head.slice(0, -1) : head;
  return {
    text,
    prefix,
    except: except ? new Set(except.split(',').map((x) => text + x)) : null,
  };
}

export function compile(code: string, source: string): Pattern {
  const parts = source.trim().split(/\s+/);
  let needsTarget = false;
  let notAfter: Set<string> | null = null;
  let notBefore: Set<string> | null = null;
  if (parts.at(-1) === '+T') {
    needsTarget = true;
    parts.pop();
  }
  if (parts[0]?.startsWith('-')) notAfter = new Set(parts.shift()!.slice(1).split('|'));
  if (parts.length > 1 && parts.at(-1)!.startsWith('-'))
    notBefore = new Set(parts.pop()!.slice(1).split('|'));
  const elems: Elem[] = parts.map((p) => {
    const gap = /^~(\d+)$/.exec(p);
    if (gap) return { gap: true, max: Number(gap[1]) };
    if (/[?]/.test(p) || (p.startsWith('-') && p.length > 1))
      throw new Error(`pattern ${code} "${source}": unsupported element "${p}" (guards go first or last)`);
    return { gap: false, alts: p.split('|').map(parseAlt) };
  });
  if (!elems.length || elems[0]!.gap || elems.at(-1)!.gap)
    throw new Error(`pattern ${code} "${source}": must start and end with a token test`);
  if (!CAMEO.has(code)) throw new Error(`pattern for unknown CAMEO code ${code}`);
  return { code, source, elems, notAfter, notBefore, needsTarget, id: 0, anchor: anchorOf(elems) };
}

// Words too common to look a pattern up by (any other word or a stem of 4+ letters is rarer).
const COMMON = new Set(
  (
    "a à au aux avait avaient avec ce ces cet cette d' dans de des du elle en est et etait ete etre " +
    "eu fait faire il ils j' je l' la le les leur leurs lui m' me n' ne nous on ont par pas plus " +
    "pour qu' que qui s' sa se ses son sont sur t' un une va vont y"
  ).split(' '),
);

/** How selective an element is: the least selective of its alternatives. */
function selectivity(el: Elem): number {
  if (el.gap) return -1;
  let min = Infinity;
  for (const a of el.alts) {
    const n = a.prefix ? Math.min(a.text.length, 4) : COMMON.has(a.text) ? 1 : 5;
    if (n < min) min = n;
  }
  return min;
}

function anchorOf(elems: readonly Elem[]): number {
  let best = 0;
  for (let e = 1; e < elems.length; e++) if (selectivity(elems[e]!) > selectivity(elems[best]!)) best = e;
  return best;
}

/** Adds `p` under the key of each alternative of its element `el`. */
function indexBy(map: Map<string, Pattern[]>, el: Elem, p: Pattern): void {
  if (el.gap) return;
  for (const a of el.alts) {
    const key = a.prefix ? a.text.slice(0, 3) : a.text;
    const list = map.get(key);
    if (list) {
      if (!list.includes(p)) list.push(p);
    } else map.set(key, [p]);
  }
}

/** Patterns under the keys a word may match: itself, its first three, two, one characters. */
function lookupIn(map: ReadonlyMap<string, Pattern[]>, w: string): Pattern[] {
  const out: Pattern[] = [];
  const seen = new Set<string>();
  for (const k of [w, w.slice(0, 3), w.slice(0, 2), w.slice(0, 1)]) {
    if (seen.has(k)) continue;
    seen.add(k);
    const l = map.get(k);
    if (l) for (const p of l) if (!out.includes(p)) out.push(p);
  }
  return out;
}

function test(alts: readonly Alt[], w: string): boolean {
  for (const a of alts) {
    if (a.prefix ? w.startsWith(a.text) : w === a.text) {
      if (a.except?.has(w)) continue;
      return true;
    }
  }
  return false;
}

/** Whether pattern `p`'s first element matches word `w`. */
export function startsOn(p: Pattern, w: string): boolean {
  return test((p.elems[0] as { alts: Alt[] }).alts, w);
}

/** Splits on top-level occurrences of `sep` (outside parentheses). */
function splitTop(s: string, sep: RegExp): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of s) {
    if (c === '(') depth++;
    else if (c === ')') depth--;
    if (depth === 0 && sep.test(c)) {
      if (cur) out.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * Expands word-sequence alternatives: « sign* (declaration commune|accord*) » becomes
 * « sign* declaration commune » and « sign* accord* ».
 */
export function expand(source: string): string[] {
  let variants: string[][] = [[]];
  for (const el of splitTop(source.trim(), /\s/)) {
    let options: string[];
    if (!el.includes('(')) options = [el];
    else {
      const alts = splitTop(el, /\|/);
      const singles = alts.filter((a) => !a.startsWith('('));
      const groups = alts.filter((a) => a.startsWith('(')).flatMap((g) => g.slice(1, -1).split('|'));
      options = [...(singles.length ? [singles.join('|')] : []), ...groups];
    }
    variants = variants.flatMap((v) => options.map((o) => [...v, o]));
  }
  return variants.map((v) => v.join(' '));
}

export class PatternSet {
  readonly patterns: Pattern[];
  private readonly byKey = new Map<string, Pattern[]>();

  constructor(codes: Record<string, string[]>) {
    this.patterns = Object.entries(codes).flatMap(([code, list]) =>
      list.flatMap((s) => expand(s).map((x) => compile(code, x))),
    );
    this.patterns.forEach((p, k) => {
      p.id = k;
      indexBy(this.byKey, p.elems[0]!, p);
      if (p.anchor > 0) indexBy(this.byAnchor, p.elems[p.anchor]!, p);
    });
    for (const key of this.byKey.keys()) this.ofKey.set(key, this.lookup(key));
    this.stamps = new Int32Array(this.patterns.length);
  }

  /** Patterns by their anchor element's keys (those anchored past their first element). */
  private readonly byAnchor = new Map<string, Pattern[]>();
  /** Per pattern: the `matchSentence` call whose sentence holds its anchor. */
  private readonly stamps: Int32Array;
  private serial = 0;

  /** Patterns anchored past their first element whose anchor element matches word `w`. */
  anchoredAt(w: string): Pattern[] {
    let out = NO_PATTERNS;
    for (const p of lookupIn(this.byAnchor, w))
      if (test((p.elems[p.anchor] as { alts: Alt[] }).alts, w)) {
        if (out === NO_PATTERNS) out = [];
        out.push(p);
      }
    return out;
  }

  private readonly memo = new Map<string, Pattern[]>();
  /** `lookup` of every key itself (the only words whose candidates are not their prefix's). */
  private readonly ofKey = new Map<string, Pattern[]>();
  /** `lookup` of a word that is no key, by its first three ASCII code units packed in a number. */
  private readonly ofPrefix = new Map<number, Pattern[]>();

  /**
   * Patterns whose first element may match token `w`. A word that is no key gets the patterns of
   * its first three characters: looked up by a number packed from their codes, no string is
   * sliced or hashed per token. Non-ASCII starts go through a memo per folded form.
   */
  private candidates(w: string): Pattern[] {
    const own = this.ofKey.get(w);
    if (own) return own;
    const n = Math.min(w.length, 3);
    let packed = n << 21;
    for (let k = 0; k < n; k++) {
      const c = w.charCodeAt(k);
      if (c >= 128) return this.memoised(w);
      packed |= c << (7 * k);
    }
    let out = this.ofPrefix.get(packed);
    if (!out) {
      // w is no key, so its candidates are those of its first three characters alone.
      out = this.lookup(w);
      this.ofPrefix.set(packed, out);
    }
    return out;
  }

  private memoised(w: string): Pattern[] {
    const hit = this.memo.get(w);
    if (hit) return hit;
    const out = this.lookup(w);
    if (this.memo.size >= 50_000) this.memo.clear();
    this.memo.set(w, out);
    return out;
  }

  private lookup(w: string): Pattern[] {
    return lookupIn(this.byKey, w);
  }

  private readonly starting = new Map<string, Pattern[]>();

  /** Patterns whose first element matches word `w` itself (not merely its first characters). */
  startingAt(w: string): Pattern[] {
    let out = NO_PATTERNS;
    for (const p of this.candidates(w))
      if (startsOn(p, w)) {
        if (out === NO_PATTERNS) out = [];
        out.push(p);
      }
    return out;
  }

  /** `startingAt`, memoised per folded form (the events stage memoises it with its word facts). */
  private startingMemo(w: string): Pattern[] {
    const candidates = this.candidates(w);
    // Most words have no candidate at all: no memo look-up for them.
    if (candidates.length === 0) return candidates;
    let out = this.starting.get(w);
    if (out === undefined) {
      out = this.startingAt(w);
      if (this.starting.size >= 50_000) this.starting.clear();
      this.starting.set(w, out);
    }
    return out;
  }

  /**
   * Every match in tokens [first, last) of one sentence (overlapping; see `select`). `words` may
   * give each token's `startingAt` and `anchoredAt` (words.ts), looked up once per document.
   */
  matchSentence(doc: Doc, first: number, last: number, words?: SentenceWords): TriggerMatch[] {
    const { norm, kind, start } = doc.tokens;
    const text = doc.text;
    const out: TriggerMatch[] = [];
    let serial = 0;
    if (words) {
      // Stamp the patterns whose anchor the sentence holds: the others cannot match in it.
      serial = this.serial = this.serial === 0x7fffffff ? 1 : this.serial + 1;
      if (serial === 1) this.stamps.fill(0);
      for (let i = first; i < last; i++)
        if (words.flags[i]! & WORD_ANCHORS)
          for (const p of words.table[words.ids[i]!]!.anchors) this.stamps[p.id] = serial;
    }
    for (let i = first; i < last; i++) {
      let candidates: Pattern[];
      if (words) {
        if (!(words.flags[i]! & WORD_STARTS)) continue;
        candidates = words.table[words.ids[i]!]!.patterns;
      } else candidates = this.startingMemo(norm[i]!);
      if (candidates.length === 0) continue;
      // A capitalised word inside a sentence is a name (« M. Aidelot » is no « aide »).
      if (i > first && kind[i - 1] !== TokenKind.Quote && capitalised(text, start[i]!)) continue;
      for (const p of candidates) {
        if (serial !== 0 && p.anchor !== 0 && this.stamps[p.id] !== serial) continue;
        if (p.notAfter && i > first && p.notAfter.has(norm[i - 1]!)) continue;
        // The first element matched (`startingAt`): match the rest from the next token.
        const end = runFrom(p, 1, i + 1, last, norm, kind);
        if (end < 0) continue;
        if (blockedAfter(p, end, last, norm, kind)) continue;
        out.push({ pattern: p, first: i, last: end });
      }
    }
    return out;
  }

  /**
   * Reference for tests: every pattern tried at every token, without the index (same guards), so
   * `matchSentence` must find the same matches (in another order).
   */
  scanSentence(doc: Doc, first: number, last: number): TriggerMatch[] {
    const { norm, kind, start } = doc.tokens;
    const out: TriggerMatch[] = [];
    for (let i = first; i < last; i++) {
      const c = doc.text[start[i]!] ?? '';
      if (i > first && kind[i - 1] !== TokenKind.Quote && c !== c.toLowerCase()) continue;
      for (const p of this.patterns) {
        if (p.notAfter && i > first && p.notAfter.has(norm[i - 1]!)) continue;
        const end = runFrom(p, 0, i, last, norm, kind);
        if (end < 0) continue;
        if (blockedAfter(p, end, last, norm, kind)) continue;
        out.push({ pattern: p, first: i, last: end });
      }
    }
    return out;
  }
}

const NO_PATTERNS: Pattern[] = [];

/** Whether the token after a match is one the pattern must not stand before (« # »: any number). */
function blockedAfter(
  p: Pattern,
  end: number,
  last: number,
  norm: readonly string[],
  kind: ArrayLike<number>,
): boolean {
  return (
    p.notBefore !== null &&
    end < last &&
    (p.notBefore.has(norm[end]!) || (kind[end] === TokenKind.Number && p.notBefore.has('#')))
  );
}

/** Whether the character at `offset` changes in lower case (ASCII: A-Z only, without a string). */
function capitalised(text: string, offset: number): boolean {
  const code = text.charCodeAt(offset);
  if (code < 128) return code >= 65 && code <= 90;
  const c = text[offset] ?? '';
  return c !== c.toLowerCase();
}

/** Bits of `SentenceWords.flags`: some pattern starts on the token's word, is anchored on it. */
export const WORD_STARTS = 1;
export const WORD_ANCHORS = 2;

/** Per-token facts `matchSentence` can use (words.ts builds them once per document). */
export interface SentenceWords {
  /** Word records by id (`ids`). */
  readonly table: readonly { readonly patterns: Pattern[]; readonly anchors: Pattern[] }[];
  /** Per token: its word's id in `table`. */
  readonly ids: Int32Array;
  /** Per token: WORD_STARTS where `patterns` is not empty, WORD_ANCHORS where `anchors` is not. */
  readonly flags: Uint8Array;
}

/**
 * End of the longest match of `p`'s elements from `e` on at token `i` (before `last`), or -1.
 * Gaps skip words, numbers, elisions and quotation marks (« une "explication" »), never punctuation.
 */
function runFrom(
  p: Pattern,
  e: number,
  i: number,
  last: number,
  norm: readonly string[],
  kind: ArrayLike<number>,
): number {
  if (e === p.elems.length) return i;
  const el = p.elems[e]!;
  if (el.gap) {
    // Longest overall match: try the shortest gap first, keep the best end.
    let best = -1;
    for (let g = 0; g <= el.max; g++) {
      const j = i + g;
      if (j >= last) break;
      if (g > 0 && kind[j - 1] === TokenKind.Punct) break;
      const r = runFrom(p, e + 1, j, last, norm, kind);
      if (r > best) best = r;
    }
    return best;
  }
  if (i >= last || !test(el.alts, norm[i]!)) return -1;
  return runFrom(p, e + 1, i + 1, last, norm, kind);
}

/**
 * Non-overlapping matches: the earlier one first (« appel au retrait des troupes » is an appeal,
 * « exige la libération des otages » a demand), then the longer, then the more specific code.
 */
export function select(matches: readonly TriggerMatch[]): TriggerMatch[] {
  // Most sentences have no match, some one: nothing to sort.
  if (matches.length <= 1) return matches.slice();
  const sorted = [...matches].sort(
    (a, b) =>
      a.first - b.first ||
      b.last - b.first - (a.last - a.first) ||
      b.pattern.code.length - a.pattern.code.length,
  );
  // In start order, a match overlaps an earlier kept one iff it starts before the furthest end.
  const taken: TriggerMatch[] = [];
  let end = -1;
  for (const m of sorted)
    if (m.first >= end) {
      taken.push(m);
      end = m.last;
    }
  return taken;
}

/** Code lists of several pattern files concatenated (the broad lexicon adds to the main one). */
export function mergeCodes(...files: Record<string, string[]>[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const codes of files)
    for (const [code, list] of Object.entries(codes)) (out[code] ??= []).push(...list);
  return out;
}

export const PATTERNS = new PatternSet(mergeCodes(patternData.codes, broadData.codes));
