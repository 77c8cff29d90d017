// `depeche ingest PATH…`: text, HTML, feeds, JSONL and folders into the store, analysed on all
// cores; a progress bar on a terminal, a report at the end (with a reason for every problem).
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import type { IngestReport } from '../corpus/ingest.js';
import { addDbOption, intOption, withStore } from './corpus-common.js';

interface Flags {
  db?: string;
  workers?: string;
  batch: string;
  maxBytes?: string;
  analyse: boolean;
  json?: boolean;
  quiet?: boolean;
}

export function printReport(r: IngestReport, out: NodeJS.WritableStream = process.stderr): void {
  const secs = r.elapsedMs / 1000;
  const rate = secs > 0 ? (r.ingested / secs).toFixed(1) : '–';
  out.write(
    `depeche: ${r.ingested} ingested (${r.analysed} analysed, ${r.nearDuplicates} near-duplicates linked, ` +
      `${r.otherLanguage} in another language), ${r.duplicates} duplicates, ${r.skipped.length} skipped, ` +
      `${r.failed.length} failed — ${secs.toFixed(1)} s, ${rate} articles/s\n`,
  );
  // Skips are listed up to 10 per reason (a folder of 500 .json files says so once); failures all.
  const shown = new Map<string, number>();
  for (const s of r.skipped) {
    const n = (shown.get(s.reason) ?? 0) + 1;
    shown.set(s.reason, n);
    if (n <= 10) out.write(`  skipped ${s.source}: ${s.reason}\n`);
  }
  for (const [reason, n] of shown) if (n > 10) out.write(`  skipped ${n - 10} more: ${reason}\n`);
  for (const f of r.failed) out.write(`  failed  ${f.source}: ${f.reason}\n`);
}

export function registerIngest(program: Command): void {
  addDbOption(
    program
      .command('ingest')
      .description(
        'add articles to the store: .txt, .html, RSS/Atom (.xml/.rss/.atom), .jsonl, or folders of them',
      )
      .argument('<paths...>', 'files or folders'),
  )
    .option('-w, --workers <n>', 'analysis threads (default: one per core; 0: none, on the main thread)')
    .option('--batch <n>', 'articles per transaction', '200')
    .option('--max-bytes <n>', 'largest text/HTML/feed file read')
    .option('--no-analyse', 'store only; analyse later with `depeche reanalyze`')
    .option('--json', 'print the report as JSON on stdout')
    .option('-q, --quiet', 'no progress bar')
    .action(async (paths: string[], flags: Flags) => {
      const bar =
        process.stderr.isTTY && !flags.quiet
          ? new SingleBar({
              format: 'ingest [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left',
              etaBuffer: 200,
              hideCursor: true,
              stream: process.stderr,
            })
          : null;
      let started = false;
      // Loaded here: the readers and the language model are only needed by this command.
      const { ingest } = await import('../corpus/ingest.js');
      const report = await withStore(flags.db, (store) =>
        ingest(store, paths, {
          workers: intOption('--workers', flags.workers),
          batchSize: intOption('--batch', flags.batch),
          maxBytes: intOption('--max-bytes', flags.maxBytes),
          analyse: flags.analyse,
          onProgress: (done, total) => {
            if (!bar) return;
            if (!started) {
              bar.start(total, done);
              started = true;
            } else {
              bar.setTotal(total);
              bar.update(done);
            }
          },
        }),
      ).finally(() => bar?.stop());
      if (flags.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
      printReport(report);
      process.exitCode = report.failed.length ? 1 : 0;
    });
}
