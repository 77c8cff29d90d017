// Quotations stage: direct (quotation marks), indirect (reporting verb + que / infinitive / noun
// phrase, « selon X », « pour X, ») and mixed quotations, each with its speaker and cue.
// Span boundaries follow ../shared/gold/GUIDELINES.md: the inside of the marks, trimmed; for
// reported speech, the content after que / the infinitive up to the end of its clause, without
// the final full stop. Only the outermost quotation is kept.
import { type Doc, TokenKind } from '../doc.js';
import type { Gender, Quote, QuoteKind, Cue as RecordCue, Speaker } from '../record.js';
import { ADVERBS, type Cue, findCues } from './cues.js';
import {
  DESC_STOP,
  INFINITIVE,
  NOT_SOURCES,
  PAST_PARTICIPLE,
  REPORTING_NOUNS,
  TITLES,
  verbReadings,
} from './lexicon.js';
import { findMarkSpans, type MarkSpan } from './marks.js';
import { bracketAliases, buildMentions, type Mention } from './mentions.js';
import { Resolver } from './speakers.js';
import { lexFlag, tokenFlags } from './tokenlex.js';

interface Cand {
  start: number;
  end: number;
  kind: QuoteKind;
  cue: Cue | null;
  ref: Mention | null;
  /** Inherits the speaker of another quotation (coordination, continuation). */
  sameAs: Cand | null;
  confidence: number;
  mark: MarkSpan | null;
  /** Anchor token, for recency. */
  tok: number;
  speaker?: Speaker | null;
  dropped?: boolean;
}

const PREPOSITIONS = new Set(
  "de d' du des a au aux avec par pour chez contre sur dans en entre vers selon apres avant devant aupres lors sans sous malgre envers parmi".split(
    ' ',
  ),
);
const CONNECTORS = new Set(
  'enfin mais et or donc ainsi puis toutefois cependant pourtant neanmoins aussi alors ensuite egalement'.split(
    ' ',
  ),
);
/** Bounds that keep every scan linear on pathological input (a 1 MB sentence). */
const MAX_CLAUSE = 400;
const MAX_SUBJECT_DISTANCE = 80;
const INDEFINITE = new Set(['un', 'une', 'des', 'plusieurs', 'certains', 'certaines']);
/** Determiners opening a postposed subject: gender, number, definiteness. */
const POST_DETERMINERS = new Map<string, { gender: Gender | null; plural: boolean; definite: boolean }>([
  ['le', { gender: 'male', plural: false, definite: true }],
  ['la', { gender: 'female', plural: false, definite: true }],
  ["l'", { gender: null, plural: false, definite: true }],
  ['les', { gender: null, plural: true, definite: true }],
  ['un', { gender: 'male', plural: false, definite: false }],
  ['une', { gender: 'female', plural: false, definite: false }],
  ['des', { gender: null, plural: true, definite: false }],
  ['son', { gender: null, plural: false, definite: true }],
  ['sa', { gender: 'female', plural: false, definite: true }],
  ['ses', { gender: null, plural: true, definite: true }],
  ['leur', { gender: null, plural: false, definite: true }],
  ['leurs', { gender: null, plural: true, definite: true }],
  ['ce', { gender: 'male', plural: false, definite: true }],
  ['cet', { gender: 'male', plural: false, definite: true }],
  ['cette', { gender: 'female', plural: false, definite: true }],
  ['plusieurs', { gender: null, plural: true, definite: false }],
  ['certains', { gender: 'male', plural: true, definite: false }],
  ['certaines', { gender: 'female', plural: true, definite: false }],
  ['quelques', { gender: null, plural: true, definite: false }],
]);
const ARTICLES = new Set(['le', 'la', "l'"]);
/** Determiners of one individual taken up from the context: « le comédien », « cette urbaniste ». */
const INDIVIDUAL_DETERMINERS = new Set(['le', 'la', "l'", 'ce', 'cet', 'cette']);
/** Nouns of time a demonstrative opens as an adverbial (« ce lundi », « cette semaine »). */
const TIME_WORDS = new Set(
  'lundi mardi mercredi jeudi vendredi samedi dimanche matin soir midi apres-midi soiree nuit jour jours semaine mois annee an week-end weekend fois ete hiver printemps automne saison moment'.split(
    ' ',
  ),
);
const CITED = new Set(['cite', 'citee', 'cites', 'citees', 'repris', 'reprise', 'reprises']);
/** A past participle as written (accents kept): « tué », « prononcée », « élus ». */
const PARTICIPLE_END = /^[a-zà-ÿ-]{2,}(?:é|ée|és|ées)$/;
/** Infinitives in -re common after an object pronoun (« le faire »); other -re words after an
 * article are nouns (« le ministre », « la nature »). */
const RE_INFINITIVES = new Set(
  'etre faire dire prendre mettre rendre vendre attendre entendre comprendre apprendre perdre suivre vivre ecrire lire croire connaitre reconnaitre permettre repondre defendre detruire construire reduire produire traduire conduire soumettre transmettre remettre reprendre surprendre interdire battre abattre combattre admettre promettre'.split(
    ' ',
  ),
);
/** Conjunctions opening a subordinate clause before the main one (« S'il a dit …, »). */
const SUBORDINATORS = new Set([
  'si',
  "s'",
  'quand',
  'lorsque',
  "lorsqu'",
  'puisque',
  "puisqu'",
  'comme',
  'tandis',
]);
const RELATIVES = new Set(['qui', 'dont', 'lequel', 'laquelle', 'lesquels', 'lesquelles']);
const QUANTIFIER_SOURCES = new Set(['beaucoup', 'certains', 'certaines', 'plusieurs', 'nombreux']);
const SUBJECT_PRONOUNS = new Set(['il', 'elle', 'ils', 'elles', 'on']);
/** Words joining a noun to its complement inside a description (« du », « de la »). */
const COMPLEMENT_WORDS = new Set(['de', "d'", 'du', 'des', 'la', "l'", 'le', 'les']);
const CONNECTOR_PHRASES = new Set([
  'par ailleurs',
  'en outre',
  'de plus',
  'en effet',
  "d' ailleurs",
  'pour rappel',
  'en revanche',
  'de meme',
  'quant a',
  'en somme',
  'en fait',
  'au contraire',
  'dans ce contexte',
]);
const NOT_INFINITIVE = new Set(
  'hier fer mer cher cuir soir espoir pouvoir devoir loisir plaisir avenir desir premier premiere dernier entier leur sur pour par notre votre autre contre entre tir air hiver enfer univers divers quartier chantier dossier papier metier pilier fichier palmares'.split(
    ' ',
  ),
);
const MONTHS = new Set(
  'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre'.split(' '),
);
const DOC_NOUNS = new Set(
  'communique communiques arrete rapport texte document decret note sondage etude lettre message courrier declaration tweet publication'.split(
    ' ',
  ),
);
const TITLE_CONTEXT = new Set(
  'intitule intitulee baptise baptisee operation slogan livre film emission hashtag ouvrage roman album chanson titre surnomme surnommee nomme nommee appele appelee dit dite mot mots terme formule expression programme plan projet loi'.split(
    ' ',
  ),
);

const COMME = lexFlag(['comme']);

// Per-token loops as small functions of their own: inside the large quotesStage they ran in
// whatever tier the whole function was in.
/** 1 for each token inside a quotation mark span (markOf >= 0). */
function quotedTokens(markOf: Int32Array): Uint8Array {
  const quoted = new Uint8Array(markOf.length);
  for (let k = 0; k < markOf.length; k++) if (markOf[k]! >= 0) quoted[k] = 1;
  return quoted;
}
/** Tokens k of « comme <word> par ». */
function commeParAt(flags: Int32Array, n: string[], kind: Uint8Array, length: number): number[] {
  const out: number[] = [];
  for (let k = 0; k + 2 < length; k++)
    if (flags[k]! & COMME && n[k + 2] === 'par' && kind[k + 1] === TokenKind.Word) out.push(k);
  return out;
}
/** Prefix sums of word and number tokens: entry k counts tokens [0, k). */
function wordPrefixCounts(kind: Uint8Array, length: number): Int32Array {
  const out = new Int32Array(length + 1);
  let c = 0;
  for (let k = 0; k < length; k++) {
    const x = kind[k];
    if (x === TokenKind.Word || x === TokenKind.Number) c++;
    out[k + 1] = c;
  }
  return out;
}

export function quotesStage(doc: Doc): void {
  doc.quotes = [];
  const t = doc.tokens;
  if (!t.length || !doc.sentences.length) return;
  const text = doc.text;
  const n = t.norm;
  const marks = findMarkSpans(doc);
  const flags = tokenFlags(doc);
  const cues = findCues(doc, flags);
  const mi = buildMentions(doc, flags);
  bracketAliases(doc, mi);

  const lastSent = doc.sentences[doc.sentences.length - 1]!;
  const sentOf = (k: number) =>
    doc.sentences[t.sentence[Math.max(0, Math.min(k, t.length - 1))]!] ?? lastSent;
  const isP = (k: number, chars: string) =>
    k >= 0 && k < t.length && t.kind[k] === TokenKind.Punct && chars.includes(n[k]!);
  const isWordish = (k: number) =>
    t.kind[k] === TokenKind.Word ||
    t.kind[k] === TokenKind.Elision ||
    t.kind[k] === TokenKind.Number ||
    t.kind[k] === TokenKind.Abbrev ||
    t.kind[k] === TokenKind.Clitic;

  // « "A, a estimé le député. B" »: an incise inside one pair of marks splits it in two
  // quotations by the incise's speaker (copy often skips closing and reopening the marks).
  const splitCues = new Set<Cue>();
  const splitRefs: { mark: MarkSpan; cue: Cue; ref: Mention | null }[] = [];
  {
    const cueAt = new Map<number, Cue>();
    for (const c of cues) if (c.kind === 'verb') cueAt.set(c.i, c);
    const pieces: MarkSpan[] = [];
    for (const m of marks) {
      let a = m.openTok >= 0 ? m.openTok + 1 : tokAtOffset(m.start);
      const b = m.closeTok >= 0 ? m.closeTok : tokAtOffset(m.end);
      let cur = m;
      for (let k = a + 1; k < b; k++) {
        const c = cueAt.get(k);
        if (!c || !isP(k - 1, ',') || c.participle || c.j >= b || !c.verb?.frames.includes('incise'))
          continue;
        let ref: Mention | null;
        let e: number;
        if (c.clitic >= 0) {
          ref = mi.startingAt.get(c.clitic) ?? null;
          e = c.j;
        } else {
          ref = postSubject(c.j, true);
          if (!ref) continue;
          e = ref.j;
        }
        // The incise closes its sentence: « , a estimé X (devant la presse). »
        let stop = e;
        while (stop < b && stop - e < 10 && !isP(stop, '.!?…;,') && t.kind[stop] !== TokenKind.Quote) stop++;
        if (stop < b && !isP(stop, '.!?…')) continue;
        let words = 0;
        for (let q = a; q < k - 1 && words < 3; q++) if (t.kind[q] === TokenKind.Word) words++;
        if (words < 3) continue;
        const rest: MarkSpan = {
          openTok: stop < b ? stop : -1,
          closeTok: cur.closeTok,
          start: stop < b ? t.end[stop]! : cur.end,
          end: cur.end,
        };
        cur.closeTok = k - 1;
        cur.end = t.start[k - 1]!;
        while (cur.end > cur.start && /\s/.test(text[cur.end - 1]!)) cur.end--;
        while (rest.start < rest.end && /\s/.test(text[rest.start]!)) rest.start++;
        splitCues.add(c);
        splitRefs.push({ mark: cur, cue: c, ref });
        if (stop >= b || rest.start >= rest.end) break;
        pieces.push(rest);
        splitRefs.push({ mark: rest, cue: c, ref });
        cur = rest;
        a = stop + 1;
        k = stop;
      }
    }
    if (pieces.length) {
      marks.push(...pieces);
      marks.sort((x, y) => x.start - y.start || y.end - x.end);
    }
  }

  // Token → innermost mark span containing it (by token range between the marks).
  const markOf = new Int32Array(t.length).fill(-1);
  const markTok = marks.map((m) => {
    const a = m.openTok >= 0 ? m.openTok + 1 : tokAtOffset(m.start);
    const b = m.closeTok >= 0 ? m.closeTok : tokAtOffset(m.end);
    return [a, b] as const;
  });
  // Each token takes the outermost quotation around it; marks come sorted by start (outer
  // first), so one sweep fills every token once even for deeply nested marks.
  {
    let filled = 0;
    marks.forEach((_, idx) => {
      const [a, b] = markTok[idx]!;
      for (let k = Math.max(a, filled); k < b; k++) markOf[k] = idx;
      filled = Math.max(filled, b);
    });
  }
  function tokAtOffset(off: number): number {
    let lo = 0;
    let hi = t.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (t.start[mid]! < off) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  const quoted = quotedTokens(markOf);
  const resolver = new Resolver(doc, mi, quoted);
  const closeAt = new Map<number, number>();
  const openAt = new Map<number, number>();
  marks.forEach((m, idx) => {
    if (m.closeTok >= 0) closeAt.set(m.closeTok, idx);
    if (m.openTok >= 0) openAt.set(m.openTok, idx);
  });
  const cueStart = new Map<number, Cue>();
  const cueEnd = new Map<number, Cue>();
  for (const c of cues) {
    cueStart.set(c.i, c);
    cueEnd.set(c.j, c);
  }
  const owner = new Int32Array(t.length).fill(-1);
  const cands: Cand[] = [];
  const markRef = new Map<
    number,
    { cue: Cue | null; ref: Mention | null; sameAs?: Cand | null; conf: number }
  >();

  // Prefix sums: word counts of any range in constant time.
  const wordsBefore = wordPrefixCounts(t.kind, t.length);
  const wordCount = (a: number, b: number) =>
    b > a ? wordsBefore[Math.min(b, t.length)]! - wordsBefore[Math.max(0, a)]! : 0;

  /**
   * Subject mention after an inverted verb: « a déclaré lundi le porte-parole X ». With `anyNP`
   * (the verb follows a quotation, so it must be an incise), a noun phrase no lexicon knows
   * stands as the subject too: « », a insisté l'ancien combattant ».
   */
  function postSubject(k: number, anyNP = false): Mention | null {
    const sent = sentOf(Math.max(0, k - 1));
    for (let steps = 0; k < sent.tokenEnd && steps < 8; steps++) {
      const m = mi.startingAt.get(k);
      if (m && (m.kind === 'name' || m.kind === 'desc' || (m.kind === 'pronoun' && m.role === 'last')))
        return m;
      const w = n[k]!;
      const raw = text[t.start[k]!];
      if (/^(?:l'|le|la|les)$/.test(w)) {
        const nm = mi.startingAt.get(k + 1);
        if (nm?.kind === 'name') return nm;
      }
      if (TITLES.has(w)) {
        k++;
        continue;
      }
      // « a déclaré ce lundi », « cette semaine »; « ce dentiste » is the subject
      const timeDet = (w === 'ce' || w === 'cette' || w === 'cet') && TIME_WORDS.has(n[k + 1] ?? '');
      if (ADVERBS.has(w) || MONTHS.has(w) || t.kind[k] === TokenKind.Number || timeDet) {
        k += timeDet ? 2 : 1;
        continue;
      }
      if (
        raw === 'à' ||
        w === 'au' ||
        w === 'aux' ||
        w === 'dans' ||
        w === 'devant' ||
        w === 'sur' ||
        (w === 'aupres' && (n[k + 1] === 'de' || n[k + 1] === "d'" || n[k + 1] === 'du'))
      ) {
        // « à l'AFP », « aux journalistes », « dans un communiqué », « auprès de l'AFP »
        if (w === 'aupres') k++;
        k++;
        if (/^(?:l'|la|le|les|un|une|son|sa|ses|leur)$/.test(n[k] ?? '')) k++;
        k++;
        continue;
      }
      // « raconte, amusée, Léa X »: an adjective or participle set off by commas.
      if (
        w === ',' &&
        t.kind[k + 1] === TokenKind.Word &&
        n[k + 2] === ',' &&
        text[t.start[k + 1]!] === text[t.start[k + 1]!]!.toLowerCase() &&
        !POST_DETERMINERS.has(n[k + 1]!)
      ) {
        k += 3;
        continue;
      }
      // « a conclu en riant l'ancien soldat »: a gerund between the verb and its subject.
      if (w === 'en' && t.kind[k + 1] === TokenKind.Word && (n[k + 1] ?? '').endsWith('ant')) {
        k += 2;
        continue;
      }
      break;
    }
    return anyNP ? postNP(k) : null;
  }

  /**
   * A determiner and the nouns, adjectives and complements after it, as an unnamed source
   * (« un lecteur du journal », « l'ancien combattant »); a name apposed to it speaks instead
   * (« le géologue Paul Martin »).
   */
  function postNP(k: number): Mention | null {
    const det = POST_DETERMINERS.get(n[k] ?? '');
    if (!det || (t.kind[k] !== TokenKind.Word && t.kind[k] !== TokenKind.Elision)) return null;
    const end = sentOf(k).tokenEnd;
    let j = k + 1;
    let last = -1;
    while (j < end && j - k <= 8) {
      const w = n[j]!;
      const nm = mi.startingAt.get(j);
      if (nm?.kind === 'name') {
        if (last < 0) return null;
        if (!COMPLEMENT_WORDS.has(n[j - 1]!)) return nm;
        j = nm.j;
        last = j - 1;
        continue;
      }
      if (t.kind[j] !== TokenKind.Word && t.kind[j] !== TokenKind.Elision) break;
      if (COMPLEMENT_WORDS.has(w)) {
        if (last < 0) break;
        j++;
        continue;
      }
      const c0 = text[t.start[j]!]!;
      if (c0 !== c0.toLowerCase() || DESC_STOP.has(w) || PREPOSITIONS.has(w) || verbReadings(w)) break;
      last = j;
      j++;
    }
    if (last < 0) return null;
    // « le vice-ministre », « l'octogénaire »: one individual, most often someone already named.
    const individual = det.definite && !det.plural && INDIVIDUAL_DETERMINERS.has(n[k]!);
    return {
      i: k,
      j: last + 1,
      kind: 'desc',
      type: individual ? 'person' : 'anonymous',
      gender: det.gender,
      plural: det.plural,
      entity: null,
      name: text.slice(t.start[k]!, t.end[last]!),
      role: null,
      link: null,
      definite: det.definite,
      unknownHead: true,
    };
  }

  /** Who « on » stands for after an inverted verb: « à l'Élysée », « de source policière », « dans l'entourage du ministre ». */
  function onSource(k: number): Mention | null {
    const sentEnd = sentOf(k).tokenEnd;
    for (let g = 0; g < 3 && k < sentEnd && (ADVERBS.has(n[k]!) || isP(k, ',')); g++) k++;
    const raw = text[t.start[k]!];
    if (raw === 'à' || n[k] === 'au' || n[k] === 'chez' || n[k] === 'aupres') {
      const at = /^(?:l'|la|le|les)$/.test(n[k + 1] ?? '') && !mi.startingAt.has(k + 1) ? k + 2 : k + 1;
      const m = mi.startingAt.get(at);
      if (m && (m.kind === 'name' || m.kind === 'desc')) return m;
    }
    if ((n[k] === 'de' && n[k + 1] === 'source') || (n[k] === 'dans' && n[k + 2] === 'entourage')) {
      const a = n[k] === 'de' ? k + 1 : k + 1;
      let j = a + 1;
      while (j < sentEnd && j - a < 6 && !isP(j, ',.;:!?') && t.kind[j] !== TokenKind.Quote) j++;
      return {
        i: a,
        j,
        kind: 'desc',
        type: 'anonymous',
        gender: null,
        plural: false,
        entity: null,
        name: text.slice(t.start[a]!, t.end[j - 1]!),
        role: null,
        link: null,
        definite: false,
      };
    }
    return null;
  }

  /** An unnamed source no lexicon knows: « une commerçante du marché », « un habitant du quartier ». */
  function adhocNP(d: number, definiteToo = false): Mention | null {
    const definite = definiteToo && /^(?:le|la|les|l'|sa|son|ses|leur|leurs)$/.test(n[d] ?? '');
    // « Nombre de responsables », « De nombreux élus », « Beaucoup d'habitants »
    const quant = quantifierLength(d);
    if (!INDEFINITE.has(n[d] ?? '') && !definite && !quant) return null;
    let j = d + (quant || 1);
    const sent = t.sentence[d];
    while (j < t.length && j - d <= 6 + quant && t.sentence[j] === sent) {
      const w = n[j]!;
      // « responsables politiques et religieux »: coordinated adjectives
      if (
        w === 'et' &&
        j > d + (quant || 1) &&
        t.kind[j + 1] === TokenKind.Word &&
        !verbReadings(n[j + 1]!) &&
        !POST_DETERMINERS.has(n[j + 1]!) &&
        !DESC_STOP.has(n[j + 1]!)
      ) {
        j += 2;
        continue;
      }
      if (
        t.kind[j] !== TokenKind.Word ||
        verbReadings(w) ||
        /^(?:qui|que|qu'|a|ont|est|sont|avait|et|ou|par|pour|avec|dans|sur|en|car|mais|donc|comme|si|quand)$/.test(
          w,
        )
      )
        break;
      if ((w === 'de' || w === "d'" || w === 'du' || w === 'des') && j > d + 1) {
        const nx = n[j + 1] ?? '';
        if (/(?:er|ir|re|oir)$/.test(nx) || /^(?:l'|le|la|les)$/.test(nx)) break;
      }
      j++;
    }
    while (j > d + 1 && /^(?:de|d'|du|des)$/.test(n[j - 1]!)) j--;
    if (j <= d + (quant || 1)) return null;
    const plural =
      quant > 0 || n[d] === 'des' || n[d] === 'plusieurs' || n[d] === 'certains' || n[d] === 'certaines';
    return {
      i: d,
      j,
      kind: 'desc',
      type: definite ? 'organization' : 'anonymous',
      gender: n[d] === 'une' ? 'female' : n[d] === 'un' ? 'male' : null,
      plural,
      entity: null,
      name: text.slice(t.start[d]!, t.end[j - 1]!),
      role: null,
      link: null,
      definite,
    };
  }

  /** Tokens of a quantifier opening a noun phrase at d (« nombre de », « de nombreux »), or 0. */
  function quantifierLength(d: number): number {
    const w = n[d];
    const next = n[d + 1];
    if ((w === 'nombre' || w === 'beaucoup') && (next === 'de' || next === "d'")) return 2;
    if (w === 'bon' && next === 'nombre' && (n[d + 2] === 'de' || n[d + 2] === "d'")) return 3;
    if (w === 'de' && (next === 'nombreux' || next === 'nombreuses')) return 2;
    if (w === 'la' && next === 'plupart' && n[d + 2] === 'des') return 3;
    return 0;
  }

  /** Subject of a verb cue, searched leftwards in its sentence. */
  function subjectBefore(c: Cue, floor: number): { ref: Mention | null; sameAs: Cand | null } {
    // « Une habitante a raconté que … »: a noun phrase no list knows, right before the verb.
    if (!mi.endingAt.has(c.i)) {
      for (let d = c.i - 2; d >= Math.max(floor, c.i - 8); d--) {
        if (!INDEFINITE.has(n[d]!) && !quantifierLength(d)) continue;
        // « la spontanéité des morceaux »: « des » after a noun is « de les », a complement.
        if (
          n[d] === 'des' &&
          d > floor &&
          t.kind[d - 1] === TokenKind.Word &&
          !/^(?:et|mais|ou|que|qu')$/.test(n[d - 1]!)
        )
          continue;
        const np = adhocNP(d);
        if (np && np.j === c.i && !PREPOSITIONS.has(n[d - 1] ?? '')) return { ref: np, sameAs: null };
        break;
      }
    }
    for (let k = c.i - 1; k >= Math.max(floor, c.i - MAX_SUBJECT_DISTANCE); k--) {
      if (owner[k]! >= 0) return { ref: null, sameAs: cands[owner[k]!]! };
      if (isP(k, '.!?;:…') || t.kind[k] === TokenKind.Quote) break;
      const m = mi.endingAt.get(k + 1);
      if (m) {
        const prev = n[m.i - 1] ?? '';
        if (m.kind === 'relative') {
          let a = m.i;
          if (n[a - 1] === ',') a--;
          // « Julien Martel (Gironde), qui regrette »
          if (n[a - 1] === ')') {
            let b = a - 2;
            while (b > floor && n[b] !== '(' && a - b < 8) b--;
            if (n[b] === '(') a = b;
          }
          const ant = mi.endingAt.get(a);
          if (ant && ant.kind !== 'relative') return { ref: ant, sameAs: null };
          k = m.i;
          continue;
        }
        if (m.kind === 'possessive' || ((m.name === 'lui' || m.name === 'eux') && m.kind === 'pronoun')) {
          k = m.i;
          continue;
        }
        // « du Sénat », « des députés » after a noun: complements, not subjects.
        const complement =
          n[m.i] === 'du' ||
          (n[m.i] === 'des' && t.kind[m.i - 1] === TokenKind.Word && !/^(?:et|ou|mais)$/.test(prev));
        if ((PREPOSITIONS.has(prev) && m.kind !== 'pronoun') || (m.kind === 'desc' && complement)) {
          k = m.i;
          continue;
        }
        if (prev === 'que' || prev === "qu'") {
          // the subject of a subordinate clause is not the reporting verb's subject
          k = m.i;
          continue;
        }
        return { ref: m, sameAs: null };
      }
    }
    return { ref: null, sameAs: null };
  }

  /** Where reported content starting at token a ends (exclusive token index). */
  function clauseEnd(a: number): number {
    const sent = sentOf(a);
    const startMark = markOf[a]!;
    const stop = Math.min(sent.tokenEnd, a + MAX_CLAUSE);
    for (let k = a; k < stop; k++) {
      const inMark = markOf[k]! >= 0 && markOf[k] !== startMark && marks[markOf[k]!]!.start >= t.start[a]!;
      if (inMark) continue;
      if (isP(k, ';')) return k;
      // « …, avant d'ajouter que … », « …, après avoir … »: the main verb's own clause ends.
      if (isP(k, ',') && k > a && /^(?:avant|apres|afin|sans)$/.test(n[k + 1] ?? '')) return k;
      // « …, ce que le Premier ministre a démenti »: a comment on the clause, not part of it.
      if (isP(k, ',') && n[k + 1] === 'ce' && /^(?:que|qu'|qui|dont)$/.test(n[k + 2] ?? '') && k > a)
        return k;
      // An aside opened by a spaced dash: « … concentré" -la zone la plus touchée … »
      if (isP(k, '-–—') && k > a && /\s/.test(text[t.start[k]! - 1] ?? '')) return k;
      if (
        isP(k, '.!?…') &&
        k < sent.tokenEnd - 1 &&
        !(t.kind[k + 1] === TokenKind.Quote && closeAt.has(k + 1))
      )
        return k;
      const c = cueStart.get(k);
      if (c && k > a) {
        const p = n[k - 1]!;
        if (c.kind === 'prep' && p === ',') return k - 1;
        if (
          c.kind === 'verb' &&
          (p === ',' ||
            p === 'mais' ||
            p === 'et' ||
            p === 'en' ||
            p === 'puis' ||
            p === 'tout' ||
            n[k] === 'en') &&
          c.clitic < 0
        ) {
          let e = k - 1;
          while (e > a && /^(?:,|mais|et|en|tout|puis)$/.test(n[e]!)) e--;
          return e + 1;
        }
        if (c.kind === 'verb' && p === ',' && c.clitic >= 0) return k - 1;
      }
    }
    return stop;
  }

  /** Content span [a, b) in tokens → trimmed offsets and kind. */
  function content(
    a: number,
    b: number,
  ): { start: number; end: number; kind: QuoteKind; mark: number } | null {
    if (b <= a) return null;
    let s = t.start[a]!;
    let e = t.end[b - 1]!;
    while (e > s && /[\s.,;:\u00a0\u202f]/.test(text[e - 1]!)) e--;
    // « juge que, "dans le climat actuel", … »: no leading comma
    while (s < e && /[\s,;]/.test(text[s]!)) s++;
    if (e <= s) return null;
    // The whole content is one quotation: keep its inside (« a souligné que “…” »).
    let kind: QuoteKind = 'indirect';
    for (let k = a; k < b; k++) {
      if (t.kind[k] !== TokenKind.Quote) continue;
      const idx = openAt.get(k) ?? closeAt.get(k);
      if (idx !== undefined && wordCount(...markTok[idx]!) >= 1) kind = 'mixed';
    }
    // The whole content is one quotation: keep its inside (« a souligné que “…” »).
    let whole = -1;
    const first = openAt.get(a);
    if (first !== undefined) {
      const m = marks[first]!;
      const closeEnd = m.closeTok >= 0 ? t.end[m.closeTok]! : m.end;
      if (closeEnd >= e) {
        whole = first;
        s = m.start;
        e = Math.min(e, m.end);
        while (e > s && /[\s.,;:]/.test(text[e - 1]!)) e--;
      }
    }
    if (e <= s) return null;
    return { start: s, end: e, kind, mark: whole };
  }

  function add(c: Cand, a: number, b: number): Cand {
    cands.push(c);
    const idx = cands.length - 1;
    for (let k = a; k < b; k++) if (owner[k] === -1) owner[k] = idx;
    return c;
  }

  /** Clause start for content before an incise ending at token e (exclusive). */
  function clauseStart(e: number): number {
    const sent = sentOf(Math.max(0, e - 1));
    let a = e - 1;
    const floor = Math.max(sent.tokenStart, e - MAX_CLAUSE);
    while (a > floor && !isP(a - 1, ':;.!?…')) a--;
    // Leading connectors: « Enfin », « Mais », « Par ailleurs, ».
    for (let guard = 0; guard < 3 && a < e - 1; guard++) {
      if (CONNECTORS.has(n[a]!) && text[t.start[a]!] !== text[t.start[a]!]!.toLowerCase()) {
        a++;
        if (n[a] === ',') a++;
      } else if (CONNECTOR_PHRASES.has(`${n[a]} ${n[a + 1]}`) && n[a + 2] === ',') a += 3;
      else break;
    }
    return a;
  }

  /** Mention governed by a reporting preposition (« selon le chef …, X », « selon un arrêté du Premier ministre, X »). */
  function prepMention(k: number): Mention | null {
    if (n[k] === 'de' || n[k] === "d'") k++;
    let m = mi.startingAt.get(k) ?? null;
    if (!m && (n[k] === "l'" || n[k] === 'la' || n[k] === 'le' || n[k] === 'les'))
      m = mi.startingAt.get(k + 1) ?? null;
    if (m?.kind === 'desc' && !m.link && DOC_NOUNS.has(headNorm(m))) {
      for (let q = m.i + 1; q < m.j + 2 && q < t.length; q++) {
        if (n[q] === 'de' || n[q] === "d'" || n[q] === 'du' || n[q] === 'des') {
          const inner =
            (n[q] === 'du' || n[q] === 'des' ? mi.startingAt.get(q) : null) ??
            mi.startingAt.get(q + 1) ??
            (n[q + 1] === "l'" || n[q + 1] === 'la' || n[q + 1] === 'le'
              ? mi.startingAt.get(q + 2)
              : undefined);
          if (inner && inner !== m) {
            if (inner.kind === 'desc' && !inner.link && n[inner.j] === ',') {
              const nm = mi.startingAt.get(inner.j + 1);
              if (nm?.kind === 'name' && nm.type !== 'organization') return nm;
            }
            return inner;
          }
        }
      }
      if (n[m.j] === ',') {
        const nm = mi.startingAt.get(m.j + 1);
        if (nm?.kind === 'name' && nm.type === 'person') return nm;
      }
    }
    return m;
  }
  function headNorm(m: Mention): string {
    let h = m.i + 1;
    while (h < m.j && !DOC_NOUNS.has(n[h]!) && h < m.i + 3) h++;
    return n[h] ?? '';
  }

  /** Speaker of a verb cue: inverted clitic, postposed subject, or subject on the left. */
  function cueSpeaker(c: Cue): {
    ref: Mention | null;
    sameAs: Cand | null;
    inverted: boolean;
    agentEnd?: number;
  } {
    if (c.kind === 'prep') return { ref: prepMention(c.j), sameAs: null, inverted: false };
    if (c.clitic >= 0) {
      // « explique-t-on à l'Élysée », « indique-t-on de source diplomatique »: the place speaks.
      if (/on$/.test(n[c.clitic]!)) {
        const where = onSource(c.j);
        if (where) return { ref: where, sameAs: null, inverted: true };
      }
      return { ref: mi.startingAt.get(c.clitic) ?? null, sameAs: null, inverted: true };
    }
    // Passive: « a été accusé par une voisine de … » — the agent speaks.
    let passive = false;
    for (let k = c.i; k < c.head; k++) if (n[k] === 'ete') passive = true;
    if (passive) {
      let k = c.j;
      while (k < t.length && ADVERBS.has(n[k]!)) k++;
      if (n[k] === 'par') {
        const agent = mi.startingAt.get(k + 1) ?? adhocNP(k + 1);
        if (agent && agent.kind !== 'possessive')
          return { ref: agent, sameAs: null, inverted: false, agentEnd: agent.j };
      }
      return { ref: null, sameAs: null, inverted: false };
    }
    const left = c.i - 1;
    const afterBreak =
      left < 0 ||
      isP(left, ',.–—-') ||
      t.kind[left] === TokenKind.Quote ||
      t.sentence[left] !== t.sentence[c.i];
    if (afterBreak) {
      const afterQuote =
        left >= 0 &&
        (t.kind[left] === TokenKind.Quote ||
          (isP(left, ',–—-') && t.kind[left - 1] === TokenKind.Quote) ||
          markOf[c.i]! >= 0) &&
        !c.participle;
      const post = postSubject(c.j, afterQuote);
      if (post) return { ref: post, sameAs: null, inverted: true };
      // « …, a annoncé sa famille. »: a short noun phrase closing the sentence is the subject.
      const np = adhocNP(c.j, true);
      if (np && (isP(np.j, '.!?…') || np.j >= sentOf(c.i).tokenEnd) && isP(left, ','))
        return { ref: np, sameAs: null, inverted: true };
    }
    const s = subjectBefore(c, sentOf(c.i).tokenStart);
    // « Invité de la radio, il a comparé … à des "naufrages", et soutenu que … »: a bare participle
    // coordinated with an earlier verb shares that verb's subject, across quotations.
    if (
      !s.ref &&
      !s.sameAs &&
      c.i === c.head &&
      c.mask & PAST_PARTICIPLE &&
      (n[left] === 'et' || isP(left, ','))
    )
      return { ref: sentenceSubject(c.i), sameAs: null, inverted: false };
    return { ...s, inverted: false };
  }

  /** The subject opening the sentence of token k, after connectors and one leading phrase. */
  function sentenceSubject(k: number): Mention | null {
    const sent = sentOf(k);
    const starts = [sent.tokenStart];
    for (let q = sent.tokenStart; q < Math.min(k, sent.tokenStart + 14); q++)
      if (isP(q, ',')) {
        starts.push(q + 1);
        break;
      }
    for (let a of starts.reverse()) {
      while (a < k && CONNECTORS.has(n[a]!)) a++;
      const m = mi.startingAt.get(a);
      if (!m || m.j >= k) continue;
      if (m.kind === 'name' || m.kind === 'desc' || (m.kind === 'pronoun' && SUBJECT_PRONOUNS.has(n[a]!)))
        return m;
    }
    return null;
  }

  /**
   * A quotation that opens after the clause began (« L'accusé est “un truand”, a souligné X »)
   * is part of reported content that runs from the clause start: one mixed quotation.
   */
  function quotedMidClause(mark: number, comma: number, c: Cue, ref: Mention | null, conf: number): boolean {
    let m = marks[mark]!;
    if (m.openTok < 0) return false;
    // « A » et « B »: judge from the first quotation of the chain.
    for (let guard = 0; guard < 4 && m.openTok > 0; guard++) {
      const sep = m.openTok - 1;
      const pm = n[sep] === 'et' || n[sep] === ',' ? closeAt.get(sep - 1) : undefined;
      if (pm === undefined || marks[pm]!.openTok < 0) break;
      m = marks[pm]!;
    }
    const a = clauseStart(comma);
    if (m.openTok <= a || wordCount(a, m.openTok) < 2) return false;
    // « L'organisation "condamne …" »: only the subject before the quotation — a direct quote.
    const subj = mi.startingAt.get(a);
    if (subj && (subj.kind === 'name' || subj.kind === 'desc') && subj.j >= m.openTok) return false;
    const ct = content(a, comma);
    if (!ct) return false;
    add(
      { ...ct, kind: 'mixed', cue: c, ref, sameAs: null, confidence: conf, mark: null, tok: c.i },
      a,
      comma,
    );
    return true;
  }

  /**
   * « …, comme l'a annoncé son fils » / « Comme le rappelle le journal, … » / « comme il l'a
   * dit »: a comparative incise attributes the main clause around it. True when `c` is one.
   */
  function commeCue(c: Cue): boolean {
    if (c.clitic >= 0 || c.participle) return false;
    let cm = c.i - 1;
    let ref: Mention | null = null;
    let after = c.j;
    const pron = mi.startingAt.get(cm);
    if (pron?.kind === 'pronoun' && SUBJECT_PRONOUNS.has(n[cm]!)) {
      ref = pron;
      cm--;
    }
    if (n[cm] !== 'comme') return false;
    if (!ref) {
      ref = postSubject(c.j, true);
      if (!ref) return false;
      after = ref.j;
    }
    commeContent(c, cm, after, ref);
    return true;
  }

  /** Whether the sentence ends within a few tokens from k (a date, a place, no new clause). */
  function closesSentence(k: number): boolean {
    const end = sentOf(Math.max(0, k - 1)).tokenEnd;
    let e = k;
    while (e < end && e - k < 8 && !isP(e, ',;:.!?…') && t.kind[e] !== TokenKind.Quote) e++;
    return e >= end || isP(e, '.!?…');
  }

  /**
   * The content a source phrase introduces, from token k on: a quotation opening there is given the
   * source (`markConf`), else the clause up to its end is indirect content (`conf`, cue token `tok`).
   */
  function contentFrom(
    k: number,
    c: Cue | null,
    ref: Mention,
    markConf: number,
    conf: number,
    tok: number,
  ): void {
    const om = openAt.get(k);
    if (om !== undefined) {
      markRef.set(om, { cue: c, ref, conf: markConf });
      return;
    }
    const b = clauseEnd(k);
    const ct = content(k, b);
    if (ct && wordCount(k, b) >= 3)
      add({ ...ct, cue: c, ref, sameAs: null, confidence: conf, mark: null, tok }, k, b);
  }

  /** Content around « comme … » at token cm whose subject ends before token `after`. */
  function commeContent(c: Cue | null, cm: number, after: number, ref: Mention): void {
    const sent = sentOf(cm);
    let s0 = sent.tokenStart;
    if (CONNECTORS.has(n[s0]!) && s0 < cm) s0++;
    if (cm === s0) {
      // « Comme le rappelle le journal (dans son édition du jour), content »
      let k = after;
      while (k < sent.tokenEnd && k - after < 10 && !isP(k, ',.;:!?') && t.kind[k] !== TokenKind.Quote) k++;
      if (!isP(k, ',')) return;
      contentFrom(k + 1, c, ref, 0.8, 0.7, cm);
      return;
    }
    // « content, comme l'a annoncé X (sur son compte). »: the incise must close the sentence;
    // mid-sentence it may qualify any part of it.
    const comma = cm - 1;
    if (!isP(comma, ',') || owner[comma - 1]! >= 0) return;
    if (!closesSentence(after)) return;
    const cl = closeAt.get(comma - 1);
    if (cl !== undefined) {
      if (!markRef.has(cl)) markRef.set(cl, { cue: c, ref, conf: 0.8 });
      return;
    }
    const a = clauseStart(comma);
    const ct = content(a, comma);
    if (ct && wordCount(a, comma) >= 3)
      add({ ...ct, cue: c, ref, sameAs: null, confidence: 0.7, mark: null, tok: cm }, a, comma);
  }

  // « Comme repéré par le journal, … »: the passive form of the comparative incise.
  for (const k of commeParAt(flags, n, t.kind, t.length)) {
    const rs = verbReadings(n[k + 1]!);
    if (!rs?.some((r) => r.mask & PAST_PARTICIPLE)) continue;
    const ref =
      mi.startingAt.get(k + 3) ?? (ARTICLES.has(n[k + 3] ?? '') ? mi.startingAt.get(k + 4) : undefined);
    if (!ref || (ref.kind !== 'name' && ref.kind !== 'desc')) continue;
    commeContent(null, k, ref.j, ref);
  }

  // --- Pass A: reporting cues ---------------------------------------------------------------
  for (const c of cues) {
    const sent = sentOf(c.i);
    const mk = markOf[c.i]!;
    const inClosedMark = mk >= 0 && marks[mk]!.closeTok >= 0 && marks[mk]!.openTok >= 0;
    if (inClosedMark) continue;
    const left = c.i - 1;

    if (c.kind === 'prep') {
      // « Selon la revue Nature », « selon plusieurs sites spécialisés »: a noun phrase no list knows.
      const known = prepMention(c.j);
      const ref = known ?? postNP(c.j);
      if (!ref) continue;
      // « selon la loi », « selon leur âge »: a condition, not a source.
      if (ref.kind === 'desc' && NOT_SOURCES.has(n[ref.i + 1] ?? '')) continue;
      const initial =
        c.i === sent.tokenStart ||
        (c.i === sent.tokenStart + 1 && CONNECTORS.has(n[sent.tokenStart]!)) ||
        isP(c.i - 1, ':');
      if (c.lemma !== 'selon' && c.lemma !== "d'après" && c.lemma !== 'aux dires de') continue;
      if (initial || (n[c.i - 1] === ',' && isP(ref.j, ',') && sent.tokenStart === c.i - 1)) {
        // « Selon X, content » / « Aux dires de X, « … » »; the source phrase may run on
        // (« selon une étude parue dans la revue X, »), up to its comma.
        let k = ref.j;
        while (k < sent.tokenEnd && k - ref.j < 12 && !isP(k, ',.;:!?…') && t.kind[k] !== TokenKind.Quote)
          k++;
        if (n[k] !== ',') continue;
        k++;
        // « D'après l'étude, citée par le journal, content » / « Selon Paul X, qui dirige …, content »
        for (let hop = 0; hop < 2; hop++) {
          const w = n[k] ?? '';
          const pp =
            (CITED.has(w) || verbReadings(w)?.some((r) => r.mask & PAST_PARTICIPLE)) && n[k + 1] === 'par';
          if (!pp && !RELATIVES.has(w)) break;
          let e = k + 1;
          while (e < sent.tokenEnd && e - k < 15 && !isP(e, ',.;:!?…') && t.kind[e] !== TokenKind.Quote) e++;
          if (!isP(e, ',')) break;
          k = e + 1;
        }
        // « Aux dires de Paul Ardent, le chef du service des douanes, « … » » (fictional)
        const app = mi.startingAt.get(k);
        if (app?.kind === 'desc' && app.link === ref && n[app.j] === ',') k = app.j + 1;
        contentFrom(k, c, ref, 0.85, 0.75, c.i);
      } else if (
        n[left] !== ',' &&
        (c.lemma === 'selon' || c.lemma === "d'après") &&
        (ref.kind === 'name' || ref.kind === 'desc') &&
        ref.j < sent.tokenEnd &&
        isP(ref.j, '.!?…') &&
        wordCount(clauseStart(c.i), c.i) >= 3
      ) {
        // « Un phénomène extrêmement rare selon les spécialistes. »
        const a = clauseStart(c.i);
        if (owner[a]! >= 0 || markOf[c.i - 1]! >= 0 || t.kind[c.i - 1] === TokenKind.Quote) continue;
        const ct = content(a, c.i);
        if (ct) add({ ...ct, cue: c, ref, sameAs: null, confidence: 0.6, mark: null, tok: c.i }, a, c.i);
      } else if (n[left] === ',' && (known || closesSentence(ref.j))) {
        // « content, selon X » (a source no lexicon knows must close the sentence: « …,
        // selon leur âge, … » is « depending on »)
        const cl = closeAt.get(left - 1);
        if (cl !== undefined && !quotedMidClause(cl, left, c, ref, 0.75)) {
          markRef.set(cl, { cue: c, ref, conf: 0.85 });
          continue;
        }
        if (cl !== undefined) continue;
        const a = clauseStart(left);
        const ct = content(a, left);
        if (ct && wordCount(a, left) >= 3)
          add({ ...ct, cue: c, ref, sameAs: null, confidence: 0.75, mark: null, tok: c.i }, a, left);
      }
      continue;
    }

    const v = c.verb!;
    if (splitCues.has(c) || commeCue(c)) continue;
    let sp = cueSpeaker(c);
    // Incise after a quotation: « … », a-t-il ajouté / « … » a précisé l'Elysée.
    if (sp.inverted) {
      let k = left;
      if (isP(k, ',–—-')) k--;
      const cl = closeAt.get(k);
      if (cl !== undefined && isP(left, ',') && quotedMidClause(cl, left, c, sp.ref, 0.75)) continue;
      if (cl !== undefined) {
        if (!markRef.has(cl)) markRef.set(cl, { cue: c, ref: sp.ref, conf: 0.9 });
        // « A » et « B », a annoncé X: both quotations are X's.
        for (let o = marks[cl]!.openTok, guard = 0; o > 0 && guard < 4; guard++) {
          const sep = o - 1;
          if (n[sep] !== 'et' && n[sep] !== ',') break;
          const prevMark = closeAt.get(sep - 1);
          if (prevMark === undefined || markRef.has(prevMark)) break;
          markRef.set(prevMark, { cue: c, ref: sp.ref, conf: 0.8 });
          o = marks[prevMark]!.openTok;
        }
        // « A », a-t-il dit, « B »
        let r = c.j;
        while (r < sent.tokenEnd && r - c.j < 6 && !isP(r, ',:')) {
          if (mi.startingAt.get(r)?.j) r = mi.startingAt.get(r)!.j;
          else r++;
        }
        if (isP(r, ',:') && openAt.has(r + 1))
          markRef.set(openAt.get(r + 1)!, { cue: c, ref: sp.ref, conf: 0.85 });
        continue;
      }
      // Inside a quotation opened and never closed: « … menacée. a-t-il ajouté.
      if (mk >= 0 && marks[mk]!.closeTok < 0 && isP(left, '.,!?…')) {
        const m = marks[mk]!;
        const cut = isP(left, ',') ? t.start[left]! : t.end[left]!;
        m.end = cut;
        while (m.end > m.start && /\s/.test(text[m.end - 1]!)) m.end--;
        markRef.set(mk, { cue: c, ref: sp.ref, conf: 0.8 });
        continue;
      }
      // « Colin X, qui …, a soutenu les manifestants »: the comma closes a relative clause on the
      // subject, so the verb is the main verb, not an incise.
      let parenthetical = false;
      if (isP(left, ',') && c.clitic < 0)
        for (let q = clauseStart(left); q < left; q++)
          if (isP(q, ',') && /^(?:qui|dont|lequel|laquelle|lesquels|lesquelles)$/.test(n[q + 1] ?? ''))
            parenthetical = true;
      if (parenthetical) {
        // forward content, with the subject on the left
        sp = { ...subjectBefore(c, sentOf(c.i).tokenStart), inverted: false };
      } else if (isP(left, ',') && (v.frames.includes('incise') || v.frames.includes('que'))) {
        // Reported content before the incise: « La ville tiendra bon, a-t-il ajouté. »
        const a = clauseStart(left);
        if (a < left && wordCount(a, left) >= 3) {
          const ct = content(a, left);
          // a weak verb (« avance », « note ») is an incise only with its subject clear: a
          // clitic, or a name closing the sentence (« …, avance Radio Vérac. »)
          const clear = c.clitic >= 0 || (sp.ref?.kind === 'name' && closesSentence(sp.ref.j));
          if (ct && !(v.weak && !clear))
            add(
              { ...ct, cue: c, ref: sp.ref, sameAs: null, confidence: 0.75, mark: null, tok: c.i },
              a,
              left,
            );
        }
        continue;
      }
    }
    // Forward content: que-clause, infinitive, adjective, noun phrase.
    let k = sp.agentEnd ?? c.j;
    while (
      k < sent.tokenEnd &&
      (ADVERBS.has(n[k]!) ||
        MONTHS.has(n[k]!) ||
        ((n[k] === 'ce' || n[k] === 'cette') && ADVERBS.has(n[k + 1] ?? '')) ||
        t.kind[k] === TokenKind.Number ||
        /^(?:lui|elle|eux)$/.test(n[k]!))
    )
      k++;
    // « avait indiqué dès mercredi … »
    if (text[t.start[k]!] === 'd' && n[k] === 'des' && text.startsWith('dès', t.start[k]!)) {
      let q = k + 1;
      while (
        q < sent.tokenEnd &&
        q - k < 4 &&
        (ADVERBS.has(n[q]!) || MONTHS.has(n[q]!) || t.kind[q] === TokenKind.Number)
      )
        q++;
      if (q > k + 1) k = q;
    }
    let found = -1;
    let conf = 0.8;
    // « va annoncer », « doit annoncer »: what is yet to be said is no reported content, unless
    // a que-clause gives it.
    const frames =
      c.mask & INFINITIVE && !(c.mask & ~INFINITIVE) ? v.frames.filter((f) => f === 'que') : v.frames;
    if (frames.includes('que')) {
      let q = k;
      const opener = n[q] === ',' || PREPOSITIONS.has(n[q]!) || n[q] === 'lors' || text[t.start[q]!] === 'à';
      if (n[q] === 'que' || n[q] === "qu'") found = q + 1;
      else if (opener)
        for (let steps = 0; q < sent.tokenEnd && steps < 14; q++, steps++) {
          if (n[q] === 'que' || n[q] === "qu'") {
            found = q + 1;
            break;
          }
          if (isP(q, '.!?;:') || t.kind[q] === TokenKind.Quote || cueStart.has(q)) break;
        }
    }
    // « longnp »: only a noun phrase long enough to state something (« rappeler la nécessité de … »)
    const npFrame = frames.includes('np') || frames.includes('longnp');
    const npMin = frames.includes('np') ? 2 : 4;
    const viaQue = found >= 0;
    let viaNP = false;
    // « la libération qu'avait réclamée la préfecture »: after a relative « que » the noun phrase
    // is the inverted subject, and the content is the antecedent.
    const relObject = n[c.i - 1] === 'que' || n[c.i - 1] === "qu'";
    if (found < 0 && frames.includes('inf')) {
      let q = k;
      const prep = v.prep;
      const raw = text[t.start[q]!];
      if (
        (prep === 'de' && (n[q] === 'de' || n[q] === "d'")) ||
        (prep === 'à' && raw === 'à') ||
        (!prep && (n[q] === 'de' || n[q] === "d'") && false)
      )
        q++;
      const a0 = q;
      if (t.kind[q] === TokenKind.Quote && openAt.has(q)) q++;
      let article = false;
      while (
        q < sent.tokenEnd &&
        /^(?:ne|n'|pas|jamais|plus|rien|l'|le|la|les|lui|leur|y|en|se|s'|me|m'|nous|vous)$/.test(n[q]!)
      ) {
        article = n[q] === 'le' || n[q] === 'la' || n[q] === 'les' || n[q] === "l'";
        q++;
      }
      const w = n[q] ?? '';
      const rs = verbReadings(w);
      // After « le », « la », « les » only a verb the lexicon knows (« le ministre » is no infinitive).
      const inf =
        !relObject &&
        (!article || !w.endsWith('re') || RE_INFINITIVES.has(w) || !!rs?.some((r) => r.mask & INFINITIVE)) &&
        t.kind[q] === TokenKind.Word &&
        text[t.start[q]!] === text[t.start[q]!]!.toLowerCase() &&
        !NOT_INFINITIVE.has(w) &&
        (/(?:er|ir|re|oir)$/.test(w) || (rs && rs.some((r) => r.mask & INFINITIVE)));
      if (inf && (!prep || a0 > k)) found = a0;
      else if (inf && prep && a0 === k && !npFrame) found = -1;
    }
    if (found < 0 && frames.includes('adj')) {
      if (
        t.kind[k] === TokenKind.Word &&
        !PREPOSITIONS.has(n[k]!) &&
        text[t.start[k]!] === text[t.start[k]!]!.toLowerCase() &&
        !/^(?:que|qu'|le|la|les|un|une)$/.test(n[k]!)
      ) {
        found = k;
        conf = 0.6;
      }
    }
    if (found < 0 && npFrame && !c.participle && !relObject) {
      let q = k;
      const raw = text[t.start[q]!];
      if (v.prep === 'de' && (n[q] === 'de' || n[q] === "d'" || n[q] === 'du' || n[q] === 'des'))
        q += n[q] === 'du' || n[q] === 'des' ? 0 : 1;
      else if (v.prep === 'à' && (raw === 'à' || n[q] === 'au' || n[q] === 'aux')) q += raw === 'à' ? 1 : 0;
      else if (v.prep === 'pour' && n[q] === 'pour') q++;
      else if (v.prep && v.lemma === 'appeler') q = -1;
      if (
        q >= 0 &&
        (/^(?:le|la|les|l'|un|une|des|du|sa|son|ses|leur|leurs|tout|toute|tous|toutes|cette|ce|ces|cet|aucun|aucune|plusieurs|de|d')$/.test(
          n[q] ?? '',
        ) ||
          (t.kind[q] === TokenKind.Quote && openAt.has(q)))
      ) {
        found = q;
        viaNP = true;
        conf = v.weak ? 0.45 : 0.6;
      }
    } else if (found < 0 && npFrame && c.participle && !v.prep) {
      // « tout en niant tout lien avec … », « évoquant un épisode … »
      const q = k;
      if (
        /^(?:le|la|les|l'|un|une|des|du|sa|son|ses|tout|toute|tous|toutes|cette|ce|ces|aucun|aucune)$/.test(
          n[q] ?? '',
        ) ||
        (t.kind[q] === TokenKind.Quote && openAt.has(q))
      ) {
        found = q;
        conf = 0.55;
      }
    }
    if (found < 0 && frames.includes('objinf')) {
      // « a accusé une fois de plus Valbrune d'avoir menti » (fictional)
      for (let q = k, steps = 0; q < sent.tokenEnd && steps < 8; q++, steps++) {
        if (isP(q, '.;:!?') || cueStart.has(q)) break;
        // « ont appelé les habitants "à rester chez eux" »
        const qm = t.kind[q] === TokenKind.Quote && openAt.has(q);
        if (t.kind[q] === TokenKind.Quote && !qm) break;
        const p = qm ? q + 1 : q;
        const isPrep = v.prep === 'de' ? n[p] === 'de' || n[p] === "d'" : text[t.start[p]!] === 'à';
        if (!isPrep || (q === k && sp.agentEnd === undefined)) continue;
        let r = p + 1;
        while (r < sent.tokenEnd && /^(?:ne|n'|pas|l'|le|la|les|lui|leur|y|en|se|s')$/.test(n[r]!)) r++;
        const w = n[r] ?? '';
        if (t.kind[r] === TokenKind.Word && /(?:er|ir|re|oir)$/.test(w) && !NOT_INFINITIVE.has(w)) {
          found = qm ? q : p + 1;
          conf = 0.6;
        }
        break;
      }
    }
    if (found < 0 && frames.includes('barenp') && (n[k] === 'de' || n[k] === "d'")) {
      const w = k + 1;
      if (
        t.kind[w] === TokenKind.Word &&
        text[t.start[w]!] === text[t.start[w]!]!.toLowerCase() &&
        !verbReadings(n[w]!)
      ) {
        found = w;
        conf = 0.5;
      }
    }
    if (found < 0) continue;
    if (v.weak && conf < 0.8 && !c.participle) conf -= 0.1;
    let b = clauseEnd(found);
    // « Tout en se disant disposée à …, l'Ethiopie a confirmé », « Après avoir défendu …, le
    // maire a promis »: a participial or infinitive clause ends at its comma.
    // « S'il a rappelé X, … », « Quand il a annoncé que X, … »: a subordinate clause opening the
    // sentence ends at its comma too.
    let s0 = sent.tokenStart;
    while (s0 < c.i && CONNECTORS.has(n[s0]!)) s0++;
    const subordinate = SUBORDINATORS.has(n[s0]!) && c.i - s0 < 6;
    const adverbial = c.participle || n[c.i] === 'avoir' || n[c.i] === 'etre' || subordinate;
    if (adverbial)
      for (let q = found; q < b; q++)
        if (isP(q, ',') && markOf[q] === -1) {
          b = q;
          break;
        }
    // A noun phrase or infinitive ends before a relative or participial clause set off by a
    // comma (« annoncent leur libération, qu'avait réclamée … », « venger son père, tué en … »).
    if (!viaQue)
      for (let q = found + 2; q < b; q++) {
        if (!isP(q, ',') || markOf[q] !== -1) continue;
        const w = n[q + 1] ?? '';
        const raw = text.slice(t.start[q + 1] ?? 0, t.end[q + 1] ?? 0);
        if (RELATIVES.has(w) || w === 'que' || w === "qu'" || raw === 'où' || PARTICIPLE_END.test(raw)) {
          b = q;
          break;
        }
      }
    // « …, a rappelé le magistrat. », « …, soulignent les critiques, qui … »: a short noun
    // phrase closing the clause after a comma is the verb's inverted subject, not its object.
    if (
      viaNP &&
      !c.participle &&
      found >= c.j &&
      isP(left, ',') &&
      wordCount(found, b) <= 5 &&
      !quoted[found]
    ) {
      const after = n[b] ?? '.';
      if (b >= sent.tokenEnd || isP(b, '.!?…') || (after === ',' && RELATIVES.has(n[b + 1] ?? ''))) continue;
    }
    const ct = content(found, b);
    if (!ct || wordCount(found, b) < (viaNP ? npMin : 2)) continue;
    // « Tout en se disant prête …, l'Ethiopie a confirmé »: the main clause's subject follows.
    if (adverbial && !sp.ref && !sp.sameAs && isP(b, ',')) {
      const k2 = /^(?:l'|le|la|les)$/.test(n[b + 1] ?? '') && !mi.startingAt.has(b + 1) ? b + 2 : b + 1;
      const after = mi.startingAt.get(k2);
      if (after && (after.kind === 'name' || after.kind === 'desc'))
        sp = { ref: after, sameAs: null, inverted: false };
    }
    const ref = sp.inverted ? sp.ref : sp.ref;
    add(
      {
        ...ct,
        cue: c,
        ref,
        sameAs: sp.sameAs,
        confidence: v.weak ? conf - 0.15 : conf,
        mark: ct.mark >= 0 ? marks[ct.mark]! : null,
        tok: c.i,
      },
      found,
      b,
    );
  }

  // « Pour X, … »: an opinion attributed to X, sentence-initially.
  for (const s of doc.sentences) {
    let k = s.tokenStart;
    if (CONNECTORS.has(n[k]!) && n[k + 1] !== ',') k++;
    if (n[k] !== 'pour' || k + 2 >= s.tokenEnd) continue;
    // « Pour beaucoup, … », « Pour certains, … »: an opinion of unnamed people.
    const ql = QUANTIFIER_SOURCES.has(n[k + 1]!) ? 1 : n[k + 1] === "d'" && n[k + 2] === 'autres' ? 2 : 0;
    if (ql && isP(k + 1 + ql, ',') && owner[k + 2 + ql]! < 0) {
      const a = k + 2 + ql;
      const b = clauseEnd(a);
      const ct = content(a, b);
      const who: Mention = {
        i: k + 1,
        j: k + 1 + ql,
        kind: 'desc',
        type: 'anonymous',
        gender: null,
        plural: true,
        entity: null,
        name: text.slice(t.start[k + 1]!, t.end[k + ql]!),
        role: null,
        link: null,
        definite: false,
      };
      if (ct && wordCount(a, b) >= 3)
        add(
          {
            ...ct,
            cue: null,
            ref: who,
            sameAs: null,
            confidence: 0.55,
            mark: null,
            tok: k,
            pourCue: k,
          } as Cand,
          a,
          b,
        );
      continue;
    }
    const m = mi.startingAt.get(k + 1);
    if (!m || n[m.j] !== ',') continue;
    if (
      m.kind === 'pronoun'
        ? !/^(?:lui|elle|eux|elles)$/.test(n[m.i]!)
        : m.kind !== 'name' && m.kind !== 'desc'
    )
      continue;
    if (m.kind === 'desc' && !m.link && m.type === 'organization' && !m.definite) continue;
    const a = m.j + 1;
    if (owner[a]! >= 0) continue;
    const b = clauseEnd(a);
    const ct = content(a, b);
    if (ct && wordCount(a, b) >= 4)
      add(
        { ...ct, cue: null, ref: m, sameAs: null, confidence: 0.6, mark: null, tok: k, pourCue: k } as Cand,
        a,
        b,
      );
  }

  for (const { mark, cue, ref } of splitRefs) {
    const idx = marks.indexOf(mark);
    if (idx >= 0 && !markRef.has(idx)) markRef.set(idx, { cue, ref, conf: 0.8 });
  }

  // --- Pass B: quotation marks ---------------------------------------------------------------
  const direct: Cand[] = [];
  marks.forEach((m, idx) => {
    const [a, b] = markTok[idx]!;
    const words = wordCount(a, b);
    let att = markRef.get(idx);
    // « "On continue" : Macron répond à … » — the subject after the colon.
    // (a statement or an exclamation: a name or charge in marks, « "Diffusion d'images" : X
    // annonce … », is not)
    if (
      !att &&
      m.closeTok >= 0 &&
      isP(m.closeTok + 1, ':') &&
      (words >= 4 || /[!?]$/.test(text.slice(m.start, m.end)))
    ) {
      const k2 = m.closeTok + 2;
      const after =
        mi.startingAt.get(k2) ??
        (/^(?:l'|le|la|les)$/.test(n[k2] ?? '') ? mi.startingAt.get(k2 + 1) : undefined);
      if (after && (after.kind === 'name' || after.kind === 'desc') && after.type !== 'anonymous')
        att = { cue: null, ref: after, conf: 0.6 };
    }
    if (!att && m.openTok >= 0) {
      // A cue before the opening mark: « X a déclaré : « … » », « Il ajoute : « … » ».
      let k = m.openTok - 1;
      for (let g = 0; g < 2 && k >= 0 && t.kind[k] === TokenKind.Quote; g++) k--;
      if (isP(k, ':')) att = colonSpeaker(k) ?? undefined;
      else if (isP(k, ',')) {
        const c = cueEnd.get(k);
        if (c && c.kind === 'verb') {
          const sp = cueSpeaker(c);
          if (sp.ref || sp.sameAs) att = { cue: c, ref: sp.ref, sameAs: sp.sameAs, conf: 0.8 };
        }
      }
    }
    const inverted = att?.cue ?? null;
    const quote: Cand = {
      start: m.start,
      end: m.end,
      kind: 'direct',
      cue: inverted,
      ref: att?.ref ?? null,
      sameAs: att?.sameAs ?? null,
      confidence: att?.conf ?? 0.5,
      mark: m,
      tok: a,
    };
    (quote as Cand & { words: number; attributed: boolean }).words = words;
    (quote as Cand & { attributed: boolean }).attributed = !!att;
    if (m.end > m.start) direct.push(quote);
  });

  /** Speaker of a quotation introduced by a colon ending the clause at token k. */
  function colonSpeaker(
    k: number,
  ): { cue: Cue | null; ref: Mention | null; sameAs?: Cand | null; conf: number } | null {
    const sent = sentOf(k);
    // « Et d'ajouter : », « Avant de conclure : », « Et le sportif de conclure : »: a narrative
    // infinitive, whose speaker is the one just quoted (or the noun phrase before « de »).
    if (k - sent.tokenStart <= 8 && (n[k - 2] === 'de' || n[k - 2] === "d'")) {
      const inf = verbReadings(n[k - 1]!)?.some((r) => r.mask & INFINITIVE);
      const first = n[sent.tokenStart]!;
      if (inf && (first === 'et' || first === 'avant' || first === 'puis')) {
        const np = mi.startingAt.get(sent.tokenStart + 1);
        if (np && np.j === k - 2 && (np.kind === 'name' || np.kind === 'desc' || np.kind === 'pronoun'))
          return { cue: null, ref: np, conf: 0.7 };
        if (k - 2 <= sent.tokenStart + 1) {
          const off = t.start[k]!;
          let prevQ: Cand | null = null;
          for (const c of [...cands, ...direct]) if (c.end <= off && (!prevQ || c.end > prevQ.end)) prevQ = c;
          if (prevQ) return { cue: null, ref: null, sameAs: prevQ, conf: 0.6 };
        }
      }
    }
    let lastCue: Cue | null = null;
    for (let q = Math.max(sent.tokenStart, k - MAX_CLAUSE); q < k; q++) {
      const c = cueStart.get(q);
      if (c && markOf[q] === -1) lastCue = c;
    }
    let nounRef: Mention | null = null;
    let nounAt = -1;
    for (let q = Math.max(sent.tokenStart, k - MAX_CLAUSE); q < k; q++) {
      if (!REPORTING_NOUNS.has(n[q]!)) continue;
      for (let r = q + 1; r < Math.min(k, q + 5); r++) {
        if (n[r] === 'de' || n[r] === "d'" || n[r] === 'du' || n[r] === 'des') {
          const m =
            (n[r] === 'du' || n[r] === 'des' ? mi.startingAt.get(r) : null) ?? mi.startingAt.get(r + 1);
          if (m && m.kind !== 'possessive' && m.kind !== 'relative') {
            nounRef =
              m.kind === 'desc' && !m.link && n[m.j] === ',' && mi.startingAt.get(m.j + 1)?.type === 'person'
                ? mi.startingAt.get(m.j + 1)!
                : m;
            nounAt = q;
          }
          break;
        }
      }
    }
    if (nounRef && (!lastCue || nounAt > lastCue.i)) return { cue: null, ref: nounRef, conf: 0.7 };
    if (lastCue) {
      const sp = cueSpeaker(lastCue);
      if (sp.ref || sp.sameAs) return { cue: lastCue, ref: sp.ref, sameAs: sp.sameAs, conf: 0.85 };
    }
    // The clause's subject (or agent: « un point confirmé par l'entraîneur »).
    for (let q = Math.max(sent.tokenStart, k - MAX_CLAUSE); q < k; q++) {
      const m = mi.startingAt.get(q);
      if (!m || m.kind === 'possessive' || m.kind === 'relative') continue;
      if (m.kind === 'pronoun' && !/^(?:il|elle|ils|elles)$/.test(n[q]!)) continue;
      const prev = n[q - 1] ?? '';
      if (PREPOSITIONS.has(prev) && prev !== 'par') {
        q = m.j - 1;
        continue;
      }
      if (
        m.kind === 'desc' &&
        !m.link &&
        m.type === 'anonymous' &&
        !m.definite &&
        m.name.split(' ').length < 2
      )
        continue;
      return { cue: null, ref: m, conf: 0.65 };
    }
    return null;
  }

  // --- Pass C: outermost quotations only -------------------------------------------------------
  const all = [...cands, ...direct].sort((x, y) => x.start - y.start || y.end - x.end);
  for (let x = 0; x < all.length; x++) {
    const A = all[x]!;
    if (A.dropped) continue;
    for (let y = x + 1; y < all.length; y++) {
      const B = all[y]!;
      if (B.start >= A.end) break;
      if (B.dropped) continue;
      if (B.end <= A.end) {
        // B inside A.
        if (A.kind !== 'direct' && B.kind === 'direct') {
          if (B.start === A.start && B.end === A.end) A.kind = 'mixed';
          else A.kind = 'mixed';
        }
        if (A.kind === 'direct' && B.kind !== 'direct' && B.start === A.start && B.end === A.end) {
          // the same span found twice: keep the reported form's cue and speaker
          A.cue ??= B.cue;
          A.ref ??= B.ref;
          A.sameAs ??= B.sameAs;
        }
        B.dropped = true;
      } else if (A.kind !== 'direct' && B.kind === 'direct') {
        // Reported content running into a quotation that goes on: the quotation wins the rest.
        if (B.start - A.start < 3) {
          A.dropped = true;
          B.cue ??= A.cue;
          B.ref ??= A.ref;
          B.sameAs ??= A.sameAs;
          (B as Cand & { attributed: boolean }).attributed = true;
          break;
        }
        if (
          !(B as Cand & { attributed?: boolean }).attributed &&
          sentOf(tokAtOffset(B.start)) === sentOf(tokAtOffset(A.start))
        ) {
          // An unattributed quotation opened inside the reported clause belongs to it: one
          // mixed quotation (« a promis que … et qu'elles seront dotées "des équipements … »).
          A.end = B.end;
          A.kind = 'mixed';
          B.dropped = true;
          continue;
        }
        A.end = B.start;
        while (A.end > A.start && /[\s.,;:«“"„‹]/.test(text[A.end - 1]!)) A.end--;
        if (A.end - A.start < 8) A.dropped = true;
      } else if (A.kind === 'direct' && B.kind !== 'direct') {
        B.start = A.end;
        B.dropped = true;
      }
    }
  }

  // --- Pass D: speakers in reading order, filters ---------------------------------------------
  const kept = all.filter((c) => !c.dropped).sort((x, y) => x.start - y.start);
  // Words inside any quotation are the quoted speaker's, not subjects pronouns can refer to.
  for (const c of kept)
    for (let k = tokAtOffset(c.start); k < t.length && t.start[k]! < c.end; k++) quoted[k] = 1;
  const out: Quote[] = [];
  let prev: Cand | null = null;
  for (const c of kept) {
    const words = (c as Cand & { words?: number }).words;
    const attributed = (c as Cand & { attributed?: boolean }).attributed;
    if (c.kind === 'direct' && !attributed) {
      // Not a statement: scare quotes, names, titles.
      const before = c.mark && c.mark.openTok > 0 ? n[c.mark.openTok - 1]! : '';
      const short = (words ?? 0) < 4;
      const titled =
        TITLE_CONTEXT.has(before) || /^(?:\p{Lu}[\p{L}'-]*\s*){1,6}$/u.test(text.slice(c.start, c.end));
      if (short || titled) continue;
      // A fragment quoted inside a narrative sentence (« décrit "la relation étrange et
      // dangereuse" ») is no statement, unless only its subject precedes it.
      if (c.mark && c.mark.openTok > 0 && (words ?? 0) < 6) {
        const o = c.mark.openTok;
        const sent = sentOf(o);
        const first = text[c.start]!;
        const lower = first === first.toLowerCase();
        if (lower && o > sent.tokenStart && isWordish(o - 1)) {
          const subj = mi.endingAt.get(o);
          const cs = clauseStart(o);
          const subjectOnly =
            subj && (subj.i === cs || (subj.i === cs + 1 && /^(?:le|la|les|l')$/.test(n[cs]!)));
          if (!subjectOnly) continue;
        }
      }
      const prevNear =
        prev &&
        prev.end <= c.start &&
        paraOfOffset(c.start) - paraOfOffset(prev.end) <= 1 &&
        sentenceGap(prev.end, c.start) <= 1;
      // « Paul X s'est montré sévère lui aussi. "Nous avons …" »: a quotation opening a sentence
      // after one whose subject is a person, with no quotation in between, is that person's.
      const lead = c.mark && c.mark.openTok >= 0 ? leadSubject(c.mark.openTok, prev) : null;
      if (lead) {
        c.ref = lead;
        c.confidence = 0.5;
      } else if (prevNear) {
        c.sameAs = prev;
        c.confidence = 0.55;
      } else if (c.mark && c.mark.openTok > 0) {
        const sent = sentOf(c.mark.openTok);
        const fake: Cue = {
          i: c.mark.openTok,
          j: c.mark.openTok,
          head: c.mark.openTok,
          verb: null,
          lemma: '',
          kind: 'verb',
          clitic: -1,
          participle: false,
          mask: 0,
        };
        const s = subjectBefore(fake, sent.tokenStart);
        c.ref = s.ref;
        c.sameAs = s.sameAs;
        c.confidence = s.ref ? 0.45 : 0.35;
      }
    }
    let speaker: Speaker | null;
    if (c.sameAs) speaker = c.sameAs.speaker ?? null;
    else speaker = resolver.resolve(c.ref, c.tok, { i: tokAtOffset(c.start), j: tokAtOffset(c.end) });
    // A fragment quoted mid-sentence that nobody is said to have spoken is no quotation.
    if (!speaker && c.kind === 'direct' && !attributed && c.mark && c.mark.openTok > 0) {
      const o = c.mark.openTok;
      if (o > sentOf(o).tokenStart && t.kind[o - 1] !== TokenKind.Punct) continue;
    }
    c.speaker = speaker;
    if (!speaker) c.confidence = Math.min(c.confidence, 0.4);
    resolver.history.push({
      speaker,
      tok: c.tok,
      gender: c.ref ? (resolver.genderOf(c.ref) ?? genderOfSpeaker(speaker)) : genderOfSpeaker(speaker),
      plural: c.ref?.plural ?? false,
      specific: c.ref?.kind === 'desc' && c.ref.definite && !c.ref.plural && !c.ref.link,
    });
    const cue: RecordCue | null = c.cue
      ? {
          start: t.start[c.cue.i]!,
          end: t.end[c.cue.j - 1]!,
          text: text.slice(t.start[c.cue.i]!, t.end[c.cue.j - 1]!),
          lemma: c.cue.lemma,
        }
      : (c as Cand & { pourCue?: number }).pourCue !== undefined
        ? (() => {
            const k = (c as Cand & { pourCue: number }).pourCue;
            return {
              start: t.start[k]!,
              end: t.end[k]!,
              text: text.slice(t.start[k]!, t.end[k]!),
              lemma: 'pour',
            };
          })()
        : null;
    out.push({
      id: `q${out.length + 1}`,
      kind: c.kind,
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      speaker,
      cue,
      confidence: Math.round(Math.max(0.05, Math.min(0.99, c.confidence)) * 100) / 100,
    });
    prev = c;
  }
  doc.quotes = out;

  /** The person subject of the sentence just before a sentence-initial quotation, if no quotation lies between. */
  function leadSubject(openTok: number, prevQuote: Cand | null): Mention | null {
    const sent = sentOf(openTok);
    if (openTok !== sent.tokenStart) return null;
    const si = t.sentence[openTok]!;
    if (si === 0) return null;
    const ps = doc.sentences[si - 1]!;
    if (ps.paragraph < sent.paragraph - 1) return null;
    if (prevQuote && prevQuote.end > ps.start) return null;
    for (let k = ps.tokenStart; k < ps.tokenEnd; k++) if (t.kind[k] === TokenKind.Quote) return null;
    let k = ps.tokenStart;
    while (k < ps.tokenEnd && (CONNECTORS.has(n[k]!) || isP(k, ','))) k++;
    const m = mi.startingAt.get(k);
    if (!m || (m.kind !== 'name' && m.kind !== 'desc')) return null;
    const person = m.kind === 'name' ? m.type === 'person' : !!m.link || (m.type === 'person' && m.definite);
    return person ? m : null;
  }

  function paraOfOffset(off: number): number {
    return sentOf(Math.min(t.length - 1, tokAtOffset(off))).paragraph;
  }
  function sentenceGap(a: number, b: number): number {
    return t.sentence[Math.min(t.length - 1, tokAtOffset(b))]! - t.sentence[Math.max(0, tokAtOffset(a) - 1)]!;
  }
  void resolverGender;
}

function genderOfSpeaker(_s: Speaker | null): 'male' | 'female' | null {
  return null;
}
const resolverGender = null;
