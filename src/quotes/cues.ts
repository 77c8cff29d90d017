// Reporting cues: verb groups around a reporting verb form (« a déclaré », « avait affirmé »,
// « a-t-il ajouté », « s'est engagé à », « va annoncer », « niant », « a tenu à souligner »),
// reporting prepositions (« selon », « d'après », « aux dires de ») and sentence-initial « pour X, ».
import { type Doc, TokenKind } from '../doc.js';
import {
  FINITE,
  type FormReading,
  INFINITIVE,
  PAST_PARTICIPLE,
  PHRASE_HEAD,
  PHRASE_REST,
  PHRASE_RESTS,
  PRESENT_PARTICIPLE,
  phraseReadings,
  VERB_FORM,
  type VerbLemma,
  verbReadings,
} from './lexicon.js';
import { lexFlag, tokenFlags } from './tokenlex.js';

export interface Cue {
  /** Token range of the cue [i, j). */
  i: number;
  j: number;
  /** The reporting verb's token. */
  head: number;
  verb: VerbLemma | null;
  lemma: string;
  kind: 'verb' | 'prep';
  /** Token index of an inverted subject clitic (« a-t-il », « affirme-t-elle »), or -1. */
  clitic: number;
  /** The form is a bare past participle (no auxiliary) or a present participle. */
  participle: boolean;
  /** Form bits of the head (see lexicon: FINITE, PAST_PARTICIPLE, PRESENT_PARTICIPLE, INFINITIVE). */
  mask: number;
}

const AUX = new Set(
  'a ont avait avaient aura auront aurait auraient ait aient eut eurent avoir ayant est sont etait etaient sera seront serait seraient soit soient fut furent etre etant ete'.split(
    ' ',
  ),
);
export const ADVERBS = new Set(
  "aussi egalement encore deja toujours jamais pas plus point ensuite alors enfin notamment cependant pourtant toutefois neanmoins meme bien mieux ainsi souvent longtemps aussitot immediatement publiquement clairement fermement vivement officiellement finalement pourtant d'ailleurs ailleurs outre recemment hier aujourd'hui lundi mardi mercredi jeudi vendredi samedi dimanche matin soir apres-midi dernier derniere prochain lui-meme elle-meme eux-memes elles-memes certes volontiers simplement franchement notamment surtout tres rapidement precedemment auparavant brievement sobrement laconiquement vendredi-soir".split(
    ' ',
  ),
);
const ADVERB_PHRASES = new Set([
  'par exemple',
  'lui aussi',
  'elle aussi',
  'eux aussi',
  'a nouveau',
  'de nouveau',
  'en effet',
  'par ailleurs',
  'en outre',
  'pour sa part',
  'pour leur part',
  'de son cote',
  'de leur cote',
  'a son tour',
  'quant a lui',
  'quant a elle',
  'une nouvelle fois',
  'une fois encore',
  'encore une fois',
  'au passage',
  'en substance',
  'sans detour',
  'sans ambages',
  'en personne',
  "d' abord",
  'tout de suite',
]);
const MODAL_PP = new Set([
  'tenu',
  'voulu',
  'tient',
  'tenait',
  'tiennent',
  'vient',
  'venait',
  'viennent',
  'refuse',
  'souhaite',
  'decide',
]);
const MODALS = new Set(
  'va vont allait allaient ira iront doit doivent devait devaient devrait devraient veut veulent voulait voulaient voudrait peut peuvent pouvait pourrait vient viennent venait tient tiennent tenait souhaite souhaitait a ont avait avaient'.split(
    ' ',
  ),
);

/** Every part of a phrase rest before one of its spaces: a word no rest starts with needs no joined key. */
const REST_HEADS = new Set<string>();
for (const r of PHRASE_RESTS)
  for (let k = r.indexOf(' '); k >= 0; k = r.indexOf(' ', k + 1)) REST_HEADS.add(r.slice(0, k));
const REST_HEAD = lexFlag(REST_HEADS);
/** First words of the reporting prepositions (« selon », « d'après », « aux dires de »). */
const PREP_START = lexFlag(['selon', "d'", 'aux']);
/** A token without any of these flags starts no cue. */
const CUE_START = PREP_START | VERB_FORM | PHRASE_HEAD;

/** Is token i (or i and i-1: « s' » « est ») the reflexive of a pronominal verb? */
function reflexiveBefore(doc: Doc, i: number): number {
  const n = doc.tokens.norm;
  let k = i - 1;
  while (
    k >= 0 &&
    (ADVERBS.has(n[k]!) ||
      n[k] === 'ne' ||
      n[k] === "n'" ||
      AUX.has(n[k]!) ||
      doc.tokens.kind[k] === TokenKind.Clitic) &&
    i - k < 6
  ) {
    if (n[k] === 'se' || n[k] === "s'") return k;
    k--;
  }
  return n[k] === 'se' || n[k] === "s'" ? k : -1;
}

/** `flags`: the document's token flags (tokenFlags), when the caller has them already. */
export function findCues(doc: Doc, flags: Int32Array = tokenFlags(doc)): Cue[] {
  const t = doc.tokens;
  const n = t.norm;
  const out: Cue[] = [];
  for (let h = 0; h < t.length; h++) {
    const f = flags[h]!;
    if ((f & CUE_START) === 0) continue;
    const norm = n[h]!;
    // Reporting prepositions.
    if (norm === 'selon' && t.kind[h] === TokenKind.Word) {
      const next = n[h + 1];
      if (
        next === 'que' ||
        next === "qu'" ||
        next === 'lequel' ||
        next === 'laquelle' ||
        next === 'lesquels' ||
        next === 'lesquelles'
      )
        continue;
      out.push({
        i: h,
        j: h + 1,
        head: h,
        verb: null,
        lemma: 'selon',
        kind: 'prep',
        clitic: -1,
        participle: false,
        mask: 0,
      });
      continue;
    }
    if (norm === "d'" && n[h + 1] === 'apres' && t.kind[h + 2] !== TokenKind.Punct) {
      out.push({
        i: h,
        j: h + 2,
        head: h + 1,
        verb: null,
        lemma: "d'après",
        kind: 'prep',
        clitic: -1,
        participle: false,
        mask: 0,
      });
      continue;
    }
    if (
      norm === 'aux' &&
      n[h + 1] === 'dires' &&
      (n[h + 2] === 'de' || n[h + 2] === "d'" || n[h + 2] === 'du' || n[h + 2] === 'des')
    ) {
      out.push({
        i: h,
        j: h + 2,
        head: h + 1,
        verb: null,
        lemma: 'aux dires de',
        kind: 'prep',
        clitic: -1,
        participle: false,
        mask: 0,
      });
      continue;
    }
    let rs: FormReading[] | undefined =
      f & VERB_FORM && t.kind[h] === TokenKind.Word ? verbReadings(norm) : undefined;
    let phraseEnd = h + 1;
    // Only a phrase head can start a multi-word key.
    if (f & PHRASE_HEAD) {
      if (h + 1 < t.length && flags[h + 1]! & PHRASE_REST) {
        const pr = phraseReadings(`${norm} ${n[h + 1]}`);
        if (pr) {
          rs = pr;
          phraseEnd = h + 2;
        }
      } else if (
        h + 2 < t.length &&
        flags[h + 1]! & REST_HEAD &&
        PHRASE_RESTS.has(`${n[h + 1]} ${n[h + 2]}`)
      ) {
        const pr = phraseReadings(`${norm} ${n[h + 1]} ${n[h + 2]}`);
        if (pr) {
          rs = pr;
          phraseEnd = h + 3;
        }
      }
    }
    if (!rs) continue;
    // A capitalised form mid-sentence is a name (« Marie Ajoute »), not a verb.
    const first = doc.text[t.start[h]!]!;
    if (first !== first.toLowerCase() && h !== doc.sentences[t.sentence[h]!]?.tokenStart) continue;
    const refl = reflexiveBefore(doc, h);
    const pron = refl >= 0;
    const candidates = rs.filter((r) => !!r.verb.pron === pron && (!r.verb.rest || phraseEnd > h + 1));
    if (!candidates.length) continue;
    const r = candidates[0]!;
    let mask = candidates.reduce((m, c) => m | c.mask, 0);
    // Folding merges « confirme » and « confirmé »: the written accent tells them apart.
    if (mask & FINITE && mask & PAST_PARTICIPLE) {
      const raw = doc.text.slice(t.start[h]!, t.end[h]!).toLowerCase();
      if (/(?:é|ée|és|ées)$/.test(raw)) mask &= ~FINITE;
      else if (/(?:e|es)$/.test(raw)) mask &= ~PAST_PARTICIPLE;
    }
    // Group leftwards: auxiliary, adverbs, negation, reflexive, inverted clitic, modal + à/de.
    let i = h;
    let hasAux = false;
    let clitic = -1;
    const isInfForm = (mask & INFINITIVE) !== 0;
    for (let k = h - 1; k >= 0 && h - k <= 8; k--) {
      const w = n[k]!;
      const raw = doc.text[t.start[k]!];
      if (t.kind[k] === TokenKind.Clitic) {
        clitic = k;
        i = k;
        continue;
      }
      if (raw === 'à' || w === 'de' || w === "d'") {
        // « a tenu à souligner », « vient de déclarer », « s'est engagé à » is not this.
        if (k === h - 1 && isInfForm && (MODAL_PP.has(n[k - 1] ?? '') || MODALS.has(n[k - 1] ?? ''))) {
          hasAux = true;
          i = k - 1;
          k--;
          continue;
        }
        break;
      }
      if (AUX.has(w)) {
        hasAux = true;
        i = k;
        continue;
      }
      // « a par exemple expliqué », « a pour sa part estimé », « a par ailleurs ajouté » (before
      // single adverbs: « ailleurs » alone would leave « par » behind)
      const two = `${n[k - 1]} ${w}`;
      const three = `${n[k - 2]} ${two}`;
      if (ADVERB_PHRASES.has(three)) {
        k -= 2;
        continue;
      }
      if (ADVERB_PHRASES.has(two)) {
        k -= 1;
        continue;
      }
      if (ADVERBS.has(w)) continue;
      // « a-t-il longuement raconté », « a sobrement déclaré »: a -ment adverb inside the group.
      if (w.length > 6 && w.endsWith('ment') && k === h - 1 && t.kind[k] === TokenKind.Word) continue;
      if (
        w === 'se' ||
        w === "s'" ||
        w === 'ne' ||
        w === "n'" ||
        w === "l'" ||
        w === 'le' ||
        w === 'lui' ||
        w === 'leur' ||
        w === 'y' ||
        w === 'en'
      ) {
        if (w === 'le' || w === 'lui' || w === 'leur' || w === 'en' || w === "l'" || w === 'y') {
          // object clitics only right before a verb or auxiliary
          if (k !== i - 1) break;
        }
        i = k;
        continue;
      }
      if (MODALS.has(w) && isInfForm) {
        hasAux = true;
        i = k;
        continue;
      }
      break;
    }
    // The inverted clitic after a simple form: « affirme-t-il », « ajoute-t-elle ».
    let j = phraseEnd;
    if (t.kind[j] === TokenKind.Clitic) {
      clitic = j;
      j++;
    }
    const isInf = (mask & INFINITIVE) !== 0;
    const finiteForm = (mask & FINITE) !== 0;
    const isPP = (mask & PAST_PARTICIPLE) !== 0;
    const isPPR = (mask & PRESENT_PARTICIPLE) !== 0;
    let participle = false;
    if (hasAux || clitic >= 0) {
      // ok
    } else if (finiteForm) {
      // ok
    } else if (isPPR) participle = true;
    else if (isPP) participle = true;
    else if (isInf) continue;
    // « …, et soutenu qu'un parti … »: a bare participle before que is a coordinated compound tense.
    // (or an auxiliary a few words back: « il avait jusque-là toujours maintenu que »)
    const thatNext =
      (n[phraseEnd] === 'que' || n[phraseEnd] === "qu'") &&
      (n[h - 1] === 'et' ||
        n[h - 1] === ',' ||
        n[h - 1] === 'puis' ||
        AUX.has(n[h - 2] ?? '') ||
        AUX.has(n[h - 3] ?? '') ||
        AUX.has(n[h - 4] ?? ''));
    if (participle && isPP && !isPPR && !pron && thatNext) participle = false;
    else if (participle && isPP && !isPPR && !pron) {
      // A bare past participle is adjectival or passive (« un point confirmé par ») — not a cue.
      continue;
    }
    if (isInf && !finiteForm && !isPP && !isPPR && !hasAux) continue;
    out.push({ i, j, head: h, verb: r.verb, lemma: r.verb.lemma, kind: 'verb', clitic, participle, mask });
    h = j - 1;
  }
  return out;
}
