// A Bloom-like filter over words (one hash, 2^16 bits = 8 kB): `mayHave` is false only for words
// never added, so a hot loop can skip the Map look-up of most tokens of no lexicon. Cheaper than
// a Map.get miss: a few multiplications over the word's code units and one bit read.
export class WordFilter {
  private readonly bits = new Uint32Array(0x10000 >>> 5);

  private static hash(w: string): number {
    let h = 0;
    for (let i = 0; i < w.length; i++) h = (Math.imul(h, 31) + w.charCodeAt(i)) | 0;
    return (h ^ (h >>> 16)) & 0xffff;
  }

  add(w: string): void {
    const h = WordFilter.hash(w);
    this.bits[h >>> 5]! |= 1 << (h & 31);
  }

  mayHave(w: string): boolean {
    const h = WordFilter.hash(w);
    return (this.bits[h >>> 5]! & (1 << (h & 31))) !== 0;
  }
}
