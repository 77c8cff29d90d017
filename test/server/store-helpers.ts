// Putting hand-built records into a real store for tests (the analyser is bypassed on purpose).
import type { PutArticleResult, Store } from '../../src/corpus/store.js';
import type { AnalysisRecord } from '../../src/record.js';
import { articleHash } from '../../src/server/ingest.js';

export async function putRecords(store: Store, records: AnalysisRecord[]): Promise<PutArticleResult[]> {
  return store.putBatch(
    records.map((record) => ({
      article: {
        hash: articleHash(record.title, record.text),
        text: record.text,
        title: record.title,
        url: record.url ?? null,
        outlet: record.outlet ?? null,
        author: null,
        published: record.published,
        language: record.language,
        source: `test:${record.id}`,
      },
      record,
    })),
  );
}
