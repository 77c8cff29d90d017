// Near-duplicate detection: MinHash over word 5-shingles with LSH banding. The same wire story
// republished with a new headline or a trimmed paragraph shares most of its shingles; two
// articles whose estimated Jaccard similarity reaches THRESHOLD are linked.
import { fold } from '../text/normalize.js';

export const HASHES = 64;
export const BANDS = 16; // 4 rows per band: candidates from about 0.5 similarity upwards
export const SHINGLE = 5;
export const THRESHOLD = 0.7;

// Fixed odd multipliers and offsets for the 64 hash permutations (deterministic across runs).
const A = new Uint32Array(HASHES);
const B = new Uint32Array(HASHES);
{
  let s = 0x9e3779b9;
  const next = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return s >>> 0;
  };
  for (let i = 0; i < HASHES; i++) {
    A[i] = next() | 1;
    B[i] = next();
  }
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

export function words(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The MinHash signature of a text, or null when it is too short to compare (< SHINGLE words). */
export function minhash(text: string): Uint32Array | null {
  const w = words(text);
  if (w.length < SHINGLE * 4) return null;
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  const seen = new Set<number>();
  for (let i = 0; i + SHINGLE <= w.length; i++) {
    const h = fnv1a(w.slice(i, i + SHINGLE).join(' '));
    if (seen.has(h)) continue;
    seen.add(h);
    for (let k = 0; k < HASHES; k++) {
      const v = mix((Math.imul(A[k]!, h) + B[k]!) >>> 0);
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
}

export function toHex(sig: Uint32Array): string {
  let s = '';
  for (const v of sig) s += v.toString(16).padStart(8, '0');
  return s;
}

export function fromHex(hex: string): Uint32Array {
  const sig = new Uint32Array(hex.length / 8);
  for (let i = 0; i < sig.length; i++) sig[i] = Number.parseInt(hex.slice(i * 8, i * 8 + 8), 16);
  return sig;
}

/** Band keys « band:hash » for the LSH index. */
export function bandKeys(sig: Uint32Array): string[] {
  const rows = HASHES / BANDS;
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < rows; r++) h = mix(h ^ sig[b * rows + r]!);
    keys.push(`${b}:${h.toString(36)}`);
  }
  return keys;
}

export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) same++;
  return same / HASHES;
}
