// Date expressions found over the folded tokens of one sentence. Each match keeps what the text
// says (day, month, year, offsets from « now ») so that resolving against an anchor is a separate,
// pure step (see resolve.ts).
import lexicon from '../../data/fr/dates.json' with { type: 'json' };
import { type Doc, TokenKind } from '../doc.js';
import { WordFilter } from '../text/word-filter.js';

/** A look-up table without a prototype: « constructor » or « __proto__ » in a text is no key. */
function dict<T>(o: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, o);
}

export type Unit = 'day' | 'week' | 'month' | 'year';

export type DateExpr =
  /** An explicit calendar date; missing parts come from the anchor. */
  | { kind: 'calendar'; y: number | null; m: number | null; d: number | null }
  /** A weekday: the nearest one before (past) or after (future) the anchor. */
  | { kind: 'weekday'; dow: number; dir: 'auto' | 'past' | 'next' }
  /** An offset from the anchor in some unit: « hier » (-1 day), « la semaine prochaine » (+1 week). */
  | { kind: 'offset'; unit: Unit; n: number };

export interface DateMatch {
  /** Token range [first, last). */
  first: number;
  last: number;
  expr: DateExpr;
}

const MONTHS: Record<string, number> = dict(lexicon.months);
const MONTH_ABBR: Record<string, number> = dict(lexicon.monthAbbreviations);
const WEEKDAYS: Record<string, number> = dict(lexicon.weekdays);
const PARTS_OF_DAY = new Set(lexicon.partsOfDay);
const NUMBER_WORDS: Record<string, number | null> = dict(lexicon.numberWords);
const DEICTIC: Record<string, number> = dict(lexicon.deictic);
const PAST = new Set(lexicon.past);
const NEXT = new Set(lexicon.next);
const YEAR_PREPS = new Set(lexicon.yearPrepositions);
const MONTH_PREPS = new Set(lexicon.monthPrepositions);
const UNITS: Record<string, Unit> = dict({
  jour: 'day',
  jours: 'day',
  semaine: 'week',
  semaines: 'week',
  mois: 'month',
  an: 'year',
  ans: 'year',
  annee: 'year',
  annees: 'year',
});

class View {
  constructor(
    readonly doc: Doc,
    readonly first: number,
    readonly last: number,
    readonly flags: Int32Array,
  ) {}
  /** Folded form without a final abbreviation dot; '' outside the sentence. */
  n(i: number): string {
    if (i < this.first || i >= this.last) return '';
    const s = this.doc.tokens.norm[i]!;
    return s.endsWith('.') && s.length > 1 ? s.slice(0, -1) : s;
  }
  /** The date-word flags of n(i) (see DATE_WORDS); 0 outside the sentence, as '' is in no list. */
  f(i: number): number {
    return i < this.first || i >= this.last ? 0 : this.flags[i]!;
  }
  kind(i: number): number {
    return this.doc.tokens.kind[i] ?? 0;
  }
  /** Whether tokens i-1 and i are separated by spaces only (not by a dash or a line break). */
  joined(i: number): boolean {
    const t = this.doc.tokens;
    const gap = this.doc.text.slice(t.end[i - 1]!, t.start[i]!);
    return /^[ \u00a0\u202f\t]+$/.test(gap);
  }
  // The token kind is tested before any regular expression: most tokens are words.
  day(i: number): number | null {
    if (this.kind(i) !== TokenKind.Number) return null;
    const m = /^(\d{1,2})(?:er|re)?$/.exec(this.n(i));
    const d = m ? Number(m[1]) : 0;
    return d >= 1 && d <= 31 ? d : null;
  }
  year(i: number): number | null {
    if (this.kind(i) !== TokenKind.Number) return null;
    const s = this.n(i);
    if (!/^\d{4}$/.test(s)) return null;
    const y = Number(s);
    return y >= 1800 && y <= 2100 ? y : null;
  }
  month(i: number, abbreviated: boolean): number | null {
    const f = this.f(i);
    if ((f & (W_MONTH | W_MONTH_ABBR)) === 0) return null;
    const s = this.n(i);
    return MONTHS[s] ?? (abbreviated ? (MONTH_ABBR[s] ?? null) : null);
  }
  count(i: number): number | null {
    const s = this.n(i);
    if (/^\d{1,3}$/.test(s)) return Number(s);
    return this.f(i) & W_NUMBER_WORD ? (NUMBER_WORDS[s] ?? null) : null;
  }
}

/** Day [month [year]] at i: « 11 novembre », « 30 sept », « 1er mai 2021 ». */
function dayMonth(v: View, i: number): { last: number; y: number | null; m: number; d: number } | null {
  const d = v.day(i);
  if (d === null) return null;
  const m = v.month(i + 1, true);
  if (m === null || !v.joined(i + 1)) return null;
  const y = v.joined(i + 2) ? v.year(i + 2) : null;
  return { last: y === null ? i + 2 : i + 3, y, m, d };
}

// The words a date expression can start with (every branch of matchAt below tests its first word
// against one of these, a number or « mi-… »): one Set look-up rules out most tokens at once.
const STARTS = new Set([
  ...Object.keys(DEICTIC),
  ...Object.keys(WEEKDAYS),
  ...Object.keys(MONTHS),
  ...MONTH_PREPS,
  ...YEAR_PREPS,
  ...['ce', 'cet', 'cette', 'il', 'dans', 'le', 'la', "l'", 'plus'],
]);
const UNIT_DETERMINERS = new Set(['ce', 'cet', 'cette', 'la', 'le', "l'"]);
/** « mi-… » without a regular expression: m, i, hyphen. */
const isMi = (w: string) => w.charCodeAt(0) === 109 && w.charCodeAt(1) === 105 && w.charCodeAt(2) === 45;

// Every list above as one flag per token (one look-up of the token's form, dot stripped, instead
// of one per list and neighbour): a flag is set exactly when the form is a key of its list.
const DATE_WORDS = new Map<string, number>();
const DATE_WORD_FILTER = new WordFilter();
let nextBit = 0;
const wordFlag = (keys: Iterable<string>): number => {
  const bit = 1 << nextBit++;
  for (const k of keys) {
    DATE_WORDS.set(k, (DATE_WORDS.get(k) ?? 0) | bit);
    DATE_WORD_FILTER.add(k);
  }
  return bit;
};
const W_START = wordFlag(STARTS);
const W_DEICTIC = wordFlag(Object.keys(DEICTIC));
const W_WEEKDAY = wordFlag(Object.keys(WEEKDAYS));
const W_MONTH = wordFlag(Object.keys(MONTHS));
const W_MONTH_ABBR = wordFlag(Object.keys(MONTH_ABBR));
const W_PART_OF_DAY = wordFlag(PARTS_OF_DAY);
const W_NUMBER_WORD = wordFlag(Object.keys(NUMBER_WORDS));
const W_PAST = wordFlag(PAST);
const W_NEXT = wordFlag(NEXT);
const W_YEAR_PREP = wordFlag(YEAR_PREPS);
const W_MONTH_PREP = wordFlag(MONTH_PREPS);
const W_UNIT = wordFlag(Object.keys(UNITS));

/** DATE_WORDS flags of each token's form without a final abbreviation dot (as View.n). */
export function dateWordFlags(doc: Doc): Int32Array {
  const norm = doc.tokens.norm;
  const out = new Int32Array(norm.length);
  for (let i = 0; i < norm.length; i++) {
    const s = norm[i]!;
    const c = s.charCodeAt(0);
    // Every listed word starts with a-z (pinned by a test).
    if (c < 97 || c > 122) continue;
    const w = s.endsWith('.') && s.length > 1 ? s.slice(0, -1) : s;
    if (DATE_WORD_FILTER.mayHave(w)) out[i] = DATE_WORDS.get(w) ?? 0;
  }
  return out;
}
/** For the test: every listed word. */
export const dateWordKeys = (): string[] => [...DATE_WORDS.keys()];

function matchAt(v: View, i: number): DateMatch | null {
  const f0 = v.f(i);
  if ((f0 & W_START) === 0) {
    // The other starts: a number, « mi-… ».
    const c = v.doc.tokens.norm[i]!.charCodeAt(0);
    if (!(c >= 48 && c <= 57) && !(c === 109 && i >= v.first && i < v.last && isMi(v.n(i)))) return null;
  }
  const w = v.n(i);
  if (!w) return null;

  // hier, aujourd'hui, demain (+ soir/matin)
  // « les industries de demain » is no date.
  if (f0 & W_DEICTIC && !(w === 'demain' && (v.n(i - 1) === 'de' || v.n(i - 1) === "d'"))) {
    const last = v.f(i + 1) & W_PART_OF_DAY ? i + 2 : i + 1;
    return { first: i, last, expr: { kind: 'offset', unit: 'day', n: DEICTIC[w]! } };
  }
  // ce matin, ce soir, cet après-midi, cette nuit
  if ((w === 'ce' || w === 'cet' || w === 'cette') && v.f(i + 1) & W_PART_OF_DAY && v.n(i + 1) !== 'midi')
    return { first: i, last: i + 2, expr: { kind: 'offset', unit: 'day', n: 0 } };

  // il y a trois jours · dans deux semaines
  if (w === 'il' && v.n(i + 1) === 'y' && v.n(i + 2) === 'a') {
    const n = v.count(i + 3);
    const unit = v.f(i + 4) & W_UNIT ? UNITS[v.n(i + 4)] : undefined;
    if (n !== null && unit) return { first: i, last: i + 5, expr: { kind: 'offset', unit, n: -n } };
  }
  if (w === 'dans') {
    const n = v.count(i + 1);
    const unit = v.f(i + 2) & W_UNIT ? UNITS[v.n(i + 2)] : undefined;
    if (n !== null && unit) return { first: i, last: i + 3, expr: { kind: 'offset', unit, n } };
  }

  // [ce|le] jeudi [31 août [2023]] [dernier|prochain] [soir]
  {
    const det = w === 'ce' || w === 'le' ? 1 : 0;
    const dow = v.f(i + det) & W_WEEKDAY ? WEEKDAYS[v.n(i + det)] : undefined;
    if (dow !== undefined && (det === 0 || v.kind(i) === TokenKind.Word)) {
      const j = i + det;
      const dm = dayMonth(v, j + 1);
      if (dm) return { first: i, last: dm.last, expr: { kind: 'calendar', y: dm.y, m: dm.m, d: dm.d } };
      let last = j + 1;
      let dir: 'auto' | 'past' | 'next' = 'auto';
      if (v.f(last) & W_PAST) {
        dir = 'past';
        last++;
      } else if (v.f(last) & W_NEXT) {
        dir = 'next';
        last++;
      }
      if (v.f(last) & W_PART_OF_DAY) last++;
      return { first: i, last, expr: { kind: 'weekday', dow, dir } };
    }
  }

  // le 11 novembre [2021] · 30 sept
  {
    const det = w === 'le' ? 1 : 0;
    const dm = dayMonth(v, i + det);
    if (dm) return { first: i, last: dm.last, expr: { kind: 'calendar', y: dm.y, m: dm.m, d: dm.d } };
  }

  // [en|début|fin|mi-] mars [2021] · novembre 2021
  {
    const mi = isMi(w) ? /^mi-(.+)$/.exec(w) : null;
    const prep = f0 & W_MONTH_PREP ? 1 : 0;
    const m = mi ? (MONTHS[mi[1]!] ?? null) : v.month(i + prep, false);
    const mIdx = mi ? i : i + prep;
    if (m !== null && (mi || prep || v.year(mIdx + 1) !== null)) {
      // « en mai dernier »
      const y = v.year(mIdx + 1);
      if (y !== null) return { first: i, last: mIdx + 2, expr: { kind: 'calendar', y, m, d: null } };
      if (mi || prep) return { first: i, last: mIdx + 1, expr: { kind: 'calendar', y: null, m, d: null } };
    }
  }

  // depuis 2013 · en 2015 · fin 2019 · mi-2020
  {
    const mi = isMi(w) ? /^mi-(\d{4})$/.exec(w) : null;
    if (mi) {
      const y = Number(mi[1]);
      if (y >= 1800 && y <= 2100)
        return { first: i, last: i + 1, expr: { kind: 'calendar', y, m: null, d: null } };
    }
    if (f0 & W_YEAR_PREP || (w === "l'" && v.n(i + 1) === 'an')) {
      const k = w === "l'" ? i + 2 : i + 1;
      const y = v.year(k);
      // « en 2015 » but not « en 2000 exemplaires »: a year is not followed by a plural noun.
      const after = v.n(k + 1);
      if (y !== null && !(after.length > 3 && after.endsWith('s') && v.kind(k + 1) === TokenKind.Word))
        return { first: i, last: k + 1, expr: { kind: 'calendar', y, m: null, d: null } };
    }
  }

  // cette semaine · la semaine dernière · le mois prochain · l'an dernier · cette année
  {
    const plusTot = w === 'plus' && (v.n(i + 1) === 'tot' || v.n(i + 1) === 'tard') ? 2 : 0;
    const j = i + plusTot;
    const det = v.n(j);
    const unit = v.f(j + 1) & W_UNIT ? UNITS[v.n(j + 1)] : undefined;
    if (
      unit &&
      unit !== 'day' &&
      !/^(jours|semaines|ans|annees)$/.test(v.n(j + 1)) &&
      UNIT_DETERMINERS.has(det)
    ) {
      if (det === 'ce' || det === 'cet' || det === 'cette') {
        const ci = v.n(j + 2) === '-ci' ? j + 3 : j + 2;
        return { first: i, last: ci, expr: { kind: 'offset', unit, n: 0 } };
      }
      const mod = v.f(j + 2);
      if (mod & W_PAST) return { first: i, last: j + 3, expr: { kind: 'offset', unit, n: -1 } };
      if (mod & W_NEXT) return { first: i, last: j + 3, expr: { kind: 'offset', unit, n: 1 } };
    }
    // « ce mois-ci », « cette année-là » come as one hyphenated word.
    const hy = det === 'ce' || det === 'cette' ? /^(mois|semaine|annee)-ci$/.exec(v.n(j + 1)) : null;
    if (hy) return { first: i, last: j + 2, expr: { kind: 'offset', unit: UNITS[hy[1]!]!, n: 0 } };
  }
  return null;
}

/** Every date expression of the sentence spanning tokens [first, last), longest first, no overlap. */
export function recognize(
  doc: Doc,
  first: number,
  last: number,
  flags: Int32Array = dateWordFlags(doc),
): DateMatch[] {
  const v = new View(doc, first, last, flags);
  const out: DateMatch[] = [];
  for (let i = first; i < last; ) {
    const m = matchAt(v, i);
    if (m) {
      out.push(m);
      i = m.last;
    } else i++;
  }
  return out;
}
