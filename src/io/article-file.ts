// Reading one plain-text article with its optional sibling `STEM.meta.json`.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { AnalyzeOptions } from '../analyze.js';
import { ARTICLE_MAX_BYTES, InputError, readText } from './read-text.js';

export interface ArticleMeta {
  published?: string | null;
  url?: string | null;
  outlet?: string | null;
  title?: string | null;
}

export interface ArticleFile {
  path: string;
  text: string;
  encoding: string;
  options: AnalyzeOptions;
}

export const stemOf = (path: string) => basename(path, extname(path));

function readMeta(path: string): ArticleMeta {
  const metaPath = join(dirname(path), stemOf(path) + '.meta.json');
  if (!existsSync(metaPath)) return {};
  try {
    const meta = JSON.parse(readFileSync(metaPath, 'utf8'));
    if (meta === null || typeof meta !== 'object' || Array.isArray(meta))
      throw new Error('not a JSON object');
    return meta as ArticleMeta;
  } catch (e) {
    throw new InputError(metaPath, `bad metadata: ${(e as Error).message}`);
  }
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** Reads the article and its metadata; explicit `overrides` win over the metadata file. */
export function readArticle(
  path: string,
  overrides: AnalyzeOptions = {},
  maxBytes = ARTICLE_MAX_BYTES,
): ArticleFile {
  const { text, encoding } = readText(path, maxBytes);
  const meta = readMeta(path);
  const published = overrides.published ?? str(meta.published);
  const options: AnalyzeOptions = {
    id: overrides.id ?? stemOf(path),
    published: published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null,
    url: overrides.url ?? str(meta.url),
    outlet: overrides.outlet ?? str(meta.outlet),
  };
  // The contract: for .txt input the title is the first line; metadata may give it instead.
  const title = overrides.title ?? null;
  if (title) options.title = title;
  return { path, text, encoding, options };
}
