// `depeche analyze FILE | DIR --out OUTDIR`
import { statSync } from 'node:fs';
import type { Command } from 'commander';
import { analyze } from '../analyze.js';
import { formatGdelt } from '../events/gdelt.js';
import { readArticle } from '../io/article-file.js';
import { analyzeDir } from '../io/batch.js';
import { ARTICLE_MAX_BYTES } from '../io/read-text.js';
import { formatText } from './format-text.js';

interface AnalyzeFlags {
  out?: string;
  published?: string;
  pretty?: boolean;
  format: string;
  id?: string;
  maxBytes: string;
}

const FORMATS = ['json', 'text', 'gdelt'];

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyse an article (JSON record on stdout), or every *.txt of a folder with --out')
    .argument('<path>', 'a plain-text article (first line: title), or a folder of them')
    .option('-o, --out <dir>', 'batch form: write OUTDIR/<stem>.json for every *.txt of the folder')
    .option('--published <date>', 'publication date YYYY-MM-DD (relative dates resolve against it)')
    .option('--pretty', 'indent the JSON')
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'json')
    .option('--id <id>', 'record id (default: the file stem)')
    .option('--max-bytes <n>', 'reject files larger than this', String(ARTICLE_MAX_BYTES))
    .action((path: string, flags: AnalyzeFlags) => {
      if (!FORMATS.includes(flags.format))
        fail(`unknown format "${flags.format}" (one of ${FORMATS.join(', ')})`);
      if (flags.published && !/^\d{4}-\d{2}-\d{2}$/.test(flags.published))
        fail(`--published must be YYYY-MM-DD, got "${flags.published}"`);
      const maxBytes = Number(flags.maxBytes);
      let isDir = false;
      try {
        isDir = statSync(path).isDirectory();
      } catch {
        fail(`${path}: no such file or folder`);
      }
      const overrides = { ...(flags.published ? { published: flags.published } : {}) };
      if (isDir) {
        if (!flags.out) fail('analyzing a folder needs --out OUTDIR');
        const report = analyzeDir(path, flags.out!, { overrides, pretty: flags.pretty ?? false, maxBytes });
        for (const w of report.warnings) process.stderr.write(`depeche: warning: ${w.path}: ${w.reason}\n`);
        for (const f of report.failed) process.stderr.write(`depeche: skipped ${f.path}: ${f.reason}\n`);
        process.stderr.write(`depeche: ${report.written} written, ${report.failed.length} failed\n`);
        process.exitCode = report.failed.length ? 1 : 0;
        return;
      }
      let file: ReturnType<typeof readArticle>;
      try {
        file = readArticle(path, { ...overrides, ...(flags.id ? { id: flags.id } : {}) }, maxBytes);
      } catch (e) {
        fail((e as Error).message);
      }
      if (file.encoding !== 'utf-8')
        process.stderr.write(`depeche: warning: ${path}: decoded as ${file.encoding}\n`);
      const record = analyze(file.text, file.options);
      if (flags.format === 'text') process.stdout.write(formatText(record));
      else if (flags.format === 'gdelt') process.stdout.write(formatGdelt(record));
      else process.stdout.write(JSON.stringify(record, null, flags.pretty ? 2 : undefined) + '\n');
    });
}

export function fail(message: string): never {
  process.stderr.write(`depeche: ${message}\n`);
  process.exit(2);
}
