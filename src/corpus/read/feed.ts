// RSS / Atom / RDF feeds: one article per item, its link, date and author. The bytes are decoded
// with the charset the XML declares (feed parsers given a mis-decoded string produce mojibake).
import { readFileSync, statSync } from 'node:fs';
import { extractFromXml } from '@extractus/feed-extractor';
import { parseHTML } from 'linkedom';
import { DEFAULT_MAX_BYTES } from '../../io/read-text.js';
import { decodeDeclared, readFailure } from './charset.js';
import { article, type ReadItem, str } from './types.js';

const htmlToText = (html: string): string => {
  if (!/[<&]/.test(html)) return html.trim();
  const { document } = parseHTML(
    `<!doctype html><html><body>${html.replace(/<\/(p|div|li|h\d)>/gi, '</$1>\n')}</body></html>`,
  );
  return (document.body.textContent ?? '')
    .split('\n')
    .map((l: string) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
};

export function parseFeed(xml: string, source: string): ReadItem[] {
  let feed: ReturnType<typeof extractFromXml>;
  try {
    feed = extractFromXml(xml, {
      descriptionMaxLen: 0,
      getExtraEntryFields: (e) => ({
        content: e['content:encoded'] ?? e.content ?? null,
        creator: e['dc:creator'] ?? e.author ?? null,
        // Atom's <published> (the normalised field prefers <updated>), RSS pubDate, Dublin Core date.
        issued: e.published ?? e.pubDate ?? e['dc:date'] ?? null,
      }),
      getExtraFeedFields: (f) => ({ lang: f.language ?? f['@_xml:lang'] ?? null }),
    });
  } catch (e) {
    return [{ kind: 'failed', source, reason: `not a readable feed: ${(e as Error).message}` }];
  }
  const outlet = str(feed.title);
  const lang = str(feed.lang) ?? str(feed.language);
  const items: ReadItem[] = [];
  for (const [i, e] of (feed.entries ?? []).entries()) {
    const id = typeof e.id === 'string' ? e.id : (str(e.link) ?? String(i + 1));
    const where = `${source}#${id}`;
    const content =
      typeof e.content === 'string'
        ? e.content
        : typeof e.content === 'object' && e.content
          ? str((e.content as Record<string, unknown>)['#text'])
          : null;
    const body = htmlToText(content ?? e.description ?? '');
    if (!body) {
      items.push({ kind: 'skipped', source: where, reason: 'feed item without text' });
      continue;
    }
    const creator = e.creator;
    items.push(
      article({
        source: where,
        sourceId: id,
        text: body,
        title: str(e.title),
        url: str(e.link),
        published: str(e.issued) ?? str(e.published),
        outlet,
        author:
          typeof creator === 'string'
            ? creator
            : creator && typeof creator === 'object'
              ? str((creator as Record<string, unknown>).name)
              : null,
        language: lang?.slice(0, 2).toLowerCase() ?? null,
      }),
    );
  }
  if (!items.length) items.push({ kind: 'skipped', source, reason: 'feed has no items' });
  return items;
}

export function readFeedFile(path: string, maxBytes = DEFAULT_MAX_BYTES): ReadItem[] {
  try {
    const size = statSync(path).size;
    if (size > maxBytes)
      return [{ kind: 'failed', source: path, reason: `too large: ${size} bytes, over ${maxBytes}` }];
    const { text } = decodeDeclared(readFileSync(path), path);
    return parseFeed(text, path);
  } catch (e) {
    const reason = readFailure(e);
    return [{ kind: 'failed', source: path, reason }];
  }
}
