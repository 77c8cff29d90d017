// Linking name forms across articles into actors. Each article names a person by its fullest
// form (« Sergueï Lavrov ») or, when the article never gives more, by a surname (« Lavrov »).
// Across the corpus: forms with the same folded key are one actor; full forms with the same
// surname and compatible first names (equal, an initial, one letter apart) are one actor; a bare
// surname joins the actor carrying that surname only when that actor is unambiguous (the only
// one, or far more frequent than any other, and not of the other gender) and the surname is not
// also a first name. Manual links win.
import { compatibleFirstNames, nameParts } from './actor-key.js';

export interface NameForm {
  key: string;
  /** Most frequent display form of the key. */
  name: string;
  count: number;
  gender: 'male' | 'female' | null;
}

export interface Link {
  key: string;
  canonical: string;
  reason: 'same-key' | 'initial' | 'surname' | 'manual' | 'unmerged';
}

/** How much more frequent the leading actor must be for a bare surname to go to it. */
export const DOMINANCE = 4;
/** Mentions the full form needs before bare surnames go to it (one stray « Mauro Sanchez » is not enough). */
export const MIN_EVIDENCE = 2;

/**
 * @param ambiguousAlone a bare form that is also a first name (« Thomas », « Philippe ») may name
 *   anyone: it is never merged automatically.
 */
export function linkPersons(
  forms: NameForm[],
  manual: Map<string, string> = new Map(),
  ambiguousAlone: (key: string) => boolean = () => false,
): Link[] {
  const bySurname = new Map<string, NameForm[]>();
  for (const f of forms) {
    const { last } = nameParts(f.key);
    if (!last) continue;
    const list = bySurname.get(last) ?? [];
    list.push(f);
    bySurname.set(last, list);
  }
  const links = new Map<string, Link>();
  for (const group of bySurname.values()) {
    const full = group.filter((f) => nameParts(f.key).first !== '');
    const bare = group.filter((f) => nameParts(f.key).first === '');
    // Cluster full forms: most frequent first, each joins the first compatible cluster head.
    full.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
    const clusters: { head: NameForm; members: NameForm[]; count: number; gender: NameForm['gender'] }[] = [];
    for (const f of full) {
      const first = nameParts(f.key).first;
      const c = clusters.find(
        (c) =>
          compatibleFirstNames(nameParts(c.head.key).first, first) &&
          !(c.gender && f.gender && c.gender !== f.gender),
      );
      if (c) {
        c.members.push(f);
        c.count += f.count;
        c.gender ??= f.gender;
      } else clusters.push({ head: f, members: [f], count: f.count, gender: f.gender });
    }
    for (const c of clusters)
      for (const m of c.members)
        links.set(m.key, {
          key: m.key,
          canonical: c.head.key,
          reason: m === c.head ? 'same-key' : 'initial',
        });
    clusters.sort((a, b) => b.count - a.count);
    for (const b of bare) {
      const [top, second] = clusters;
      const ok =
        top &&
        top.count >= MIN_EVIDENCE &&
        !ambiguousAlone(b.key) &&
        (!second || top.count >= DOMINANCE * second.count) &&
        !(top.gender && b.gender && top.gender !== b.gender);
      links.set(
        b.key,
        ok
          ? { key: b.key, canonical: top.head.key, reason: 'surname' }
          : { key: b.key, canonical: b.key, reason: 'same-key' },
      );
    }
  }
  // Manual links override; a manual link to itself is an unmerge.
  for (const [key, canonical] of manual)
    links.set(key, { key, canonical, reason: key === canonical ? 'unmerged' : 'manual' });
  // Follow chains (a manual link may point at a form that is itself linked).
  const out: Link[] = [];
  for (const l of links.values()) {
    let c = l.canonical;
    for (let i = 0; i < 8; i++) {
      const next = links.get(c);
      if (!next || next.canonical === c) break;
      c = next.canonical;
    }
    out.push({ ...l, canonical: c });
  }
  return out;
}
