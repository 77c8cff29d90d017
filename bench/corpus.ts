// The benchmark's articles: an evenly spread, deterministic sample of the real French news corpus
// (one JSON article per line). The text analysed is the title line then the body, as a
// plain-text article file would hold it.
import { readFileSync } from 'node:fs';

export interface BenchArticle {
  id: string;
  text: string;
  published: string | null;
  /** UTF-8 size of `text`, for MB/s. */
  bytes: number;
}

interface CorpusLine {
  id?: unknown;
  title?: unknown;
  text?: unknown;
  published?: unknown;
}

/**
 * Every k-th line so that a small sample still spans the corpus's years and sections;
 * `limit` ≥ the corpus size (or Infinity) takes every article.
 */
export function loadSample(path: string, limit: number): BenchArticle[] {
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const step = limit >= lines.length ? 1 : lines.length / limit;
  const out: BenchArticle[] = [];
  for (let k = 0; out.length < Math.min(limit, lines.length); k++) {
    const n = Math.floor(k * step);
    const line = lines[n]!;
    let a: CorpusLine;
    try {
      a = JSON.parse(line) as CorpusLine;
    } catch (e) {
      throw new Error(`${path}:${n + 1}: not JSON (${(e as Error).message})`);
    }
    if (typeof a.text !== 'string') throw new Error(`${path}:${n + 1}: no "text" string`);
    const title = typeof a.title === 'string' ? a.title.trim() : '';
    const text = title ? `${title}\n${a.text}` : a.text;
    out.push({
      id: typeof a.id === 'string' ? a.id : `line-${n + 1}`,
      text,
      published:
        typeof a.published === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(a.published) ? a.published : null,
      bytes: Buffer.byteLength(text, 'utf8'),
    });
  }
  return out;
}
