// Matching copies only: the source text is never normalised in place.

const COMBINING = /[\u0300-\u036f]/g;

/**
 * A fast copy of a fold built from the full normalisation `slow`: ASCII is only lower-cased, and
 * text in the blocks below folds one code unit at a time through a table of `slow`'s own output
 * (anything else takes `slow`). `slow` must lower-case, drop NFD's combining marks and map single
 * characters (pinned per fold by property tests).
 */
export function tableFold(slow: (s: string) => string): (s: string) => string {
  const table = foldTable(slow);
  return (s) => {
    const out = s.toLowerCase();
    // ASCII needs no more (a character scan: cheaper than a regex call on short tokens).
    let ascii = true;
    for (let i = 0; i < out.length; i++)
      if (out.charCodeAt(i) > 0x7f) {
        ascii = false;
        break;
      }
    if (ascii) return out;
    let fast = '';
    for (let i = 0; i < out.length; i++) {
      const f = table[out.charCodeAt(i)];
      if (f === undefined) return slow(out);
      fast += f;
    }
    return fast;
  };
}

/**
 * `slow` of each code unit that folds on its own, whatever its neighbours: lower-case Basic Latin,
 * Latin-1, Latin Extended-A/B (NFD splits them into a letter and marks, which go) and the General
 * Punctuation block (quotes, dashes). Greek and Cyrillic are left out (final sigma lowercases by
 * context), so are combining marks (NFD may reorder them) and upper-case letters (toLowerCase runs
 * on the whole string first).
 */
function foldTable(slow: (s: string) => string): (string | undefined)[] {
  const table: (string | undefined)[] = [];
  for (let c = 0; c < 0x2070; c++) {
    if ((c >= 0x250 && c < 0x2000 && c !== 0x2bc) || (c >= 0x300 && c < 0x370)) continue;
    const ch = String.fromCharCode(c);
    if (ch.toLowerCase() !== ch) continue;
    // Folded beside a non-ASCII letter, as the fast fold only sees strings that hold one (« ` »
    // → « ' » then).
    table[c] = slow(`${ch}é`).slice(0, -1);
  }
  return table;
}

const NON_ASCII = /[^\x00-\x7f]/;

export function foldSlow(s: string): string {
  let out = s.toLowerCase();
  if (NON_ASCII.test(out)) {
    out = out
      .normalize('NFD')
      .replace(COMBINING, '')
      .replace(/[’‘ʼ`´]/g, "'")
      .replace(/[‐‑‒–—]/g, '-')
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae');
  }
  return out;
}

/** Lower case, accents removed, typographic apostrophes and dashes folded: for lexicon keys. */
export const fold = tableFold(foldSlow);

/** Same length as the input: one folded character per UTF-16 unit, so offsets stay valid. */
export function foldSameLength(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const f = fold(c);
    out += f.length === 1 ? f : c.toLowerCase().length === 1 ? c.toLowerCase() : c;
  }
  return out;
}
