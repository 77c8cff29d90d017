// HTML pages: main text by Readability over linkedom; metadata from JSON-LD, OpenGraph and meta tags.
import { readFileSync, statSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { DEFAULT_MAX_BYTES } from '../../io/read-text.js';
import { decodeDeclared, readFailure } from './charset.js';
import { article, type ReadItem, str } from './types.js';

type Json = Record<string, unknown>;

/** NewsArticle-like objects of the page's JSON-LD (also inside @graph and arrays). */
function jsonLd(document: ReturnType<typeof parseHTML>['document']): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      const o = v as Json;
      const type = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
      if (type.some((t) => /Article|Posting|Report/i.test(t))) out.push(o);
      if (o['@graph']) visit(o['@graph']);
    }
  };
  for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(s.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is common on real pages: the other sources of metadata remain.
    }
  }
  return out;
}

const nameOf = (v: unknown): string | null => {
  if (Array.isArray(v)) return v.map(nameOf).filter(Boolean).join(', ') || null;
  if (v && typeof v === 'object') return str((v as Json).name);
  return str(v);
};

/** Paragraph texts of Readability's content, one per line (the layout plain-text articles use). */
function paragraphs(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = [...document.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, blockquote, pre')];
  const lines = (blocks.length ? blocks.filter((b) => !b.querySelector('p')) : [document.body]).map((b) =>
    (b.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
  return lines.filter(Boolean).join('\n');
}

export function parseHtmlArticle(html: string, source: string): ReadItem {
  const { document } = parseHTML(html);
  const meta = (...names: string[]) => {
    for (const n of names) {
      const el = document.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
      const v = str(el?.getAttribute('content'));
      if (v) return v;
    }
    return null;
  };
  const ld = jsonLd(document)[0] ?? {};
  const lang = str(document.documentElement?.getAttribute('lang'));
  const canonical = str(document.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  // Readability mutates the document: read the metadata first.
  const fromMeta = {
    title: str(ld.headline) ?? meta('og:title', 'twitter:title'),
    author: nameOf(ld.author) ?? meta('author', 'article:author', 'dc.creator'),
    published:
      str(ld.datePublished) ?? meta('article:published_time', 'datePublished', 'date', 'dc.date', 'pubdate'),
    outlet: nameOf(ld.publisher) ?? meta('og:site_name', 'application-name'),
    url: str(ld.url) ?? meta('og:url') ?? canonical,
    language: lang ?? meta('og:locale', 'language', 'content-language'),
  };
  let parsed: ReturnType<Readability['parse']> = null;
  try {
    parsed = new Readability(document as never).parse();
  } catch (e) {
    return { kind: 'failed', source, reason: `cannot extract the article: ${(e as Error).message}` };
  }
  const text = parsed?.content ? paragraphs(parsed.content) : '';
  if (text.length < 40) return { kind: 'failed', source, reason: 'no article text found in the page' };
  return article({
    source,
    text,
    title: fromMeta.title ?? str(parsed?.title),
    author: fromMeta.author ?? str(parsed?.byline),
    published: fromMeta.published ?? str(parsed?.publishedTime),
    outlet: fromMeta.outlet ?? str(parsed?.siteName),
    url: fromMeta.url,
    language: fromMeta.language?.slice(0, 2).toLowerCase() ?? str(parsed?.lang),
  });
}

export function readHtmlFile(path: string, maxBytes = DEFAULT_MAX_BYTES): ReadItem {
  try {
    const size = statSync(path).size;
    if (size > maxBytes)
      return { kind: 'failed', source: path, reason: `too large: ${size} bytes, over ${maxBytes}` };
    const { text } = decodeDeclared(readFileSync(path), path);
    return parseHtmlArticle(text, path);
  } catch (e) {
    const reason = readFailure(e);
    return { kind: 'failed', source: path, reason };
  }
}
