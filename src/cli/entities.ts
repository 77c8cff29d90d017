// `depeche entities --top --type PER`: entities across the corpus, name forms linked.
import type { Command } from 'commander';
import { addDbOption, addOutputOptions, outputFormat, printRows, withStore } from './corpus-common.js';
import { addFilterOptions, type FilterFlags, filters } from './search.js';

const TYPES = ['PER', 'ORG', 'LOC', 'MISC'];

export function registerEntities(program: Command): void {
  addOutputOptions(
    addFilterOptions(
      addDbOption(program.command('entities').description('entities: ranked (--top) or mentions')),
    ),
  )
    .option('--top', 'rank by number of articles')
    .option('--type <type>', TYPES.join(', '))
    .option('--name <name>', 'one entity, in any name form')
    .action(async (flags: FilterFlags & { top?: boolean; type?: string; name?: string }) => {
      const format = outputFormat(flags.format);
      if (flags.type && !TYPES.includes(flags.type))
        throw new Error(`--type must be one of ${TYPES.join(', ')}`);
      const q = { ...filters(flags), type: flags.type as 'PER' | undefined, name: flags.name };
      await withStore(flags.db, async (s) => {
        if (flags.top || !flags.name) {
          const page = await s.topEntities(q);
          printRows(
            page.items.map((e) => ({ ...e })),
            format,
            ['name', 'type', 'articles', 'mentions', 'gender', 'country', 'actorKey'],
            { total: page.total },
          );
        } else {
          const page = await s.entities(q);
          printRows(
            page.items.map((e) => ({ ...e })),
            format,
            ['articleId', 'published', 'name', 'actor', 'type', 'mentions', 'gender', 'country', 'role'],
            { total: page.total },
          );
        }
      });
    });
}
