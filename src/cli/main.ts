#!/usr/bin/env node
// The depeche command line. Each command lives in its own module and registers itself here.
import { Command } from 'commander';
import { ANALYZER_VERSION } from '../version.js';
import { registerAnalyze } from './analyze.js';
import { registerDemo } from './demo.js';
import { registerServe } from './serve.js';

const program = new Command('depeche')
  .description('French news → entities, quotations and speakers, CAMEO events, dates')
  .version(ANALYZER_VERSION);

registerAnalyze(program);
registerServe(program);
registerDemo(program);

program.parseAsync(process.argv).catch((e: unknown) => {
  process.stderr.write(`depeche: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
