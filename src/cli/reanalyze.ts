// `depeche reanalyze`: refresh stored records made by an older analyser version.
import type { Command } from 'commander';
import { ANALYZER_VERSION } from '../version.js';
import { addDbOption, intOption, withStore } from './corpus-common.js';

export function registerReanalyze(program: Command): void {
  addDbOption(
    program
      .command('reanalyze')
      .description(`re-run the analysis where the stored record predates ${ANALYZER_VERSION}`),
  )
    .option('-w, --workers <n>', 'analysis threads (default: one per core)')
    .action(async (flags: { db?: string; workers?: string }) => {
      const t0 = performance.now();
      const { reanalyze } = await import('../corpus/ingest.js');
      const { SUPPORTED_LANGUAGES } = await import('../corpus/prepare.js');
      const r = await withStore(flags.db, (store) =>
        reanalyze(store, ANALYZER_VERSION, SUPPORTED_LANGUAGES, {
          workers: intOption('--workers', flags.workers),
        }),
      );
      process.stderr.write(
        `depeche: ${r.refreshed} records refreshed to ${ANALYZER_VERSION}, ${r.failed.length} failed — ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
      );
      for (const f of r.failed) process.stderr.write(`  failed  ${f.source}: ${f.reason}\n`);
      process.exitCode = r.failed.length ? 1 : 0;
    });
}
