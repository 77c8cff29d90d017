// `depeche stats`: what the store holds.
import type { Command } from 'commander';
import { addDbOption, withStore } from './corpus-common.js';

export function registerStats(program: Command): void {
  addDbOption(
    program.command('stats').description('articles, analyses, duplicates, languages and rows in the store'),
  )
    .option('--json', 'as JSON')
    .action(async (flags: { db?: string; json?: boolean }) => {
      const s = await withStore(flags.db, (store) => store.stats());
      if (flags.json) {
        process.stdout.write(JSON.stringify(s, null, 2) + '\n');
        return;
      }
      const langs = Object.entries(s.byLanguage)
        .sort((a, b) => b[1] - a[1])
        .map(([l, n]) => `${l} ${n}`)
        .join(', ');
      process.stdout.write(
        `articles ${s.articles} (analysed ${s.analysed}, near-duplicates ${s.duplicates}; ${langs || 'none'})\n` +
          `entities ${s.entities} · quotations ${s.quotes} · events ${s.events} · schema v${s.schemaVersion}\n`,
      );
    });
}
