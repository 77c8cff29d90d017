// JSONL: one article per line ({text, title, url, published, outlet, …}). Streamed, so a file of
// any size is read line by line; a malformed line is reported with its number and skipped.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { article, type ReadItem, str } from './types.js';

export const MAX_LINE = 8 * 1024 * 1024;

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

export function fromJsonObject(o: Record<string, unknown>, source: string): ReadItem {
  const text = str(o.text) ?? str(o.body) ?? str(o.content) ?? str(o.article);
  if (!text) return { kind: 'failed', source, reason: 'no "text" field' };
  const url = str(o.url) ?? str(o.link);
  return article({
    source,
    sourceId: str(o.id) ?? str(o.guid),
    text,
    title: str(o.title) ?? str(o.headline),
    url,
    published: str(o.published) ?? str(o.date) ?? str(o.datePublished) ?? str(o.pubDate),
    outlet: str(o.outlet) ?? str(o.source) ?? str(o.site) ?? str(o.publisher) ?? hostOf(url),
    author: str(o.author) ?? str(o.byline) ?? str(o.credit),
    language: str(o.language) ?? str(o.lang),
  });
}

export async function* readJsonl(path: string): AsyncGenerator<ReadItem> {
  const stream = createReadStream(path, { encoding: 'utf8' });
  const opened = new Promise<Error | null>((resolve) => {
    stream.once('open', () => resolve(null));
    stream.once('error', (e) => resolve(e));
  });
  const err = await opened;
  if (err) {
    yield {
      kind: 'failed',
      source: path,
      reason: `cannot read: ${(err as NodeJS.ErrnoException).code ?? err.message}`,
    };
    return;
  }
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  try {
    for await (let line of lines) {
      n++;
      const where = `${path}:${n}`;
      if (n === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
      if (!line.trim()) continue;
      if (line.length > MAX_LINE) {
        yield {
          kind: 'failed',
          source: where,
          reason: `line too long (${line.length} characters, over ${MAX_LINE})`,
        };
        continue;
      }
      let o: unknown;
      try {
        o = JSON.parse(line);
      } catch (e) {
        yield { kind: 'failed', source: where, reason: `malformed JSON: ${(e as Error).message}` };
        continue;
      }
      if (!o || typeof o !== 'object' || Array.isArray(o)) {
        yield { kind: 'failed', source: where, reason: 'not a JSON object' };
        continue;
      }
      yield fromJsonObject(o as Record<string, unknown>, where);
    }
  } catch (e) {
    yield { kind: 'failed', source: `${path}:${n + 1}`, reason: `read error: ${(e as Error).message}` };
  }
}
