// From a raw article to what the store keeps: the text the analysis spans point into (title line
// first, as in plain-text articles), a publication date as YYYY-MM-DD, the language, the content
// hash (the article's stable key) and the near-duplicate signature.
import { createHash } from 'node:crypto';
import { eld } from 'eld/extrasmall';
import { bandKeys, minhash, toHex } from './near-dup.js';
import type { RawArticle } from './read/types.js';
import type { ArticleInput } from './store.js';

/** Languages the analyser supports; articles in others are stored and flagged, not analysed. */
export const SUPPORTED_LANGUAGES = ['fr'];

/** A publication date as YYYY-MM-DD, or null. A leading ISO date is taken as written (no time-zone shift). */
export function normaliseDate(v: string | null): string | null {
  if (!v) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(v.trim());
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  if (d.getUTCFullYear() < 1800 || d.getUTCFullYear() > 2200) return null;
  return d.toISOString().slice(0, 10);
}

export function detectLanguage(text: string): { language: string; reliable: boolean } {
  const r = eld.detect(text.slice(0, 3000));
  return { language: r.language, reliable: r.isReliable() };
}

/** The hash key: NFC, white space collapsed, so a re-encoded or re-wrapped copy is the same article. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC').replace(/\s+/g, ' ').trim()).digest('hex');
}

export interface Prepared {
  article: ArticleInput;
  signature: Uint32Array | null;
  /** Whether the analyser should run on it. */
  analysable: boolean;
}

/** The stored text: the title on the first line (as plain-text articles have it), then the body. */
export function articleText(raw: RawArticle): { text: string; title: string | null } {
  let text = raw.text;
  const title = raw.title?.replace(/\s+/g, ' ').trim() || null;
  if (!raw.titleInText && title && !text.trimStart().startsWith(title)) text = `${title}\n${text}`;
  return { text, title };
}

export function prepare(raw: RawArticle): Prepared {
  const { text, title } = articleText(raw);
  const detected = detectLanguage(text);
  // A declared language counts only when the text does not clearly say otherwise.
  const language = detected.reliable || !raw.language ? detected.language : raw.language;
  const signature = minhash(text);
  return {
    article: {
      hash: contentHash(text),
      text,
      title: title ?? (/^[^\r\n]*/.exec(text)![0].trim() || null),
      url: raw.url,
      outlet: raw.outlet,
      author: raw.author,
      published: normaliseDate(raw.published),
      language,
      source: raw.source,
      sourceId: raw.sourceId,
      bands: signature ? bandKeys(signature) : [],
      signature: signature ? toHex(signature) : null,
    },
    signature,
    analysable: SUPPORTED_LANGUAGES.includes(language),
  };
}
