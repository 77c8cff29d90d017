// `depeche quotes --speaker … --about …`: quotations across the corpus, speakers linked across articles.
import type { Command } from 'commander';
import { addDbOption, addOutputOptions, outputFormat, printRows, withStore } from './corpus-common.js';
import { addFilterOptions, type FilterFlags, filters } from './search.js';

export function registerQuotes(program: Command): void {
  addOutputOptions(
    addFilterOptions(
      addDbOption(program.command('quotes').description('quotations, by speaker (any name form) and words')),
    ),
  )
    .option('--speaker <name>', 'speaker in any form: « Lavrov », « Serguei Lavrov »…')
    .option('--about <words>', 'words the quotation contains (accent-insensitive)')
    .option('--kind <kind>', 'direct, indirect or mixed')
    .action(async (flags: FilterFlags & { speaker?: string; about?: string; kind?: string }) => {
      const format = outputFormat(flags.format);
      if (flags.kind && !['direct', 'indirect', 'mixed'].includes(flags.kind))
        throw new Error(`--kind must be direct, indirect or mixed, got "${flags.kind}"`);
      const page = await withStore(flags.db, (s) =>
        s.quotes({
          ...filters(flags),
          speaker: flags.speaker,
          about: flags.about,
          kind: flags.kind as 'direct' | undefined,
        }),
      );
      printRows(
        page.items.map((q) => ({ ...q })),
        format,
        [
          'articleId',
          'published',
          'actor',
          'text',
          'kind',
          'cue',
          'speaker',
          'gender',
          'outlet',
          'title',
          'quoteId',
          'start',
          'end',
        ],
        { total: page.total },
      );
    });
}
