// Matching copies only: the source text is never normalised in place.

const COMBINING = /[\u0300-\u036f]/g;

/** Lower case, accents removed, typographic apostrophes and dashes folded: for lexicon keys. */
export function fold(s: string): string {
  const out = s.toLowerCase();
  // ASCII needs no more (a character scan: cheaper than a regex call on short tokens).
  let ascii = true;
  for (let i = 0; i < out.length; i++)
    if (out.charCodeAt(i) > 0x7f) {
      ascii = false;
      break;
    }
  if (ascii) return out;
  // Accented Latin letters and typographic punctuation fold one character at a time (table built
  // from foldSlow itself); anything else takes the full normalisation.
  let fast = '';
  for (let i = 0; i < out.length; i++) {
    const f = FOLD_TABLE[out.charCodeAt(i)];
    if (f === undefined) return foldSlow(out);
    fast += f;
  }
  return fast;
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

/**
 * fold() of each code unit that folds on its own, whatever its neighbours: lower-case Basic Latin,
 * Latin-1, Latin Extended-A/B (NFD splits them into a letter and marks, which go) and the General
 * Punctuation block (quotes, dashes). Greek and Cyrillic are left out (final sigma lowercases by
 * context), so are combining marks (NFD may reorder them) and upper-case letters (toLowerCase runs
 * on the whole string first).
 */
const FOLD_TABLE: (string | undefined)[] = [];
for (let c = 0; c < 0x2070; c++) {
  if ((c >= 0x250 && c < 0x2000 && c !== 0x2bc) || (c >= 0x300 && c < 0x370)) continue;
  const ch = String.fromCharCode(c);
  if (ch.toLowerCase() !== ch) continue;
  // Folded beside a non-ASCII letter, as fold() only sees strings that hold one (« ` » → « ' » then).
  FOLD_TABLE[c] = foldSlow(`${ch}é`).slice(0, -1);
}

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
