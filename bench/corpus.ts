// The benchmark's articles: an evenly spread, deterministic sample of the real French news corpus
// (one JSON article per line). The text analysed is the title line then the body, as a
// plain-text article file would hold it.
import { closeSync, openSync, readSync } from 'node:fs';

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

/** Calls `each` with every line of the file, read in chunks: the corpus never sits in memory whole. */
export function forEachLine(path: string, each: (line: string, n: number) => void, chunk = 1 << 20): void {
  const fd = openSync(path, 'r');
  const buf = Buffer.allocUnsafe(chunk);
  let rest = Buffer.alloc(0);
  let n = 0;
  try {
    for (let got = readSync(fd, buf); got > 0; got = readSync(fd, buf)) {
      let chunk = Buffer.concat([rest, buf.subarray(0, got)]);
      for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10)) {
        each(chunk.toString('utf8', 0, nl), n++);
        chunk = chunk.subarray(nl + 1);
      }
      rest = Buffer.from(chunk);
    }
    if (rest.length) each(rest.toString('utf8'), n);
  } finally {
    closeSync(fd);
  }
}

/**
 * Every k-th non-blank line so that a small sample still spans the corpus's years and sections;
 * `limit` ≥ the corpus size (or Infinity) takes every article. The file is read twice in chunks
 * (count, then pick), so the bench's peak memory is the analysis's, not the corpus file's.
 */
export function loadSample(path: string, limit: number): BenchArticle[] {
  const lineNos: number[] = [];
  forEachLine(path, (l, n) => {
    if (l.trim()) lineNos.push(n);
  });
  const want = Math.min(limit, lineNos.length);
  const step = want >= lineNos.length ? 1 : lineNos.length / want;
  const picked = new Set<number>();
  for (let k = 0; k < want; k++) picked.add(lineNos[Math.floor(k * step)]!);
  const out: BenchArticle[] = [];
  forEachLine(path, (line, n) => {
    if (!picked.has(n)) return;
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
  });
  return out;
}
