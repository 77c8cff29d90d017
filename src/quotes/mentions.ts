// Who can speak: the names, pronouns and descriptions of sources in an article, as token ranges.
// Names come from the entities stage when it ran (doc.entities); a small capitalised-span
// recogniser stands in for it otherwise, and fills what it missed.
import { type Doc, TokenKind, tokenAt } from '../doc.js';
import type { Gender, SpeakerType } from '../record.js';
import { tableFold } from '../text/normalize.js';
import {
  ANONYMOUS_NOUNS,
  CAP_STOP,
  DESC_STOP,
  NAMED_ORG_NOUNS,
  ORG_NOUNS,
  PARTICLES,
  PHRASE_HEAD,
  PHRASE_RESTS,
  PRE_ADJ,
  PRONOUN_WORDS,
  phraseReadings,
  ROLES,
  roleKey,
  TITLES,
  VERB_FORM,
  verbReadings,
} from './lexicon.js';
import { lexFlag, tokenFlags } from './tokenlex.js';

export type MentionKind = 'name' | 'pronoun' | 'desc' | 'relative' | 'possessive';

export interface Mention {
  /** Token range [i, j). */
  i: number;
  j: number;
  kind: MentionKind;
  type: SpeakerType | null;
  gender: Gender | null;
  plural: boolean;
  entity: string | null;
  /** Canonical name (names), description as written (descriptions), pronoun form. */
  name: string;
  /** Role phrase (folded, determiner dropped) given to or by the mention: « ministre malien des affaires etrangeres ». */
  role: string | null;
  /** A description's apposed name (« le ministre Abdoulaye Diop », « le président du groupe, Bruno X »). */
  link: Mention | null;
  definite: boolean;
  /** A description no lexicon knows (« l'octogénaire »): only a person just named may be it. */
  unknownHead?: boolean;
}

const DETERMINERS = new Map<string, { gender: Gender | null; plural: boolean; definite: boolean }>(
  Object.entries({
    le: { gender: 'male', plural: false, definite: true },
    la: { gender: 'female', plural: false, definite: true },
    "l'": { gender: null, plural: false, definite: true },
    les: { gender: null, plural: true, definite: true },
    un: { gender: 'male', plural: false, definite: false },
    une: { gender: 'female', plural: false, definite: false },
    des: { gender: null, plural: true, definite: false },
    ce: { gender: 'male', plural: false, definite: true },
    cet: { gender: 'male', plural: false, definite: true },
    cette: { gender: 'female', plural: false, definite: true },
    ces: { gender: null, plural: true, definite: true },
    son: { gender: null, plural: false, definite: true },
    sa: { gender: 'female', plural: false, definite: true },
    ses: { gender: null, plural: true, definite: true },
    leur: { gender: null, plural: false, definite: true },
    leurs: { gender: null, plural: true, definite: true },
    plusieurs: { gender: null, plural: true, definite: false },
    certains: { gender: 'male', plural: true, definite: false },
    certaines: { gender: 'female', plural: true, definite: false },
    du: { gender: 'male', plural: false, definite: true },
  }),
);
const ADJ_SUFFIX =
  /(?:ais|aise|ois|oise|ien|ienne|iens|iennes|ain|aine|ains|aines|ique|iques|al|ale|aux|ales|el|elle|if|ive|ifs|ives|ois|e|es|é|ée|és|ées|eur|eure|ire|aire|aires)$/;

const PRONOUNS = new Map<string, { gender: Gender | null; plural: boolean }>(
  Object.entries({
    il: { gender: 'male', plural: false },
    elle: { gender: 'female', plural: false },
    ils: { gender: 'male', plural: true },
    elles: { gender: 'female', plural: true },
    on: { gender: null, plural: false },
    lui: { gender: 'male', plural: false },
    eux: { gender: 'male', plural: true },
    'celui-ci': { gender: 'male', plural: false },
    'celle-ci': { gender: 'female', plural: false },
  }),
);

const isCap = (s: string) => /^\p{Lu}/u.test(s);
const isUpperAcronym = (s: string) => /^\p{Lu}[\p{Lu}\d.&-]+$/u.test(s) && s.length >= 2;

export interface MentionIndex {
  all: Mention[];
  /** The longest mention ending at each token end (index = last token + 1). */
  endingAt: Map<number, Mention>;
  startingAt: Map<number, Mention>;
  /** Person names with their role, for resolving descriptions. */
  persons: Mention[];
  /** Organisation names and descriptions, for the fullest form. */
  orgs: Mention[];
}

/**
 * Every part of a multi-word role, source or organisation noun before one of its spaces: after
 * any other word, no two-word head can match, so none is joined.
 */
const HEAD_STARTS = new Set<string>();
for (const phrase of [...ROLES.keys(), ...ANONYMOUS_NOUNS, ...ORG_NOUNS])
  for (let k = phrase.indexOf(' '); k >= 0; k = phrase.indexOf(' ', k + 1))
    HEAD_STARTS.add(phrase.slice(0, k));

// Token flags (see tokenlex.ts) for the per-token tests below.
const DETERMINER = lexFlag(DETERMINERS.keys());
const PRE_ADJECTIVE = lexFlag(PRE_ADJ);
const HEAD_START = lexFlag(HEAD_STARTS);
/** A role, institution or source noun on its own (« ministre », « ministère », « source »). */
const HEAD_NOUN = lexFlag([...ROLES.keys(), ...ORG_NOUNS, ...ANONYMOUS_NOUNS]);
/** A role + s or x (« ministres »), tested as ROLES.has(norm minus its last letter). */
const ROLE_PLURAL = lexFlag([...ROLES.keys()].flatMap((r) => [`${r}s`, `${r}x`]));
const PRONOUN_WORD = lexFlag(PRONOUN_WORDS);
const NOT_NAME_WORD = lexFlag([...CAP_STOP, ...TITLES]);
const DESC_STOP_WORD = lexFlag(DESC_STOP);

/** `flags`: the document's token flags (tokenFlags), when the caller has them already. */
export function buildMentions(doc: Doc, flags: Int32Array = tokenFlags(doc)): MentionIndex {
  const t = doc.tokens;
  const text = doc.text;
  const tt = (i: number) => text.slice(t.start[i]!, t.end[i]!);
  const names: Mention[] = [];
  const covered = new Uint8Array(t.length);

  // 1. Entities from the entities stage.
  for (const e of doc.entities) {
    if (e.type === 'MISC') continue;
    const role = e.role ? roleKey(fold(e.role)) : null;
    for (const m of e.mentions) {
      const i = tokenAt(doc, m.start);
      let j = i;
      while (j < t.length && t.end[j]! <= m.end) j++;
      if (j <= i) continue;
      covered.fill(1, i, j);
      names.push({
        i,
        j,
        kind: 'name',
        type: e.type === 'PER' ? 'person' : 'organization',
        gender: e.gender,
        plural: false,
        entity: e.id,
        name: e.name,
        role,
        link: null,
        definite: true,
      });
    }
  }

  // 2. Capitalised spans the entities stage did not cover.
  const capTok = new Uint8Array(t.length);
  const baseName = new Uint8Array(t.length);
  const capCount = new Map<string, number>();
  for (let i = 0; i < t.length; i++) {
    const code = text.charCodeAt(t.start[i]!);
    if (code < 65 || (code > 90 && code < 128)) continue;
    if (code >= 128) {
      const c = text[t.start[i]!]!;
      if (c === c.toLowerCase() || c !== c.toUpperCase()) continue;
    }
    capTok[i] = 1;
    const k = t.kind[i];
    const norm = t.norm[i]!;
    if (
      (k === TokenKind.Word || (k === TokenKind.Abbrev && isUpperAcronym(tt(i)))) &&
      (flags[i]! & (NOT_NAME_WORD | VERB_FORM)) === 0
    )
      baseName[i] = 1;
    if (i > (doc.sentences[t.sentence[i]!]?.tokenStart ?? 0))
      capCount.set(norm, (capCount.get(norm) ?? 0) + 1);
  }
  const isNameTok = (i: number) => i < t.length && baseName[i] === 1 && !covered[i];
  for (let i = 0; i < t.length; i++) {
    if (!isNameTok(i)) continue;
    const sentStart = doc.sentences[t.sentence[i]!]?.tokenStart ?? 0;
    let j = i + 1;
    const same = (k: number) =>
      t.sentence[k] === t.sentence[i] && !/[\r\n]/.test(text.slice(t.end[k - 1]!, t.start[k]!));
    for (;;) {
      if (isNameTok(j) && same(j)) j++;
      else if (j + 1 < t.length && PARTICLES.has(t.norm[j]!) && isNameTok(j + 1) && same(j) && same(j + 1))
        j += 2;
      else if (
        j + 2 < t.length &&
        t.norm[j] === 'de' &&
        (t.norm[j + 1] === 'la' || t.norm[j + 1] === "l'") &&
        isNameTok(j + 2) &&
        same(j + 2)
      )
        j += 3;
      else break;
    }
    // « préfet du Var Gérard Lemoine », « président de la République Jean
    // Dumas »: after a preposition, a long run is a place or institution, then a person.
    const before = t.norm[i - 1] ?? '';
    if (
      j - i >= 3 &&
      /^(?:de|des|du|d'|la|l'|a|au|aux)$/.test(before) &&
      (!ORG_NOUNS.has(t.norm[i]!) || /[sx]$/.test(t.norm[i]!))
    ) {
      let allCaps = true;
      for (let k = i; k < j; k++) if (!isNameTok(k)) allCaps = false;
      if (allCaps) j = i + 1;
    }
    // An institution's name takes its adjectives and complements: Parquet genevois, Union africaine.
    const head = t.norm[i]!;
    if (ORG_NOUNS.has(head)) {
      for (;;) {
        const n = t.norm[j];
        if (n === undefined || t.sentence[j] !== t.sentence[i]) break;
        if (
          !isCap(tt(j)) &&
          t.kind[j] === TokenKind.Word &&
          !DESC_STOP.has(n) &&
          ADJ_SUFFIX.test(n) &&
          n.length > 3 &&
          (flags[j]! & VERB_FORM) === 0
        )
          j++;
        else if ((n === 'de' || n === 'du' || n === 'des' || n === "d'") && isNameTok(j + 1)) j += 2;
        else if (n === 'de' && (t.norm[j + 1] === 'la' || t.norm[j + 1] === "l'") && isNameTok(j + 2)) j += 3;
        else if (n === 'et' && t.norm[j + 1] === 'de' && isNameTok(j + 2)) j += 3;
        else break;
      }
    }
    // « Invité de Radio Vérac, il … »: a sentence-initial word never capitalised elsewhere,
    // joined by a particle, is an ordinary word before a name.
    if (i === sentStart && j > i + 1 && PARTICLES.has(t.norm[i + 1]!) && !capCount.has(t.norm[i]!)) continue;
    // A lone capitalised word opening a sentence is usually an ordinary word.
    // (unless a verb follows: « N'Djamena a accusé … »).
    const nextNorm = t.norm[j] ?? '';
    const verbNext =
      (/^(?:a|ont|est|sont|avait|avaient|va|vont|doit|s'|se|ne|n')$/.test(nextNorm) &&
        text[t.start[j]!] !== 'à') ||
      !!verbReadings(nextNorm);
    if (j === i + 1 && i === sentStart && !capCount.has(head) && !isUpperAcronym(tt(i)) && !verbNext)
      continue;
    const words = text.slice(t.start[i]!, t.end[j - 1]!);
    let type: SpeakerType | null = null;
    if (ORG_NOUNS.has(head) || isUpperAcronym(tt(i))) type = 'organization';
    else if (j - i >= 2) type = 'person';
    let gender: Gender | null = null;
    const prev = t.norm[i - 1];
    if (prev === 'm.' || prev === 'mm.') {
      type = 'person';
      gender = 'male';
    } else if (prev === 'mme' || prev === 'mme.' || prev === 'mlle') {
      type = 'person';
      gender = 'female';
    } else if (prev && TITLES.has(prev)) type = 'person';
    names.push({
      i,
      j,
      kind: 'name',
      type,
      gender,
      plural: false,
      entity: null,
      name: words,
      role: null,
      link: null,
      definite: true,
    });
    covered.fill(1, i, j);
    i = j - 1;
  }

  const wordsMemo = new Map<string, string[]>();
  clusterNames(names, wordsMemo);

  /** A multi-word reporting verb starts at token k (« met en avant », « fait valoir »). */
  const startsPhrase = (k: number): boolean => {
    const a = t.norm[k + 1];
    if (a === undefined) return false;
    if (PHRASE_RESTS.has(a) && phraseReadings(`${t.norm[k]} ${a}`)) return true;
    const b = t.norm[k + 2];
    return b !== undefined && PHRASE_RESTS.has(`${a} ${b}`) && !!phraseReadings(`${t.norm[k]} ${a} ${b}`);
  };

  // 3. Descriptions: determiner + role, institution or source noun + complements.
  const descs: Mention[] = [];
  const nameStarting = new Map<number, Mention>();
  for (const m of names) nameStarting.set(m.i, m);
  for (let i = 0; i < t.length; i++) {
    if ((flags[i]! & DETERMINER) === 0) continue;
    const det = DETERMINERS.get(t.norm[i]!)!;
    if (t.kind[i] !== TokenKind.Word && t.kind[i] !== TokenKind.Elision) continue;
    let h = i + 1;
    while (h < t.length && flags[h]! & PRE_ADJECTIVE) h++;
    let headLen = 0;
    let headNorm = '';
    const two =
      t.norm[h] !== undefined && t.norm[h + 1] !== undefined && flags[h]! & HEAD_START
        ? `${t.norm[h]} ${t.norm[h + 1]}`
        : '';
    if (two && (ROLES.has(two) || ANONYMOUS_NOUNS.has(two) || ORG_NOUNS.has(two))) {
      headLen = 2;
      headNorm = two;
    } else if (t.norm[h] !== undefined && flags[h]! & HEAD_NOUN) {
      headLen = 1;
      headNorm = t.norm[h]!;
    } else if (t.norm[h] !== undefined && flags[h]! & ROLE_PLURAL) {
      // plural roles: « les présidents », « des ministres »
      headLen = 1;
      headNorm = t.norm[h]!.slice(0, -1);
    }
    if (!headLen) continue;
    let j = h + headLen;
    let link: Mention | null = null;
    const sentence = t.sentence[i];
    let sawOrg = false;
    for (let steps = 0; j < t.length && steps < 12 && t.sentence[j] === sentence; steps++) {
      const n = t.norm[j]!;
      const nm = nameStarting.get(j);
      if (nm) {
        const after = t.norm[j - 1]!;
        const complement = /^(?:de|du|des|d'|la|l'|le|les|a|aux|au)$/.test(after);
        if (
          !complement &&
          !sawOrg &&
          (nm.type === 'person' || (nm.type === null && nm.j - nm.i >= 2)) &&
          ROLES.has(headNorm)
        ) {
          link = nm;
          break;
        }
        j = nm.j;
        continue;
      }
      if (n === '(' && t.norm[j + 2] === ')') {
        j += 3;
        continue;
      }
      if (t.kind[j] !== TokenKind.Word && t.kind[j] !== TokenKind.Elision && t.kind[j] !== TokenKind.Abbrev)
        break;
      if (n === 'et' && ROLES.has(t.norm[j + 1] ?? '')) {
        j += 2;
        continue;
      }
      // « du groupe parlementaire Benno Bokk Yakaar »: a name after an institution is its name.
      if (NAMED_ORG_NOUNS.has(n)) sawOrg = true;
      if (flags[j]! & (DESC_STOP_WORD | VERB_FORM) || (flags[j]! & PHRASE_HEAD && startsPhrase(j))) break;
      if (
        n === 'de' ||
        n === 'du' ||
        n === 'des' ||
        n === "d'" ||
        n === 'la' ||
        n === "l'" ||
        n === 'les' ||
        n === 'a' ||
        n === 'aux'
      ) {
        j++;
        continue;
      }
      if (TITLES.has(n)) break;
      // « le ministère de l'Intérieur »: a capitalised complement after de / l' / la.
      const complementCap = isCap(tt(j)) && /^(?:de|du|des|d'|la|l'|les)$/.test(t.norm[j - 1] ?? '');
      if ((!isCap(tt(j)) || complementCap) && t.kind[j] === TokenKind.Word) {
        j++;
        continue;
      }
      break;
    }
    // Do not end on a preposition or article.
    while (j > h + headLen && /^(?:de|du|des|d'|la|l'|les|a|aux)$/.test(t.norm[j - 1]!)) j--;
    // « le président du groupe, Paul Mercier » / « Ivan Petrov, le chef … »
    if (!link && ROLES.has(headNorm) && t.norm[j] === ',') {
      const nm = nameStarting.get(j + 1);
      if (nm && nm.type !== 'organization') link = nm;
    }
    const role = ROLES.get(headNorm);
    const org = ORG_NOUNS.has(headNorm);
    const anon = ANONYMOUS_NOUNS.has(headNorm);
    const gender = role?.gender ?? det.gender;
    const plural = det.plural || !!role?.plural || (headLen === 1 && t.norm[h] !== headNorm);
    let type: SpeakerType;
    if (link) type = 'person';
    else if (!det.definite) type = 'anonymous';
    else if (org) type = 'organization';
    else if (role) type = 'person';
    else type = anon ? 'anonymous' : 'organization';
    const roleText = fold(text.slice(t.start[h]!, t.end[j - 1]!));
    const m: Mention = {
      i,
      j: link ? link.j : j,
      kind: 'desc',
      type,
      gender,
      plural,
      entity: null,
      name: text.slice(t.start[i]!, t.end[j - 1]!),
      role: role ? roleKey(roleText) : null,
      link,
      definite: det.definite,
    };
    if (link) {
      if (!link.role) link.role = m.role;
      if (!link.gender && role?.gender) link.gender = role.gender;
      if (!link.gender && det.gender && headLen) link.gender = det.gender;
      if (!link.type) link.type = 'person';
    }
    descs.push(m);
  }
  // « Ivan Petrov, le chef du ministère russe » / « Marc Olivier, avocat du chauffeur »
  const descAt = new Map<number, Mention>();
  for (const d of descs) if (!descAt.has(d.i)) descAt.set(d.i, d);
  for (const m of names) {
    if (t.norm[m.j] !== ',') continue;
    // Only a person's name takes an apposed role, and only when the role ends there (« Mali, le
    // ministre … a déclaré » is a new subject, not an apposition).
    const personLike = m.type === 'person' || (m.type === null && m.j - m.i >= 2);
    if (!personLike) continue;
    const found = descAt.get(m.j + 1);
    const closes =
      found &&
      (found.j >= t.length ||
        /^[,.;:)]$/.test(t.norm[found.j]!) ||
        t.sentence[found.j] !== t.sentence[found.i]);
    const d = found && !found.link && closes ? found : undefined;
    if (d?.role && d.type !== 'anonymous') {
      m.role ??= d.role;
      m.gender ??= d.gender;
      m.type ??= 'person';
      d.link = m;
    } else if (!m.role && t.norm[m.j + 1] && ROLES.has(t.norm[m.j + 1]!)) {
      m.role = roleKey(t.norm[m.j + 1]!);
      m.type ??= 'person';
      m.gender ??= ROLES.get(t.norm[m.j + 1]!)!.gender ?? null;
    }
  }

  // 4. Pronouns, relatives, possessives.
  const prons: Mention[] = [];
  for (let i = 0; i < t.length; i++) {
    const n = t.norm[i]!;
    const k = t.kind[i];
    if (k !== TokenKind.Clitic && (flags[i]! & PRONOUN_WORD) === 0) continue;
    const key = k === TokenKind.Clitic ? n.replace(/^-(?:t-)?/, '') : n;
    const p = PRONOUNS.get(key);
    // Literal objects, one shape for every mention (a spread of a shared base took the slow path).
    if (p && (k === TokenKind.Word || k === TokenKind.Clitic))
      prons.push(pronounMention(i, i + 1, 'pronoun', p.gender, p.plural, tt(i), null));
    else if ((n === 'ce' || n === 'cette' || n === 'ces') && /^dernier|^derniere/.test(t.norm[i + 1] ?? '')) {
      // « ce dernier », « cette dernière »: the person mentioned last.
      const next = t.norm[i + 1]!;
      prons.push(
        pronounMention(
          i,
          i + 2,
          'pronoun',
          next.startsWith('derniere') ? 'female' : 'male',
          next.endsWith('s'),
          text.slice(t.start[i]!, t.end[i + 1]!),
          'last',
        ),
      );
      i++;
    } else if (n === 'qui' && k === TokenKind.Word)
      prons.push(pronounMention(i, i + 1, 'relative', null, false, tt(i), null));
    else if ((n === 'ses' || n === 'son' || n === 'sa') && k === TokenKind.Word)
      prons.push(pronounMention(i, i + 1, 'possessive', null, false, tt(i), null));
  }

  // Canonical names again: roles and genders learnt from descriptions spread over each cluster.
  clusterNames(names, wordsMemo);

  const all = [...names, ...descs, ...prons].sort((a, b) => a.i - b.i || b.j - a.j);
  const endingAt = new Map<number, Mention>();
  const startingAt = new Map<number, Mention>();
  for (const m of all) {
    const e = endingAt.get(m.j);
    if (!e || e.j - e.i < m.j - m.i || (m.link && !e.link)) endingAt.set(m.j, m);
    const s = startingAt.get(m.i);
    if (!s || s.j - s.i < m.j - m.i) startingAt.set(m.i, m);
  }
  const persons = names.filter((m) => m.type === 'person' || m.role);
  const orgs = [
    ...names.filter((m) => m.type === 'organization'),
    ...descs.filter((d) => d.type === 'organization'),
  ];
  return { all, endingAt, startingAt, persons, orgs };
}

function pronounMention(
  i: number,
  j: number,
  kind: MentionKind,
  gender: Gender | null,
  plural: boolean,
  name: string,
  role: string | null,
): Mention {
  return { i, j, kind, type: null, gender, plural, entity: null, name, role, link: null, definite: true };
}

function foldSlow(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'");
}

/** Lower case, accents removed, ’ ‘ → ' (no other folding: see text/normalize for tokens); most
 * names and roles fold through the per-character table, without NFD. */
const fold = tableFold(foldSlow);

export { fold as foldMention, foldSlow as foldMentionSlow };

// Hyphenated compounds stay whole: « Mali-Russie » is not « Russie ».
const wordsOf = (s: string) =>
  fold(s)
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter((w) => w && !PARTICLES.has(w));
function clusterNames(names: Mention[], memo: Map<string, string[]>): void {
  /** words() of a name, once per document (callers only read the array). */
  const words = (s: string): string[] => {
    let w = memo.get(s);
    if (!w) {
      w = wordsOf(s);
      memo.set(s, w);
    }
    return w;
  };
  const full = names.filter((m) => m.entity === null);
  // Work on distinct names: an article repeats the same few names many times.
  const distinct = new Map<string, Mention>();
  for (const m of full) if (!distinct.has(m.name)) distinct.set(m.name, m);
  const byWord = new Map<string, Mention[]>();
  for (const m of distinct.values())
    for (const w of words(m.name)) byWord.set(w, [...(byWord.get(w) ?? []), m]);
  const canonical = new Map<string, Mention>();
  for (const m of distinct.values()) {
    const w = words(m.name);
    if (!w.length) continue;
    let best: Mention | null = null;
    for (const f of byWord.get(w[0]!) ?? []) {
      const fw = words(f.name);
      if (fw.length <= w.length || (best && words(best.name).length >= fw.length)) continue;
      if (f.type === 'organization' && m.type !== 'organization') continue;
      if (w.every((x) => fw.includes(x))) best = f;
    }
    if (best) canonical.set(m.name, best);
  }
  // Acronyms made of a name's initials: « l'UA » for « l'Union africaine ».
  const orgNames = [...distinct.values()].filter(
    (m) => m.type === 'organization' && words(m.name).length >= 2,
  );
  for (const m of distinct.values()) {
    if (!isUpperAcronym(m.name) || canonical.has(m.name)) continue;
    const acr = m.name.replace(/[.]/g, '');
    for (const f of orgNames) {
      const initials = words(f.name)
        .filter((w) => w.length > 1)
        .map((w) => w[0])
        .join('')
        .toUpperCase();
      if (initials === acr) {
        canonical.set(m.name, f);
        break;
      }
    }
  }
  for (const m of full) {
    const f = canonical.get(m.name);
    if (f) {
      m.name = f.name;
      m.type ??= f.type;
    }
  }
  // A cluster shares what any of its mentions reveals: type, gender, role.
  const by = new Map<string, Mention[]>();
  for (const m of full) {
    const g = by.get(m.name);
    if (g) g.push(m);
    else by.set(m.name, [m]);
  }
  for (const group of by.values()) {
    const g = group.find((m) => m.gender)?.gender ?? null;
    const ty = group.find((m) => m.type)?.type ?? null;
    const role = group.find((m) => m.role)?.role ?? null;
    for (const m of group) {
      m.gender ??= g;
      m.type ??= ty;
      m.role ??= role;
    }
  }
}

/** The bracketed acronym after a name: « Fédération égyptienne (EFA) » makes EFA an alias. */
export function bracketAliases(doc: Doc, idx: MentionIndex): void {
  const t = doc.tokens;
  for (const m of idx.all) {
    if (m.kind !== 'name' && m.kind !== 'desc') continue;
    if (t.norm[m.j] !== '(' || t.norm[m.j + 2] !== ')') continue;
    const acr = doc.text.slice(t.start[m.j + 1]!, t.end[m.j + 1]!);
    if (!isUpperAcronym(acr)) continue;
    const full = `${m.kind === 'desc' ? m.name.replace(/^(?:les|le|la)\s+|^l['’]\s*/i, '') : m.name} (${acr})`;
    if (m.kind === 'desc' && m.type === 'organization' && !m.link) m.name = `${m.name} (${acr})`;
    else if (m.kind === 'name' && m.type === 'organization') m.name = full;
    for (const o of idx.all)
      if (o.kind === 'name' && o.entity === null && o.name === acr) {
        o.name = full;
        o.type = 'organization';
      }
  }
}
