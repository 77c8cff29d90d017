// `depeche search "…"`: full-text search over the stored articles (accent-insensitive).
import type { Command } from 'commander';
import {
  addDbOption,
  addOutputOptions,
  intOption,
  outputFormat,
  printRows,
  withStore,
} from './corpus-common.js';

export interface FilterFlags {
  db?: string;
  from?: string;
  to?: string;
  outlet?: string;
  lang?: string;
  originals?: boolean;
  format: string;
  limit: string;
  offset: string;
}

export function addFilterOptions(cmd: Command, dated = 'published'): Command {
  return cmd
    .option('--from <date>', `${dated} on or after YYYY-MM-DD`)
    .option('--to <date>', `${dated} on or before YYYY-MM-DD`)
    .option('--outlet <name>', 'only this outlet')
    .option('--lang <code>', 'only this language (ISO 639-1)')
    .option('--originals', 'leave out near-duplicates (republished copies)');
}

export function filters(f: FilterFlags) {
  return {
    from: f.from,
    to: f.to,
    outlet: f.outlet,
    language: f.lang,
    originalsOnly: f.originals ?? false,
    limit: intOption('--limit', f.limit),
    offset: intOption('--offset', f.offset),
  };
}

export function registerSearch(program: Command): void {
  addOutputOptions(
    addFilterOptions(
      addDbOption(
        program
          .command('search')
          .description(
            'full-text search (accent- and case-insensitive; any text is a valid query; word* for a prefix)',
          )
          .argument('[query]', 'words to find (all of them); none lists the latest articles', ''),
      ),
    ),
  ).action(async (q: string, flags: FilterFlags) => {
    const format = outputFormat(flags.format);
    const page = await withStore(flags.db, (s) => s.search({ q, ...filters(flags) }));
    printRows(
      page.items.map((h) => ({ ...h })),
      format,
      ['id', 'published', 'outlet', 'title', 'snippet', 'duplicateOf', 'url', 'language'],
      { total: page.total },
    );
  });
}
