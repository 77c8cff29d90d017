// Storing one article: analyse it and hand article + record to the store in one transaction.
// (Provisional until the corpus module exports its own ingest; the hash is the store's key.)
import { createHash } from 'node:crypto';
import { type AnalyzeOptions, analyze } from '../analyze.js';
import type { ArticleInput, PutArticleResult, Store } from '../corpus/store.js';

export interface IngestInput {
  text: string;
  title?: string | null;
  published?: string | null;
  url?: string | null;
  outlet?: string | null;
  author?: string | null;
  source?: string | null;
}

export function articleHash(title: string | null, text: string): string {
  return createHash('sha256')
    .update((title ?? '').normalize('NFC').trim() + '\n' + text.normalize('NFC').trim())
    .digest('hex');
}

export async function ingestOne(store: Store, input: IngestInput): Promise<PutArticleResult> {
  const options: AnalyzeOptions = {
    published: input.published ?? null,
    url: input.url ?? null,
    outlet: input.outlet ?? null,
    ...(input.title ? { title: input.title } : {}),
  };
  const record = analyze(input.text, options);
  const article: ArticleInput = {
    hash: articleHash(record.title, input.text),
    text: input.text,
    title: record.title,
    url: input.url ?? null,
    outlet: input.outlet ?? null,
    author: input.author ?? null,
    published: input.published ?? null,
    language: record.language,
    source: input.source ?? null,
  };
  const existing = await store.hasArticle(article.hash);
  if (existing !== null) return { id: existing, created: false };
  const [result] = await store.putBatch([{ article, record }]);
  return result!;
}
