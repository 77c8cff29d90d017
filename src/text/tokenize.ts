// French news tokenizer: one left-to-right scan with sticky regular expressions, each tried in a
// fixed order at the current position. Every token is a [start, end) span of the untouched text.
import abbreviationData from '../../data/fr/abbreviations.json' with { type: 'json' };
import { TokenKind } from '../doc.js';
import { fold } from './normalize.js';

export interface RawTokens {
  length: number;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
}

const ABBREVIATIONS = new Set(abbreviationData.abbreviations);
const L = '\\p{L}\\p{M}';
export const SPACE = /[\s\u00a0\u202f\u2007\u2009\u200b\ufeff]+/uy;
// The e-mail local part is bounded (64, its RFC 5321 limit): unbounded, every token of « a.b.c.… »
// rescanned to the end of the run looking for an @, which is quadratic.
export const URL = /(?:https?:\/\/|www\.)[^\s«»“”"<>]+|[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+/uy;
// 1 000 / 1 000 000 with plain, no-break or narrow no-break spaces; 3,5; 12.5; ordinals 1er 2e XXIe.
const NUMBER =
  /(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,]\d+)*(?:(?:er|re|ère|ers|res|e|es|ème|èmes|nd|nde|nds|ndes)(?![\p{L}\p{N}]))?/uy;
// Numeric dates stay one token: 12/03/2021, 12.03.21, 2021-11-11.
const DATE = /(?:\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})(?![\p{L}\p{N}])/uy;
// Words kept whole although they contain an apostrophe.
export const APOSTROPHE_WORD =
  /(?:aujourd|prud|presqu|quelqu)['’](?:hui|hom\p{L}*|île|îles|un|une|uns|unes)(?![\p{L}])/iuy;
// Elision only before a vowel or h: « N’Djamena », « N’Golo » keep their apostrophe.
export const ELISION = /(?:jusqu|lorsqu|puisqu|quoiqu|qu|[ldnsjmtc])['’](?=[aeiouyhàâäéèêëîïôöûùüœæ])/iuy;
// Dotted acronyms and initials: U.S.A. / O.N.U. / J.-C. / J.
export const ACRONYM = /(?:\p{Lu}\.-?){2,}|\p{Lu}\.(?=[ \u00a0\u202f]?-?\p{Lu})/uy;
export const WORD = new RegExp(
  `[${L}][${L}\\p{N}]*(?:['’·][${L}][${L}\\p{N}]*)*(?:[-‐‑][${L}\\p{N}]+(?:['’][${L}][${L}\\p{N}]*)*)*`,
  'uy',
);
const ALNUM = /\p{N}+[\p{L}\p{N}]*/uy;
// Inverted subject clitics split off the verb: a-t-il, ajoute-t-elle, dit-il, déclare-t-on, est-ce.
const CLITIC_TAIL = /-(?:t-)?(?:il|elle|on|ils|elles|je|ce)$/iu;
const QUOTE_CHARS = '«»“”„‟"‹›‘‚’\'';
const ELLIPSIS = /\.{2,}|…|[?!]+/uy;
const DASH = /[-‐‑‒–—]+/uy;

/** One growing scratch table, reused by every call (tokenize is synchronous and copies its result). */
class Builder {
  length = 0;
  start = new Int32Array(4096);
  end = new Int32Array(4096);
  kind = new Uint8Array(4096);
  push(s: number, e: number, k: number): void {
    if (this.length === this.start.length) {
      const n = this.length * 2;
      const grow = <T extends Int32Array | Uint8Array>(a: T, b: T): T => {
        b.set(a);
        return b;
      };
      this.start = grow(this.start, new Int32Array(n));
      this.end = grow(this.end, new Int32Array(n));
      this.kind = grow(this.kind, new Uint8Array(n));
    }
    this.start[this.length] = s;
    this.end[this.length] = e;
    this.kind[this.length] = k;
    this.length++;
  }
}

export function at(re: RegExp, text: string, pos: number): number {
  re.lastIndex = pos;
  return re.test(text) ? re.lastIndex : -1;
}

/** The characters JavaScript's \s matches (WhiteSpace and LineTerminator), by code. */
export function isWhiteSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The characters SPACE matches, by code: \s and U+200B. */
export function isSpaceCode(c: number): boolean {
  return isWhiteSpaceCode(c) || c === 0x200b;
}

// WORD without running it on plain words: below U+2100, each code unit's class in WORD (1: a
// letter or mark, which may start a word; 2: a digit, which may only continue one), from the
// regex's own classes.
const WORD_CLASS_LIMIT = 0x2100;
const WORD_CLASS = new Uint8Array(WORD_CLASS_LIMIT);
for (let c = 0; c < WORD_CLASS_LIMIT; c++) {
  const ch = String.fromCharCode(c);
  WORD_CLASS[c] = /[\p{L}\p{M}]/u.test(ch) ? 1 : /\p{N}/u.test(ch) ? 2 : 0;
}

/**
 * End of WORD's match at pos: a run of letters, marks and digits ended by a character that can
 * neither continue it nor join a next part (' ’ · - ‐ ‑) ends where the regex would. Anything
 * else (a joiner, a character from U+2100 on) goes to the regex.
 */
export function wordEnd(text: string, pos: number): number {
  const n = text.length;
  const c0 = text.charCodeAt(pos);
  if (c0 >= WORD_CLASS_LIMIT || WORD_CLASS[c0] !== 1) return at(WORD, text, pos);
  let i = pos + 1;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= WORD_CLASS_LIMIT) return at(WORD, text, pos);
    if (WORD_CLASS[c] !== 0) continue;
    if (c === 0x27 || c === 0x2d || c === 0xb7 || c === 0x2019 || c === 0x2010 || c === 0x2011)
      return at(WORD, text, pos);
    break;
  }
  return i;
}

/**
 * Pushes a word: a listed abbreviation takes its dot; a hyphenated verb + inverted clitic
 * (« a-t-il ») becomes two tokens; other words stay whole. Returns where the scan goes on.
 */
function pushWord(b: Builder, text: string, s: number, e: number): number {
  // The word is sliced only when an abbreviation's dot or a hyphen needs it.
  if (e < text.length && text.charCodeAt(e) === 0x2e && ABBREVIATIONS.has(text.slice(s, e + 1))) {
    b.push(s, e + 1, TokenKind.Abbrev);
    return e + 1;
  }
  let hyphen = false;
  for (let k = s + 1; k < e; k++)
    if (text.charCodeAt(k) === 0x2d) {
      hyphen = true;
      break;
    }
  const m = hyphen ? CLITIC_TAIL.exec(text.slice(s, e)) : null;
  if (m && m.index > 0) {
    b.push(s, s + m.index, TokenKind.Word);
    b.push(s + m.index, e, TokenKind.Clitic);
    return e;
  }
  b.push(s, e, TokenKind.Word);
  return e;
}

// Which patterns can match at all, from the first character, before running them: most tokens
// are plain words, and each sticky regex tried costs a call. Exact: each test is implied by the
// pattern's own first element.
// Then where the pattern needs its apostrophe or dot: every letter of these prefixes is one UTF-16
// unit, even under /iu (« ſ » folds to s), so the apostrophe sits at a fixed distance.
const isApostrophe = (code: number) => code === 0x27 || code === 0x2019;
/** Necessary for APOSTROPHE_WORD at pos: aujourd’ prud’ presqu’ quelqu’. */
export function mayApostropheWord(text: string, pos: number): boolean {
  return (
    'aApPqQ'.includes(text[pos]!) &&
    (isApostrophe(text.charCodeAt(pos + 4)) ||
      isApostrophe(text.charCodeAt(pos + 6)) ||
      isApostrophe(text.charCodeAt(pos + 7)))
  );
}
/** Necessary for ELISION at pos: l’ qu’ jusqu’ lorsqu’ puisqu’ quoiqu’. */
export function mayElide(text: string, pos: number): boolean {
  return (
    // « ſ » (long s) case-folds to s under the /iu flags.
    'ldnsjmtcpqLDNSJMTCPQſ'.includes(text[pos]!) &&
    (isApostrophe(text.charCodeAt(pos + 1)) ||
      isApostrophe(text.charCodeAt(pos + 2)) ||
      isApostrophe(text.charCodeAt(pos + 5)) ||
      isApostrophe(text.charCodeAt(pos + 6)))
  );
}
/** Necessary for ACRONYM at pos: a capital (one or two units) and a dot. */
export function mayAcronym(text: string, pos: number): boolean {
  const c = text[pos]!;
  return !(c >= 'a' && c <= 'z') && (text.charCodeAt(pos + 1) === 0x2e || text.charCodeAt(pos + 2) === 0x2e);
}
/** Necessary for URL at pos: http(s):// or www. there, or an @ within its local part's reach. */
export function mayUrlAt(text: string, pos: number, nextAt: number): boolean {
  const c = text.charCodeAt(pos);
  return (
    (c === 0x68 && text.startsWith('http', pos)) ||
    (c === 0x77 && text.startsWith('www.', pos)) ||
    (nextAt > pos && nextAt - pos <= 64)
  );
}

const SCRATCH = new Builder();

export function tokenize(text: string): RawTokens {
  const b = SCRATCH;
  b.length = 0;
  let pos = 0;
  const n = text.length;
  // The next « @ » at or after pos: an address needs one within 65 characters.
  let nextAt = text.indexOf('@');
  while (pos < n) {
    // SPACE, by character codes.
    let e = pos;
    while (e < n && isSpaceCode(text.charCodeAt(e))) e++;
    if (e > pos) {
      pos = e;
      continue;
    }
    const c = text[pos]!;
    if (nextAt >= 0 && nextAt < pos) nextAt = text.indexOf('@', pos);
    if (mayUrlAt(text, pos, nextAt) && (e = at(URL, text, pos)) > 0) {
      // A URL or address does not keep the sentence's final punctuation.
      while (e > pos + 1 && /[.,;:!?)\]]/.test(text[e - 1]!)) e--;
      b.push(pos, e, TokenKind.Url);
    } else if (c >= '0' && c <= '9' && (e = at(DATE, text, pos)) > 0) {
      b.push(pos, e, TokenKind.Number);
    } else if (c >= '0' && c <= '9') {
      e = at(NUMBER, text, pos);
      const e2 = at(ALNUM, text, pos);
      if (e2 > e) b.push(pos, e2, TokenKind.Word);
      else b.push(pos, e, TokenKind.Number);
      e = Math.max(e, e2);
    } else if (mayApostropheWord(text, pos) && (e = at(APOSTROPHE_WORD, text, pos)) > 0) {
      b.push(pos, e, TokenKind.Word);
    } else if (mayElide(text, pos) && (e = at(ELISION, text, pos)) > 0) {
      b.push(pos, e, TokenKind.Elision);
    } else if (mayAcronym(text, pos) && (e = at(ACRONYM, text, pos)) > 0) {
      b.push(pos, e, TokenKind.Abbrev);
    } else if ((e = wordEnd(text, pos)) > 0) {
      e = pushWord(b, text, pos, e);
    } else if (QUOTE_CHARS.includes(c)) {
      e = pos + 1;
      b.push(pos, e, TokenKind.Quote);
    } else if ((e = at(ELLIPSIS, text, pos)) > 0) {
      b.push(pos, e, TokenKind.Punct);
    } else if ((e = at(DASH, text, pos)) > 0) {
      b.push(pos, e, TokenKind.Punct);
    } else {
      const cp = text.codePointAt(pos)!;
      e = pos + (cp > 0xffff ? 2 : 1);
      b.push(pos, e, /[\p{P}]/u.test(c) ? TokenKind.Punct : TokenKind.Symbol);
    }
    pos = e;
  }
  return {
    length: b.length,
    start: b.start.slice(0, b.length),
    end: b.end.slice(0, b.length),
    kind: b.kind.slice(0, b.length),
  };
}

/** Matching forms of the tokens (see `fold`). */
export function norms(text: string, t: RawTokens): string[] {
  const out = new Array<string>(t.length);
  for (let i = 0; i < t.length; i++) out[i] = fold(text.slice(t.start[i], t.end[i]));
  return out;
}
