// Putting hand-built records into a real store for tests (the analyser is bypassed on purpose).
import { prepare } from '../../src/corpus/prepare.js';
import { article } from '../../src/corpus/read/types.js';
import type { PutArticleResult, Store } from '../../src/corpus/store.js';
import type { AnalysisRecord } from '../../src/record.js';

export async function putRecords(store: Store, records: AnalysisRecord[]): Promise<PutArticleResult[]> {
  return store.putBatch(
    records.map((record) => {
      const { article: input } = prepare(
        article({
          source: `test:${record.id}`,
          text: record.text,
          title: record.title,
          titleInText: true,
          url: record.url ?? null,
          outlet: record.outlet ?? null,
          published: record.published,
          language: record.language,
        }),
      );
      // The fixtures are short: trust their language rather than the detector.
      return { article: { ...input, language: record.language }, record };
    }),
  );
}
