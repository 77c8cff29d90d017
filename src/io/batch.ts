// The batch form of the contract: every *.txt of a folder → OUTDIR/<stem>.json. A bad file is
// reported and skipped; the others are still written.
import { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AnalyzeOptions, analyze } from '../analyze.js';
import { readArticle, stemOf } from './article-file.js';
import { ARTICLE_MAX_BYTES } from './read-text.js';

export interface BatchFailure {
  path: string;
  reason: string;
}

export interface BatchReport {
  written: number;
  failed: BatchFailure[];
  warnings: BatchFailure[];
}

export interface BatchOptions {
  overrides?: AnalyzeOptions;
  pretty?: boolean;
  maxBytes?: number;
  onFile?: (path: string, ok: boolean, reason?: string) => void;
}

/** The folder's *.txt files, symbolic links to files included (a folder of links to a shared set). */
export function listArticles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter(
      (d) => d.name.endsWith('.txt') && (d.isFile() || (d.isSymbolicLink() && isFileAt(join(dir, d.name)))),
    )
    .map((d) => join(dir, d.name))
    .sort();
}

function isFileAt(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false; // a dangling link: not an article
  }
}

/** Writes a file so that a reader never sees half of it. */
export function writeAtomic(path: string, content: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

export function analyzeDir(dir: string, outDir: string, opts: BatchOptions = {}): BatchReport {
  mkdirSync(outDir, { recursive: true });
  const report: BatchReport = { written: 0, failed: [], warnings: [] };
  for (const path of listArticles(dir)) {
    try {
      const file = readArticle(
        path,
        { ...opts.overrides, id: undefined },
        opts.maxBytes ?? ARTICLE_MAX_BYTES,
      );
      if (file.encoding !== 'utf-8')
        report.warnings.push({ path, reason: `decoded as ${file.encoding}, not UTF-8` });
      const record = analyze(file.text, file.options);
      writeAtomic(
        join(outDir, stemOf(path) + '.json'),
        JSON.stringify(record, null, opts.pretty ? 2 : undefined) + '\n',
      );
      report.written++;
      opts.onFile?.(path, true);
    } catch (e) {
      const reason = e instanceof Error ? e.message.replace(`${path}: `, '') : String(e);
      report.failed.push({ path, reason });
      opts.onFile?.(path, false, reason);
    }
  }
  return report;
}
