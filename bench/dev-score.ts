// Entity F1 on the gold dev set, for depeche and for a peer alike, through the shared scorer.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { readArticle, stemOf } from '../src/io/article-file.js';

export interface GoldArticle {
  id: string;
  path: string;
  text: string;
}

export interface EntityScore {
  f1: number;
  p: number;
  r: number;
  per: number;
  org: number;
  loc: number;
  mentionsF1: number;
}

export function goldArticles(goldDir: string): GoldArticle[] {
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const path = join(goldDir, f);
      return { id: stemOf(path), path, text: readArticle(path).text };
    });
}

/** depeche's records for the gold articles, written as the batch CLI would. */
export function writeDepecheRecords(gold: readonly GoldArticle[], predDir: string): void {
  mkdirSync(predDir, { recursive: true });
  for (const g of gold) {
    const file = readArticle(g.path);
    writeFileSync(join(predDir, `${g.id}.json`), JSON.stringify(analyze(file.text, file.options)));
  }
}

interface Prf {
  p: number;
  r: number;
  f: number;
}

export function scoreEntities(goldDir: string, predDir: string): EntityScore {
  const scorer = join(goldDir, '..', 'score.mjs');
  const r = spawnSync(process.execPath, [scorer, goldDir, predDir, '--json'], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (r.status !== 0) throw new Error(`score.mjs failed: ${r.stderr.trim()}`);
  const s = JSON.parse(r.stdout) as {
    entitiesMicro: Prf;
    entities: Record<'PER' | 'ORG' | 'LOC', Prf>;
    mentions: Prf;
  };
  return {
    f1: s.entitiesMicro.f,
    p: s.entitiesMicro.p,
    r: s.entitiesMicro.r,
    per: s.entities.PER.f,
    org: s.entities.ORG.f,
    loc: s.entities.LOC.f,
    mentionsF1: s.mentions.f,
  };
}
