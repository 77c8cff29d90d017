// Events stage: political events coded in CAMEO, with actor sides, modality, date and place.
// Triggers come from data/cameo/patterns.json; the source is the subject of the trigger's clause,
// the target the first other actor after it; anaphors (« le pays », « nous ») are resolved per event.
import { isFutureForm } from '../dates/tense.js';
import { type Doc, sentenceAt, TokenKind, tokenAt } from '../doc.js';
import type { Actor, DateMention, Event, Modality, Place, Quote } from '../record.js';
import { fold } from '../text/normalize.js';
import {
  type ActorMention,
  ARMED,
  affiliations,
  findActorMentions,
  IMPERSONAL,
  isStateAgentWord,
  STATE_ROLES,
  TITLE_COUNTRIES,
} from './actors.js';
import { cameo } from './cameo.js';
import { countryName, lookupOrganization, lookupPlace } from './lexicon.js';
import { PATTERNS, select, type TriggerMatch } from './patterns.js';
import { wordInfos } from './words.js';

const HARD_STOP = new Set([';', ':', '(', ')', '[', ']', '—', '–']);
const SOFT_STOP = new Set([',', 'mais', 'tandis', 'alors', 'puis']);
const PASSIVE_AUX = new Set([
  'ete',
  'est',
  'sont',
  'etait',
  'etaient',
  'sera',
  'seront',
  'fut',
  'furent',
  'soit',
  'soient',
]);
const NEGATORS = new Set([
  'pas',
  'jamais',
  'plus',
  'point',
  'guere',
  'aucun',
  'aucune',
  'rien',
  'ni',
  'nullement',
]);
const DENIAL = /^(?:nie|nient|nier|niant|niait|dement|dementi|dementent|dementir|refut|contest)/;
const CONDITIONAL = /(?:rait|raient|rions|riez)$/;
const NOT_CONDITIONAL = new Set([
  'portrait',
  'retrait',
  'extrait',
  'trait',
  'attrait',
  'abstrait',
  'distrait',
  'soustrait',
]);
const INTENT = new Set([
  'va',
  'vont',
  'allait',
  'allaient',
  'doit',
  'doivent',
  'devait',
  'devaient',
  'compte',
  'comptent',
  'entend',
  'entendent',
  'veut',
  'veulent',
  'voulait',
  'souhaite',
  'souhaitent',
  'prevoit',
  'prevoient',
  'envisage',
  'envisagent',
  "s'apprete",
  "s'appretent",
  'prepare',
  'preparent',
  'pret',
  'prete',
  'prets',
  'promet',
  'promis',
  'propose',
  'proposent',
]);
const LOCATIVE = new Set(['a', 'au', 'aux', 'en', 'dans']);
// Codes whose target is a place: « s'est rendu en Tunisie », « a rappelé son ambassadeur en France ».
const PLACE_TARGETS = new Set(['042', '161']);
// Codes whose noun takes its agent as a genitive (« la visite du président », « l'offensive de X »).
const GENITIVE_AGENT = /^(?:03|04|05|06|07|08|15|16|19)/;
// Relative and adverbial clauses have their own time (« une insurrection qui s'est propagée en 2015 »);
// a reported clause (« a déclaré lundi que … ») takes its report's date.
const CLAUSE_BREAK = new Set(['qui', ';', 'dont', 'ou', 'lorsque', "lorsqu'", 'quand']);
const CLOSING = new Set(['»', '”', '"', '›']);
const REPORTED_BY = new Set(['selon', 'apres']);
const FOCUS_TARGET = /^(?:1[0-3]|17|18|015)/;
// Coercion a state exerts at home: arrests, detention, bans, repression.
const DOMESTIC = /^(?:17[2-5])/;
const OPENING = new Set(['«', '“', '"', '‹']);
const DEBUG = process.env.DEPECHE_DEBUG_EVENTS === '1';

interface Ctx {
  doc: Doc;
  mentions: ActorMention[];
  datesBySentence: Map<number, DateMention[]>;
  /** Whether each token lies inside quotation marks. */
  quoted: Uint8Array;
  quotes: Quote[];
  focusCounts: Map<string, number>;
  /** Non-state side of persons with no country (their party, body or armed group), by entity id. */
  affiliation: Map<string, Actor>;
}

/** How far back a clause or an antecedent is looked for: bounds the work on run-on sentences. */
const REACH = 80;
const MENTION_REACH = 400;

/** Index of the first mention starting at or after token `first` (mentions are in text order). */
function lowerBound(ctx: Ctx, first: number): number {
  let lo = 0;
  let hi = ctx.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ctx.mentions[mid]!.first < first) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Mentions starting in tokens [lo, hi). */
function mentionsIn(ctx: Ctx, lo: number, hi: number): ActorMention[] {
  const out: ActorMention[] = [];
  for (let k = lowerBound(ctx, lo); k < ctx.mentions.length && ctx.mentions[k]!.first < hi; k++)
    out.push(ctx.mentions[k]!);
  return out;
}

function quoteAt(ctx: Ctx, offset: number): Quote | null {
  return ctx.quotes.find((q) => q.start <= offset && offset < q.end) ?? null;
}

function speakerActor(ctx: Ctx, q: Quote | null, asSource = false): Actor | null {
  const s = q?.speaker;
  if (!s) return null;
  const e = s.entity ? ctx.doc.entities.find((x) => x.id === s.entity) : undefined;
  if (e?.country) return { name: e.name, country: e.country, entity: e.id };
  // A person the article gives no country: as where they are named (their party, their state role).
  const named = e ? ctx.mentions.find((m) => m.kind === 'named' && m.actor?.entity === e.id) : undefined;
  if (named) return resolve(ctx, named, null, asSource);
  // « a déclaré le ministre malien »: the side of the phrase that names the speaker.
  if (!s.mention) return null;
  const first = tokenAt(ctx.doc, s.mention.start);
  for (const m of mentionsIn(ctx, first, tokenAt(ctx.doc, s.mention.end) + 1))
    if (m.actor?.country && (m.kind === 'demonym' || m.kind === 'named')) return m.actor;
  return null;
}

/** The country in focus before token `at`: the nearest preceding state actor other than `exclude`. */
function focusCountry(ctx: Ctx, at: number, exclude: string | null): Actor | null {
  const top = lowerBound(ctx, at);
  for (let k = top - 1; k >= Math.max(0, top - MENTION_REACH); k--) {
    const m = ctx.mentions[k]!;
    if (!m.actor?.country || m.actor.country === exclude) continue;
    if (m.kind === 'named' && m.person) continue;
    // The side is the state itself, whatever mention (« la Sarthe », « Moscou ») brought it.
    const named = m.kind === 'named' && lookupPlace(m.actor.name)?.kind === 'country';
    return named ? m.actor : { name: countryName(m.actor.country), country: m.actor.country, entity: null };
  }
  let best: string | null = null;
  let n = 0;
  for (const [c, k] of ctx.focusCounts) if (c !== exclude && k > n) [best, n] = [c, k];
  return best ? { name: countryName(best), country: best, entity: null } : null;
}

/**
 * The country a criticism, demand or threat with no named object aims at: one named in its
 * sentence, else the article's main country (the nearest mention may be a passing one).
 */
function focusTarget(
  ctx: Ctx,
  m: TriggerMatch,
  sentStart: number,
  source: ActorMention | null,
): Actor | null {
  // The source's own mention is no evidence of where it aims (« le ministère X a exigé … »).
  const from = source && source.last <= m.first && source.kind === 'named' ? source.first : m.first;
  const near = focusCountry(ctx, from, null);
  if (!near) return focusCountry(ctx, ctx.doc.tokens.length, null);
  const top = lowerBound(ctx, m.first);
  for (let k = top - 1; k >= 0 && ctx.mentions[k]!.first >= sentStart; k--)
    if (ctx.mentions[k] !== source && ctx.mentions[k]!.actor?.country === near.country) return near;
  let best: string | null = null;
  let n = 0;
  for (const [c, k] of ctx.focusCounts) if (k > n) [best, n] = [c, k];
  return best && best !== near.country && n >= 3 * (ctx.focusCounts.get(near.country!) ?? 0)
    ? { name: countryName(best), country: best, entity: null }
    : near;
}

/** Nearest preceding person (or person-like phrase) with a known side, within two sentences. */
function nearestPerson(ctx: Ctx, at: number, asSource = false): Actor | null {
  const sent = ctx.doc.tokens.sentence[at]!;
  const top = lowerBound(ctx, at);
  for (let k = top - 1; k >= Math.max(0, top - MENTION_REACH); k--) {
    const m = ctx.mentions[k]!;
    if (ctx.doc.tokens.sentence[m.first]! < sent - 2) break;
    if (m.person && m.actor?.country) return m.actor;
    const member = asSource && m.person && m.actor?.entity ? ctx.affiliation.get(m.actor.entity) : undefined;
    if (member) return member;
  }
  return null;
}

const PLURAL_PRONOUNS = new Set(['ils', 'elles', '-t-ils', '-ils', '-elles']);

/** « Les rebelles … Ils ont … »: the nearest preceding group or body, within two sentences. */
function nearestGroup(ctx: Ctx, at: number): Actor | null {
  const sent = ctx.doc.tokens.sentence[at]!;
  const top = lowerBound(ctx, at);
  for (let k = top - 1; k >= Math.max(0, top - MENTION_REACH); k--) {
    const m = ctx.mentions[k]!;
    if (ctx.doc.tokens.sentence[m.first]! < sent - 2) break;
    if (m.person || m.place || !m.actor) continue;
    if (m.kind === 'group' || (m.kind === 'named' && !m.actor.country)) return m.actor;
  }
  return null;
}

/**
 * A person the article gives no country: the party, body or state named in the same noun phrase
 * (« le sénateur Reconquête Stéphane Ravier »), else the country in focus (« le procureur Olivier
 * Lutz » in an article about Geneva acts for Switzerland).
 */
function personSide(ctx: Ctx, m: ActorMention, exclude: string | null, asSource: boolean): Actor {
  const t = ctx.doc.tokens;
  for (let i = m.first - 1; i >= Math.max(0, m.first - 2); i--) {
    const c = TITLE_COUNTRIES[t.norm[i]!];
    if (c) return { ...m.actor!, country: c };
  }
  const k = lowerBound(ctx, m.first);
  const prev = k > 0 ? ctx.mentions[k - 1]! : null;
  if (prev?.actor && !prev.person && m.first - prev.last <= 2 && !prev.place) {
    let punct = false;
    for (let i = prev.last; i < m.first; i++)
      if (t.kind[i] === TokenKind.Punct && !/^[,()]$/.test(t.norm[i]!)) punct = true;
    if (!punct)
      return {
        name: m.actor!.name,
        country: prev.actor.country,
        entity: m.actor!.entity,
        // Acted upon, a person stays a person (« la mise en examen du député PI Jules Marnier »).
        ...(prev.actor.country || !asSource ? {} : { name: prev.actor.name }),
      };
  }
  // Acting, a member acts for their party, body or group (as a target, a person stays a person):
  // the one their role names, or the one in brackets after their name (« Jules Marnier (PI) »).
  const member = asSource && m.actor!.entity ? ctx.affiliation.get(m.actor!.entity) : undefined;
  if (member) return member;
  const bracketed = asSource ? bracketedAfter(ctx, m) : null;
  if (bracketed?.actor && !bracketed.actor.country && !bracketed.person && !bracketed.place)
    return bracketed.actor;
  // Only a state function makes a person act for the country in focus (« le procureur X »).
  const entity = m.actor!.entity ? ctx.doc.entities.find((e) => e.id === m.actor!.entity) : undefined;
  const roleWords = fold(entity?.role ?? '').split(/[\s'’]+/);
  let stateRole = roleWords.some((w) => STATE_ROLES.has(w));
  for (let i = m.first - 1; i >= Math.max(0, m.first - 4) && !stateRole; i--)
    if (STATE_ROLES.has(t.norm[i]!)) stateRole = true;
  if (!stateRole) {
    // Without a role, only a clearly dominant country of the article (half of its state mentions).
    let total = 0;
    let best: string | null = null;
    let n = 0;
    for (const [c, k] of ctx.focusCounts) {
      total += k;
      if (k > n) [best, n] = [c, k];
    }
    return { ...m.actor!, country: best && n * 2 >= total && total >= 2 ? best : null };
  }
  const focus = focusCountry(ctx, m.first, null) ?? focusCountry(ctx, t.length, exclude);
  return { ...m.actor!, country: focus?.country ?? null };
}

/** The mention in brackets right after `m` (« Jules Marnier (PI) »), if any. */
function bracketedAfter(ctx: Ctx, m: ActorMention): ActorMention | null {
  if (ctx.doc.tokens.norm[m.last] !== '(') return null;
  const k = lowerBound(ctx, m.last + 1);
  const next = ctx.mentions[k];
  return next && next.first === m.last + 1 && ctx.doc.tokens.norm[next.last] === ')' ? next : null;
}

function resolve(ctx: Ctx, m: ActorMention, exclude: string | null, asSource = false): Actor | null {
  if (m.actor && m.person && m.kind === 'named' && !m.actor.country)
    return personSide(ctx, m, exclude, asSource);
  if (m.actor?.country === null && m.institution) {
    const focus = focusCountry(ctx, m.first, null) ?? focusCountry(ctx, ctx.doc.tokens.length, null);
    return { ...m.actor, country: focus?.country ?? null };
  }
  if (m.actor) return m.actor;
  const offset = ctx.doc.tokens.start[m.first]!;
  const q = quoteAt(ctx, offset);
  switch (m.kind) {
    case 'focus':
      return focusCountry(ctx, m.first, m.people ? null : exclude);
    case 'orgFocus': {
      const top = lowerBound(ctx, m.first);
      for (let k = top - 1; k >= Math.max(0, top - MENTION_REACH); k--) {
        const x = ctx.mentions[k]!;
        if (x.kind === 'named' && x.actor && !x.actor.country && !x.person) return x.actor;
      }
      return null;
    }
    case 'possessive': {
      const fromQuote = speakerActor(ctx, q);
      if (fromQuote) return fromQuote;
      return mainSubject(ctx, m) ?? nearestPerson(ctx, m.first) ?? focusCountry(ctx, m.first, null);
    }
    case 'we':
      return q?.kind === 'direct' || q?.kind === 'mixed' ? speakerActor(ctx, q, asSource) : null;
    case 'pronoun': {
      if (q && q.kind !== 'indirect') return null;
      const plural = PLURAL_PRONOUNS.has(ctx.doc.tokens.norm[m.first]!);
      return (
        mainSubject(ctx, m) ??
        nearestPerson(ctx, m.first, asSource) ??
        (plural ? nearestGroup(ctx, m.first) : null) ??
        (q ? speakerActor(ctx, q) : null)
      );
    }
    default:
      return null;
  }
}

/** « X a déclaré que son pays … », « X a ajouté qu'il … »: the main clause's subject. */
function mainSubject(ctx: Ctx, m: ActorMention): Actor | null {
  const sentStart = ctx.doc.sentences[ctx.doc.tokens.sentence[m.first]!]!.tokenStart;
  const clause = clauseStart(ctx.doc, sentStart, m.first);
  if (clause.by !== 'que' || clause.start - 1 <= sentStart) return null;
  const subj = chooseSubject(ctx, sentStart, clause.start - 1);
  return subj && subj !== m ? resolve(ctx, subj, null) : null;
}

const sideKey = (a: Actor | null) => (a ? (a.country ?? a.name) : '');

/** Start of the trigger's clause (after ; : quotation marks, que, qui) and what opened it. */
function clauseStart(
  doc: Doc,
  sentStart: number,
  at: number,
): { start: number; by: 'que' | 'qui' | 'quote' | null } {
  const t = doc.tokens;
  for (let i = at - 1; i >= Math.max(sentStart, at - REACH); i--) {
    const w = t.norm[i]!;
    if (t.kind[i] === TokenKind.Quote) return { start: i + 1, by: 'quote' };
    // « le Parti imaginaire (PI) a dénoncé »: a one-word gloss in brackets stays in the clause.
    if (w === ')' && i - 2 >= sentStart && t.norm[i - 2] === '(') {
      i -= 2;
      continue;
    }
    if (HARD_STOP.has(w)) return { start: i + 1, by: null };
    if (w === 'que' || w === "qu'") return { start: i + 1, by: 'que' };
    if (w === 'qui' || w === 'dont') return { start: i + 1, by: 'qui' };
  }
  return { start: Math.max(sentStart, at - REACH), by: null };
}

interface Sides {
  source: ActorMention | null;
  target: ActorMention | null;
  sourceActor: Actor | null;
  targetActor: Actor | null;
}

/** Marks tokens inside « … », “ … ” or " … " (reset at each paragraph: marks are often unbalanced). */
function quotedTokens(doc: Doc): Uint8Array {
  const t = doc.tokens;
  const out = new Uint8Array(t.length);
  let depth = 0;
  let straight = false;
  let para = -1;
  let sentence = -1;
  let p = 0;
  for (let i = 0; i < t.length; i++) {
    // The paragraph changes only where the sentence does.
    if (t.sentence[i] !== sentence) {
      sentence = t.sentence[i]!;
      p = doc.sentences[sentence]?.paragraph ?? 0;
    }
    if (p !== para) {
      para = p;
      depth = 0;
      straight = false;
    }
    if (t.kind[i] === TokenKind.Quote) {
      const c = doc.text[t.start[i]!]!;
      if ('«“‹„'.includes(c)) depth++;
      else if ('»”›'.includes(c)) depth = Math.max(0, depth - 1);
      else if (c === '"') straight = !straight;
      continue;
    }
    out[i] = depth > 0 || straight ? 1 : 0;
  }
  return out;
}

function chooseSubject(
  ctx: Ctx,
  sentStart: number,
  at: number,
  outsideQuotes = false,
  depth = 0,
): ActorMention | null {
  const t = ctx.doc.tokens;
  const { start, by } = clauseStart(ctx.doc, sentStart, at);
  const inClause = mentionsIn(ctx, start, at).filter(
    (m) => m.first >= start && m.last <= at && m.subjectLike && !(outsideQuotes && ctx.quoted[m.first]),
  );
  if (inClause.length) {
    // The subject is in the last comma-separated stretch that has one (« Vu la situation du Mali,
    // le ministre … a déclaré »), and leftmost there.
    let hi = at;
    for (let i = at - 1; i >= start - 1; i--) {
      if (i === start - 1 || SOFT_STOP.has(t.norm[i]!)) {
        const seg = inClause.filter((m) => m.first > i && m.last <= hi);
        if (seg.length) return seg[0]!;
        hi = i;
      }
    }
    return inClause[0]!;
  }
  if (by === 'qui') {
    const last = mentionsIn(ctx, Math.max(sentStart, start - REACH), start)
      .filter((m) => m.last <= start - 1)
      .at(-1);
    const gap = last ? start - 1 - last.last : Infinity;
    // « le sénateur X qui a dénoncé »: the antecedent stands right before « qui » (a comma at most).
    return last && (gap === 0 || (gap === 1 && t.norm[last.last] === ',')) ? last : null;
  }
  // « X a déclaré que … » and « L'UA « condamne … » »: the subject is before the boundary.
  if ((by === 'que' || by === 'quote') && start - 1 > sentStart && depth < 3)
    return chooseSubject(ctx, sentStart, start - 1, outsideQuotes || by === 'quote', depth + 1);
  return null;
}

/** « a été condamné » is passive; « sont stationnés » only with an agent (« par … »). */
function passiveAux(doc: Doc, m: TriggerMatch): 'sure' | 'maybe' | null {
  const t = doc.tokens;
  const prev = t.norm[m.first - 1] ?? '';
  const prev2 = t.norm[m.first - 2] ?? '';
  const w = t.norm[m.first]!;
  // The trigger may hold its own auxiliary: « été interpellé ».
  if (w === 'ete' || w === 'etre') return 'sure';
  // A participle in apposition is passive: « Christian Dupin, assassiné vendredi, … ».
  const raw = doc.text.slice(t.start[m.first]!, t.end[m.first]!).toLowerCase();
  if (prev === ',' && /(?:é|ée|és|ées)$/.test(raw)) return 'sure';
  if (!/(?:e|es|ee|ees|i|is|ie|ies|u|us|ue|ues|t|ts)$/.test(w) || /^(?:en|a|au|aux)$/.test(prev)) return null;
  const aux = PASSIVE_AUX.has(prev)
    ? prev
    : PASSIVE_AUX.has(prev2) && t.kind[m.first - 1] === TokenKind.Word
      ? prev2
      : null;
  if (!aux) return null;
  return aux === 'ete' ? 'sure' : 'maybe';
}

const DETERMINERS = new Set([
  'le',
  'la',
  'les',
  "l'",
  'un',
  'une',
  'des',
  'du',
  'de',
  "d'",
  'au',
  'aux',
  'son',
  'sa',
  'ses',
  'leur',
  'leurs',
  'ce',
  'cet',
  'cette',
  'ces',
  'nouvelle',
  'nouvelles',
  'nouveau',
  'nouveaux',
  'premiere',
  'premieres',
  'premier',
  'premiers',
  'violents',
  'violentes',
  'violent',
  'violente',
  'vastes',
  'vaste',
  'grande',
  'grandes',
  'massives',
]);

/** Whether the trigger starts with a noun: a determiner stands before it. */
function isNounTrigger(doc: Doc, m: TriggerMatch): boolean {
  const n = doc.tokens.norm;
  const prev = n[m.first - 1] ?? '';
  if (!DETERMINERS.has(prev)) return false;
  // « lors d'une rencontre avec X », « au cours d'un entretien »: the clause's subject takes part.
  const p2 = n[m.first - 2] ?? '';
  const p3 = n[m.first - 3] ?? '';
  return ![p2, p3].some((w) => w === 'lors' || w === 'pendant' || w === 'durant' || w === 'cours');
}

const CLITICS = new Set([
  'ne',
  "n'",
  'a',
  'ont',
  'avait',
  'avaient',
  'est',
  'sont',
  'va',
  'vont',
  'le',
  'la',
  'les',
  "l'",
  'lui',
  'leur',
  'vous',
  'nous',
  'me',
  "m'",
  'te',
  "t'",
  'se',
  "s'",
  'y',
  'en',
  'pas',
  'aurait',
  'serait',
  'peut',
  'doit',
]);

/** « on vous accuse », « je condamne »: the subject is no actor, so the event has no known source. */
function impersonalSubject(doc: Doc, m: TriggerMatch, sentStart: number): boolean {
  for (let i = m.first - 1; i >= Math.max(sentStart, m.first - 5); i--) {
    const w = doc.tokens.norm[i]!;
    if (IMPERSONAL.has(w)) return true;
    if (!CLITICS.has(w)) return false;
  }
  return false;
}

const INFINITIVE_END = /(?:er|ir|re)$/;
// What may stand between a quotation (or « que ») and a verb whose subject follows it.
const INCISE_FILLERS = new Set([
  'a',
  'ont',
  'avait',
  'avaient',
  'aurait',
  'auraient',
  'egalement',
  'aussi',
  'encore',
  'alors',
  'deja',
  'ainsi',
  'formellement',
  'vivement',
  'fermement',
  'aussitot',
  'ensuite',
  'enfin',
]);

/** « "…", a dénoncé le ministre », « ce que dément le porte-parole »: the subject follows the verb. */
function invertedSubject(doc: Doc, m: TriggerMatch, sentStart: number): boolean {
  const t = doc.tokens;
  for (let i = m.first - 1; i >= Math.max(sentStart, m.first - 5); i--) {
    const w = t.norm[i]!;
    // A straight mark right before the verb opens a scare quote (« l'UA "suspend" le pays »).
    if (t.kind[i] === TokenKind.Quote) return w === '»' || w === '”';
    if (w === ',') return i > sentStart && t.kind[i - 1] === TokenKind.Quote && CLOSING.has(t.norm[i - 1]!);
    // « ce que dément X », « la libération qu'avait réclamée X »; not « que condamner X serait … ».
    if (w === 'que' || w === "qu'") return i > sentStart && !INFINITIVE_END.test(t.norm[m.first]!);
    if (!INCISE_FILLERS.has(w)) return false;
  }
  return false;
}

/** « de la part de X », « par X » right before a mention: X is the agent. */
function isAgent(doc: Doc, a: ActorMention): boolean {
  const n = doc.tokens.norm;
  const p1 = n[a.first - 1] ?? '';
  const p2 = n[a.first - 2] ?? '';
  if (p1 === 'par' || (p2 === 'par' && ['la', 'le', 'les', "l'"].includes(p1))) return true;
  // « par le sénateur X », « par l'ancien ministre X »: a title between the article and the name.
  for (let k = a.first - 1; k >= Math.max(0, a.first - 5); k--) {
    const c = doc.text[doc.tokens.start[k]!] ?? '';
    const kind = doc.tokens.kind[k];
    if (kind === TokenKind.Punct || kind === TokenKind.Quote || c !== c.toLowerCase()) break;
    // « par un passant à Lyon »: a place after the agent is where, not who.
    if (LOCATIVE.has(n[k]!)) break;
    if (n[k] === 'par') return k < a.first - 2;
  }
  // « par la police des polices (IGS) »: an acronym glossing the agent.
  if (p1 === '(')
    for (let k = a.first - 2; k >= Math.max(0, a.first - 6); k--) {
      if (n[k] === 'par') return true;
      if (doc.tokens.kind[k] === TokenKind.Punct) break;
    }
  for (let k = a.first - 1; k >= Math.max(0, a.first - 4); k--)
    if (n[k] === 'part' && ['de', 'du', "d'"].includes(n[k + 1] ?? '')) return true;
  return false;
}

function findSides(ctx: Ctx, m: TriggerMatch, sentStart: number, sentEnd: number): Sides {
  const t = ctx.doc.tokens;
  let subject = chooseSubject(ctx, sentStart, m.first);
  // Objects: actors after the trigger, up to a hard stop, within reach.
  const objects: ActorMention[] = [];
  let byAgent: ActorMention | null = null;
  for (const a of mentionsIn(ctx, m.first + 1, Math.min(sentEnd, m.last + 16))) {
    // Objects may sit inside the trigger's gaps: « a menacé Taïwan de représailles ».
    if (a.first <= m.first || a.first >= sentEnd) continue;
    if (a.first - m.last > 15) break;
    // A scare-quoted trigger (« l'UA "suspend" le pays ») does not end at its closing mark.
    let scare = false;
    for (let i = m.first - 1; i >= Math.max(sentStart, m.first - 2); i--)
      if (t.kind[i] === TokenKind.Quote) scare = true;
    // « jugé "absurde" par X »: a quotation mark opened inside the trigger closes right after it.
    for (let i = m.first + 1; i < m.last; i++) if (t.kind[i] === TokenKind.Quote) scare = !scare;
    let blocked = false;
    // A quotation opened after the trigger is part of its object: « a critiqué "l'entêtement" de X ».
    let opened = false;
    for (let i = m.last; i < a.first; i++) {
      // Parentheses add, they do not end the clause: « à notre ami (la Russie) ».
      if (HARD_STOP.has(t.norm[i]!) && t.norm[i] !== '(' && t.norm[i] !== ')') blocked = true;
      const quote = t.kind[i] === TokenKind.Quote;
      if (quote && opened && i - m.last <= 8) {
        opened = false;
        continue;
      }
      if (quote && !scare && i - m.last <= 2 && OPENING.has(t.norm[i]!)) {
        opened = true;
        continue;
      }
      if (CLOSING.has(t.norm[i]!) && !(scare && i - m.last <= 1)) blocked = true;
    }
    if (blocked) break;
    if (!byAgent && a.first - m.last <= 12 && isAgent(ctx.doc, a)) byAgent = a;
    objects.push(a);
  }
  let source = subject;
  let candidates = objects;
  // The inverted subject names who speaks: a person, body or state, not a place (« un policier du
  // Var ») nor an anonymous member of the public.
  const first = objects[0];
  const inverted =
    first &&
    first.first - m.last <= 5 &&
    !first.place &&
    !first.people &&
    invertedSubject(ctx.doc, m, sentStart);
  if (inverted) {
    source = objects[0]!;
    candidates = objects.slice(1);
    subject = null;
  }
  let passive = inverted ? null : passiveAux(ctx.doc, m);
  // « soutenu par X », « accusée par de nombreux malades »: passive even without an auxiliary.
  // « visé par une enquête »: the agent phrase may be part of the trigger itself.
  const parAfter =
    t.norm[m.last - 1] === 'par' ||
    t.norm[m.last] === 'par' ||
    t.norm[m.last + 1] === 'par' ||
    t.norm[m.first + 1] === 'par';
  if (parAfter && /(?:e|es|ee|ees|i|is|ie|ies|u|us|ue|ues|t|ts)$/.test(t.norm[m.first]!))
    passive = passive ?? 'maybe';
  if (passive && parAfter && !byAgent) passive = 'sure';
  if (impersonalSubject(ctx.doc, m, sentStart)) source = null;
  if ((passive && byAgent) || (byAgent && t.norm[byAgent.first - 1] !== 'par')) {
    // « accusé par X », « un embargo de la part de la Cédéao »: the agent acts on the subject.
    source = byAgent;
    candidates = subject
      ? [subject, ...objects.filter((o) => o !== byAgent)]
      : objects.filter((o) => o !== byAgent);
    subject = null;
  } else if (passive === 'sure') {
    // « X a été arrêté »: the state's authorities act on X (police, courts), else no known source.
    source = null;
    candidates = subject ? [subject] : [];
    subject = null;
  } else if (!source && objects.length && t.norm[m.last] === 'entre') {
    source = objects.shift()!;
    candidates = objects;
  }
  // A noun trigger (« les bombardements », « une offensive ») has its agent close by: a demonym
  // right after it (« bombardements iraniens »), else a subject within a few words.
  if (isNounTrigger(ctx.doc, m) && !passive) {
    const adj = objects.find((o) => o.kind === 'demonym' && o.first === o.last - 1 && o.first <= m.last + 1);
    // « l'offensive de la Russie contre l'Ukraine », « la sortie du Royaume-Uni de l'UE »: for
    // acts (not for what is done to someone: « l'arrestation de X »), a genitive right after the
    // noun is the agent.
    const gen = objects[0];
    const genitive =
      gen &&
      GENITIVE_AGENT.test(m.pattern.code) &&
      gen.first - m.last <= 2 &&
      ['de', 'du', 'des', "d'", 'la', "l'"].includes(t.norm[gen.first - 1]!);
    if (adj) {
      source = adj;
      candidates = candidates.filter((o) => o !== adj);
    } else if (source && m.first - source.last > 5) source = null;
    if (!source && genitive) {
      source = gen;
      candidates = candidates.filter((o) => o !== gen);
    }
  }
  let sourceActor = source ? resolve(ctx, source, null, true) : null;
  // Reported speech (« "…", déplore X ») is a political act when X holds a role; a passer-by's
  // complaint is colour.
  if (inverted && source?.person && source.kind === 'named') {
    const e = sourceActor?.entity ? ctx.doc.entities.find((x) => x.id === source.actor?.entity) : null;
    if (!e?.role && !ctx.affiliation.has(e?.id ?? '')) sourceActor = null;
  }
  // A place of no known state (a bridge, a planet) does not act.
  const sourceEntity = sourceActor?.entity
    ? ctx.doc.entities.find((e) => e.id === sourceActor?.entity)
    : null;
  if (sourceActor && !sourceActor.country && (source?.place || sourceEntity?.type === 'LOC'))
    sourceActor = null;
  // The arresting (or releasing) state is not the one named in its captive's noun phrase
  // (« des reporters portugais ont été arrêtés »): look for it before the subject.
  // « interpellé par un passant », « arrêté par des inconnus »: an agent is named and it is no state.
  let otherAgent =
    !byAgent && t.norm[m.last - 1] !== 'par' && (t.norm[m.last] === 'par' || t.norm[m.last + 1] === 'par');
  if (otherAgent) {
    const by = t.norm[m.last] === 'par' ? m.last : m.last + 1;
    for (let i = by + 1; i <= Math.min(by + 4, sentEnd - 1); i++)
      if (isStateAgentWord(t.norm[i]!)) otherAgent = false;
  }
  if (!source && passive === 'sure' && !otherAgent && /^(?:17|116|084|09)/.test(m.pattern.code))
    sourceActor = focusCountry(ctx, Math.min(m.first, candidates[0]?.first ?? m.first), null);
  const sKey = sideKey(sourceActor);
  let target: ActorMention | null = null;
  let targetActor: Actor | null = null;
  const pick = (list: ActorMention[], allowSame: boolean) => {
    for (const o of list) {
      if (o === source) continue;
      // « Jules Marnier (PI) a critiqué … »: the bracket tells the source's side, not a target.
      if (source && o.first === source.last + 1 && t.norm[source.last] === '(') continue;
      if (m.pattern.needsTarget && o.first - m.last > 5) break;
      const a = resolve(ctx, o, sourceActor?.country ?? null);
      if (!a || (a.country === null && !a.name)) continue;
      // « X, secrétaire général de l'Organisation Y, a réclamé »: Y is X's side, not the target.
      if (source?.person && a.entity && a.entity === sourceActor?.entity) continue;
      if (sideKey(a) === sKey && (!allowSame || (o.kind !== 'named' && o.kind !== 'demonym'))) continue;
      // « d'après l'ONU », « selon Moscou »: who reports it, not to whom it is done.
      if (REPORTED_BY.has(t.norm[o.first - 1] ?? '') || REPORTED_BY.has(t.norm[o.first - 2] ?? '')) continue;
      // « à Genève », « en France », « dans le pays » say where, not to whom.
      const p = t.norm[o.first - 1] ?? '';
      if (o.place && (p === 'a' || p === 'en' || p === 'dans') && !PLACE_TARGETS.has(m.pattern.code))
        continue;
      target = o;
      targetActor = a;
      return true;
    }
    return false;
  };
  if (!pick(candidates, false)) {
    // « Le Mali et la Russie ont signé »: the second subject of a coordination is the other side.
    const coord = mentionsIn(ctx, Math.max(sentStart, m.first - REACH), m.first).filter(
      (x) =>
        x !== source &&
        x.first >= sentStart &&
        x.last <= m.first &&
        x.subjectLike &&
        source &&
        x.first > source.first,
    );
    if (!pick(coord, false) && !pick(candidates, true) && /^0[367]/.test(m.pattern.code)) {
      // Cooperation and aid go to where they are spent: « des investissements chinois en Afrique ».
      const beneficiaries = candidates.filter((o) => o.place && t.norm[o.first - 1] === 'en');
      for (const o of beneficiaries) {
        const a = resolve(ctx, o, null);
        if (a && sideKey(a) !== sKey) {
          target = o;
          targetActor = a;
          break;
        }
      }
    }
  }
  // « X a accusé Y de …, ce que Y a démenti »: a denial or rejection answers the main clause's subject.
  if (!targetActor && sourceActor && /^(?:016|12)/.test(m.pattern.code)) {
    const answered = answeredSubject(ctx, m, sentStart);
    if (answered && sideKey(answered) !== sideKey(sourceActor)) targetActor = answered;
  }
  // « exhorte ses hommes à », « appelle ses partisans à »: the source's own people.
  if (!targetActor && sourceActor) {
    for (let i = m.first + 1; i <= Math.min(m.last, sentEnd - 2); i++)
      if (OWN_POSSESSIVES.has(t.norm[i]!) && OWN_PEOPLE.has(t.norm[i + 1]!)) {
        targetActor = sourceActor;
        break;
      }
  }
  return { source, target, sourceActor, targetActor };
}

/** The subject of the clause a « ce que » before the trigger refers back to. */
function answeredSubject(ctx: Ctx, m: TriggerMatch, sentStart: number): Actor | null {
  const n = ctx.doc.tokens.norm;
  for (let i = m.first - 1; i > sentStart && i >= m.first - 8; i--) {
    if (HARD_STOP.has(n[i]!)) return null;
    if ((n[i] === 'que' || n[i] === "qu'") && n[i - 1] === 'ce') {
      const subj = i - 1 > sentStart ? chooseSubject(ctx, sentStart, i - 1) : null;
      return subj ? resolve(ctx, subj, null, true) : null;
    }
  }
  return null;
}

const OWN_POSSESSIVES = new Set(['ses', 'son', 'sa', 'leurs', 'leur', 'nos', 'notre']);
const OWN_PEOPLE = new Set([
  'hommes',
  'partisans',
  'militants',
  'combattants',
  'troupes',
  'soldats',
  'fideles',
  'sympathisants',
  'electeurs',
  'membres',
  'adherents',
  'elus',
  'deputes',
  'senateurs',
  'ministres',
  'compatriotes',
  'concitoyens',
  'troupes',
  'forces',
  'allies',
  'camp',
  'parti',
  'gouvernement',
]);

function negatedAt(doc: Doc, m: TriggerMatch, sentStart: number, sentEnd: number): boolean {
  const n = doc.tokens.norm;
  for (let i = Math.max(sentStart, m.first - 3); i < m.first; i++) {
    const w = n[i]!;
    if (w === 'sans' || w === 'aucun' || w === 'aucune' || w === 'non') return true;
    if (w === 'ne' || w === "n'") {
      for (let j = i + 1; j < Math.min(sentEnd, m.last + 3); j++) if (NEGATORS.has(n[j]!)) return true;
    }
  }
  return false;
}

function modalityAt(doc: Doc, m: TriggerMatch, sentStart: number): { modality: Modality; negated: boolean } {
  const n = doc.tokens.norm;
  if (m.pattern.code === '016') return { modality: 'denied', negated: true };
  const from = Math.max(sentStart, m.first - 6);
  for (let i = m.first - 1; i >= from; i--) {
    if (HARD_STOP.has(n[i]!) || doc.tokens.kind[i] === TokenKind.Quote) break;
    if (DENIAL.test(n[i]!)) return { modality: 'denied', negated: true };
  }
  for (let i = Math.max(sentStart, m.first - 4); i <= m.first; i++) {
    const w = n[i]!;
    if ((CONDITIONAL.test(w) && !NOT_CONDITIONAL.has(w)) || w === 'si')
      return { modality: 'hypothetical', negated: false };
  }
  // The trigger may hold its own auxiliary (« va aider »), except for intent codes (root 03).
  const own = m.pattern.code.startsWith('03') ? m.first - 1 : m.first;
  for (let i = Math.max(sentStart, m.first - 4); i <= own; i++) {
    if (INTENT.has(n[i]!)) return { modality: 'intended', negated: false };
  }
  if (isFutureForm(n[m.first]!)) return { modality: 'intended', negated: false };
  return { modality: 'asserted', negated: false };
}

function dateFor(ctx: Ctx, m: TriggerMatch, sentence: number, modality: Modality): string | null {
  const doc = ctx.doc;
  const s = doc.sentences[sentence]!;
  const at = doc.tokens.start[m.first]!;
  let best: string | null = null;
  let dist = Infinity;
  for (const d of ctx.datesBySentence.get(sentence) ?? []) {
    // « depuis 2013 » tells how long, not when.
    if (d.start < s.start || d.end > s.end || !d.value || /^(?:depuis|dès|des)\b/i.test(d.text)) continue;
    // A date across a relative or adverbial clause boundary is another event's.
    const lo = tokenAt(doc, Math.min(d.start, at));
    const hi = tokenAt(doc, Math.max(d.start, at));
    let clauses = 0;
    for (let i = lo; i < hi; i++) if (CLAUSE_BREAK.has(doc.tokens.norm[i]!)) clauses++;
    if (clauses > 0) continue;
    const k = Math.abs(d.start - at);
    if (k < dist) [best, dist] = [d.value, k];
  }
  if (best) return best;
  if (modality === 'hypothetical' || modality === 'intended') return null;
  return doc.meta.published;
}

function locationFor(
  ctx: Ctx,
  m: TriggerMatch,
  sentStart: number,
  sentEnd: number,
  target: ActorMention | null,
): Place | null {
  const n = ctx.doc.tokens.norm;
  let best: Place | null = null;
  let dist = Infinity;
  for (const a of mentionsIn(ctx, Math.max(sentStart, m.first - REACH), Math.min(sentEnd, m.last + REACH))) {
    if (a.first < sentStart || a.first >= sentEnd || !a.place || a === target) continue;
    // « à Moscou », « au Mali », « en France », « dans la capitale »; « à la Russie » is a dative.
    const prev = n[a.first - 1] ?? '';
    const prev2 = n[a.first - 2] ?? '';
    if (!LOCATIVE.has(prev) && !(['la', "l'", 'le', 'les'].includes(prev) && prev2 === 'dans')) continue;
    const k = a.first >= m.last ? a.first - m.last : m.first - a.last;
    if (k < dist) [best, dist] = [a.place, k];
  }
  return best;
}

/**
 * « Juppé a attaqué Fillon », « l'offensive de la gauche »: between persons, parties and political
 * groups, an attack is verbal (111 criticise), not military. States, armies and armed groups keep it.
 */
function politicalReading(code: string, sides: Sides): string {
  if (!code.startsWith('19')) return code;
  const political = (m: ActorMention | null, a: Actor | null) =>
    !!m &&
    !!a &&
    (m.person ||
      (m.kind === 'group' && !ARMED.has(fold(a.name))) ||
      (m.kind === 'named' && !a.country && lookupOrganization(a.name)?.kind === 'party'));
  const src = political(sides.source, sides.sourceActor);
  const tgt = !sides.target || political(sides.target, sides.targetActor);
  return src && tgt ? '111' : code;
}

/** « X a demandé de l'aide » then « X a demandé de l'aide à Y »: keep the one with a target. */
function dropTargetless(events: Event[]): Event[] {
  // Keyed by the source's name too: two persons of one country resigning are two events.
  const key = (e: Event) => `${e.code}|${sideKey(e.source)}|${e.source.name}`;
  const withTarget = new Set(events.filter((e) => e.target).map(key));
  const kept = events.filter((e) => e.target || !withTarget.has(key(e)));
  kept.forEach((e, i) => {
    e.id = `v${i + 1}`;
  });
  return kept;
}

// « inculpé pour agressions », « accusé d'avoir tué »: the violence is the charge, reported
// as an accusation, not as an act the article asserts.
const CHARGE =
  /^(?:inculp|accus|condamn|poursuivi|soupconn|suspect|reproch|juge|jugee|juges|jugees|examen|detenu|incarcer|arret|interpell|ecroue|plainte|enquete|verbalis)/;
const CHARGE_ARTICLES = new Set(['un', 'une', 'la', 'le', "l'", 'les']);
const CHARGE_LINK = new Set(['pour', 'de', "d'", 'avoir', 'du', 'des']);

// Any act can be the content of an accusation (« accusé le pays X de soutenir les rebelles »).
const ACCUSATION = /^(?:accus|reproch|soupconn|suspect|inculp|poursuivi|verbalis)/;

function chargeReading(doc: Doc, m: TriggerMatch, sentStart: number): boolean {
  const violence = /^(?:18|19|20)/.test(m.pattern.code);
  const n = doc.tokens.norm;
  // The act is governed by the charge: « de soutenir », « d'avoir tué », « pour X et agressions ».
  const p1 = n[m.first - 1] ?? '';
  const p2 = n[m.first - 2] ?? '';
  const governed =
    CHARGE_LINK.has(p1) ||
    ((p1 === 'avoir' || CHARGE_ARTICLES.has(p1)) && CHARGE_LINK.has(p2)) ||
    p1 === 'et' ||
    p1 === 'ou';
  if (!governed) return false;
  let link = false;
  for (let i = m.first - 1; i >= Math.max(sentStart, m.first - 14); i--) {
    const w = n[i]!;
    if (HARD_STOP.has(w) || w === ',') return false;
    if (CHARGE_LINK.has(w)) link = true;
    else if (link && (violence ? CHARGE : ACCUSATION).test(w)) return true;
  }
  return false;
}

// Force postures, assaults and fighting (not annexations: « l'annexion » aims at land).
const MILITARY = /^(?:15[0-24]|18|19[0-13-9])/;

/** The one armed group the article names (« l'État imaginaire »), if there is exactly one. */
function onlyArmedGroup(mentions: readonly ActorMention[]): Actor | null {
  let found: Actor | null = null;
  // An organisation is often named several times in a row: its kind is looked up once per run.
  let lastName: string | null = null;
  let lastArmed = false;
  for (const m of mentions) {
    if (m.kind !== 'named' || m.person || !m.actor || m.actor.country) continue;
    if (m.actor.name !== lastName) {
      lastName = m.actor.name;
      lastArmed = lookupOrganization(lastName)?.kind === 'armed';
    }
    if (!lastArmed) continue;
    if (found && found.name !== m.actor.name) return null;
    found = m.actor;
  }
  return found;
}

export function eventsStage(doc: Doc): void {
  doc.events = [];
  if (!doc.sentences.length) return;
  const words = wordInfos(doc);
  const mentions = findActorMentions(doc, words);
  const focusCounts = new Map<string, number>();
  for (const m of mentions)
    if (m.actor?.country && !m.person)
      focusCounts.set(m.actor.country, (focusCounts.get(m.actor.country) ?? 0) + 1);
  const datesBySentence = new Map<number, DateMention[]>();
  for (const d of doc.dates) {
    const k = sentenceAt(doc, d.start);
    const list = datesBySentence.get(k);
    if (list) list.push(d);
    else datesBySentence.set(k, [d]);
  }
  const ctx: Ctx = {
    doc,
    mentions,
    quoted: quotedTokens(doc),
    quotes: doc.quotes,
    focusCounts,
    datesBySentence,
    affiliation: affiliations(doc),
  };
  const armedGroup = onlyArmedGroup(mentions);
  const seen = new Map<string, Event>();
  // The headline is paragraph 0 when the document has a title line.
  const titleEnd = doc.meta.title ? (doc.paragraphs[0]?.end ?? 0) : 0;
  const t = doc.tokens;
  doc.sentences.forEach((s, k) => {
    for (const m of select(PATTERNS.matchSentence(doc, s.tokenStart, s.tokenEnd, words))) {
      if (chargeReading(doc, m, s.tokenStart)) continue;
      const sides = findSides(ctx, m, s.tokenStart, s.tokenEnd);
      if (DEBUG)
        console.error(
          `DBG ${doc.meta.id} ${m.pattern.code} [${doc.text.slice(t.start[m.first]!, t.end[m.last - 1]!)}] src=${sides.source ? doc.text.slice(t.start[sides.source.first]!, t.end[sides.source.last - 1]!) : '-'}:${sideKey(sides.sourceActor)} tgt=${sides.target ? doc.text.slice(t.start[sides.target.first]!, t.end[sides.target.last - 1]!) : '-'}:${sideKey(sides.targetActor)}`,
        );
      if (!sides.sourceActor) continue;
      if (m.pattern.needsTarget && !sides.targetActor) continue;
      // Criticism, demands, threats and coercion with no actor as object (« a dénoncé une
      // initiative », « la dispersion des manifestants ») are aimed at the country in focus: its
      // government's acts or its people. An attack claimed with no target hit that country too.
      // Not when the state itself is the source: « le Niger a condamné l'attaque » is not aimed at Niger.
      // (« les responsables », « des élus » stand for the country's people: their criticism is domestic.)
      const stateSource =
        lookupPlace(sides.sourceActor.name)?.kind === 'country' && sides.source?.kind !== 'focus';
      if (!sides.targetActor && !stateSource && FOCUS_TARGET.test(m.pattern.code))
        sides.targetActor = focusTarget(ctx, m, s.tokenStart, sides.source);
      // « la police a arrêté huit personnes »: a state's arrests and sentences with no named
      // captive are of people under its own jurisdiction.
      const own = sides.sourceActor.country;
      if (!sides.targetActor && stateSource && own && DOMESTIC.test(m.pattern.code))
        sides.targetActor = { name: countryName(own), country: own, entity: null };
      // « l'armée renforce ses positions », « une opération de reconquête »: a state's force with no
      // named enemy is aimed at the armed group the article is about, when it names just one.
      const forces = sides.source?.kind === 'demonym' || sides.source?.kind === 'named';
      if (!sides.targetActor && own && forces && MILITARY.test(politicalReading(m.pattern.code, sides)))
        sides.targetActor = armedGroup;
      const start = t.start[m.first]!;
      const end = t.end[m.last - 1]!;
      let { modality, negated } = modalityAt(doc, m, s.tokenStart);
      if (!negated) negated = negatedAt(doc, m, s.tokenStart, s.tokenEnd);
      const q = quoteAt(ctx, start);
      if (q && modality === 'asserted') modality = 'reported';
      const c = cameo(politicalReading(m.pattern.code, sides));
      // Two persons of one side doing the same thing are two events (« X a dénoncé … », « Y a dénoncé … »).
      const who = sides.source?.person && sides.source.kind === 'named' ? sides.sourceActor.name : '';
      const key = `${c.code}|${sideKey(sides.sourceActor)}|${who}|${sideKey(sides.targetActor)}|${negated}`;
      const earlier = seen.get(key);
      // The body retells a headline's event with its context: the body's reading is kept.
      if (earlier && !(earlier.sentence.start < titleEnd && s.start >= titleEnd)) continue;
      if (earlier) doc.events.splice(doc.events.indexOf(earlier), 1);
      const event: Event = {
        id: `v${doc.events.length + 1}`,
        code: c.code,
        root: c.root,
        goldstein: c.goldstein,
        quadClass: c.quadClass,
        source: sides.sourceActor,
        target: sides.targetActor,
        trigger: { start, end, text: doc.text.slice(start, end) },
        sentence: { start: s.start, end: s.end },
        date: dateFor(ctx, m, k, modality),
        location: locationFor(ctx, m, s.tokenStart, s.tokenEnd, sides.target),
        negated,
        modality,
        ...(q ? { reportedBy: q.speaker?.name ?? null } : {}),
      };
      seen.set(key, event);
      doc.events.push(event);
    }
  });
  doc.events = dropTargetless(dropTitleEchoes(doc, doc.events));
}

/**
 * A headline retells the article's main event with less context (« X critique Y » before « Le maire
 * PI de Z, X, a critiqué … »): when the body reports an event of the same kind, the body's sides win.
 */
function dropTitleEchoes(doc: Doc, events: Event[]): Event[] {
  if (!doc.meta.title || !doc.sentences.length) return events;
  const titleEnd = doc.paragraphs[0]?.end ?? 0;
  const bodyRoots = new Set(events.filter((e) => e.sentence.start >= titleEnd).map((e) => e.root));
  return events.filter((e) => e.sentence.start >= titleEnd || !bodyRoots.has(e.root));
}
