// What the corpus commands share: the --db option, opening the store, and printing rows as a
// table (terminal), JSON or CSV.
import type { Command } from 'commander';
import { defaultDbPath, openStore, type Store } from '../corpus/store.js';

export const DB_HELP = 'database: an SQLite file, or postgres://… (default: $DEPECHE_DB or ./depeche.db)';

export function addDbOption(cmd: Command): Command {
  return cmd.option('--db <path>', DB_HELP);
}

export async function withStore<T>(db: string | undefined, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(db ?? defaultDbPath());
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

export const OUTPUT_FORMATS = ['table', 'json', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function addOutputOptions(cmd: Command): Command {
  return cmd
    .option('-f, --format <format>', `output: ${OUTPUT_FORMATS.join(', ')}`, 'table')
    .option('-n, --limit <n>', 'rows per page', '20')
    .option('--offset <n>', 'rows to skip', '0');
}

export function outputFormat(v: string): OutputFormat {
  if (!(OUTPUT_FORMATS as readonly string[]).includes(v))
    throw new Error(`unknown format "${v}" (one of ${OUTPUT_FORMATS.join(', ')})`);
  return v as OutputFormat;
}

export function intOption(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${v}"`);
  return n;
}

const cell = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
};

export function csvLine(values: unknown[]): string {
  return values
    .map((v) => {
      const s = cell(v);
      return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(',');
}

function table(rows: Record<string, unknown>[], columns: string[]): string {
  const width = (s: string) => [...s].length;
  const clip = (s: string, n: number) => ([...s].length > n ? `${[...s].slice(0, n - 1).join('')}…` : s);
  const cells = rows.map((r) => columns.map((c) => clip(cell(r[c]).replace(/\s+/g, ' '), 60)));
  const widths = columns.map((c, i) => Math.max(width(c), ...cells.map((r) => width(r[i]!))));
  const line = (vals: string[]) =>
    vals
      .map((v, i) => v + ' '.repeat(widths[i]! - width(v)))
      .join('  ')
      .trimEnd();
  return [line(columns), line(widths.map((w) => '─'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}

/** Prints rows; `meta` (total, gender share…) goes in the JSON object, or as a footer line for tables. */
export function printRows(
  rows: Record<string, unknown>[],
  format: OutputFormat,
  columns: string[],
  meta: Record<string, unknown> = {},
): void {
  if (format === 'json') {
    process.stdout.write(JSON.stringify({ ...meta, items: rows }, null, 2) + '\n');
    return;
  }
  if (format === 'csv') {
    process.stdout.write(
      `${csvLine(columns)}\n${rows.map((r) => csvLine(columns.map((c) => r[c]))).join('\n')}${rows.length ? '\n' : ''}`,
    );
    return;
  }
  process.stdout.write(rows.length ? table(rows, columns) : '(nothing found)\n');
  const footer = Object.entries(meta)
    .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : v}`)
    .join(' · ');
  if (footer) process.stdout.write(`${footer}\n`);
}
