// From a mention to a speaker: names take their canonical (fullest) form; pronouns go to the
// most recent compatible speaker or person; role descriptions (« le ministre », « l'entraîneur »)
// to the person given that role in the article; unnamed sources stay anonymous.
import { type Doc, TokenKind } from '../doc.js';
import type { Speaker } from '../record.js';
import {
  DOCUMENT_NOUNS,
  FINITE,
  FORMER_MARKERS as FORMER,
  MEDIA_NOUNS,
  NAMED_ORG_NOUNS,
  PERSON_NOUNS,
  PRE_ADJ,
  SPEAKER_PREPOSITIONS as PREPOSITIONS,
  RELATION_NOUNS as RELATIONS,
  ROLES,
  SPEAKER_STOPWORDS as STOPWORDS,
  TITLES,
  verbReadings,
} from './lexicon.js';
import type { Mention, MentionIndex } from './mentions.js';

export interface Said {
  speaker: Speaker | null;
  /** Where it was said (token index), for recency. */
  tok: number;
  gender: 'male' | 'female' | null;
  plural: boolean;
  /** A definite description (« l'octogénaire »): one individual a pronoun can take up. */
  specific?: boolean;
}

/** Role classes of elected offices, which « l'élu » may name. */
const ELECTED = new Set([
  'depute',
  'senateur',
  'maire',
  'conseiller',
  'president',
  'elu',
  'candidat',
  'gouverneur',
]);
const POSSESSIVES = new Set(['son', 'sa', 'ses', 'leur', 'leurs']);
const ARTICLES = new Set(['le', 'la', "l'", 'les']);
/** What introduces a document's author: « de l'Institut X », « publié par X », « parue dans X ». */
const ISSUER_PREPOSITIONS = new Set(['de', "d'", 'du', 'des', 'par', 'dans']);
const COMPLEMENT_PREPOSITIONS = new Set([
  'de',
  "d'",
  'du',
  'des',
  'a',
  'au',
  'aux',
  'pour',
  'par',
  'avec',
  'contre',
]);
const INDEFINITE_START = /^(?:un|une) /i;
const CLAUSE_WORDS = new Set([
  'qui',
  'que',
  "qu'",
  'dont',
  'et',
  'ou',
  'a',
  'ont',
  'est',
  'sont',
  'avait',
  'etait',
]);
/** What may precede a subject: punctuation, conjunctions, the start of a subordinate clause. */
const SUBJECT_BOUNDARY = new Set([
  ',',
  '.',
  ';',
  ':',
  '!',
  '?',
  '"',
  '«',
  '»',
  '“',
  '”',
  '(',
  ')',
  '-',
  '–',
  '—',
  'et',
  'mais',
  'que',
  "qu'",
  'puis',
  'or',
  'donc',
  'si',
  "s'",
  'quand',
  'lorsque',
  "lorsqu'",
  'car',
  'alors',
]);
/** How far (in tokens) a description looks for the person it names: an article, not a book. */
const ROLE_WINDOW = 5000;
const stems = (s: string) =>
  s
    .split(/[^a-z0-9'-]+/)
    .filter((w) => w && !STOPWORDS.has(w))
    .map((w) => w.slice(0, 5));

function roleClass(role: string): string | null {
  const words = role.split(' ');
  const two = words.slice(0, 2).join(' ');
  return ROLES.get(two)?.class ?? ROLES.get(words[0]!)?.class ?? null;
}

/** Same class, or « l'élu » for any elected office (« le député », « la maire »). */
function sameRole(ca: string | null, cb: string | null): boolean {
  if (!ca || !cb) return false;
  if (ca === cb) return true;
  return (ca === 'elu' && ELECTED.has(cb)) || (cb === 'elu' && ELECTED.has(ca));
}

function roleScore(a: string, b: string): number {
  const ca = roleClass(a);
  const cb = roleClass(b);
  if (!ca || !sameRole(ca, cb)) return 0;
  const sb = new Set(stems(b));
  // the same office outranks a hypernym (« le candidat » is the candidate before the MP)
  return (ca === cb ? 2 : 1) + stems(a).filter((w) => sb.has(w)).length;
}

/** A noun for a person: listed, or an agent or adherent (« urbaniste », « pharmacienne »). */
const isPersonNoun = (w: string): boolean =>
  PERSON_NOUNS.has(w) ||
  ROLES.has(w) ||
  (w.startsWith('ex-') && isPersonNoun(w.slice(3))) ||
  (w.startsWith('vice-') && isPersonNoun(w.slice(5))) ||
  (w.startsWith('euro') && isPersonNoun(w.slice(4))) ||
  (w.length > 5 &&
    (w.endsWith('iste') ||
      w.endsWith('ien') ||
      w.endsWith('ienne') ||
      w.endsWith('euse') ||
      w.endsWith('trice') ||
      w.endsWith('logue')));

const stripDet = (s: string) => s.replace(/^(?:les|le|la)\s+|^l['’]\s*/i, '');

export class Resolver {
  readonly history: Said[] = [];
  private readonly freq = new Map<string, number>();
  private readonly personEndingAt = new Map<number, Mention>();
  /** Tokens inside quotation marks (not reported speech): never the article's own subjects. */
  private readonly marked: Uint8Array;

  constructor(
    private readonly doc: Doc,
    private readonly mi: MentionIndex,
    /** Tokens inside quotation marks: the quoted speaker's words, not the article's subjects. */
    private readonly quoted: Uint8Array = new Uint8Array(doc.tokens.length),
  ) {
    this.marked = quoted.slice();
    for (const p of mi.persons) {
      if (p.kind !== 'name') continue;
      this.freq.set(p.name, (this.freq.get(p.name) ?? 0) + 1);
      if (p.type === 'person') this.personEndingAt.set(p.j, p);
    }
  }

  private para(tok: number): number {
    return this.doc.sentences[this.doc.tokens.sentence[tok]!]?.paragraph ?? 0;
  }

  private span(m: Mention) {
    const t = this.doc.tokens;
    const start = t.start[m.i]!;
    const end = t.end[m.j - 1]!;
    return { start, end, text: this.doc.text.slice(start, end) };
  }

  private fromName(m: Mention, mentionOf: Mention = m): Speaker {
    return {
      name: m.name,
      type: m.type ?? (m.name.includes(' ') ? 'person' : 'organization'),
      entity: m.entity,
      mention: this.span(mentionOf),
    };
  }

  /** The fullest organisation name or description sharing this one's head and words. */
  private fullestOrg(m: Mention): string {
    const own = stripDet(m.name);
    const w = own
      .toLowerCase()
      .split(/\s+/)
      .filter((x) => x);
    let best = own;
    for (const o of this.mi.orgs) {
      const n = stripDet(o.name);
      if (n.length <= best.length) continue;
      const ow = n.toLowerCase().split(/\s+/);
      if (ow[0] === w[0] && w.every((x) => ow.includes(x))) best = n;
    }
    return best;
  }

  private byRole(m: Mention): Mention | null {
    if (!m.role) return null;
    const t = this.doc.tokens;
    let best: Mention | null = null;
    let bestScore = 0;
    // Most recent person given a matching role before the description…
    for (const p of this.mi.persons) {
      if (p.i >= m.i || !p.role || m.i - p.i > ROLE_WINDOW) continue;
      if (m.gender && p.gender && m.gender !== p.gender && !m.plural) continue;
      const s = roleScore(m.role, p.role);
      if (s > 0 && s >= bestScore) {
        best = p;
        bestScore = s;
      }
    }
    if (best) return best;
    // …or, failing that, the one introduced just after it (« le ministre … a déclaré … » then named).
    const sent = t.sentence[m.i]!;
    for (const p of this.mi.persons) {
      if (p.i <= m.j || !p.role) continue;
      if (t.sentence[p.i]! > sent + 3) break;
      if (roleScore(m.role, p.role) > 0) return p;
    }
    return null;
  }

  /** The person opening one of the last sentences (their subject), if their role does not conflict. */
  private recentPerson(m: Mention): Mention | null {
    const t = this.doc.tokens;
    const si = t.sentence[m.i]!;
    for (let k = si; k >= Math.max(0, si - 2); k--) {
      const sent = this.doc.sentences[k]!;
      let q = sent.tokenStart;
      while (
        q < sent.tokenEnd &&
        (t.norm[q] === ',' || /^(?:mais|et|puis|or|enfin|ensuite)$/.test(t.norm[q]!))
      )
        q++;
      const first = this.mi.startingAt.get(q);
      if (!first || first.j > m.i || first === m) continue;
      const named = first.kind === 'name' ? first : first.kind === 'desc' ? first.link : null;
      if (!named || named.type !== 'person' || this.quoted[first.i] || this.inQuote.has(named.name)) continue;
      if (m.gender && named.gender && m.gender !== named.gender) continue;
      const own = m.role ? roleClass(m.role) : null;
      if (named.role && own && !FORMER.has(t.norm[m.i + 1]!) && !sameRole(roleClass(named.role), own))
        continue;
      return this.unnamedBetween(first.j, m.i, m) ? null : named;
    }
    return null;
  }

  /** The most mentioned person of compatible gender, when they are mentioned at least twice. */
  private salient(m: Mention): Mention | null {
    let best: Mention | null = null;
    let bestN = 1;
    for (const p of this.mi.persons) {
      if (p.kind !== 'name' || p.type !== 'person' || Math.abs(m.i - p.i) > ROLE_WINDOW) continue;
      if (this.inQuote.has(p.name)) continue;
      if (m.gender && p.gender && p.gender !== m.gender) continue;
      if (p.role && m.role && roleClass(p.role) && !sameRole(roleClass(p.role), roleClass(m.role))) continue;
      const n = this.freq.get(p.name) ?? 0;
      if (n > bestN) {
        best = p;
        bestN = n;
      }
    }
    return best;
  }

  /**
   * Who a definite description takes up when no role match or subject names them: the nearest
   * earlier person of compatible gender and role, outside quotation marks, within `sentences`
   * sentences and two paragraphs (« Paul Roc a répondu. "…", a ajouté le chroniqueur. »):
   * journalists re-describe whom they just mentioned. An unnamed individual in between is the
   * referent instead: one introduced (« une habitante ») names nobody; the one who spoke last
   * (« "…", dit un vieil homme. "…", ajoute l'octogénaire ») keeps the name it was given.
   */
  private nearest(m: Mention, sentences: number): Speaker | null | undefined {
    const all = this.mi.all;
    const t = this.doc.tokens;
    const para = this.para(m.i);
    const sent = t.sentence[m.i]!;
    const lo = this.firstFrom(m.i);
    const former = FORMER.has(t.norm[m.i + 1]!);
    // an office the lexicon knows (« le premier secrétaire du parti » names none it can compare)
    const ownClass = m.role ? roleClass(m.role) : null;
    const relational = RELATIONS.has(ownClass ?? '');
    // the last unnamed individual quoted, by where they were described (a role description
    // names an office, which an unnamed passer-by does not hold)
    let lastUnnamed: Said | null = null;
    let unnamedAt = -1;
    for (let k = this.history.length - 1; m.unknownHead && k >= Math.max(0, this.history.length - 3); k--) {
      const h = this.history[k]!;
      const sp = h.speaker;
      if (!sp?.mention || sp.type !== 'anonymous' || !h.specific || h.plural) continue;
      if (m.gender && h.gender && m.gender !== h.gender) continue;
      lastUnnamed = h;
      unnamedAt = sp.mention.start;
      break;
    }
    for (let k = lo - 1; k >= Math.max(0, lo - 400); k--) {
      const p = all[k]!;
      if (p === m || p.j > m.i) continue;
      if (para - this.para(p.i) > 2 || sent - t.sentence[p.i]! > sentences) break;
      if (this.marked[p.i]) continue;
      if (t.start[p.i]! < unnamedAt) break;
      if (p.kind === 'name') {
        if (p.type !== 'person' || this.inQuote.has(p.name) || this.dependent(p)) continue;
        if (m.gender && p.gender && m.gender !== p.gender) continue;
        if (
          !former &&
          !relational &&
          ownClass &&
          p.role &&
          roleClass(p.role) &&
          !sameRole(roleClass(p.role), ownClass)
        )
          continue;
        if (this.unnamedBetween(p.j, m.i, m)) return null;
        return { ...this.fromName(p), mention: this.span(m) };
      }
      if (p.kind !== 'desc' || p.plural || p.link || p.definite || p.type === 'organization') continue;
      if (m.gender && p.gender && m.gender !== p.gender) continue;
      const h = this.headOf(p);
      if (ROLES.has(h) || PERSON_NOUNS.has(h)) return null;
    }
    if (lastUnnamed?.speaker && para - this.para(lastUnnamed.tok) <= 2)
      return { ...lastUnnamed.speaker, mention: this.span(m) };
    return undefined;
  }

  /**
   * A name in a complement (« la mort de Paul X », « avec la chanteuse Léa Y ») or apposed to
   * someone's relative (« sa sœur, Léa Y », « son fils Paul »): not whom the text is about.
   */
  private dependent(p: Mention): boolean {
    const norm = this.doc.tokens.norm;
    let k = p.i - 1;
    if (norm[k] === ',') k--;
    // over a title or role noun and its determiner (« le Pr », « la chanteuse », « sa sœur »)
    for (let g = 0; g < 4 && k >= 0; g++) {
      const w = norm[k]!;
      if (PREPOSITIONS.has(w) || POSSESSIVES.has(w) || w === 'par') return true;
      if (!ARTICLES.has(w) && !TITLES.has(w) && !ROLES.has(w) && !PERSON_NOUNS.has(w) && !PRE_ADJ.has(w))
        return false;
      k--;
    }
    return false;
  }

  /**
   * Whether someone unnamed is introduced between tokens a and b, outside quotation marks
   * (« interpellé par un homme », « une voisine »): the likelier referent of a later description.
   */
  private unnamedBetween(a: number, b: number, m: Mention): boolean {
    const norm = this.doc.tokens.norm;
    // a description naming an office only takes up someone given that office (« un avocat »)
    const office = m.unknownHead || !m.role ? null : roleClass(m.role);
    for (let k = a; k < b - 1; k++) {
      const w = norm[k]!;
      if ((w !== 'un' && w !== 'une') || this.marked[k]) continue;
      if (m.gender && (w === 'une') !== (m.gender === 'female')) continue;
      let h = k + 1;
      while (h < b - 1 && PRE_ADJ.has(norm[h]!)) h++;
      const head = norm[h]!;
      if (
        office ? sameRole(office, ROLES.get(head)?.class ?? null) : PERSON_NOUNS.has(head) || ROLES.has(head)
      )
        return true;
    }
    return false;
  }

  /**
   * The organisation or person named as a document's author right after its head noun at h;
   * false when the author is given but unnamed (« le communiqué de la famille »).
   */
  private issuerAt(h: number): Mention | null | false {
    const t = this.doc.tokens;
    const end = this.doc.sentences[t.sentence[h]!]!.tokenEnd;
    for (let k = h + 1, steps = 0; k < end && steps < 10; k++, steps++) {
      if (t.kind[k] === TokenKind.Punct || t.kind[k] === TokenKind.Quote) return null;
      const m = this.mi.startingAt.get(k);
      if (m?.kind !== 'name' || this.marked[k]) {
        const w = t.norm[k]!;
        // the noun phrase ends at a finite verb or a clause word (« Le texte appelle … »), and a
        // common noun after a preposition is the author (« de la famille »), unnamed
        if (CLAUSE_WORDS.has(w) || verbReadings(w)?.some((r) => r.mask & FINITE)) return null;
        let p = t.norm[k - 1]!;
        if (ARTICLES.has(p)) p = t.norm[k - 2]!;
        if (ISSUER_PREPOSITIONS.has(p) && !ARTICLES.has(w) && !NAMED_ORG_NOUNS.has(w) && !MEDIA_NOUNS.has(w))
          return false;
        continue;
      }
      let prev = t.norm[k - 1]!;
      if (ARTICLES.has(prev)) prev = t.norm[k - 2]!;
      // « sondage Vexor », « étude de l'Institut X », « publié par X », « parue dans X »
      return k === h + 1 || ISSUER_PREPOSITIONS.has(prev) ? m : null;
    }
    return null;
  }

  /**
   * Who issued the document a description names: inside it (« le rapport de la Cour »), or for
   * « le communiqué » the one that issued the last such document: named with it, quoted in its
   * sentence (« a indiqué la préfecture dans un communiqué »), or that sentence's subject.
   */
  private issuer(m: Mention): Speaker | null {
    const t = this.doc.tokens;
    const h = this.headTok(m);
    const own = this.issuerAt(h);
    if (own) return this.fromName(own);
    if (own === false || !m.definite) return null;
    const head = t.norm[h]!;
    const para = this.para(m.i);
    for (let k = m.i - 1; k >= 0 && para - this.para(k) <= 2; k--) {
      if (t.norm[k] !== head || this.marked[k]) continue;
      const by = this.issuerAt(k);
      if (by) return this.fromName(by);
      if (by === false) return null;
      const sent = t.sentence[k]!;
      for (let q = this.history.length - 1; q >= 0; q--) {
        const said = this.history[q]!;
        if (t.sentence[said.tok]! < sent) break;
        if (t.sentence[said.tok] === sent && said.speaker && said.speaker.type !== 'anonymous')
          return said.speaker;
      }
      const first = this.mi.startingAt.get(this.doc.sentences[sent]!.tokenStart);
      if (first?.kind === 'name' && first.j <= k) return this.fromName(first);
      if (first?.kind === 'desc' && first.type === 'organization' && first.j <= k)
        return this.resolve(first, k);
      return null;
    }
    return null;
  }

  private headTok(d: Mention): number {
    const norm = this.doc.tokens.norm;
    let h = d.i + 1;
    while (h < d.j - 1 && PRE_ADJ.has(norm[h]!)) h++;
    return h;
  }

  /** A description's head noun, after its determiner and preposed adjectives (« la jeune femme »). */
  private headOf(d: Mention): string {
    const norm = this.doc.tokens.norm;
    let h = d.i + 1;
    while (h < d.j - 1 && PRE_ADJ.has(norm[h]!)) h++;
    return norm[h] ?? '';
  }

  /** Index of the first mention starting at or after token `tok`. */
  private firstFrom(tok: number): number {
    const all = this.mi.all;
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (all[mid]!.i < tok) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** People named inside the quotation being attributed: a speaker rarely names themself. */
  private inQuote = new Set<string>();

  /**
   * The speaker a mention stands for, for the quotation anchored at token `at`; `quote` is its
   * token range, whose named people a description is not taken to be.
   */
  resolve(m: Mention | null, at: number, quote?: { i: number; j: number }): Speaker | null {
    if (quote) {
      this.inQuote = new Set();
      const all = this.mi.all;
      for (let k = this.firstFrom(quote.i); k < all.length && all[k]!.i < quote.j; k++)
        if (all[k]!.kind === 'name') this.inQuote.add(all[k]!.name);
    }
    if (!m) return null;
    const t = this.doc.tokens;
    if (m.kind === 'name') return this.fromName(m);
    if (m.kind === 'relative') {
      let k = m.i;
      if (t.norm[k - 1] === ',') k--;
      const a = this.mi.endingAt.get(k);
      return a && a.kind !== 'relative' ? this.resolve(a, at) : null;
    }
    if (m.kind === 'desc') {
      if (m.link) return { ...this.fromName(m.link), mention: this.span(m) };
      if (m.type === 'organization')
        return { name: this.fullestOrg(m), type: 'organization', entity: null, mention: this.span(m) };
      // « le chef de file des Insoumis Jean-Luc Mélenchon »: a person named at the end of it.
      // (not a complement: « l'avocat de Paul X », « l'ancien adjoint de Léa Y » is someone else)
      const inner = this.personEndingAt.get(m.j);
      if (inner && inner.i > m.i && !COMPLEMENT_PREPOSITIONS.has(t.norm[inner.i - 1]!))
        return { ...this.fromName(inner), mention: this.span(m) };
      // « la même source », « cette même source »: the source just quoted.
      if (m.definite && !m.plural && t.norm[m.i + 1] === 'meme') {
        const last = this.history.at(-1)?.speaker;
        if (last) return { ...last, mention: this.span(m) };
      }
      // « selon un sondage Vexor », « une étude parue dans la revue X », « le communiqué »: a
      // document speaks for whoever issued it, when the text names them.
      if (DOCUMENT_NOUNS.has(this.headOf(m))) {
        const by = this.issuer(m);
        if (by) return { ...by, mention: this.span(m) };
      }
      // « le créateur de la marque, Paul X, »: a person's name apposed to it (closed by a comma or
      // the sentence end: « Selon la presse, Paul X a … » opens a clause).
      if (m.type === 'person' && !m.plural && t.norm[m.j] === ',') {
        const app = this.mi.startingAt.get(m.j + 1);
        const after = t.norm[app?.j ?? 0] ?? '.';
        if (
          app?.kind === 'name' &&
          app.type === 'person' &&
          (after === ',' || after === '.' || after === ')')
        )
          return { ...this.fromName(app), mention: this.span(m) };
      }
      if (m.type === 'person' && m.definite && !m.plural) {
        // « son fils », « leur avocat »: someone related to a person, never that person.
        const possessive = POSSESSIVES.has(t.norm[m.i]!);
        const personal = !m.unknownHead || isPersonNoun(this.headOf(m));
        const p =
          possessive || !personal
            ? null
            : m.unknownHead
              ? this.recentPerson(m)
              : (this.byRole(m) ?? this.recentPerson(m));
        if (p) return { ...this.fromName(p), mention: this.span(m) };
        if (!possessive && personal) {
          // the person just mentioned, else the article's main person, else anyone mentioned lately
          const near = this.nearest(m, m.unknownHead ? 1e9 : 2);
          if (near) return near;
          if (near === null) return { name: m.name, type: 'anonymous', entity: null, mention: this.span(m) };
          const main = m.unknownHead ? null : this.salient(m);
          if (main) return { ...this.fromName(main), mention: this.span(m) };
          const far = m.unknownHead ? null : this.nearest(m, 1e9);
          if (far) return far;
        }
        return { name: m.name, type: 'anonymous', entity: null, mention: this.span(m) };
      }
      return { name: m.name, type: 'anonymous', entity: null, mention: this.span(m) };
    }
    // Pronouns and possessives: the more recent of the last compatible speaker and the last
    // compatible person (or institution) in subject position, within two paragraphs.
    const para = this.para(at);
    let fromHistory: Said | null = null;
    for (let k = this.history.length - 1; k >= Math.max(0, this.history.length - 50); k--) {
      const h = this.history[k]!;
      if (para - this.para(h.tok) > 2) break;
      // an unnamed individual just quoted (« lâche un passant. "…", ajoute-t-il ») counts too
      const justQuoted =
        k === this.history.length - 1 &&
        para === this.para(h.tok) &&
        INDEFINITE_START.test(h.speaker?.name ?? '');
      if (!h.speaker || (h.speaker.type === 'anonymous' && !m.plural && !h.specific && !justQuoted)) continue;
      if (m.gender && h.gender && m.gender !== h.gender) continue;
      if (m.kind === 'pronoun' && m.plural !== h.plural) continue;
      fromHistory = h;
      break;
    }
    const isOn = m.name.toLowerCase() === 'on';
    if (m.role === 'last') {
      const p = this.lastSubject(m, para, true);
      const sp = p ? this.resolve(p, at) : null;
      return sp ? { ...sp, mention: this.span(m) } : null;
    }
    const best = isOn ? null : this.lastSubject(m, para);
    if (best && (!fromHistory || best.i > fromHistory.tok)) {
      const sp = this.resolve(best, at);
      if (sp) return { ...sp, mention: this.span(m) };
    }
    if (fromHistory?.speaker) return { ...fromHistory.speaker, mention: this.span(m) };
    // Far from any antecedent: the article's main person, when there is one.
    if (!isOn && !m.plural && m.kind === 'pronoun') {
      const p = this.salient(m);
      if (p) return { ...this.fromName(p), mention: this.span(m) };
    }
    return null;
  }

  /** The last person (or institution, for il/elle) in subject position before a pronoun. */
  private lastSubject(m: Mention, para: number, anyPosition = false): Mention | null {
    const all = this.mi.all;
    const norm = this.doc.tokens.norm;
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (all[mid]!.i < m.i) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= Math.max(0, lo - 300); k--) {
      const p = all[k]!;
      if (para - this.para(p.i) > 2) break;
      // « ce dernier » takes up whoever was named last, in reported content too
      if (p.j > m.i || (anyPosition ? this.marked[p.i] : this.quoted[p.i])) continue;
      let prev = norm[p.i - 1] ?? '';
      if (/^(?:le|la|les|l')$/.test(prev)) prev = norm[p.i - 2] ?? '';
      if (PREPOSITIONS.has(prev) && !anyPosition) continue;
      if (p.kind === 'name' && p.type === 'person' && !m.plural) {
        if (m.gender && p.gender && m.gender !== p.gender) continue;
        return p;
      }
      if (p.kind === 'desc' && p.type === 'person' && p.definite && !m.plural) {
        const g = p.link?.gender ?? p.gender;
        if (m.gender && g && m.gender !== g) continue;
        return p;
      }
      if (
        p.kind === 'desc' &&
        p.type === 'organization' &&
        p.definite &&
        m.kind === 'pronoun' &&
        p.plural === m.plural &&
        // an institution as subject: after a clause boundary, not an object (« en quittant le parti »)
        (p.i === 0 || SUBJECT_BOUNDARY.has(norm[p.i - 1]!))
      ) {
        if (m.gender && p.gender && m.gender !== p.gender) continue;
        return p;
      }
    }
    return null;
  }

  genderOf(m: Mention | null): 'male' | 'female' | null {
    if (!m) return null;
    if (m.kind === 'desc' && m.link) return m.link.gender ?? m.gender;
    return m.gender;
  }
}
