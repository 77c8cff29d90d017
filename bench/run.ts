// `npm run bench [-- options]`: depeche's throughput on real French news, per stage and per core,
// its scaling over worker threads, ingest into SQLite, and spaCy side by side on the same articles
// (speed) and on the gold dev set (entity F1). Prints tables; writes bench/results/<time>.json.
//
//   --sample N        articles from the corpus, spread evenly over it (default 2000)
//   --all             every article (20,000)
//   --corpus FILE     JSON-lines corpus (default ../shared/corpora/fr-news/orangesum_fr_news.jsonl)
//   --gold DIR        gold dev set (default ../shared/gold/dev)
//   --workers 1,2     worker-thread counts for the scaling run (default 1 … all cores)
//   --rounds N        scaling rounds, best kept (default 3)
//   --peer-sample N   articles of the sample that spaCy reads (default 300: spaCy is slow)
//   --peer-full       also time spaCy's full pipeline (parser, morphology, lemmas), not only NER
//   --no-peers --no-scaling --no-ingest   skip a part
//   --profile [N]     instead: a --cpu-prof run over N articles and its top functions (bench/profile-run.ts)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSample } from './corpus.js';
import { type EntityScore, goldArticles, scoreEntities, writeDepecheRecords } from './dev-score.js';
import { measureIngest } from './ingest.js';
import { describeMachine } from './machine.js';
import { measureSingleCore } from './measure.js';
import { ensurePeers, type PeerMode, type PeerRun, runSpacy, writeSpacyRecords } from './peers.js';
import { measureScaling } from './scaling.js';
import { fmt, pct, table } from './table.js';

if (process.argv[2] === '--profile') {
  await import('./profile-run.js');
  process.exit(0);
}

const root = resolve(import.meta.dirname, '..');
const { values: opt } = parseArgs({
  options: {
    sample: { type: 'string', default: '2000' },
    all: { type: 'boolean', default: false },
    corpus: {
      type: 'string',
      default: join(root, '..', 'shared', 'corpora', 'fr-news', 'orangesum_fr_news.jsonl'),
    },
    gold: { type: 'string', default: join(root, '..', 'shared', 'gold', 'dev') },
    workers: { type: 'string' },
    rounds: { type: 'string', default: '3' },
    'peer-sample': { type: 'string', default: '300' },
    'peer-full': { type: 'boolean', default: false },
    peers: { type: 'boolean', default: true },
    'no-peers': { type: 'boolean', default: false },
    'no-scaling': { type: 'boolean', default: false },
    'no-ingest': { type: 'boolean', default: false },
    out: { type: 'string', default: join(root, 'bench', 'results') },
  },
});

const positive = (name: string, v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) {
    console.error(`bench: --${name} must be a positive integer, got "${v}"`);
    process.exit(2);
  }
  return n;
};
const log = (s: string) => process.stderr.write(`bench: ${s}\n`);
const MB = 1e6;

const sampleSize = opt.all ? Number.POSITIVE_INFINITY : positive('sample', opt.sample);
const workerCounts = opt.workers
  ? opt.workers.split(',').map((w) => positive('workers', w))
  : Array.from({ length: availableParallelism() }, (_, k) => k + 1);
const machineBefore = describeMachine(root);

log(`loading ${opt.all ? 'all' : sampleSize} articles from ${opt.corpus}`);
const articles = loadSample(opt.corpus, sampleSize);
const totalBytes = articles.reduce((s, a) => s + a.bytes, 0);

// 1. One thread, per article and per stage.
log(
  `analysing ${articles.length} articles on one thread (untimed warm-up passes until the JIT settles, then a timed one) …`,
);
const single = measureSingleCore(articles);

// 2. Worker threads.
let scaling: Awaited<ReturnType<typeof measureScaling>> = [];
if (!opt['no-scaling']) {
  const rounds = positive('rounds', opt.rounds);
  log(`scaling over ${workerCounts.join(', ')} worker thread(s), best of ${rounds} …`);
  scaling = await measureScaling(articles, workerCounts, rounds);
}

// 3. Ingest into SQLite.
if (!opt['no-ingest']) log(`ingesting ${articles.length} articles into SQLite …`);
const ingest = opt['no-ingest']
  ? { skipped: 'skipped (--no-ingest)' }
  : await measureIngest(articles, Math.max(...workerCounts));

// 4. depeche on the gold dev set, then the peers on the same articles and the same dev set.
const work = mkdtempSync(join(tmpdir(), 'depeche-bench-'));
const gold = goldArticles(opt.gold);
let depecheDev: EntityScore | null = null;
try {
  writeDepecheRecords(gold, join(work, 'depeche'));
  depecheDev = scoreEntities(opt.gold, join(work, 'depeche'));
} catch (e) {
  log(`dev scoring failed: ${(e as Error).message}`);
}

interface PeerResult {
  run: PeerRun;
  dev: EntityScore | null;
  /** depeche's articles/s on the very same articles, one thread, over spaCy's (wall time). */
  speedRatio: number;
  /** The same in articles per CPU-second: what one core does, whatever else the machine runs. */
  cpuSpeedRatio: number;
}
const peers: PeerResult[] = [];
let peersNote: string | null = null;
const peerIdx: number[] = [];
let depecheOnPeerArticles = 0;
let depecheMbOnPeerArticles = 0;
let depecheCpuOnPeerArticles = 0;
if (opt.peers && !opt['no-peers']) {
  const ready = ensurePeers();
  if (!ready.ok) {
    peersNote = `peers skipped: ${ready.reason}`;
    log(peersNote);
  } else {
    const n = Math.min(positive('peer-sample', opt['peer-sample']), articles.length);
    for (let k = 0; k < n; k++) peerIdx.push(Math.floor((k * articles.length) / n));
    const subset = peerIdx.map((i) => articles[i]!);
    const ms = peerIdx.reduce((s, i) => s + single.perArticleMs[i]!, 0);
    depecheOnPeerArticles = subset.length / (ms / 1000);
    depecheMbOnPeerArticles = subset.reduce((b, a) => b + a.bytes, 0) / MB / (ms / 1000);
    const cpuMs = peerIdx.reduce((s, i) => s + single.perArticleCpuMs[i]!, 0);
    depecheCpuOnPeerArticles = subset.length / (cpuMs / 1000);
    const runs: [string, PeerMode][] = [
      ['fr_core_news_md', 'ner'],
      ['fr_core_news_sm', 'ner'],
      ...(opt['peer-full'] ? ([['fr_core_news_md', 'full']] as [string, PeerMode][]) : []),
    ];
    for (const [model, mode] of runs) {
      try {
        log(`spaCy ${model} (${mode}) on ${subset.length} articles …`);
        const { run } = runSpacy(model, mode, subset, join(work, 'peers'));
        let dev: EntityScore | null = null;
        if (mode === 'ner') {
          const { ents } = runSpacy(model, mode, gold, join(work, 'peers-dev'));
          writeSpacyRecords(gold, ents, join(work, `${model}-dev`));
          dev = scoreEntities(opt.gold, join(work, `${model}-dev`));
        }
        peers.push({
          run,
          dev,
          speedRatio: depecheOnPeerArticles / run.articlesPerSec,
          cpuSpeedRatio: depecheCpuOnPeerArticles / run.articlesPerCpuSec,
        });
      } catch (e) {
        log(`spaCy ${model} failed: ${(e as Error).message}`);
        peersNote = `spaCy ${model} failed; see stderr`;
      }
    }
  }
}
rmSync(work, { recursive: true, force: true });
const machineAfter = describeMachine(root);

// Report.
const m = machineAfter;
const out: string[] = [];
out.push(
  `depeche bench · ${articles.length} articles, ${fmt(totalBytes / MB)} MB (${basename(opt.corpus)}) · ` +
    `${m.cpu} ×${m.cores}, ${m.ramGb} GB · Node ${m.node} · commit ${m.commit ?? '?'}`,
);
out.push(
  `load average before ${machineBefore.loadAvg.join(' ')}, after ${m.loadAvg.join(' ')} (shared machine: figures are lower bounds)`,
);
out.push('');
out.push(
  table(
    ['one thread', 'articles/s', 'per CPU-s', 'MB/s', 'share', 'mean ms', 'p50 ms', 'p99 ms'],
    [
      [
        'whole pipeline',
        fmt(single.articlesPerSec),
        fmt(single.articlesPerCpuSec),
        fmt(single.mbPerSec),
        '100%',
        fmt(single.latencyMs.mean),
        fmt(single.latencyMs.p50),
        fmt(single.latencyMs.p99),
      ],
      ...single.stages.map((s) => [
        `  ${s.stage}`,
        fmt(s.articlesPerSec),
        '',
        fmt(s.mbPerSec),
        `${pct(s.share)}%`,
        fmt(s.ms / single.articles),
        '',
        '',
      ]),
    ],
  ),
);
out.push(
  `steady state: timed after ${single.warmup.length} untimed warm-up passes over the same articles, until the JIT settled ` +
    `(articles per CPU-second / per second by pass: ${single.warmup.map((w) => `${fmt(w.articlesPerCpuSec)}/${fmt(w.articlesPerSec)}`).join(' → ')}; ` +
    'the first is the cold start; steady = two passes agree within 5% and the JIT and GC threads add at most 15% CPU)',
);
out.push(
  `peak RSS ${fmt(single.peakRssMb)} MB · max latency ${fmt(single.latencyMs.max)} ms · ` +
    `found ${single.entities} entities, ${single.quotes} quotes, ${single.events} events, ${single.dates} dates`,
);
if (scaling.length) {
  out.push('');
  out.push(
    table(
      ['worker threads', 'articles/s', 'per core', 'MB/s', 'speedup', 'CPU efficiency'],
      scaling.map((p) => [
        String(p.workers),
        fmt(p.articlesPerSec),
        fmt(p.articlesPerSecPerCore),
        fmt(p.mbPerSec),
        `${p.speedup.toFixed(2)}×`,
        p.cpuEfficiency.toFixed(2),
      ]),
    ),
  );
  const two = scaling.find((p) => p.workers === 2);
  if (two)
    out.push(
      `2 cores / 1 core = ${two.speedup.toFixed(2)}× (target ≥ 1.7×), best of ${opt.rounds} interleaved rounds; ` +
        `CPU efficiency ${two.cpuEfficiency.toFixed(2)} (articles per CPU-second vs one worker): ` +
        `on two free cores ≈ ${(2 * two.cpuEfficiency).toFixed(2)}×; each pool warmed by untimed passes until steady`,
    );
}
out.push('');
out.push('skipped' in ingest ? `ingest: ${ingest.skipped}` : `ingest into SQLite: ${ingest.summary}`);
out.push('');
const devCells = (d: EntityScore | null) =>
  d ? [pct(d.f1), pct(d.per), pct(d.org), pct(d.loc)] : ['–', '–', '–', '–'];
if (peers.length || depecheDev) {
  out.push(
    table(
      [
        'system (one thread)',
        'articles/s',
        'per CPU-s',
        'MB/s',
        'load s',
        'depeche ×',
        '× (CPU)',
        'entity F1',
        'PER',
        'ORG',
        'LOC',
      ],
      [
        [
          'depeche (whole pipeline)',
          fmt(depecheOnPeerArticles || single.articlesPerSec),
          fmt(depecheCpuOnPeerArticles || single.articlesPerCpuSec),
          fmt(depecheMbOnPeerArticles || single.mbPerSec),
          '',
          '',
          '',
          ...devCells(depecheDev),
        ],
        ...peers.map((p) => [
          p.run.system,
          fmt(p.run.articlesPerSec),
          fmt(p.run.articlesPerCpuSec),
          fmt(p.run.mbPerSec),
          fmt(p.run.loadSeconds),
          `${fmt(p.speedRatio)}×`,
          `${fmt(p.cpuSpeedRatio)}×`,
          ...devCells(p.dev),
        ]),
      ],
    ),
  );
  if (peers.length)
    out.push(
      `speed on the same ${peerIdx.length} articles, each system timed after warming up on them (spaCy: one untimed pass, no JIT; depeche: passes until its JIT settled; model load excluded), wall and CPU time; entity F1 on ${gold.length} gold dev articles (score.mjs, micro PER/ORG/LOC)`,
    );
  const md = peers.find((p) => p.run.model === 'fr_core_news_md' && p.run.mode === 'ner');
  if (md && depecheDev && md.dev)
    out.push(
      `targets: per core vs spaCy md ${fmt(md.cpuSpeedRatio)}× by CPU time, ${fmt(md.speedRatio)}× by wall time (≥ 20×) — ` +
        `entity F1 ${pct(depecheDev.f1)} vs ${pct(md.dev.f1)} (≥ spaCy's: ${depecheDev.f1 >= md.dev.f1 ? 'met' : 'not met'})`,
    );
}
if (peersNote) out.push(peersNote);
console.log(out.join('\n'));

mkdirSync(opt.out, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const file = join(opt.out, `${stamp}.json`);
const { perArticleMs: _ms, perArticleCpuMs: _cpu, ...singleJson } = single;
writeFileSync(
  file,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: { ...m, loadAvgBefore: machineBefore.loadAvg },
      corpus: { file: opt.corpus, articles: articles.length, bytes: totalBytes },
      singleThread: singleJson,
      scaling,
      ingest,
      dev: { gold: opt.gold, articles: gold.length, depeche: depecheDev },
      peers: peers.map((p) => ({
        ...p.run,
        dev: p.dev,
        depecheSpeedRatio: p.speedRatio,
        depecheCpuSpeedRatio: p.cpuSpeedRatio,
      })),
      peersArticles: peerIdx.length,
      depecheArticlesPerSecOnPeerArticles: depecheOnPeerArticles || null,
      depecheArticlesPerCpuSecOnPeerArticles: depecheCpuOnPeerArticles || null,
      peersNote,
    },
    null,
    2,
  ) + '\n',
);
log(`wrote ${file}`);
