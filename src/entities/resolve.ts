// From mentions to canonical entities of one article: variants merged (« Abdoulaye Diop » …
// « Diop » … « M. Diop »; « Union africaine » … « UA »; « BANGUI » … « Bangui »), the canonical
// name is the fullest form, and identity (country, gender, role) is pooled over the mentions.
import { type Doc, TokenKind } from '../doc.js';
import type { Entity, EntityType, Gender } from '../record.js';
import { isWhiteSpaceCode } from '../text/tokenize.js';
import { firstNameGender, gazetteerKey, lookupOrganization, type Metonym } from './gazetteer.js';
import { NAME_STOPWORDS } from './lexicon.js';
import type { Mention } from './mentions.js';

interface Cluster {
  /** Creation rank: look-ups through the indexes below return the earliest matching cluster. */
  order: number;
  type: EntityType;
  mentions: Mention[];
  /** Folded name words (particles dropped), for surname and first-name matching. */
  words: Set<string>;
  ref: object | null;
  /** The longest mention so far (its last word is the surname). */
  longest: Mention;
  /** Distinct keys of the mentions, for prefix matching. */
  keys: Set<string>;
}

const PARTICLES = NAME_STOPWORDS;
/** Name words of a key: key.split(/[\s']+/) without empty pieces and particles, without the regex. */
export function words(key: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let k = 0; k <= key.length; k++) {
    if (k < key.length && !isWordSeparator(key.charCodeAt(k))) continue;
    if (k > from) {
      const w = key.slice(from, k);
      if (!PARTICLES.has(w)) out.push(w);
    }
    from = k + 1;
  }
  return out;
}

/** A character of /[\s']/: the apostrophe, or white space as JavaScript's \s defines it. */
function isWordSeparator(ch: number): boolean {
  return ch === 39 || isWhiteSpaceCode(ch);
}
/** A short mention written in capitals, as acronyms are (« EAU », « RCA »). */
function inCapitals(doc: Doc, m: Mention | undefined): boolean {
  if (!m || m.end - m.start > 4) return false;
  const t = doc.text.slice(m.start, m.end);
  return t === t.toUpperCase() && t !== t.toLowerCase();
}

/** First word of a key: two keys one of which starts the other (« conseil » … « conseil de paix »). */
const headOf = (key: string) => {
  const sp = key.indexOf(' ');
  return sp < 0 ? key : key.slice(0, sp);
};

/** The clusters of some index lists (and extras), once each, in creation order. */
const SMALL = 48;
function candidates(
  all: Cluster[],
  small: number,
  lists: (Cluster[] | undefined)[],
  extra?: Set<Cluster>,
): Cluster[] {
  // Most articles have a few dozen clusters: scanning them all is cheaper than merging lists.
  if (all.length <= small) return all;
  const seen = new Set<Cluster>();
  for (const l of lists) if (l) for (const cl of l) seen.add(cl);
  if (extra) for (const cl of extra) seen.add(cl);
  return [...seen].sort((a, b) => a.order - b.order);
}

const TYPE_RANK: Record<EntityType, number> = { PER: 3, ORG: 2, LOC: 2, MISC: 0 };

function refOf(m: Mention): object | null {
  const g = m.gazetteer;
  return g?.organization ?? g?.metonym ?? g?.place ?? null;
}

function initials(key: string): string {
  return key
    .split(/[\s'-]+/)
    .filter((w) => w && !PARTICLES.has(w))
    .map((w) => w[0])
    .join('');
}

/** Parenthesised acronym right after a name: « République centrafricaine (RCA) ». */
function parenthesised(doc: Doc, ms: Mention[]): Map<Mention, Mention> {
  const link = new Map<Mention, Mention>();
  for (let k = 0; k + 1 < ms.length; k++) {
    const a = ms[k]!;
    const b = ms[k + 1]!;
    const between = doc.text.slice(a.end, b.start);
    // Only an acronym (or another name of the same gazetteer entry): « Martel (Gironde) » is no alias.
    const acronym = b.evidence === 'acronym' || (b.gazetteer !== undefined && refOf(b) === refOf(a));
    if (/^\s*\(\s*$/.test(between) && doc.text[b.end] === ')' && b.tokenEnd - b.tokenStart === 1 && acronym)
      link.set(b, a);
  }
  return link;
}

/**
 * `small`: up to how many clusters every look-up scans them all rather than use the indexes (a
 * parameter so that a test can pin both ways to the same result).
 */
export function resolveEntities(doc: Doc, mentions: Mention[], small = SMALL): Entity[] {
  const ms = [...mentions].sort((a, b) => a.start - b.start);
  const acronymOf = parenthesised(doc, ms);
  const clusters: Cluster[] = [];
  const byRef = new Map<object, Cluster>();
  const byKey = new Map<string, Cluster>();
  const of = new Map<Mention, Cluster>();
  // Indexes so that each mention meets only the clusters it can join, not all of them (an article
  // with thousands of « M. » mentions): clusters by name word, by first word of a key (for prefix
  // matches), by the initials of their long mentions (for acronyms); clusters with no name word.
  const byWord = new Map<string, Cluster[]>();
  const byHead = new Map<string, Cluster[]>();
  const byInitials = new Map<string, Cluster[]>();
  const wordless = new Set<Cluster>();
  // Clusters by their whole word set (sorted, joined): the clusters whose words a name holds all of
  // are found by its word subsets, not by scanning every cluster that shares a common surname.
  const bySet = new Map<string, Cluster[]>();
  const setKey = (ws: Iterable<string>) => [...ws].sort().join(' ');
  const setOf = new Map<Cluster, string>();
  const note = (index: Map<string, Cluster[]>, k: string, cl: Cluster) => {
    const l = index.get(k);
    if (!l) index.set(k, [cl]);
    else if (!l.includes(cl)) l.push(cl);
  };
  // The indexes serve only articles of more than SMALL clusters (below, every look-up scans all
  // clusters): they are built when the clusters first outnumber SMALL, from the clusters as they
  // stand, and kept up to date from then on. Their lists are read as sets (candidates() sorts).
  let indexed = false;
  const indexWords = (cl: Cluster, w: string) => {
    const l = byWord.get(w);
    if (l) l.push(cl);
    else byWord.set(w, [cl]);
  };
  const indexSet = (cl: Cluster) => {
    if (cl.words.size === 0) wordless.add(cl);
    else wordless.delete(cl);
    const sk = setKey(cl.words);
    const before = setOf.get(cl);
    if (before !== undefined) {
      const l = bySet.get(before)!;
      l.splice(l.indexOf(cl), 1);
    }
    note(bySet, sk, cl);
    setOf.set(cl, sk);
  };
  const ensureIndexes = () => {
    if (indexed || clusters.length <= small) return;
    indexed = true;
    for (const cl of clusters) {
      for (const k of cl.keys) note(byHead, headOf(k), cl);
      for (const w of cl.words) indexWords(cl, w);
      for (const m of cl.mentions) if (m.tokenEnd - m.tokenStart > 2) note(byInitials, initials(m.key), cl);
      indexSet(cl);
    }
  };

  const add = (cl: Cluster, m: Mention) => {
    cl.mentions.push(m);
    of.set(m, cl);
    if (m.end - m.start > cl.longest.end - cl.longest.start) cl.longest = m;
    let grown = cl.mentions.length === 1;
    if (!cl.keys.has(m.key)) {
      cl.keys.add(m.key);
      if (indexed) note(byHead, headOf(m.key), cl);
      for (const w of words(m.key))
        if (!cl.words.has(w)) {
          cl.words.add(w);
          if (indexed) indexWords(cl, w);
          grown = true;
        }
    }
    if (indexed) {
      if (m.tokenEnd - m.tokenStart > 2) note(byInitials, initials(m.key), cl);
      if (grown) indexSet(cl);
    }
    const ref = refOf(m);
    if (ref && !byRef.has(ref)) byRef.set(ref, cl);
    if (!byKey.has(m.key)) byKey.set(m.key, cl);
    if (TYPE_RANK[m.type] > TYPE_RANK[cl.type]) cl.type = m.type;
  };
  const open = (m: Mention) => {
    const cl: Cluster = {
      order: clusters.length,
      type: m.type,
      mentions: [],
      words: new Set(),
      ref: refOf(m),
      longest: m,
      keys: new Set(),
    };
    clusters.push(cl);
    add(cl, m);
  };

  /**
   * The clusters that may hold a multi-word name's words, or whose words it holds all of: the
   * rarest word's clusters, and the clusters whose word set is a subset of the name's.
   */
  const personHosts = (ws: string[]): Cluster[] => {
    if (clusters.length <= small) return clusters;
    ensureIndexes();
    let rarest: Cluster[] | undefined;
    for (const w of ws) {
      const l = byWord.get(w);
      if (!l) {
        rarest = [];
        break;
      }
      if (!rarest || l.length < rarest.length) rarest = l;
    }
    const lists: (Cluster[] | undefined)[] = [rarest];
    const uniq = [...new Set(ws)];
    for (let bits = 1; bits < 1 << uniq.length; bits++)
      lists.push(bySet.get(setKey(uniq.filter((_, k) => bits & (1 << k)))));
    return candidates(clusters, small, lists, wordless);
  };

  // Pass 1: strong mentions (multi-word, gazetteer, cued) found clusters in text order.
  const single = (m: Mention) => m.tokenEnd - m.tokenStart === 1;
  const deferred: Mention[] = [];
  for (const m of ms) {
    const linked = acronymOf.get(m);
    if (linked && of.has(linked)) {
      const cl = of.get(linked)!;
      m.type = cl.type;
      add(cl, m);
      continue;
    }
    const ref = refOf(m);
    const same = (ref && byRef.get(ref)) || byKey.get(m.key);
    if (same && (same.type === m.type || m.type === 'MISC' || same.type === 'MISC')) {
      add(same, m);
      continue;
    }
    if (m.type === 'PER' && !single(m)) {
      // « Ben Salah » within « Karim Ben Salah »; « Awa Traoré » twice.
      const ws = words(m.key);
      const cands = ws.length === 0 || ws.length > 8 ? clusters : personHosts(ws);
      const host = cands.find(
        (cl) =>
          cl.type === 'PER' &&
          (ws.every((w) => cl.words.has(w)) || [...cl.words].every((w) => ws.includes(w))),
      );
      if (host) {
        add(host, m);
        continue;
      }
    }
    if (m.type === 'ORG' || m.type === 'LOC') {
      // « Conseil de Paix et de Sécurité » … « Conseil de Paix et de Sécurité de l'Union africaine »;
      // « Parquet » … « Parquet genevois ».
      // A key that starts the other shares its first word.
      ensureIndexes();
      const host = candidates(clusters, small, [byHead.get(headOf(m.key))]).find(
        (cl) =>
          cl.type === m.type &&
          (!cl.ref || !ref || cl.ref === ref) &&
          [...cl.keys].some((k) => k.startsWith(`${m.key} `) || m.key.startsWith(`${k} `)),
      );
      if (host) {
        add(host, m);
        continue;
      }
    }
    if (
      single(m) &&
      (m.type === 'MISC' || m.type === 'PER' || m.evidence === 'place' || m.evidence === 'acronym')
    ) {
      deferred.push(m);
      continue;
    }
    open(m);
  }

  // Pass 2: one-word mentions join the person whose surname (or first name) they are, or the
  // organisation whose initials they spell; otherwise they stand alone.
  for (const m of deferred) {
    const w = words(m.key)[0] ?? m.key;
    ensureIndexes();
    const persons = candidates(clusters, small, [byWord.get(w)]).filter(
      (cl) => cl.type === 'PER' && cl.words.has(w),
    );
    const surnameHost = persons.find((cl) => {
      const ws = words(cl.longest.key);
      return ws[ws.length - 1] === w;
    });
    // A lone first name (« Anthony ») joins the one person of the article it opens the name of.
    const opened = persons.filter((cl) => words(cl.longest.key)[0] === w);
    const byFirstName = opened.length === 1 && !(m.evidence === 'role' && m.role) ? opened[0] : undefined;
    const host = surnameHost ?? byFirstName;
    if (host) {
      m.type = 'PER';
      add(host, m);
      continue;
    }
    // « Mandelieu » … « Mandelieu-la-Napoule »: the head word of a compound place name.
    if (m.type === 'MISC' || m.evidence === 'place') {
      ensureIndexes();
      const compound = candidates(clusters, small, [byHead.get(headOf(m.key))]).find(
        (cl) => cl.type === 'LOC' && [...cl.keys].some((k) => k.startsWith(`${m.key} `)),
      );
      if (compound) {
        m.type = 'LOC';
        add(compound, m);
        continue;
      }
    }
    const same = byKey.get(m.key);
    // « M. Ford » is a person even when the article also names the carmaker « Ford ».
    // « Eau » is no « EAU »: an unknown capitalised word does not join an acronym.
    const acronymOnly =
      m.type === 'MISC' &&
      inCapitals(doc, same?.longest) &&
      !inCapitals(doc, m) &&
      same!.mentions.every((x) => inCapitals(doc, x));
    if (same && !acronymOnly && !(m.evidence === 'title' && same.type !== 'PER' && same.type !== 'MISC')) {
      if (m.type !== same.type && same.type !== 'MISC') m.type = same.type;
      add(same, m);
      continue;
    }
    if (m.evidence === 'acronym') {
      ensureIndexes();
      const org = candidates(clusters, small, [byInitials.get(m.key)]).find(
        (cl) =>
          cl.type === 'ORG' &&
          cl.mentions.some((x) => x.tokenEnd - x.tokenStart > 2 && initials(x.key) === m.key),
      );
      if (org) {
        add(org, m);
        continue;
      }
    }
    if (m.weak) continue;
    open(m);
  }

  // « le Quai d'Orsay » … « le ministère des Affaires étrangères »: a seat of power and the
  // institution it names, when the article writes both, are one entity (of the same state).
  for (let k = clusters.length - 1; k >= 0; k--) {
    const cl = clusters[k]!;
    const institution = (cl.ref as Metonym | null)?.institution;
    if (cl.type !== 'ORG' || !institution || !cl.mentions.some((m) => m.gazetteer?.metonym)) continue;
    const metonym = cl.ref as Metonym;
    const ws = words(gazetteerKey(institution));
    const host = clusters.find(
      (o) =>
        o !== cl &&
        o.type === 'ORG' &&
        ws.every((w) => o.words.has(w)) &&
        o.mentions.every((m) => !m.country || m.country === metonym.country),
    );
    if (!host) continue;
    for (const m of cl.mentions) add(host, m);
    clusters.splice(k, 1);
  }

  // A one-word place or organisation that is the surname of a person of the article is that person
  // (« Hollande » after « François Hollande »).
  const surnames = new Map<string, Cluster>();
  for (const cl of clusters) {
    if (cl.type !== 'PER') continue;
    const ws = words(cl.longest.key);
    if (ws.length > 1) surnames.set(ws[ws.length - 1]!, cl);
  }
  for (let k = clusters.length - 1; k >= 0; k--) {
    const cl = clusters[k]!;
    if (cl.type === 'PER' || cl.type === 'MISC' || !cl.mentions.every(single)) continue;
    const person = surnames.get(cl.longest.key);
    if (!person) continue;
    for (const m of cl.mentions) {
      m.type = 'PER';
      m.gazetteer = undefined;
      add(person, m);
    }
    clusters.splice(k, 1);
  }

  // Every further whole-word occurrence of a typed surface form is a mention too (« Diop a déclaré »
  // opening a sentence, a name in the title line).
  propagate(doc, clusters, of, add);

  const perStarts = new Set<number>();
  for (const cl of clusters) if (cl.type === 'PER') for (const m of cl.mentions) perStarts.add(m.tokenStart);
  const entities: Entity[] = [];
  for (const cl of clusters) {
    if (cl.mentions.length === 0) continue;
    const ms = cl.mentions.sort((a, b) => a.start - b.start);
    // The fullest mention, the first of equals (each mention's fullness computed once).
    let best = ms[0]!;
    let bestFullness = fullness(best);
    for (let k = 1; k < ms.length; k++) {
      const f = fullness(ms[k]!);
      if (f > bestFullness) {
        best = ms[k]!;
        bestFullness = f;
      }
    }
    const name = doc.text.slice(best.start, best.end);
    // Each span once: sorted by start, a repeated span follows its twin among the same start's.
    const spans: { start: number; end: number; text: string }[] = [];
    for (let k = 0; k < ms.length; k++) {
      const m = ms[k]!;
      let repeated = false;
      for (let j = k - 1; j >= 0 && ms[j]!.start === m.start; j--)
        if (ms[j]!.end === m.end) {
          repeated = true;
          break;
        }
      if (!repeated) spans.push({ start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) });
    }
    const country = vote(cl.mentions.map((m) => m.country ?? null));
    const role = cl.mentions.find((m) => m.role)?.role ?? null;
    let gender: Gender | null = null;
    if (cl.type === 'PER') {
      gender = vote(cl.mentions.map((m) => m.gender ?? null));
      if (!gender) {
        // The first name, wherever it stands (« DIOP Abdoulaye »).
        const ws = words(best.key);
        for (const w of ws.length > 1 ? ws : []) {
          const g = firstNameGender(w);
          if (g === 'male' || g === 'female') {
            gender = g;
            break;
          }
        }
      }
      if (!gender) gender = pronounGender(doc, cl, perStarts);
    }
    const iso3 =
      cl.type === 'LOC'
        ? cl.mentions.find((m) => m.gazetteer?.place?.kind === 'country')?.gazetteer?.place?.country
        : undefined;
    entities.push({
      id: '',
      type: cl.type,
      name,
      mentions: spans,
      gender,
      country: cl.type === 'MISC' ? null : country,
      ...(iso3 ? { ids: { iso3 } } : {}),
      ...(cl.type === 'PER' ? { role } : {}),
    });
  }
  entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  entities.forEach((e, k) => {
    e.id = `e${k + 1}`;
  });
  return entities;
}

/**
 * Gender from the pronoun that takes the person up next (« X a déclaré… Elle a ajouté »,
 * « a-t-elle ajouté »): the first subject pronoun after a mention, before any other person, in the
 * same or the next sentence. Each mention votes; the majority wins.
 */
function pronounGender(doc: Doc, cl: Cluster, perStarts: Set<number>): Gender | null {
  const { tokens } = doc;
  let male = 0;
  let female = 0;
  for (const m of cl.mentions) {
    const s = tokens.sentence[m.tokenStart]!;
    const next = doc.sentences[s + 1];
    const limit = Math.min(tokens.length, (next ?? doc.sentences[s]!).tokenEnd);
    let quoted = false;
    for (let i = m.tokenEnd; i < limit; i++) {
      if (perStarts.has(i)) break;
      const n = tokens.norm[i]!;
      // Pronouns inside a quotation speak of someone else (« Il faut agir »).
      if (tokens.kind[i] === TokenKind.Quote) {
        const q = doc.text[tokens.start[i]!]!;
        if (q === '«' || q === '“') quoted = true;
        else if (q === '»' || q === '”') quoted = false;
        continue;
      }
      if (quoted) continue;
      const clitic = tokens.kind[i] === TokenKind.Clitic;
      if (n === 'elle' || (clitic && /elle$/.test(n))) {
        female++;
        break;
      }
      if (n === 'il' || (clitic && /-(?:t-)?il$/.test(n))) {
        male++;
        break;
      }
      // « ils », « elles », « on »: a group, nothing to learn.
      if (n === 'ils' || n === 'elles' || (clitic && /(?:ils|elles|on)$/.test(n))) break;
    }
  }
  return male > female ? 'male' : female > male ? 'female' : null;
}

/** Fullest form: more name words first, then an expansion over its acronym, then length. */
function fullness(m: Mention): number {
  const ws = words(m.key).length;
  const caps = /^[\p{Lu}\d&-]+$/u.test(m.key) ? 0 : 1;
  const known = m.gazetteer?.organization && lookupOrganization(m.key) ? 0.5 : 0;
  return ws * 1000 + caps * 100 + known + (m.end - m.start) / 1000;
}

function vote<T>(xs: (T | null)[]): T | null {
  const counts = new Map<T, number>();
  for (const x of xs) if (x !== null) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: T | null = null;
  let n = 0;
  for (const [k, v] of counts)
    if (v > n) {
      best = k;
      n = v;
    }
  return best;
}

function propagate(
  doc: Doc,
  clusters: Cluster[],
  of: Map<Mention, Cluster>,
  add: (cl: Cluster, m: Mention) => void,
): void {
  const { tokens, text } = doc;
  const taken = new Uint8Array(tokens.length);
  // An unknown (MISC) name does not block a typed form that covers it whole (« Mongie » inside a
  // later « La Mongie »): it gives way.
  const miscAt = new Map<number, Mention>();
  for (const [m, cl] of of) {
    if (cl.type === 'MISC') for (let k = m.tokenStart; k < m.tokenEnd; k++) miscAt.set(k, m);
    else taken.fill(1, m.tokenStart, m.tokenEnd);
  }
  // Surface forms of typed entities, longest first, with their first token's folded form.
  const forms: { toks: string[]; cl: Cluster; type: EntityType; first: string }[] = [];
  const seen = new Set<string>();
  for (const cl of clusters) {
    if (cl.type === 'MISC') continue;
    for (const m of cl.mentions) {
      const surface = text.slice(m.start, m.end);
      if (seen.has(surface) || surface.length < 3) continue;
      seen.add(surface);
      const toks: string[] = [];
      for (let i = m.tokenStart; i < m.tokenEnd; i++) toks.push(text.slice(tokens.start[i], tokens.end[i]));
      forms.push({ toks, cl, type: cl.type, first: tokens.norm[m.tokenStart]! });
    }
  }
  forms.sort((a, b) => b.toks.length - a.toks.length);
  // By the first token's folded form, so that no token's text is sliced out unless a form may start
  // there; the forms of the token's exact text are then those whose first token is that text.
  const byFirst = new Map<string, typeof forms>();
  for (const f of forms) {
    const k = f.first;
    let l = byFirst.get(k);
    if (!l) byFirst.set(k, (l = []));
    l.push(f);
  }
  // The first code units the forms start with: other tokens are passed without a map probe.
  const firstUnits = new Set<number>();
  for (const f of forms) firstUnits.add(f.toks[0]!.charCodeAt(0));
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || !firstUnits.has(text.charCodeAt(tokens.start[i]!))) continue;
    const cands = byFirst.get(tokens.norm[i]!);
    if (!cands) continue;
    let first: string | undefined;
    for (const f of cands) {
      if (f.toks[0] !== (first ??= text.slice(tokens.start[i], tokens.end[i]))) continue;
      const len = f.toks.length;
      let ok = i + len <= tokens.length;
      for (let k = 1; ok && k < len; k++)
        ok = !taken[i + k] && text.slice(tokens.start[i + k], tokens.end[i + k]) === f.toks[k];
      if (!ok) continue;
      const inside = (x: Mention) => x.tokenStart >= i && x.tokenEnd <= i + len;
      let misc: Set<Mention> | null = null;
      for (let k = i; ok && k < i + len; k++) {
        const x = miscAt.get(k);
        if (!x) continue;
        ok = inside(x);
        (misc ??= new Set()).add(x);
      }
      if (!ok) continue;
      if (misc)
        for (const x of misc) {
          const owner = of.get(x)!;
          owner.mentions.splice(owner.mentions.indexOf(x), 1);
          of.delete(x);
          for (let k = x.tokenStart; k < x.tokenEnd; k++) miscAt.delete(k);
        }
      const m: Mention = {
        start: tokens.start[i]!,
        end: tokens.end[i + len - 1]!,
        tokenStart: i,
        tokenEnd: i + len,
        type: f.type,
        evidence: 'unknown',
        key: gazetteerKey(f.toks.join(' ')),
        // The finder's fields, in its order (one hidden class for every mention).
        gazetteer: undefined,
        gender: undefined,
        role: undefined,
        country: undefined,
        weak: undefined,
      };
      add(f.cl, m);
      taken.fill(1, i, i + len);
      i += len - 1;
      break;
    }
  }
}
