// `depeche speakers --top`: who is quoted most, with the gender share of quotations.
import type { Command } from 'commander';
import { addDbOption, addOutputOptions, outputFormat, printRows, withStore } from './corpus-common.js';
import { addFilterOptions, type FilterFlags, filters } from './search.js';

export function registerSpeakers(program: Command): void {
  addOutputOptions(
    addFilterOptions(
      addDbOption(program.command('speakers').description('most quoted speakers, with the gender share')),
    ),
  )
    .option('--top', 'rank by number of quotations (the default)')
    .option('--type <type>', 'person, organization or anonymous')
    .action(async (flags: FilterFlags & { type?: string }) => {
      const format = outputFormat(flags.format);
      const r = await withStore(flags.db, (s) =>
        s.topSpeakers({ ...filters(flags), type: flags.type as 'person' | undefined }),
      );
      const all = r.genderShare.male + r.genderShare.female + r.genderShare.unknown;
      const pct = (n: number) => (all ? `${((100 * n) / all).toFixed(1)}%` : '–');
      printRows(
        r.items.map((x) => ({ ...x })),
        format,
        ['name', 'quotes', 'articles', 'gender', 'type', 'actorKey'],
        format === 'table'
          ? {
              total: r.total,
              'quotations by gender (persons)': `women ${pct(r.genderShare.female)}, men ${pct(r.genderShare.male)}, unknown ${pct(r.genderShare.unknown)}`,
            }
          : { total: r.total, genderShare: r.genderShare },
      );
    });
}
