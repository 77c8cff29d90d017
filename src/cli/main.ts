#!/usr/bin/env node
// The depeche command line. Each command lives in its own module and registers itself here.
import { Command } from 'commander';
import { ANALYZER_VERSION } from '../version.js';
import { registerActors } from './actors.js';
import { registerAnalyze } from './analyze.js';
import { registerDemo } from './demo.js';
import { registerEntities } from './entities.js';
import { registerEvents } from './events.js';
import { registerExport } from './export.js';
import { registerIngest } from './ingest.js';
import { registerQuotes } from './quotes.js';
import { registerReanalyze } from './reanalyze.js';
import { registerSearch } from './search.js';
import { registerServe } from './serve.js';
import { registerSpeakers } from './speakers.js';
import { registerStats } from './stats.js';

const program = new Command('depeche')
  .description('French news → entities, quotations and speakers, CAMEO events, dates')
  .version(ANALYZER_VERSION);

registerAnalyze(program);
registerIngest(program);
registerReanalyze(program);
registerSearch(program);
registerQuotes(program);
registerSpeakers(program);
registerEntities(program);
registerEvents(program);
registerExport(program);
registerActors(program);
registerStats(program);
registerServe(program);
registerDemo(program);

program.parseAsync(process.argv).catch((e: unknown) => {
  process.stderr.write(`depeche: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
