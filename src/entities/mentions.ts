// Finding entity mentions in one Doc: capitalised token runs (with name particles and the
// connectors of institutional names), the gazetteer's longest match, and the context cues of
// French news copy — courtesy titles (M., Mme, Me), roles (« le ministre russe des Affaires
// étrangères X »), appositions (« X, avocate de… »), reporting verbs, organisation cues
// (« le groupe X ») and place prepositions (« à X »). Titles, roles and demonyms are cues, never
// part of a name. Unknown names that no cue types stay MISC rather than guessing.
import { type Doc, TokenKind } from '../doc.js';
import type { EntityType, Gender } from '../record.js';
import {
  acronymByKey,
  articleLength,
  countryOfDemonymKey,
  entriesByKey,
  firstNameGenderByKey,
  gazetteerKey,
  isCapsOnlyKey,
  isCommonFirstNameByKey,
  isFrenchGivenName,
  keyOfNorm,
  keyOfText,
  longestNameFromKey,
  lookupLowercaseBrand,
  lookupOrganization,
  lookupPlace,
  type Metonym,
  type Organization,
  organizationByName,
  type Place,
  personByKey,
  placeByKey,
} from './gazetteer.js';
import {
  COMMON_ACRONYMS,
  LOC_HEADS,
  MISC_NAMES,
  NOT_NAMES,
  NOT_PERSON_WORDS,
  ORG_CUES,
  ORG_HEADS,
  ORG_TAILS,
  PERSON_PARTICLES,
  PERSON_TITLES,
  PLACE_PREPOSITIONS,
  ROLE_NOUNS,
  SPEECH_VERBS,
} from './lexicon.js';

export type Evidence =
  | 'gazetteer'
  | 'title'
  | 'role'
  | 'apposition'
  | 'firstname'
  | 'speech'
  | 'cue'
  | 'head'
  | 'acronym'
  | 'place'
  | 'unknown';

export interface GazetteerHit {
  place?: Place;
  organization?: Organization;
  metonym?: Metonym;
}

export interface Mention {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  type: EntityType;
  evidence: Evidence;
  /** gazetteerKey of the text, for merging and look-ups. */
  key: string;
  gazetteer?: GazetteerHit;
  gender?: Gender | null;
  role?: string | null;
  country?: string | null;
  /** Capitalised only because it opens a sentence, with nothing else to vouch for it. */
  weak?: boolean;
}

const UPPER = /^\p{Lu}/u;
const ALL_CAPS = /^[\p{Lu}\d][\p{Lu}\d&-]*$/u;
const NAME_PREFIX = /^(?:al|el|ben|bin|ould|ag|abd|ibn|abou|abu|bou|d)[-'’]\p{Lu}/u;
const ADJECTIVE =
  /(?:al|ale|aux|ales|el|elle|els|elles|ien|ienne|iens|iennes|ais|aise|ois|oise|ique|iques|ain|aine|aire|aires|if|ive|ifs|ives|é|ée|unies|unis|iste|istes|ant|ante|in|ine|an|ane|ois|ublic|ublique|ere|eres|ieur|ieure|ieurs|ieures)$/;
// Heads that take one lower-case complement: « Cour de cassation », « Conseil des ministres ».
const DE_NOUN_HEADS = new Set([
  'conseil',
  'cour',
  'chambre',
  'commission',
  'comite',
  'tribunal',
  'office',
  'haut-commissariat',
  'banque',
  'agence',
  'direction',
  'ministere',
  'fonds',
]);
const DE = new Set(['de', 'du', 'des', "d'"]);
const ORG_CONNECTORS = new Set(['de', 'du', 'des', "d'", 'la', "l'", 'et', 'en', 'pour', 'sur', 'aux', 'au']);
const ARTICLES_MASC = new Set(['le', 'un', 'ce', 'cet', 'du', 'au']);
const ARTICLES_FEM = new Set(['la', 'une', 'cette']);
const ARTICLES = new Set([
  'le',
  'la',
  'les',
  "l'",
  'du',
  'des',
  'au',
  'aux',
  'un',
  'une',
  'ce',
  'cette',
  'son',
  'sa',
  'notre',
  'leur',
]);

interface Ctx {
  doc: Doc;
  text: string;
  norm: string[];
  kind: Uint8Array;
  /** Whether each token is sentence-initial or follows an opening quote, colon or dash. */
  initial: Uint8Array;
  /** Per-token memo of isAcronym(token text): 0 unknown, 1 false, 2 true. */
  acronymMemo: Uint8Array;
  /** Per-token memo of the word tests below: 0 unknown, 1 false, 2 true. */
  capMemo: Uint8Array;
  demonymMemo: Uint8Array;
  firstNameMemo: Uint8Array;
}

const tokText = (c: Ctx, i: number) => c.text.slice(c.doc.tokens.start[i], c.doc.tokens.end[i]);

/** gazetteerKey(tokText(c, i)), from the token's folded form. */
const tokKey = (c: Ctx, i: number) => keyOfNorm(c.norm[i]!);

/** UPPER.test(tokText(c, i)) without slicing ASCII-initial tokens. */
function upperAt(c: Ctx, i: number): boolean {
  const ch = c.text.charCodeAt(c.doc.tokens.start[i]!);
  if (ch < 128) return ch >= 65 && ch <= 90;
  return UPPER.test(tokText(c, i));
}

function isWordish(c: Ctx, i: number): boolean {
  const k = c.kind[i];
  return k === TokenKind.Word || k === TokenKind.Abbrev || k === TokenKind.Elision;
}

/** A token that can be part of a name: capitalised (« Diop », « N'Djamena ») or « al-Assad ». */
function isCapWord(c: Ctx, i: number): boolean {
  const k = c.kind[i];
  if (k !== TokenKind.Word && k !== TokenKind.Abbrev) return false;
  const v = c.capMemo[i];
  if (v) return v === 2;
  const r = capitalised(c, i);
  c.capMemo[i] = r ? 2 : 1;
  return r;
}

/** UPPER or NAME_PREFIX on the token's text: only a capital or one of a, b, d, e, i, o can start it. */
function capitalised(c: Ctx, i: number): boolean {
  const ch = c.text.charCodeAt(c.doc.tokens.start[i]!);
  if (ch >= 65 && ch <= 90) return true;
  if (ch < 128 && ch !== 97 && ch !== 98 && ch !== 100 && ch !== 101 && ch !== 105 && ch !== 111)
    return false;
  const t = tokText(c, i);
  return UPPER.test(t) || NAME_PREFIX.test(t);
}

function isDemonymOnly(c: Ctx, i: number): boolean {
  if (i < 0 || i >= c.norm.length) return false;
  const v = c.demonymMemo[i];
  if (v) return v === 2;
  // countryOfDemonym(norm) && !lookupPlace(norm), the norm being the text (hence the caps test).
  const n = c.norm[i]!;
  const r = countryOfDemonymKey(keyOfNorm(n)) !== null && !placeOfNorm(n);
  c.demonymMemo[i] = r ? 2 : 1;
  return r;
}

/** isCommonFirstName of token i, memoised. */
function commonFirst(c: Ctx, i: number): boolean {
  if (i < 0 || i >= c.norm.length) return false;
  const v = c.firstNameMemo[i];
  if (v) return v === 2;
  const r = isCommonFirstNameByKey(tokKey(c, i));
  c.firstNameMemo[i] = r ? 2 : 1;
  return r;
}

/** lookupPlace(norm): the folded form is the text (so a key known from capitals never matches it). */
function placeOfNorm(n: string): Place | undefined {
  const key = keyOfNorm(n);
  return isCapsOnlyKey(key) && n !== n.toUpperCase() ? undefined : placeByKey(key);
}

/** lookupPlace(tokText(c, i)), the text sliced only for a key known from capitals. */
function placeOfToken(c: Ctx, i: number): Place | undefined {
  return placeOfSpan(c, tokKey(c, i), i, i);
}

/** lookupPlace of the text of tokens a..j (inclusive), whose gazetteerKey is `key`. */
function placeOfSpan(c: Ctx, key: string, a: number, j: number): Place | undefined {
  if (isCapsOnlyKey(key)) {
    const t = c.text.slice(c.doc.tokens.start[a], c.doc.tokens.end[j]);
    if (t !== t.toUpperCase()) return undefined;
  }
  return placeByKey(key);
}

/** lookupOrganization of the text of tokens a..j (inclusive), whose gazetteerKey is `key`. */
function organizationOfSpan(c: Ctx, key: string, a: number, j: number): Organization | undefined {
  const byName = organizationByName(key);
  if (byName) return byName;
  const acronym = acronymByKey(key);
  if (!acronym) return undefined;
  // An acronym is written with capitals: « UE », « Aqmi », never « ue » (a common word).
  const t = c.text.slice(c.doc.tokens.start[a], c.doc.tokens.end[j]);
  return t === t.toLowerCase() ? undefined : acronym;
}

/** gazetteerKey of the text of tokens a..b-1. */
function spanKey(c: Ctx, a: number, b: number): string {
  return b - a === 1 ? tokKey(c, a) : keyOfText(c.text.slice(c.doc.tokens.start[a], c.doc.tokens.end[b - 1]));
}

interface Hit {
  end: number;
  hit: GazetteerHit;
  type: EntityType;
}

const MISC_LONGEST = new Map<string, number>();
for (const m of MISC_NAMES) {
  const ws = m.split(/ |(?<=')/);
  MISC_LONGEST.set(ws[0]!, Math.max(MISC_LONGEST.get(ws[0]!) ?? 0, ws.length));
}

const CONTRACTED_ARTICLE = new Map<string, string>([
  ['au', 'le '],
  ['du', 'le '],
  ['aux', 'les '],
  ['des', 'les '],
  ['la', 'la '],
  ['le', 'le '],
  ['les', 'les '],
  ["l'", "l'"],
]);

/**
 * The gazetteer reading of a text — `prefix` then tokens a..j (inclusive) — by its key (its
 * gazetteerKey): a MISC name, else a seat of power, an organisation (by name, by acronym), a place
 * (when placeOk). The text is sliced out only where its case matters.
 */
function lookupSpan(
  c: Ctx,
  key: string,
  a: number,
  j: number,
  placeOk: boolean,
  end: number,
  prefix = '',
): Hit | null {
  if (MISC_NAMES.has(key) && placeOk) return { hit: {}, type: 'MISC', end };
  // Each map's get: the full key, else the key without its article. One probe for all maps.
  const e = entriesByKey(key);
  const skip = articleLength(key);
  const bare = skip ? entriesByKey(key.slice(skip)) : undefined;
  if (e === undefined && bare === undefined) return null;
  const metonym = e?.metonym ?? bare?.metonym;
  if (metonym) return { hit: { metonym }, type: 'ORG', end };
  const byName = e?.organization ?? bare?.organization;
  if (byName) return { hit: { organization: byName }, type: 'ORG', end };
  const acronym = e?.acronym ?? bare?.acronym;
  // An acronym is written with capitals: « UE », « Aqmi », never « ue » (a common word).
  if (acronym && !lowerSpan(c, a, j, prefix)) return { hit: { organization: acronym }, type: 'ORG', end };
  if (!placeOk) return null;
  const place = e?.place ?? bare?.place;
  // A key known only from capitals (« EAU ») is a place only in capitals.
  if (place && !(isCapsOnlyKey(key) && !upperSpan(c, a, j, prefix)))
    return { hit: { place }, type: 'LOC', end };
  return null;
}

/** Whether prefix + the text of tokens a..j is unchanged by lower-casing (no capital). */
function lowerSpan(c: Ctx, a: number, j: number, prefix: string): boolean {
  const t = prefix + c.text.slice(c.doc.tokens.start[a], c.doc.tokens.end[j]);
  return t === t.toLowerCase();
}

/** Whether prefix + the text of tokens a..j is unchanged by upper-casing. */
function upperSpan(c: Ctx, a: number, j: number, prefix: string): boolean {
  const t = prefix + c.text.slice(c.doc.tokens.start[a], c.doc.tokens.end[j]);
  return t === t.toUpperCase();
}

/** Longest gazetteer (or MISC list) match starting at token i, over at most 8 tokens. */
function gazetteerAt(c: Ctx, i: number, sentEnd: number, viaArticle = true): Hit | null {
  const starts = c.doc.tokens.start;
  const ends = c.doc.tokens.end;
  // The folded form keys like the token's text (folding twice changes nothing) and is hashed once.
  const first = tokKey(c, i);
  const words = Math.max(longestNameFromKey(first), MISC_LONGEST.get(c.norm[i]!) ?? 0);
  if (words === 0) return null;
  // Hyphenated tokens hold several key words (« Pas-de-Calais »): the window counts tokens.
  const max = Math.min(sentEnd, i + words);
  let last = i;
  while (
    last + 1 < max &&
    (isWordish(c, last + 1) ||
      c.kind[last + 1] === TokenKind.Number ||
      c.text.charCodeAt(starts[last + 1]!) === 45)
  )
    last++;
  // « au Havre », « du Figaro », « des Républicains »: the name's article is inside a contraction.
  const article = i > 0 && viaArticle ? CONTRACTED_ARTICLE.get(c.norm[i - 1]!) : undefined;
  for (let j = last; j >= i; j--) {
    if (!isWordish(c, j) && c.kind[j] !== TokenKind.Number) continue;
    // A match must end on a name word (« Afrique de l’ouest »), not on a connector.
    if (j > i && c.kind[j] === TokenKind.Elision) continue;
    // One token's key is its folded form's: no slice of the text (« surface ») for it.
    const key = j === i ? first : keyOfText(c.text.slice(starts[i], ends[j]));
    const hit = lookupSpan(c, key, i, j, j > i || upperAt(c, i), j + 1);
    if (hit) {
      // « En marche ! », « Quelle époque ! »: a name may end on an exclamation mark.
      if (j + 1 < c.doc.tokens.length && c.text.charCodeAt(starts[j + 1]!) === 33 && hit.type === 'ORG') {
        const bang = lookupSpan(c, keyOfText(c.text.slice(starts[i], ends[j + 1])), i, j + 1, true, j + 2);
        if (bang?.type === 'ORG') return bang;
      }
      return hit;
    }
    if (article && upperAt(c, i)) {
      const withArticle = lookupSpan(
        c,
        keyOfText(article + c.text.slice(starts[i], ends[j])),
        i,
        j,
        true,
        j + 1,
        article,
      );
      if (withArticle) return withArticle;
    }
  }
  return null;
}

const PORTFOLIO_ROLES = new Set([
  'ministre',
  'ministres',
  'ministere',
  'secretaire',
  'commissaire',
  'charge',
  'chargee',
  'delegue',
  'deleguee',
  'portefeuille',
  'departement',
]);

/** Whether token i is a capitalised word of a ministerial portfolio (« ministre des Affaires étrangères »). */
function inPortfolio(c: Ctx, i: number, sStart: number): boolean {
  const prev = c.norm[i - 1];
  if (
    i <= sStart ||
    !(DE.has(prev!) || prev === 'la' || prev === "l'" || prev === 'aux' || prev === 'au' || prev === 'et')
  )
    return false;
  for (let k = i - 1, steps = 0; k >= sStart && steps < 12; k--, steps++) {
    const n = c.norm[k]!;
    if (PORTFOLIO_ROLES.has(n)) return true;
    if (
      n === ',' ||
      ORG_CONNECTORS.has(n) ||
      isCapWord(c, k) ||
      /(?:e|es|al|aux|ale|ales|el|elle|ique)$/.test(n)
    )
      continue;
    return false;
  }
  return false;
}

/** Role phrase before a name: « le ministre russe des Affaires étrangères », « son homologue malien, ». */
function roleBefore(c: Ctx, a: number, sentStart: number): { k: number; end: number } | null {
  let end = a - 1;
  // « l'avocat de X », « rescapé du Bataclan »: X is the role's complement, not its holder.
  if (end >= sentStart && (DE.has(c.norm[end]!) || c.norm[end] === "l'" || c.norm[end] === 'la')) return null;
  // « l'école Levre », « le lycée Suger »: the name of the institution just named.
  if (end >= sentStart && INSTITUTION_NOUNS.has(c.norm[end]!)) return null;
  // « Sud Radio »: a capitalised word just before, dropped as a common word, belongs to the same name.
  if (end >= sentStart && isCapWord(c, end) && !c.initial[end] && NOT_NAMES.has(c.norm[end]!)) return null;
  if (end >= sentStart && c.norm[end] === ',') end--;
  for (let k = end, steps = 0; k >= sentStart && steps < 7; k--, steps++) {
    const n = c.norm[k]!;
    if (ROLE_NOUNS.has(n)) return { k, end };
    const kd = c.kind[k];
    if (kd === TokenKind.Punct || kd === TokenKind.Quote || kd === TokenKind.Number) return null;
    // The role phrase is a noun phrase: a preposition other than « de », a verb or a pronoun
    // between the role and the name means the name is not its holder (« son frère à Figueira »).
    if (ROLE_BLOCKERS.has(n) || (SPEECH_VERBS.has(n) && n !== 'dit')) return null;
  }
  return null;
}

const ROLE_BLOCKERS = new Set([
  'a',
  'au',
  'aux',
  'en',
  'sur',
  'pour',
  'avec',
  'dans',
  'par',
  'chez',
  'ou',
  'que',
  "qu'",
  'qui',
  'dont',
  'selon',
  'vers',
  'contre',
  'entre',
  'sans',
  'sous',
  'et',
  'il',
  'elle',
  'ils',
  'elles',
  'on',
  'est',
  'sont',
  'ont',
  'etait',
  'sera',
  'avait',
  'ete',
  'se',
  "s'",
  'ne',
  "n'",
  'y',
  'apres',
  'avant',
  'depuis',
  'pendant',
  'lors',
  'comme',
]);
const INSTITUTION_NOUNS = new Set([
  'ecole',
  'lycee',
  'college',
  'universite',
  'hotel',
  'restaurant',
  'clinique',
  'hopital',
  'prix',
  'rue',
  'avenue',
  'boulevard',
  'place',
  'stade',
  'salle',
  'theatre',
  'cinema',
  'festival',
  'magasin',
  'cafe',
  'bar',
  'usine',
  'site',
  'aeroport',
  'gare',
  'prison',
  'centre',
  'residence',
  'cite',
  'quartier',
  'village',
  'ville',
  'commune',
  'marque',
]);

function genderOfRole(c: Ctx, k: number): Gender | null {
  const g = ROLE_NOUNS.get(c.norm[k]!) ?? null;
  if (g) return g;
  const det = c.norm[k - 1];
  if (det && ARTICLES_FEM.has(det)) return 'female';
  if (det && ARTICLES_MASC.has(det)) return 'male';
  return null;
}

/** A state named in a role phrase: a demonym (« russe ») or « du Mali ». */
function countryIn(c: Ctx, from: number, to: number): string | null {
  for (let k = from; k <= to; k++) {
    const n = c.norm[k]!;
    const d = countryOfDemonymKey(keyOfNorm(n));
    if (d && !upperAt(c, k)) return d;
    if (DE.has(n) || n === "l'" || n === 'la') {
      let j = k + 1;
      if (c.norm[j] === "l'" || c.norm[j] === 'la') j++;
      if (j <= to + 1 && j < c.doc.tokens.length) {
        const p = placeOfToken(c, j);
        if (p?.kind === 'country' && p.country) return p.country;
      }
    }
  }
  return null;
}

function speechAfter(c: Ctx, b: number): boolean {
  const n1 = c.norm[b];
  if (n1 === undefined) return false;
  if (SPEECH_VERBS.has(n1)) return true;
  const n2 = c.norm[b + 1];
  return n2 !== undefined && SPEECH_VERBS.has(`${n1} ${n2}`);
}

/**
 * « …", estime X Y », « …, a déclaré X Y »: a reporting verb after a quotation or a comma, with its
 * subject after it.
 */
function speechBefore(c: Ctx, a: number, sStart: number): boolean {
  const v1 = a - 1;
  if (v1 <= sStart) return false;
  let k = -1;
  if (SPEECH_VERBS.has(c.norm[v1]!)) k = v1 - 1;
  else if (v1 - 1 > sStart && SPEECH_VERBS.has(`${c.norm[v1 - 1]} ${c.norm[v1]}`)) k = v1 - 2;
  if (k < sStart) return false;
  return c.norm[k] === ',' || c.kind[k] === TokenKind.Quote;
}

/** « X, avocate des parties civiles » / « X, le ministre… »: the role noun after a comma. */
function appositionAfter(c: Ctx, b: number, sentEnd: number): number {
  if (c.norm[b] !== ',') return -1;
  let k = b + 1;
  if (k < sentEnd && (ARTICLES_MASC.has(c.norm[k]!) || ARTICLES_FEM.has(c.norm[k]!) || c.norm[k] === "l'"))
    k++;
  // « X, 45 ans, ministre… », « X, ancien ministre »
  if (
    k < sentEnd &&
    /^(?:ancien|ancienne|ex|actuel|actuelle|nouveau|nouvelle|futur|future)$/.test(c.norm[k]!)
  )
    k++;
  return k < sentEnd && ROLE_NOUNS.has(c.norm[k]!) && c.norm[k] !== 'homme' ? k : -1;
}

/** isAcronym of token i's text, memoised. */
function acronymAt(c: Ctx, i: number): boolean {
  const v = c.acronymMemo[i];
  if (v) return v === 2;
  const r = isAcronym(tokText(c, i));
  c.acronymMemo[i] = r ? 2 : 1;
  return r;
}

export function isAcronym(t: string): boolean {
  if (t.length < 2 || t.length > 8) return false;
  // ASCII text (most): the tests below by char code.
  let caps = 0;
  let allCaps = true;
  for (let k = 0; k < t.length; k++) {
    const ch = t.charCodeAt(k);
    if (ch >= 128) return isAcronymSlow(t);
    const upper = ch >= 65 && ch <= 90;
    if (upper) caps++;
    else if (!((ch >= 48 && ch <= 57) || (k > 0 && (ch === 38 || ch === 45)))) allCaps = false;
  }
  if (allCaps) return caps >= 2;
  const first = t.charCodeAt(0);
  return t.length <= 6 && caps >= 2 && caps * 2 >= t.length && first >= 65 && first <= 90;
}

function isAcronymSlow(t: string): boolean {
  if (ALL_CAPS.test(t)) return /\p{Lu}.*\p{Lu}/u.test(t);
  // Mixed-case acronyms: « MoDem », « PCdoB »: at least half capitals, a capital after the first.
  const caps = t.replace(/[^\p{Lu}]/gu, '').length;
  return t.length <= 6 && caps >= 2 && caps * 2 >= t.length && /^\p{Lu}/u.test(t);
}

/** A code unit that is a lower-case letter: lowering keeps it, upper-casing changes it. */
const isLowerUnit = (ch: string) => ch === ch.toLowerCase() && ch !== ch.toUpperCase();

/**
 * Whether the article writes this folded word in lower case somewhere (a word token of a sentence
 * starting with a lower-case letter): capitalised, it is then a common word. Asked a few times per
 * article, so the tokens are scanned rather than all lower-case words collected in a Set first.
 */
function seenInLowerCase(c: Ctx, n: string): boolean {
  const { start } = c.doc.tokens;
  for (const s of c.doc.sentences)
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const w = c.norm[i]!;
      if (c.kind[i] !== TokenKind.Word || w.length !== n.length || w !== n) continue;
      const cc = c.text.charCodeAt(start[i]!);
      if (cc < 128 ? cc >= 97 && cc <= 122 : isLowerUnit(c.text[start[i]!]!)) return true;
    }
  return false;
}

export function findMentions(doc: Doc): Mention[] {
  const { tokens, text } = doc;
  const n = tokens.length;
  const initial = new Uint8Array(n);
  for (const s of doc.sentences) {
    let first = true;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const k = tokens.kind[i];
      // The first code unit, by its code: « : », « ( », dashes; a lower-case letter.
      const cc = text.charCodeAt(tokens.start[i]!);
      if (first && (k === TokenKind.Word || k === TokenKind.Elision || k === TokenKind.Abbrev)) {
        initial[i] = 1;
        first = false;
      }
      if (k === TokenKind.Quote || cc === 58 || cc === 40 || cc === 0x2014 || cc === 0x2013 || cc === 45)
        first = true;
      else if (k !== TokenKind.Punct) first = false;
    }
  }
  const c: Ctx = {
    doc,
    text,
    norm: tokens.norm,
    kind: tokens.kind,
    initial,
    acronymMemo: new Uint8Array(n),
    capMemo: new Uint8Array(n),
    demonymMemo: new Uint8Array(n),
    firstNameMemo: new Uint8Array(n),
  };
  const out: Mention[] = [];
  for (const s of doc.sentences) scanSentence(c, s.tokenStart, s.tokenEnd, out);
  coordinatedPersons(c, out);
  placesByDistrict(c, out);
  return out;
}

/**
 * « à La Brévine (Hautes-Alpes) », « Kerlouan (Finistère) »: an unknown name followed by a region,
 * department or country in brackets is a place; a capitalised article before it is part of it.
 */
function placesByDistrict(c: Ctx, out: Mention[]): void {
  const districts = new Map<number, Mention>();
  for (const m of out) {
    const kind = m.gazetteer?.place?.kind;
    if (m.type === 'LOC' && (kind === 'region' || kind === 'country')) districts.set(m.tokenStart, m);
  }
  if (districts.size === 0) return;
  for (const m of out) {
    if (m.type !== 'MISC' || m.weak) continue;
    const k = m.tokenEnd;
    const d = c.norm[k] === '(' ? districts.get(k + 1) : undefined;
    if (!d || c.norm[d.tokenEnd] !== ')') continue;
    m.type = 'LOC';
    m.evidence = 'place';
    m.country = d.gazetteer?.place?.country ?? null;
    const a = m.tokenStart - 1;
    const art = c.norm[a];
    if (
      a >= 0 &&
      (art === 'la' || art === 'le' || art === 'les' || art === "l'") &&
      UPPER.test(tokText(c, a))
    ) {
      m.tokenStart = a;
      m.start = c.doc.tokens.start[a]!;
      m.key = gazetteerKey(c.text.slice(m.start, m.end));
    }
  }
}

const COORDINATORS = new Set([',', 'et', 'ou', 'encore', 'ni']);

/** An unknown name of two or three capitalised words, a person's name by its shape. */
function personShaped(c: Ctx, m: Mention): boolean {
  const n = m.tokenEnd - m.tokenStart;
  if (m.type !== 'MISC' || m.weak || n < 2 || n > 3) return false;
  for (let k = m.tokenStart; k < m.tokenEnd; k++)
    if (
      c.kind[k] !== TokenKind.Word ||
      NOT_NAMES.has(c.norm[k]!) ||
      NOT_PERSON_WORDS.has(c.norm[k]!) ||
      ALL_CAPS.test(tokText(c, k))
    )
      return false;
  return true;
}

function hasNotPersonWord(c: Ctx, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (NOT_PERSON_WORDS.has(c.norm[k]!)) return true;
  return false;
}

/**
 * « Paul Hardy et Ilse Brandt », « Paul Hardy, Ilse Brandt ou encore Théo Vautrin »: unknown names
 * listed with a person are persons too.
 */
function coordinatedPersons(c: Ctx, out: Mention[]): void {
  const ms = out.filter((m) => m.type === 'PER' || personShaped(c, m)).sort((a, b) => a.start - b.start);
  const linked = (a: Mention, b: Mention, after: Mention | undefined): boolean => {
    if (b.tokenStart <= a.tokenEnd || b.tokenStart - a.tokenEnd > 2) return false;
    if (c.doc.tokens.sentence[a.tokenStart] !== c.doc.tokens.sentence[b.tokenStart]) return false;
    for (let k = a.tokenEnd; k < b.tokenStart; k++) if (!COORDINATORS.has(c.norm[k]!)) return false;
    // A lone comma may close a fronted phrase (« En quittant X, Paul Hardy… »): it lists names only
    // when the list goes on (« A, B et C »).
    if (c.norm[a.tokenEnd] === ',' && b.tokenStart - a.tokenEnd === 1)
      return !!after && linked(b, after, undefined);
    return true;
  };
  for (let pass = 0; pass < 2; pass++)
    for (let k = 0; k < ms.length; k++) {
      const m = ms[k]!;
      if (m.type !== 'MISC') continue;
      const prev = ms[k - 1];
      const next = ms[k + 1];
      if (
        (prev?.type === 'PER' && linked(prev, m, next)) ||
        (next?.type === 'PER' && linked(m, next, ms[k + 2]))
      ) {
        m.type = 'PER';
        m.evidence = 'apposition';
      }
    }
}

function push(
  c: Ctx,
  out: Mention[],
  a: number,
  b: number,
  m: Omit<Mention, 'start' | 'end' | 'tokenStart' | 'tokenEnd' | 'key'>,
) {
  const start = c.doc.tokens.start[a]!;
  const end = c.doc.tokens.end[b - 1]!;
  out.push({ start, end, tokenStart: a, tokenEnd: b, key: spanKey(c, a, b), ...m });
}

function scanSentence(c: Ctx, sStart: number, sEnd: number, out: Mention[]): void {
  let i = sStart;
  while (i < sEnd) {
    const n = c.norm[i]!;
    // « ministère (russe) de la Défense »: an organisation headed by a lower-case noun.
    if (n === 'ministere' && !upperAt(c, i)) {
      let j = i + 1;
      if (j < sEnd && countryOfDemonymKey(tokKey(c, j))) j++;
      if (j < sEnd && DE.has(c.norm[j]!)) {
        j++;
        if (c.norm[j] === 'la' || c.norm[j] === "l'") j++;
        if (j < sEnd && isCapWord(c, j)) {
          let b = j + 1;
          while (
            b < sEnd &&
            (isCapWord(c, b) ||
              (ADJECTIVE.test(c.norm[b]!) && isCapWord(c, b - 1) && !NOT_NAMES.has(c.norm[b]!)))
          )
            b++;
          push(c, out, i, b, { type: 'ORG', evidence: 'head', country: countryIn(c, i + 1, b - 1) });
          i = b;
          continue;
        }
      }
    }
    if (!isCapWord(c, i)) {
      // « 20 Minutes », « France 24 » start with or hold a figure.
      if (c.kind[i] === TokenKind.Number && i + 1 < sEnd && isCapWord(c, i + 1)) {
        const g = gazetteerAt(c, i, sEnd, false);
        if (g && g.type === 'ORG') {
          push(c, out, i, g.end, {
            type: 'ORG',
            evidence: 'gazetteer',
            gazetteer: g.hit,
            country: g.hit.organization?.country ?? null,
          });
          i = g.end;
          continue;
        }
      }
      // « le palais de Westminster », « la mairie de Paris », « l'église Saint-Jean »: a building or
      // an institution named by a lower-case head noun and its proper name.
      const facility = FACILITY_HEADS.get(n);
      if (facility) {
        const b = facilityRun(c, i, sEnd);
        if (b > 0) {
          push(c, out, i, b, {
            type: facility,
            evidence: 'head',
            country: placeOfToken(c, b - 1)?.country ?? null,
          });
          i = b;
          continue;
        }
      }
      // « franceinfo », « euronews »: brands written in lower case.
      const brand = c.kind[i] === TokenKind.Word ? lookupLowercaseBrand(n) : undefined;
      if (brand) {
        push(c, out, i, i + 1, {
          type: 'ORG',
          evidence: 'gazetteer',
          gazetteer: { organization: brand },
          country: brand.country,
        });
        i++;
        continue;
      }
      // « sur X »: the network, not a letter.
      if (c.norm[i] === 'sur' && i + 1 < sEnd && tokText(c, i + 1) === 'X' && !isCapWord(c, i + 2)) {
        push(c, out, i + 1, i + 2, { type: 'ORG', evidence: 'cue' });
        i += 2;
        continue;
      }
      i++;
      continue;
    }
    i = scanName(c, i, sStart, sEnd, out);
  }
}

const FACILITY_HEADS = new Map<string, EntityType>([
  ...[
    'palais',
    'pont',
    'eglise',
    'cathedrale',
    'basilique',
    'mosquee',
    'synagogue',
    'temple',
    'zoo',
    'glacier',
    'ossuaire',
    'stade',
    'aeroport',
    'gare',
    'chateau',
    'fort',
    'musee',
    'parc',
    'place',
    'rue',
    'avenue',
    'boulevard',
    'quai',
    'lac',
    'mont',
    'col',
    'ile',
    'prison',
    'camp',
    'hopital',
    'memorial',
    'cimetiere',
    'abbaye',
    'barrage',
    'canal',
    'detroit',
    'golfe',
    'vallee',
    'foret',
    'baie',
    'cap',
  ].map((h) => [h, 'LOC'] as [string, EntityType]),
  ...[
    'universite',
    'mairie',
    'tribunal',
    'parquet',
    'prefecture',
    'conseil',
    'commission',
    'lycee',
    'college',
    'ecole',
    'institut',
    'assemblee',
    'federation',
    'gendarmerie',
    'police',
    'banque',
    'agence',
    'fondation',
    'universites',
    'academie',
    'chambre',
  ].map((h) => [h, 'ORG'] as [string, EntityType]),
]);

/**
 * « palais (présidentiel) de Miraflores », « tribunal de Grande Instance de Nanterre »,
 * « église Saint John »: the end of the name, or 0 when no proper name follows the head.
 */
function facilityRun(c: Ctx, i: number, sEnd: number): number {
  let k = i + 1;
  while (
    k < sEnd &&
    k - i <= 2 &&
    !isCapWord(c, k) &&
    c.kind[k] === TokenKind.Word &&
    ADJECTIVE.test(c.norm[k]!) &&
    !NOT_NAMES.has(c.norm[k]!)
  )
    k++;
  // An institution takes its name through « de » (« la mairie de Paris »); with the name straight
  // after (« l'agence Migros »), the name alone is the entity. A building takes both forms.
  const direct = !(k < sEnd && DE.has(c.norm[k]!));
  if (!direct) {
    k++;
    if (c.norm[k] === 'la' || c.norm[k] === "l'") k++;
  } else if (k !== i + 1 || FACILITY_HEADS.get(c.norm[i]!) === 'ORG') return 0;
  if (
    k >= sEnd ||
    !isCapWord(c, k) ||
    isDemonymOnly(c, k) ||
    acronymAt(c, k) ||
    (NOT_NAMES.has(c.norm[k]!) && !isCapWord(c, k + 1)) ||
    c.kind[k] === TokenKind.Abbrev
  )
    return 0;
  // A person after the head is its holder's name, not the building's (« la cour de Marie Dupont »).
  if ((commonFirst(c, k) && isCapWord(c, k + 1)) || personByKey(tokKey(c, k))) return 0;
  let b = k + 1;
  const g = gazetteerAt(c, k, sEnd, false);
  if (g) b = Math.max(b, g.end);
  while (b < sEnd && isCapWord(c, b) && !NOT_NAMES.has(c.norm[b]!) && !commonFirst(c, b)) b++;
  // « de Grande Instance de Nanterre »
  while (
    !direct &&
    b + 1 < sEnd &&
    DE.has(c.norm[b]!) &&
    isCapWord(c, b + 1) &&
    !NOT_NAMES.has(c.norm[b + 1]!)
  ) {
    b += 2;
    while (b < sEnd && isCapWord(c, b) && !NOT_NAMES.has(c.norm[b]!)) b++;
  }
  return b;
}

// Courtesy titles by the folded word, with or without its dot (« M », « Mme »): the gender of
// PERSON_TITLES.get(n) ?? PERSON_TITLES.get(`${n}.`) ?? null, without a string built per word.
const TITLE_GENDER = new Map<string, Gender | null>();
for (const t of PERSON_TITLES.keys())
  for (const n of t.endsWith('.') ? [t, t.slice(0, -1)] : [t])
    TITLE_GENDER.set(n, PERSON_TITLES.get(n) ?? PERSON_TITLES.get(`${n}.`) ?? null);

/** Reads the name starting at token i; returns the index after it. */
function scanName(c: Ctx, i: number, sStart: number, sEnd: number, out: Mention[]): number {
  const n = c.norm[i]!;
  const surface = tokText(c, i);
  // Courtesy titles and capitalised roles are cues for what follows, not names.
  if (TITLE_GENDER.has(n) && i + 1 < sEnd && isCapWord(c, i + 1)) {
    const b = personRun(c, i + 1, sEnd);
    const g = TITLE_GENDER.get(n)!;
    push(c, out, i + 1, b, {
      type: 'PER',
      evidence: 'title',
      ...roleInfo(c, i + 1, sStart, b, sEnd),
      gender: g,
    });
    return b;
  }
  if (NOT_NAMES.has(n) || ROLE_NOUNS.has(n)) {
    // « République du Gabon », « République de Guinée »: the official style of a state.
    if (n === 'republique' && DE.has(c.norm[i + 1] ?? '') && i + 2 < sEnd) {
      const k = c.norm[i + 2] === 'la' || c.norm[i + 2] === "l'" ? i + 3 : i + 2;
      const p = k < sEnd && isCapWord(c, k) ? placeOfToken(c, k) : undefined;
      if (p?.kind === 'country') {
        push(c, out, i, k + 1, {
          type: 'LOC',
          evidence: 'gazetteer',
          gazetteer: { place: p },
          country: p.country,
        });
        return k + 1;
      }
    }
    // « Le Parisien », « La Haye », « Les Républicains », « République centrafricaine »: a
    // capitalised common word or article that belongs to a known name.
    const article = n === 'le' || n === 'la' || n === 'les' || n === "l'";
    if (i + 1 < sEnd && (!article || isCapWord(c, i + 1))) {
      const g = gazetteerAt(c, i, sEnd);
      const bare = g ? gazetteerAt(c, i + 1, sEnd, false) : null;
      if (g && g.end > i + 1 && !(bare && bare.end === g.end)) {
        push(c, out, i, g.end, {
          type: g.type,
          evidence: 'gazetteer',
          gazetteer: g.hit,
          country: g.hit.place?.country ?? g.hit.metonym?.country ?? g.hit.organization?.country ?? null,
        });
        return g.end;
      }
    }
    return i + 1;
  }
  if (isDemonymOnly(c, i)) return i + 1;
  // Ordinals and centuries (« XIXe »), figures with units (« CM2 », « FFP2 »): not names.
  if (/^[IVXLC]+(?:e|er|ème|eme)$/.test(surface)) return i + 1;
  // « X » alone is a letter, except the network (« publié sur X »).
  if (surface.length === 1 || (surface.length === 2 && surface[1] === '.')) {
    if (surface[0] === 'X' && c.norm[i - 1] === 'sur') {
      const start = c.doc.tokens.start[i]!;
      out.push({
        start,
        end: start + 1,
        tokenStart: i,
        tokenEnd: i + 1,
        type: 'ORG',
        evidence: 'cue',
        key: 'x',
      });
    }
    return i + 1;
  }
  // « Mali-Russie », « Chine-Afrique »: a pair of places, each a mention of its own.
  if (surface.includes('-') && surface.split('-').every((part) => part && lookupPlace(part))) {
    let start = c.doc.tokens.start[i]!;
    for (const part of surface.split('-')) {
      const place = lookupPlace(part)!;
      out.push({
        start,
        end: start + part.length,
        tokenStart: i,
        tokenEnd: i + 1,
        type: 'LOC',
        evidence: 'gazetteer',
        key: gazetteerKey(part),
        gazetteer: { place },
        country: place.country,
      });
      start += part.length + 1;
    }
    return i + 1;
  }

  let gaz = gazetteerAt(c, i, sEnd);
  // A place of the bulk lists glued to a further capitalised word is the start of another name
  // (« Kobe Bryant », « Brussels Airlines », « Tulsa World »), read as such below.
  if (
    gaz?.hit.place?.minor &&
    gaz.end < sEnd &&
    isCapWord(c, gaz.end) &&
    !NOT_NAMES.has(c.norm[gaz.end]!) &&
    !gazetteerAt(c, gaz.end, sEnd, false)
  )
    gaz = null;
  // A one-word bulk place opening a sentence, whose word the article also writes in lower case,
  // is that common word.
  if (gaz?.hit.place?.minor && gaz.end === i + 1 && c.initial[i] && seenInLowerCase(c, n)) gaz = null;
  // A one-word place or organisation that is also a first name followed by a capitalised word
  // (« Florence Parly ») reads as a person.
  const shadowed =
    gaz &&
    gaz.end === i + 1 &&
    gaz.hit.place &&
    commonFirst(c, i) &&
    i + 1 < sEnd &&
    isCapWord(c, i + 1) &&
    !NOT_NAMES.has(c.norm[i + 1]!) &&
    !isDemonymOnly(c, i + 1) &&
    !gazetteerAt(c, i + 1, sEnd) &&
    // « gouverneur de Virginie Paul Hardy »: a place, then a first name and surname.
    !(commonFirst(c, i + 1) && i + 2 < sEnd && isCapWord(c, i + 2));
  if (gaz && !shadowed) {
    let b = gaz.end;
    const head = c.norm[i]!;
    // « Stade de Luxembourg », « Conseil de sécurité de l'ONU »: a head noun may carry on.
    if (ORG_HEADS.has(head) || LOC_HEADS.has(head)) b = orgRun(c, i, b, sEnd);
    if (b > gaz.end) {
      const end = emitOrgLike(c, i, b, out);
      nestedNames(c, gaz.end, b, out);
      return end;
    }
    // « un Suisse »: a country name used as a demonym.
    const prev = c.norm[i - 1];
    if (
      gaz.hit.place?.kind === 'country' &&
      (prev === 'un' || prev === 'une') &&
      countryOfDemonymKey(tokKey(c, i))
    )
      return b;
    // « RTL Deutschland », « Radio France Internationale »: a known organisation's branch or edition.
    if (
      gaz.type === 'ORG' &&
      gaz.hit.organization?.kind === 'media' &&
      b < sEnd &&
      isCapWord(c, b) &&
      !NOT_NAMES.has(c.norm[b]!) &&
      !commonFirst(c, b) &&
      !gazetteerAt(c, b, sEnd, false) &&
      !isCapWord(c, b + 1)
    ) {
      push(c, out, i, b + 1, { type: 'ORG', evidence: 'head', country: gaz.hit.organization.country });
      return b + 1;
    }
    push(c, out, i, b, {
      type: gaz.type,
      evidence: 'gazetteer',
      gazetteer: gaz.hit,
      country: gaz.hit.place?.country ?? gaz.hit.metonym?.country ?? gaz.hit.organization?.country ?? null,
    });
    return b;
  }

  // « le ministre de la Défense », « des Eaux et Forêts »: a portfolio, part of a title.
  if (inPortfolio(c, i, sStart)) {
    let b = i + 1;
    while (b < sEnd && isCapWord(c, b) && firstNameGenderByKey(tokKey(c, b)) === null) b++;
    return b;
  }
  if (ORG_HEADS.has(n) || LOC_HEADS.has(n)) {
    const b = orgRun(c, i, i + 1, sEnd);
    const end = emitOrgLike(c, i, b, out);
    if (b > i + 1) nestedNames(c, i + 1, b, out);
    return end;
  }

  let b = personRun(c, i, sEnd);
  // « d'Emmanuel Macron Paul Mercier »: two first-name-and-surname pairs glued together.
  if (commonFirst(c, i))
    for (let k = i + 2; k + 1 < b; k++)
      if (commonFirst(c, k) && !commonFirst(c, k - 1) && isCapWord(c, k + 1)) {
        b = k;
        break;
      }
  // « Manifestement Amélie de Montchalin », « Sceaux Nicole Belloubet », « Bonjour Emmanuel Valls »:
  // a common word or a place glued before a first name and surname is not part of the name.
  for (let k = i + 1; k + 1 < b; k++) {
    if (!commonFirst(c, k) || commonFirst(c, i)) continue;
    let all = true;
    for (let j = i; j < k; j++) all &&= glued(c, j);
    if (all) {
      b = k;
      break;
    }
  }
  const len = b - i;
  const prev = i > sStart ? c.norm[i - 1]! : '';
  const prev2 = i - 1 > sStart ? c.norm[i - 2]! : '';

  // Public figures, also by surname alone (« Macron a déclaré »).
  const figure = personByKey(spanKey(c, i, b));
  if (figure) {
    push(c, out, i, b, {
      type: 'PER',
      evidence: 'gazetteer',
      ...roleInfo(c, i, sStart, b, sEnd),
      gender: figure.gender,
      country: figure.country,
    });
    return b;
  }
  // « China Eastern Airlines », « Chelsea Flower Show »: an organisation by its last word.
  if (len >= 2 && ORG_TAILS.has(c.norm[b - 1]!)) {
    push(c, out, i, b, { type: 'ORG', evidence: 'head' });
    return b;
  }
  // Organisation cue before: « le groupe Wagner », « l'agence Migros », « le parti X ».
  // A first name and surname after the cue is the organisation's member (« le syndicat… Jean Dupont »).
  const personLike = len >= 2 && commonFirst(c, i) && !NOT_NAMES.has(n);
  // « l'agence espagnole Efe », « le quotidien suisse X »: a demonym may stand between cue and name.
  const cuedPastDemonym = ORG_CUES.has(prev2) && isDemonymOnly(c, i - 1) && !UPPER.test(tokText(c, i - 1));
  if (
    !personLike &&
    (ORG_CUES.has(prev) || cuedPastDemonym || (prev === 'parlementaire' && prev2 === 'groupe'))
  ) {
    push(c, out, i, b, { type: 'ORG', evidence: 'cue' });
    return b;
  }
  // Upper-case acronym.
  if (len === 1 && acronymAt(c, i)) {
    if (COMMON_ACRONYMS.has(n) || /^[IVXLC]+$/.test(surface) || /\d/.test(surface)) return b;
    // A word in capitals (« DRAME », « EMMÈNE »), or in a run of them (a shouted headline), is
    // no acronym: acronyms are short, unaccented, and stand among lower-case words.
    const shouted =
      (i + 1 < sEnd && ALL_CAPS.test(tokText(c, i + 1)) && tokText(c, i + 1).length > 1) ||
      (i - 1 >= sStart && ALL_CAPS.test(tokText(c, i - 1)) && tokText(c, i - 1).length > 1);
    if (surface.length > 4 || /[À-Ý]/.test(surface) || shouted || seenInLowerCase(c, n)) {
      push(c, out, i, b, { type: 'MISC', evidence: 'unknown' });
      return b;
    }
    push(c, out, i, b, { type: 'ORG', evidence: 'acronym' });
    return b;
  }
  // A word in capitals that no list knows is shouting, not a name.
  if (len === 1 && ALL_CAPS.test(surface)) return b;

  // A bare name after « à », « en », « près de »: a place.
  // « a confié à Closer », « a déclaré à X »: the addressee of a statement, not a place.
  const addressee =
    prev === 'a' && (SPEECH_VERBS.has(prev2) || SPEECH_VERBS.has(`${c.norm[i - 3] ?? ''} ${prev2}`));
  const placeContext =
    (PLACE_PREPOSITIONS.has(prev) && !addressee) || (DE.has(prev) && PLACE_NOUNS.has(prev2));
  if (len === 1 && placeContext && !c.initial[i] && !commonFirst(c, i) && !roleBefore(c, i, sStart)) {
    push(c, out, i, b, { type: 'LOC', evidence: 'place' });
    return b;
  }
  const info = roleInfo(c, i, sStart, b, sEnd);
  const demonymBefore = i > sStart && isDemonymOnly(c, i - 1) && UPPER.test(tokText(c, i - 1));
  const fg = firstNameGenderByKey(tokKey(c, i));
  // A place that is also a French given name (« Florence », « Virginie ») starts a name before a
  // surname; other places named like some first name (« Boston Globe ») do not.
  const firstIsName =
    commonFirst(c, i) && !NOT_NAMES.has(n) && (!placeOfNorm(n) || (len >= 2 && isFrenchGivenName(n)));
  if (info.role || demonymBefore) {
    push(c, out, i, b, {
      type: 'PER',
      evidence: 'role',
      ...info,
      ...(demonymBefore ? { country: countryOfDemonymKey(tokKey(c, i - 1)) } : {}),
      gender: info.gender ?? (firstIsName && fg !== 'unknown' ? fg : null),
    });
    return b;
  }
  // « DIOP Abdoulaye »: surname in capitals, then the first name.
  const capsFirst = len >= 2 && ALL_CAPS.test(surface) && surface.length >= 3 && commonFirst(c, i + 1);
  if (len >= 2 && (firstIsName || capsFirst)) {
    push(c, out, i, b, {
      type: 'PER',
      evidence: 'firstname',
      ...roleAfter(c, b, sEnd),
      gender: fg === 'unknown' ? null : fg,
    });
    return b;
  }
  // « Horizon Sahel, l’association de défense… »: an organisation by apposition.
  if (orgAfter(c, b, sEnd)) {
    push(c, out, i, b, { type: 'ORG', evidence: 'cue' });
    return b;
  }
  // « au fort de Brégançon, le chef de l'État… », « Acculé, le ministre… »: the role after the
  // comma is the next clause's subject, not an apposition to a complement or a lone opener.
  const apposed =
    afterPreposition(c, i, sStart) || (len === 1 && c.initial[i]) ? -1 : appositionAfter(c, b, sEnd);
  if (
    apposed >= 0 ||
    (len >= 2 && (speechAfter(c, b) || (speechBefore(c, i, sStart) && !hasNotPersonWord(c, i, b))))
  ) {
    push(c, out, i, b, {
      type: 'PER',
      evidence: apposed >= 0 ? 'apposition' : 'speech',
      ...roleAfter(c, b, sEnd),
    });
    return b;
  }
  // « Villeneuve-Loubet », « Plan-les-Ouates »: compound names are French and Swiss place names.
  if (len === 1 && COMPOUND_PLACE.test(surface) && !c.initial[i]) {
    push(c, out, i, b, { type: 'LOC', evidence: 'place' });
    return b;
  }
  const seenLower = c.initial[i] === 1 && seenInLowerCase(c, n);
  const weak = c.initial[i] === 1 && (len === 1 || seenLower);
  if (weak && seenLower) return b;
  // A lone common first name in running text (« Charlotte », « Adama ») names a person.
  const lone = firstNameGenderByKey(tokKey(c, i));
  if (
    len === 1 &&
    !c.initial[i] &&
    commonFirst(c, i) &&
    (lone === 'male' || lone === 'female') &&
    !ARTICLES.has(prev) &&
    !DE.has(prev) &&
    prev !== "qu'" &&
    !seenInLowerCase(c, n)
  ) {
    push(c, out, i, b, { type: 'PER', evidence: 'firstname', gender: lone });
    return b;
  }
  push(c, out, i, b, { type: 'MISC', evidence: 'unknown', weak });
  return b;
}

// « Mandelieu-la-Napoule », « Saint-Jean-de-Luz », « Plan-les-Ouates », « Villeneuve-Loubet »
const COMPOUND_PLACE =
  /^(?:\p{Lu}[\p{Ll}\p{M}]+-(?:(?:sur|sous|en|la|le|les|lès|lez|de|du|des|aux|et|l')-)+\p{Lu}[\p{L}\p{M}'’-]*|(?:Saint|Sainte|Villeneuve|Ville|Neuilly|Fontenay|Châtel|Chêne|Mont|Bourg|Pont|Port|Val|Plan)-\p{Lu}[\p{L}\p{M}'’-]*)$/u;
// « près de X », « la commune de X »
const PLACE_NOUNS = new Set([
  'pres',
  'proche',
  'region',
  'ville',
  'commune',
  'quartier',
  'banlieue',
  'district',
  'environs',
  'localite',
  'village',
  'province',
  'departement',
  'canton',
  'peripherie',
  'faubourg',
  'cite',
  'agglomeration',
  'prefecture',
  'capitale',
]);
const ORG_APPOSITIONS = new Set([
  'association',
  'organisation',
  'ong',
  'groupe',
  'societe',
  'entreprise',
  'parti',
  'agence',
  'syndicat',
  'journal',
  'quotidien',
  'hebdomadaire',
  'chaine',
  'radio',
  'fondation',
  'federation',
  'mouvement',
  'collectif',
  'institut',
  'club',
  'firme',
  'banque',
  'compagnie',
  'start-up',
]);

/** « X, l'association de… », « X, une ONG… ». */
function orgAfter(c: Ctx, b: number, sEnd: number): boolean {
  if (c.norm[b] !== ',') return false;
  let k = b + 1;
  if (k < sEnd && (ARTICLES_MASC.has(c.norm[k]!) || ARTICLES_FEM.has(c.norm[k]!) || c.norm[k] === "l'")) k++;
  return k < sEnd && ORG_APPOSITIONS.has(c.norm[k]!);
}

/** A word glued before a name by capitalisation, not part of it (« Manifestement », « Sceaux »). */
function glued(c: Ctx, j: number): boolean {
  const w = c.norm[j]!;
  return (
    c.initial[j] === 1 ||
    seenInLowerCase(c, w) ||
    NOT_NAMES.has(w) ||
    !!placeOfNorm(w) ||
    !!organizationOfSpan(c, tokKey(c, j), j, j) ||
    /(?:ment|ez)$/.test(w)
  );
}

/** Capitalised words with name particles: « Anne-Sophie de La Roche », « Ursula von der Leyen ». */
function personRun(c: Ctx, i: number, sEnd: number): number {
  let b = i + 1;
  while (b < sEnd) {
    if (
      isCapWord(c, b) &&
      !isDemonymOnly(c, b) &&
      !(NOT_NAMES.has(c.norm[b]!) && !isNameAfterParticle(c, b))
    ) {
      if (c.kind[b] === TokenKind.Abbrev && /^(?:M|Mme|Me|Dr)\.$/.test(tokText(c, b))) break;
      // « LCI Ronan Kerdraon »: an acronym and a name side by side are two names; but a surname
      // in capitals beside a first name is one name (« Emmanuel MACRON », « DIOP Abdoulaye »).
      if (acronymAt(c, b) !== acronymAt(c, i) && !capsSurname(c, i, b)) break;
      b++;
      continue;
    }
    // Particles join a name only right after a first name (« Charles de Gaulle »).
    const p = c.norm[b]!;
    const afterFirst = firstNameGenderByKey(tokKey(c, b - 1)) !== null;
    // … or after a first name and surname, for a double surname (« Alain Dubreuil de Montalet »):
    // one capitalised word after « de », that ends the name and is no place, head or first name.
    if (!afterFirst && b === i + 2 && (p === 'de' || p === "d'") && commonFirst(c, i) && b + 1 < sEnd) {
      const k = b + 1;
      if (
        isCapWord(c, k) &&
        !isCapWord(c, k + 1) &&
        c.kind[k] === TokenKind.Word &&
        !acronymAt(c, k) &&
        !/\d/.test(tokText(c, k)) &&
        !NOT_NAMES.has(c.norm[k]!) &&
        !ORG_HEADS.has(c.norm[k]!) &&
        !LOC_HEADS.has(c.norm[k]!) &&
        !isDemonymOnly(c, k) &&
        !placeOfToken(c, k) &&
        !gazetteerAt(c, k, sEnd, false) &&
        firstNameGenderByKey(tokKey(c, k)) === null
      ) {
        b = k + 1;
        break;
      }
    }
    if (afterFirst && PERSON_PARTICLES.has(p)) {
      // « de », « von der », « van den »: up to two lower-case particles.
      let k = b + 1;
      if (k < sEnd && PERSON_PARTICLES.has(c.norm[k]!) && !isCapWord(c, k)) k++;
      const place = k < sEnd ? placeOfToken(c, k) : undefined;
      if (k < sEnd && isCapWord(c, k) && (!place || place.minor) && !acronymAt(c, k)) {
        b = k + 1;
        continue;
      }
    }
    break;
  }
  return b;
}

/** A surname in capitals next to a common first name (administrative style): « DIOP Abdoulaye ». */
function capsSurname(c: Ctx, i: number, b: number): boolean {
  const caps = acronymAt(c, b) ? b : i;
  const other = caps === b ? b - 1 : b;
  const t = tokText(c, caps);
  return (
    t.length >= 3 &&
    !COMMON_ACRONYMS.has(c.norm[caps]!) &&
    !lookupOrganization(t) &&
    !lookupPlace(t) &&
    commonFirst(c, other)
  );
}

/** « de La Roche »: « La » after a particle is part of the name. */
function isNameAfterParticle(c: Ctx, b: number): boolean {
  return (
    (c.norm[b] === 'la' || c.norm[b] === 'le') && PERSON_PARTICLES.has(c.norm[b - 1]!) && isCapWord(c, b + 1)
  );
}

/** Extends an organisation or place name from its head over adjectives and de-complements. */
function orgRun(c: Ctx, i: number, b: number, sEnd: number): number {
  const head = c.norm[i]!;
  // « Union africaine », « Parquet genevois », « Ministère public »
  if (b === i + 1) {
    let adj = 0;
    while (
      b < sEnd &&
      adj < 2 &&
      !isCapWord(c, b) &&
      c.kind[b] === TokenKind.Word &&
      ADJECTIVE.test(c.norm[b]!) &&
      !NOT_NAMES.has(c.norm[b]!)
    ) {
      b++;
      adj++;
    }
    // « Conseil des ministres », « Cour de cassation »
    if (
      adj === 0 &&
      DE_NOUN_HEADS.has(head) &&
      b + 1 < sEnd &&
      DE.has(c.norm[b]!) &&
      !isCapWord(c, b + 1) &&
      c.kind[b + 1] === TokenKind.Word &&
      (!NOT_NAMES.has(c.norm[b + 1]!) || c.norm[b + 1] === 'ministres') &&
      c.norm[b + 1]!.length > 3
    )
      b += 2;
    // « Institut national de la statistique », « Agence nationale de sécurité du médicament »:
    // an official name goes on in lower case after its adjective.
    for (let phrase = 0; adj > 0 && phrase < 2; phrase++) {
      let k = b;
      if (k >= sEnd || !DE.has(c.norm[k]!)) break;
      k++;
      if (c.norm[k] === 'la' || c.norm[k] === "l'") k++;
      const w = c.norm[k];
      if (
        k >= sEnd ||
        isCapWord(c, k) ||
        c.kind[k] !== TokenKind.Word ||
        !w ||
        w.length < 3 ||
        NOT_NAMES.has(w)
      )
        break;
      b = k + 1;
      if (b < sEnd && !isCapWord(c, b) && c.kind[b] === TokenKind.Word && ADJECTIVE.test(c.norm[b]!)) b++;
    }
  }
  // « … de Paix et de Sécurité de l'Union africaine »
  for (;;) {
    let k = b;
    let steps = 0;
    while (k < sEnd && steps < 3 && ORG_CONNECTORS.has(c.norm[k]!)) {
      k++;
      steps++;
    }
    if (steps === 0 || k >= sEnd || !isCapWord(c, k) || isDemonymOnly(c, k)) break;
    // « … des Nations unies »: a common word may open a known name.
    if (NOT_NAMES.has(c.norm[k]!) && !gazetteerAt(c, k, sEnd, false)) break;
    // « et » links parts of one name (« de Paix et de Sécurité »), not two names (« le Sénat et la Chambre »).
    if (c.norm[b] === 'et' && !DE.has(c.norm[b + 1]!)) break;
    // « … de la Santé » continues the name; « … de Paris Anne Hidalgo » does not.
    if (commonFirst(c, k) && isCapWord(c, k + 1) && !gazetteerAt(c, k, sEnd, false)) break;
    const g = gazetteerAt(c, k, sEnd);
    b = g ? g.end : k + 1;
    while (
      b < sEnd &&
      isCapWord(c, b) &&
      !NOT_NAMES.has(c.norm[b]!) &&
      !(commonFirst(c, b) && isCapWord(c, b + 1))
    )
      b++;
  }
  return b;
}

const STANDALONE_HEADS = new Set([
  'parlement',
  'assemblee',
  'senat',
  'congres',
  'parquet',
  'gendarmerie',
  'police',
]);

/**
 * Known names inside a longer one are mentions too (« Conseil de sécurité des Nations unies »:
 * Nations unies; « Conseil de Paix et de Sécurité de l'Union africaine »: Union africaine).
 */
function nestedNames(c: Ctx, from: number, to: number, out: Mention[]): void {
  for (let k = from; k < to; k++) {
    if (!isCapWord(c, k)) continue;
    const g = gazetteerAt(c, k, to, false);
    if (!g || g.type === 'MISC') continue;
    push(c, out, k, g.end, {
      type: g.type,
      evidence: 'gazetteer',
      gazetteer: g.hit,
      country: g.hit.place?.country ?? g.hit.metonym?.country ?? g.hit.organization?.country ?? null,
    });
    k = g.end - 1;
  }
}

function emitOrgLike(c: Ctx, i: number, b: number, out: Mention[]): number {
  const head = c.norm[i]!;
  // A lone capitalised head opening a sentence (« Parkings inondés ») is a common noun; elsewhere
  // it is the short form of a longer name (« l'Institut », « la Cour »), typed only for the
  // institutions that go by their head noun alone (« le Parlement », « le Parquet »).
  if (b === i + 1 && c.initial[i]) return b;
  // « GARE AU REDRESSEMENT FISCAL »: a shouted headline, not a name.
  if (ALL_CAPS.test(tokText(c, i)) && tokText(c, i).length > 1 && !acronymAt(c, i)) return b;
  if (b === i + 1 && !STANDALONE_HEADS.has(head)) {
    push(c, out, i, b, { type: 'MISC', evidence: 'unknown' });
    return b;
  }
  const type: EntityType = ORG_HEADS.has(head) ? 'ORG' : 'LOC';
  const hit = placeOfSpan(c, spanKey(c, i, b), i, b - 1);
  push(c, out, i, b, { type, evidence: 'head', country: hit?.country ?? countryIn(c, i + 1, b - 1) });
  return b;
}

const PREPOSITIONS = new Set([
  'de',
  'du',
  'des',
  "d'",
  'a',
  'au',
  'aux',
  'en',
  'dans',
  'par',
  'pour',
  'sur',
  'avec',
  'chez',
  'vers',
  'sous',
  'entre',
  'contre',
  "qu'",
]);

function afterPreposition(c: Ctx, a: number, sStart: number): boolean {
  return a > sStart && PREPOSITIONS.has(c.norm[a - 1]!);
}

function roleInfo(
  c: Ctx,
  a: number,
  sStart: number,
  b: number,
  sEnd: number,
): { role: string | null; gender: Gender | null; country: string | null } {
  const r = roleBefore(c, a, sStart);
  if (!r)
    return afterPreposition(c, a, sStart)
      ? { role: null, gender: null, country: null }
      : roleAfter(c, b, sEnd);
  const role = c.text.slice(c.doc.tokens.start[r.k], c.doc.tokens.end[r.end]);
  return { role, gender: genderOfRole(c, r.k), country: countryIn(c, r.k, r.end) };
}

function roleAfter(
  c: Ctx,
  b: number,
  sEnd: number,
): { role: string | null; gender: Gender | null; country: string | null } {
  const k = appositionAfter(c, b, sEnd);
  if (k < 0) return { role: null, gender: null, country: null };
  let e = k;
  while (e + 1 < sEnd && c.kind[e + 1] !== TokenKind.Punct && c.kind[e + 1] !== TokenKind.Quote && e - k < 8)
    e++;
  return {
    role: c.text.slice(c.doc.tokens.start[k], c.doc.tokens.end[e]),
    gender: genderOfRole(c, k),
    country: countryIn(c, k, e),
  };
}
