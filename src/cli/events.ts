// `depeche events --source RUS --target MLI --root 06 --from … --to …`: CAMEO events, per day or top actors.
import type { Command } from 'commander';
import { addDbOption, addOutputOptions, outputFormat, printRows, withStore } from './corpus-common.js';
import { addFilterOptions, type FilterFlags, filters } from './search.js';

export function registerEvents(program: Command): void {
  addOutputOptions(
    addFilterOptions(
      addDbOption(program.command('events').description('CAMEO events by dyad, root and date')),
      'event dated (a week or month overlapping)',
    ),
  )
    .option('--source <actor>', 'source: ISO alpha-3 country (RUS) or an actor name')
    .option('--target <actor>', 'target: ISO alpha-3 country (MLI) or an actor name')
    .option('--root <code>', 'CAMEO root (06) or code prefix (061)')
    .option('--quad <n>', 'QuadClass 1–4')
    .option('--per-day', 'counts per day, root and QuadClass')
    .option('--actors', 'top actors (as source and as target)')
    .action(
      async (
        flags: FilterFlags & {
          source?: string;
          target?: string;
          root?: string;
          quad?: string;
          perDay?: boolean;
          actors?: boolean;
        },
      ) => {
        const format = outputFormat(flags.format);
        const quad = flags.quad === undefined ? undefined : Number(flags.quad);
        if (quad !== undefined && ![1, 2, 3, 4].includes(quad))
          throw new Error('--quad must be 1, 2, 3 or 4');
        const q = {
          ...filters(flags),
          source: flags.source,
          target: flags.target,
          root: flags.root,
          quadClass: quad as 1 | undefined,
        };
        await withStore(flags.db, async (s) => {
          if (flags.perDay) {
            const rows = await s.eventsPerDay(q);
            printRows(
              rows.map((r) => ({ ...r })),
              format,
              ['day', 'root', 'quadClass', 'count'],
            );
          } else if (flags.actors) {
            const page = await s.topActors(q);
            printRows(
              page.items.map((r) => ({ ...r })),
              format,
              ['name', 'country', 'events', 'asSource', 'asTarget', 'actorKey'],
              { total: page.total },
            );
          } else {
            const page = await s.events(q);
            printRows(
              page.items.map((r) => ({ ...r })),
              format,
              [
                'date',
                'code',
                'quadClass',
                'sourceName',
                'sourceCountry',
                'trigger',
                'targetName',
                'targetCountry',
                'modality',
                'articleId',
                'title',
              ],
              { total: page.total },
            );
          }
        });
      },
    );
}
