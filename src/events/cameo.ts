// The CAMEO code table (data/cameo/codes.tsv, roots.json): labels, Goldstein score per full code and
// QuadClass per root, GDELT 2.0's values (the choice is documented in data/cameo/README.md).
import { readFileSync } from 'node:fs';
import roots from '../../data/cameo/roots.json' with { type: 'json' };

/** A look-up table without a prototype: « constructor » or « __proto__ » in a text is no key. */
function dict<T>(o: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, o);
}

export type QuadClass = 1 | 2 | 3 | 4;

export interface CameoCode {
  code: string;
  root: string;
  goldstein: number;
  quadClass: QuadClass;
  labelEn: string;
  labelFr: string;
}

const QUAD: Record<string, number> = dict(roots.quadClass);

function load(): Map<string, CameoCode> {
  const text = readFileSync(new URL('../../data/cameo/codes.tsv', import.meta.url), 'utf8');
  const out = new Map<string, CameoCode>();
  let header = true;
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    if (header) {
      header = false;
      continue;
    }
    const [code, g, en, fr] = line.split('\t');
    if (!code || !/^\d{2,4}$/.test(code) || g === undefined) throw new Error(`cameo: bad line "${line}"`);
    const root = code.slice(0, 2);
    const q = QUAD[root];
    if (!q) throw new Error(`cameo: no QuadClass for root ${root}`);
    out.set(code, {
      code,
      root,
      goldstein: Number(g),
      quadClass: q as QuadClass,
      labelEn: en ?? '',
      labelFr: fr ?? '',
    });
  }
  return out;
}

export const CAMEO: ReadonlyMap<string, CameoCode> = load();

export function cameo(code: string): CameoCode {
  const c = CAMEO.get(code);
  if (!c) throw new RangeError(`unknown CAMEO code "${code}"`);
  return c;
}
