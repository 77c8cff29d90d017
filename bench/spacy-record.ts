// spaCy's entity output → the contract's entities. spaCy gives character offsets in Python code
// points; the contract counts UTF-16 code units, which differ after any astral character (emoji,
// rare CJK). Mentions are grouped into document-level entities the simple way a spaCy user would:
// same type and same folded surface form, and a lone PER surname joins the fuller name it ends.

import type { Entity, EntityType } from '../src/record.js';
import { fold } from '../src/text/normalize.js';

export type SpacyEnt = [start: number, end: number, label: string];

/** Table from code-point index to UTF-16 index (one entry past the end). */
export function codePointOffsets(text: string): Int32Array {
  const out = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    out[cp++] = i;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  out[cp] = text.length;
  return out.subarray(0, cp + 1);
}

const TYPES: Record<string, EntityType> = { PER: 'PER', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC', GPE: 'LOC' };
const words = (s: string) =>
  fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

export function spacyEntities(text: string, ents: readonly SpacyEnt[]): Entity[] {
  const cp = codePointOffsets(text);
  const groups = new Map<string, Entity>();
  for (const [s, e, label] of ents) {
    const type = TYPES[label];
    if (!type || s < 0 || e >= cp.length || s >= e) continue;
    const start = cp[s]!;
    const end = cp[e]!;
    const mention = { start, end, text: text.slice(start, end) };
    const key = `${type}\t${words(mention.text).join(' ')}`;
    const g = groups.get(key);
    if (g) g.mentions.push(mention);
    else
      groups.set(key, { id: '', type, name: mention.text, mentions: [mention], gender: null, country: null });
  }
  // « Macron » after « Emmanuel Macron »: one person.
  const people = [...groups.values()].filter((g) => g.type === 'PER');
  for (const lone of people) {
    const w = words(lone.name);
    if (w.length !== 1) continue;
    const full = people.find((p) => p !== lone && words(p.name).length > 1 && words(p.name).at(-1) === w[0]);
    if (!full) continue;
    full.mentions.push(...lone.mentions);
    groups.delete(`PER\t${w[0]}`);
  }
  const out = [...groups.values()];
  out.forEach((g, k) => {
    g.id = `e${k + 1}`;
    g.mentions.sort((a, b) => a.start - b.start);
    g.name = g.mentions.reduce((best, m) => (m.text.length > best.length ? m.text : best), g.name);
  });
  return out;
}
