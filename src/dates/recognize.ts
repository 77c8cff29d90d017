// Date expressions found over the folded tokens of one sentence. Each match keeps what the text
// says (day, month, year, offsets from « now ») so that resolving against an anchor is a separate,
// pure step (see resolve.ts).
import lexicon from '../../data/fr/dates.json' with { type: 'json' };
import { type Doc, TokenKind } from '../doc.js';

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
const MONTH_PREPS = new Set([
  'en',
  'debut',
  'fin',
  'mi',
  'courant',
  'depuis',
  'des',
  "jusqu'en",
  'fin-',
  "d'ici",
]);
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
  ) {}
  /** Folded form without a final abbreviation dot; '' outside the sentence. */
  n(i: number): string {
    if (i < this.first || i >= this.last) return '';
    const s = this.doc.tokens.norm[i]!;
    return s.endsWith('.') && s.length > 1 ? s.slice(0, -1) : s;
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
    const s = this.n(i);
    return MONTHS[s] ?? (abbreviated ? (MONTH_ABBR[s] ?? null) : null);
  }
  count(i: number): number | null {
    const s = this.n(i);
    if (/^\d{1,3}$/.test(s)) return Number(s);
    return NUMBER_WORDS[s] ?? null;
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
const mayStartDate = (w: string) =>
  STARTS.has(w) || (w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57) || w.startsWith('mi-');

function matchAt(v: View, i: number): DateMatch | null {
  const w = v.n(i);
  if (!w || !mayStartDate(w)) return null;

  // hier, aujourd'hui, demain (+ soir/matin)
  // « les industries de demain » is no date.
  if (w in DEICTIC && !(w === 'demain' && (v.n(i - 1) === 'de' || v.n(i - 1) === "d'"))) {
    const last = PARTS_OF_DAY.has(v.n(i + 1)) ? i + 2 : i + 1;
    return { first: i, last, expr: { kind: 'offset', unit: 'day', n: DEICTIC[w]! } };
  }
  // ce matin, ce soir, cet après-midi, cette nuit
  if ((w === 'ce' || w === 'cet' || w === 'cette') && PARTS_OF_DAY.has(v.n(i + 1)) && v.n(i + 1) !== 'midi')
    return { first: i, last: i + 2, expr: { kind: 'offset', unit: 'day', n: 0 } };

  // il y a trois jours · dans deux semaines
  if (w === 'il' && v.n(i + 1) === 'y' && v.n(i + 2) === 'a') {
    const n = v.count(i + 3);
    const unit = UNITS[v.n(i + 4)];
    if (n !== null && unit) return { first: i, last: i + 5, expr: { kind: 'offset', unit, n: -n } };
  }
  if (w === 'dans') {
    const n = v.count(i + 1);
    const unit = UNITS[v.n(i + 2)];
    if (n !== null && unit) return { first: i, last: i + 3, expr: { kind: 'offset', unit, n } };
  }

  // [ce|le] jeudi [31 août [2023]] [dernier|prochain] [soir]
  {
    const det = w === 'ce' || w === 'le' ? 1 : 0;
    const dow = WEEKDAYS[v.n(i + det)];
    if (dow !== undefined && (det === 0 || v.kind(i) === TokenKind.Word)) {
      const j = i + det;
      const dm = dayMonth(v, j + 1);
      if (dm) return { first: i, last: dm.last, expr: { kind: 'calendar', y: dm.y, m: dm.m, d: dm.d } };
      let last = j + 1;
      let dir: 'auto' | 'past' | 'next' = 'auto';
      if (PAST.has(v.n(last))) {
        dir = 'past';
        last++;
      } else if (NEXT.has(v.n(last))) {
        dir = 'next';
        last++;
      }
      if (PARTS_OF_DAY.has(v.n(last))) last++;
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
    const prep = MONTH_PREPS.has(w) ? 1 : 0;
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
    if (YEAR_PREPS.has(w) || (w === "l'" && v.n(i + 1) === 'an')) {
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
    const unit = UNITS[v.n(j + 1)];
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
      const mod = v.n(j + 2);
      if (PAST.has(mod)) return { first: i, last: j + 3, expr: { kind: 'offset', unit, n: -1 } };
      if (NEXT.has(mod)) return { first: i, last: j + 3, expr: { kind: 'offset', unit, n: 1 } };
    }
    // « ce mois-ci », « cette année-là » come as one hyphenated word.
    const hy = det === 'ce' || det === 'cette' ? /^(mois|semaine|annee)-ci$/.exec(v.n(j + 1)) : null;
    if (hy) return { first: i, last: j + 2, expr: { kind: 'offset', unit: UNITS[hy[1]!]!, n: 0 } };
  }
  return null;
}

/** Every date expression of the sentence spanning tokens [first, last), longest first, no overlap. */
export function recognize(doc: Doc, first: number, last: number): DateMatch[] {
  const v = new View(doc, first, last);
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
