// `depeche actors merges | merge A B | unmerge A`: see and correct how name forms are linked
// across articles (« Lavrov » → « Sergueï Lavrov »). Manual decisions survive later ingests.
import type { Command } from 'commander';
import { addDbOption, outputFormat, printRows, withStore } from './corpus-common.js';

export function registerActors(program: Command): void {
  const actors = program
    .command('actors')
    .description('see and correct how names are linked across articles');
  addDbOption(actors.command('merges').description('name forms counted as another actor, and why'))
    .option('--actor <name>', 'only the forms of this actor')
    .option('--all', 'also forms that stand alone')
    .option('-f, --format <format>', 'table, json or csv', 'table')
    .action(async (flags: { db?: string; actor?: string; all?: boolean; format: string }) => {
      const format = outputFormat(flags.format);
      const links = await withStore(flags.db, (s) =>
        s.actorLinks({ canonical: flags.actor, all: flags.all }),
      );
      printRows(
        links.map((l) => ({ ...l })),
        format,
        ['key', 'canonical', 'name', 'reason', 'manual'],
        { total: links.length },
      );
    });
  addDbOption(
    actors
      .command('merge')
      .description('count name form A as actor B (kept by later relinks)')
      .argument('<alias>', 'the name form, e.g. « S. Lavrov »')
      .argument('<actor>', 'the actor it is, in any form'),
  ).action(async (alias: string, target: string, flags: { db?: string }) => {
    const l = await withStore(flags.db, (s) => s.mergeActors(alias, target));
    process.stdout.write(`« ${l.key} » now counts as « ${l.name} » (${l.canonical})\n`);
  });
  addDbOption(
    actors
      .command('unmerge')
      .description('make a name form its own actor again (kept by later relinks)')
      .argument('<alias>', 'the name form'),
  ).action(async (alias: string, flags: { db?: string }) => {
    const l = await withStore(flags.db, (s) => s.unmergeActor(alias));
    process.stdout.write(`« ${l.key} » is its own actor now\n`);
  });
  addDbOption(
    actors.command('relink').description('recompute the automatic links (manual ones are kept)'),
  ).action(async (flags: { db?: string }) => {
    const n = await withStore(flags.db, (s) => s.relinkActors());
    process.stdout.write(`${n} name forms linked to another form\n`);
  });
}
