// Plain-text articles: title on the first line, one paragraph per line, optional STEM.meta.json.
import { readArticle } from '../../io/article-file.js';
import { DEFAULT_MAX_BYTES, InputError } from '../../io/read-text.js';
import { article, type ReadItem } from './types.js';

export function readTextFile(path: string, maxBytes = DEFAULT_MAX_BYTES): ReadItem {
  try {
    const f = readArticle(path, {}, maxBytes);
    const title = /^[^\r\n]*/.exec(f.text)![0].trim() || null;
    return article({
      source: path,
      text: f.text,
      title,
      titleInText: true,
      url: f.options.url ?? null,
      outlet: f.options.outlet ?? null,
      published: f.options.published ?? null,
    });
  } catch (e) {
    return {
      kind: 'failed',
      source: path,
      reason: e instanceof InputError ? e.reason : (e as Error).message,
    };
  }
}
