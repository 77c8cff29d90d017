// Matching copies only: the source text is never normalised in place.

const COMBINING = /[\u0300-\u036f]/g;

/** Lower case, accents removed, typographic apostrophes and dashes folded: for lexicon keys. */
export function fold(s: string): string {
  let out = s.toLowerCase();
  if (/[^\x00-\x7f]/.test(out)) {
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
