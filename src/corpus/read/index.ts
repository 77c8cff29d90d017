// Every source a user can point `depeche ingest` at: files by extension, and folders of them
// (walked recursively, in sorted order so runs are reproducible).
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { DEFAULT_MAX_BYTES } from '../../io/read-text.js';
import { readFeedFile } from './feed.js';
import { readHtmlFile } from './html.js';
import { readJsonl } from './jsonl.js';
import { readTextFile } from './text.js';
import type { ReadItem } from './types.js';

export type { RawArticle, ReadItem, ReadProblem } from './types.js';

export type Format = 'text' | 'html' | 'feed' | 'jsonl';

const BY_EXTENSION: Record<string, Format> = {
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

export function formatOf(path: string): Format | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

export interface ReadOptions {
  maxBytes?: number;
}

/** Files under the given paths, folders expanded; problems (missing path, unsupported type) as items. */
export function listSources(paths: string[]): { files: string[]; problems: ReadItem[] } {
  const files: string[] = [];
  const problems: ReadItem[] = [];
  const seenDirs = new Set<string>();
  const visit = (path: string) => {
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(path);
    } catch (e) {
      problems.push({
        kind: 'failed',
        source: path,
        reason: `cannot read: ${(e as NodeJS.ErrnoException).code ?? 'error'}`,
      });
      return;
    }
    if (st.isDirectory()) {
      // A symbolic link back up the tree would loop forever.
      const real = realpathSync(path);
      if (seenDirs.has(real)) return;
      seenDirs.add(real);
      let names: string[];
      try {
        names = readdirSync(path).sort();
      } catch (e) {
        problems.push({
          kind: 'failed',
          source: path,
          reason: `cannot list: ${(e as NodeJS.ErrnoException).code ?? 'error'}`,
        });
        return;
      }
      for (const n of names) if (!n.startsWith('.')) visit(join(path, n));
    } else if (path.endsWith('.meta.json')) {
      // Metadata of a sibling .txt article, read with it.
    } else if (formatOf(path)) files.push(path);
    else
      problems.push({
        kind: 'skipped',
        source: path,
        reason: `unsupported file type "${extname(path) || '(none)'}"`,
      });
  };
  for (const p of paths) visit(p);
  return { files, problems };
}

export async function* readSource(path: string, options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  switch (formatOf(path)) {
    case 'text':
      yield readTextFile(path, maxBytes);
      break;
    case 'html':
      yield readHtmlFile(path, maxBytes);
      break;
    case 'feed':
      yield* readFeedFile(path, maxBytes);
      break;
    case 'jsonl':
      yield* readJsonl(path);
      break;
    default:
      yield { kind: 'skipped', source: path, reason: 'unsupported file type' };
  }
}
