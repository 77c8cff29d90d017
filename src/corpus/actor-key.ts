// Actor keys: the folded form under which a name is counted across articles, and the parts the
// cross-article linker compares (first name, surname with its particles).
import { fold } from '../text/normalize.js';

/** « Sergueï  LAVROV » → « serguei lavrov »; « M. Le Drian » → « le drian ». Hyphens are kept. */
export function actorKey(name: string): string {
  return fold(name.normalize('NFC'))
    .replace(/[^\p{L}\p{N}'-]+/gu, ' ')
    .replace(/(^|\s)(m|mme|mlle|mr|dr|pr|me|mgr)(?=\s)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// Surname particles stay with the surname: « Charles de Gaulle » → de gaulle, « Marine Le Pen » → le pen.
const PARTICLES = new Set([
  'de',
  'du',
  'des',
  "d'",
  'le',
  'la',
  'van',
  'von',
  'der',
  'den',
  'al',
  'el',
  'ben',
  'bin',
  'ibn',
  'ould',
  'ag',
  'da',
  'di',
  'dos',
  'das',
  'del',
  'della',
  'abou',
  'abu',
  'bou',
  'mac',
  'mc',
  'st',
  'saint',
]);

export interface NameParts {
  /** First name(s) folded, '' for a surname alone. */
  first: string;
  /** Surname with its particles, folded. */
  last: string;
}

export function nameParts(key: string): NameParts {
  const t = key.split(' ').filter(Boolean);
  if (t.length <= 1) return { first: '', last: t[0] ?? '' };
  let i = t.length - 1;
  while (i > 1 && PARTICLES.has(t[i - 1]!)) i--;
  return { first: t.slice(0, i).join(' '), last: t.slice(i).join(' ') };
}

/** Two first names name the same person: equal, one an initial of the other, or one letter apart. */
export function compatibleFirstNames(a: string, b: string): boolean {
  if (a === b) return true;
  const x = a.replace(/\./g, '');
  const y = b.replace(/\./g, '');
  if (x === y) return true;
  if (!x || !y || x[0] !== y[0]) return false;
  // An initial or a hyphenated initial (« J »、« J-Y ») against the full form.
  const initials = (s: string) =>
    s
      .split(/[-\s]/)
      .map((p) => p[0])
      .join('');
  if (x.length <= 3 && /^[a-z]([-\s]?[a-z])?$/.test(x)) return initials(y) === x.replace(/[-\s]/g, '');
  if (y.length <= 3 && /^[a-z]([-\s]?[a-z])?$/.test(y)) return initials(x) === y.replace(/[-\s]/g, '');
  // One letter apart is a spelling variant (Thierry/Thierrey, Georges/George), except a final
  // vowel that makes another given name (Michel/Michèle, Louis/Louise, Robert/Roberto, Daniel/Daniela).
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  if (long.length === short.length + 1 && long.startsWith(short) && /[aeo]$/.test(long)) return false;
  return x.length >= 5 && y.length >= 5 && editDistanceAtMostOne(x, y);
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
