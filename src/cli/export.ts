// `depeche export --format jsonl|csv|gdelt`: the corpus out of the store, streamed.
//   jsonl: one line per article, its metadata and analysis record (contract shape);
//   csv:   one row per article (metadata and counts);
//   gdelt: one row per event, the GDELT 2.0 event-table columns (src/events/gdelt.ts).
import type { Command } from 'commander';
import { GDELT_COLUMNS, gdeltRow } from '../events/gdelt.js';
import { addDbOption, csvLine, withStore } from './corpus-common.js';

const FORMATS = ['jsonl', 'csv', 'gdelt'];

const CSV_COLUMNS = [
  'id',
  'published',
  'outlet',
  'title',
  'url',
  'language',
  'author',
  'duplicateOf',
  'analyzer',
  'entities',
  'quotes',
  'events',
  'source',
];

async function write(line: string): Promise<void> {
  if (!process.stdout.write(line)) await new Promise((r) => process.stdout.once('drain', r));
}

export function registerExport(program: Command): void {
  addDbOption(
    program
      .command('export')
      .description('export the corpus: jsonl (records), csv (articles), gdelt (events)'),
  )
    .option('-f, --format <format>', FORMATS.join(', '), 'jsonl')
    .action(async (flags: { db?: string; format: string }) => {
      // `depeche export | head` closes the pipe early: that ends the export, it is not an error.
      process.stdout.on('error', (e: NodeJS.ErrnoException) => {
        if (e.code === 'EPIPE') process.exit(0);
        throw e;
      });
      if (!FORMATS.includes(flags.format))
        throw new Error(`unknown format "${flags.format}" (one of ${FORMATS.join(', ')})`);
      await withStore(flags.db, async (store) => {
        if (flags.format === 'csv') await write(csvLine(CSV_COLUMNS) + '\n');
        if (flags.format === 'gdelt') await write(GDELT_COLUMNS.join('\t') + '\n');
        for await (const a of store.iterateArticles({ withRecord: true })) {
          const r = a.record;
          if (flags.format === 'jsonl') {
            const { record: _r, duplicates: _d, text, ...meta } = a;
            await write(
              JSON.stringify({ ...meta, text, record: r ? { ...r, text: undefined } : null }) + '\n',
            );
          } else if (flags.format === 'csv') {
            const row = {
              ...a,
              entities: r?.entities.length ?? 0,
              quotes: r?.quotes.length ?? 0,
              events: r?.events.length ?? 0,
            };
            await write(csvLine(CSV_COLUMNS.map((c) => (row as Record<string, unknown>)[c])) + '\n');
          } else if (r) {
            for (const e of r.events) await write(gdeltRow(r, e).join('\t') + '\n');
          }
        }
      });
    });
}
