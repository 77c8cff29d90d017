// The one store test suite, run on every backend (SQLite here, PostgreSQL when DEPECHE_TEST_PG is set).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Store } from '../../src/corpus/store.js';
import { type FixtureArticle, fixture, smallCorpus } from './fixtures.js';

export function storeSuite(name: string, open: () => Promise<Store>, skip: string | false = false): void {
  describe(`store: ${name}`, { skip }, () => {
    let store: Store;
    let corpus: FixtureArticle[];
    let ids: number[];

    before(async () => {
      store = await open();
      corpus = smallCorpus();
      ids = (await store.putBatch(corpus.map((c) => ({ article: c.article, record: c.record })))).map(
        (r) => r.id,
      );
      await store.relinkActors();
    });
    after(async () => {
      await store?.close();
    });

    it('migrates once and reports its schema version', async () => {
      const v = await store.migrate();
      assert.equal(v, (await store.stats()).schemaVersion);
      assert.ok(v >= 1);
    });

    it('is idempotent: the same article put twice is one row', async () => {
      const again = await store.putBatch(corpus.map((c) => ({ article: c.article, record: c.record })));
      assert.deepEqual(
        again.map((r) => r.created),
        corpus.map(() => false),
      );
      assert.deepEqual(
        again.map((r) => r.id),
        ids,
      );
      assert.equal((await store.stats()).articles, corpus.length);
      assert.equal(await store.hasArticle(corpus[0]!.article.hash), ids[0]);
      assert.equal(await store.hasArticle('0'.repeat(64)), null);
    });

    it('rolls back a whole batch when one write fails', async () => {
      const before = (await store.stats()).articles;
      const ok = fixture({ title: 'Article valide (fictif)', body: 'Un texte.', published: '2022-01-01' });
      const bad = fixture({
        title: 'Article invalide (fictif)',
        body: 'Un autre texte.',
        published: '2022-01-02',
      });
      (bad.article as { text: unknown }).text = null; // NOT NULL violation
      await assert.rejects(
        store.putBatch([
          { article: ok.article, record: ok.record },
          { article: bad.article, record: null },
        ]),
      );
      assert.equal((await store.stats()).articles, before);
      assert.equal(await store.hasArticle(ok.article.hash), null);
    });

    it('returns an article with its record, spans pointing into its text', async () => {
      const a = await store.getArticle(ids[0]!);
      assert.ok(a?.record);
      assert.equal(a.title, corpus[0]!.article.title);
      for (const q of a.record.quotes) assert.equal(a.text.slice(q.start, q.end), q.text);
      assert.equal(a.analyzer, '0.0.1-test');
      assert.equal(await store.getArticle(999999), null);
    });

    it('searches accent- and case-insensitively', async () => {
      for (const q of ['securite', 'SÉCURITÉ', 'sécurité alimentaire', 'coeur', 'cœur']) {
        const r = await store.search({ q });
        assert.equal(r.total, 1, q);
        assert.equal(r.items[0]!.id, ids[0]);
      }
      assert.match((await store.search({ q: 'securite' })).items[0]!.snippet, /\[/);
      assert.equal((await store.search({ q: 'alimen*' })).total, 1, 'prefix');
      assert.equal((await store.search({ q: 'sécurité alimentaire diplomatique' })).total, 0, 'every word');
    });

    it('never fails on user query syntax', async () => {
      for (const q of [
        "l'économie",
        'sécurité-alimentaire',
        '"',
        'AND OR NOT',
        '(',
        '*',
        'NEAR(a b)',
        '-x',
        'a:b',
        "'; DROP TABLE articles; --",
        '',
      ]) {
        const r = await store.search({ q });
        assert.ok(r.total >= 0, q);
      }
      assert.equal((await store.search({ q: "l'économie" })).total, 1);
    });

    it('filters by date, outlet, language, and pages', async () => {
      assert.equal((await store.search({ from: '2021-11-12', to: '2021-11-30' })).total, 2);
      assert.equal((await store.search({ outlet: 'La Gazette imaginaire' })).total, 2);
      assert.equal((await store.search({ language: 'en' })).total, 1);
      const p1 = await store.search({ limit: 2, offset: 0 });
      const p2 = await store.search({ limit: 2, offset: 2 });
      assert.equal(p1.total, corpus.length);
      assert.equal(p1.items.length, 2);
      assert.notDeepEqual(
        p1.items.map((h) => h.id),
        p2.items.map((h) => h.id),
      );
      await assert.rejects(store.search({ from: 'yesterday' }), /YYYY-MM-DD/);
    });

    it('counts « Lavrov », « Sergueï Lavrov » and « Serguei Lavrov » as one speaker', async () => {
      for (const form of ['Lavrov', 'Sergueï Lavrov', 'serguei lavrov', 'SERGUEI LAVROV']) {
        const r = await store.quotes({ speaker: form });
        assert.equal(r.total, 3, form);
      }
      const top = await store.topSpeakers({});
      assert.equal(top.items[0]!.quotes, 3);
      assert.equal(top.items[0]!.name, 'Sergueï Lavrov');
      assert.equal(top.items[0]!.gender, 'male');
      assert.deepEqual(top.genderShare, { male: 3, female: 1, unknown: 0 });
    });

    it('keeps two people who share a surname apart', async () => {
      const ents = await store.topEntities({ type: 'PER' });
      const names = ents.items.map((e) => e.name);
      assert.ok(names.includes('Anne Martinel') && names.includes('Paul Martinel'), names.join(', '));
      const lavrov = ents.items.find((e) => e.name === 'Sergueï Lavrov');
      assert.equal(lavrov?.articles, 3);
    });

    it('resolves a name typed in a query that no article uses', async () => {
      assert.equal((await store.quotes({ speaker: 'S. Lavrov' })).total, 3);
      assert.equal((await store.entities({ name: 'Martinel' })).total, 2, 'ambiguous: both');
      assert.equal((await store.entities({ name: 'A. Martinel' })).total, 1);
      assert.equal((await store.entities({ name: 'Nobody Atall' })).total, 0);
    });

    it('finds quotations by the words they contain', async () => {
      const r = await store.quotes({ about: 'economie' });
      assert.equal(r.total, 1);
      assert.equal(r.items[0]!.actor, 'Sergueï Lavrov');
      assert.equal((await store.quotes({ about: 'cooperation militaire', speaker: 'Lavrov' })).total, 1);
      assert.equal((await store.quotes({ about: '100%_' })).total, 0);
    });

    it('lists entity mentions by linked name', async () => {
      const r = await store.entities({ name: 'Lavrov', type: 'PER' });
      assert.equal(r.total, 3);
      assert.ok(r.items.every((e) => e.actor === 'Sergueï Lavrov'));
    });

    it('filters events by dyad, root and dates, and aggregates them', async () => {
      assert.equal((await store.events({ source: 'RUS', target: 'MLI' })).total, 2);
      assert.equal((await store.events({ source: 'RUS', target: 'MLI', root: '06' })).total, 1);
      assert.equal((await store.events({ source: 'RUS', root: '057' })).total, 1);
      assert.equal((await store.events({ from: '2021-11-11', to: '2021-11-13' })).total, 1);
      assert.equal((await store.events({ source: 'Mali' })).total, 1);
      const days = await store.eventsPerDay({ source: 'RUS', target: 'MLI' });
      assert.deepEqual(days, [
        { day: '2021-11-10', root: '05', quadClass: 1, count: 1 },
        { day: '2021-11-12', root: '06', quadClass: 2, count: 1 },
      ]);
      const actors = await store.topActors({});
      const mli = actors.items.find((a) => a.actorKey === 'MLI');
      assert.deepEqual([mli?.asSource, mli?.asTarget, mli?.events], [1, 2, 3]);
      await assert.rejects(store.events({ root: 'x1' }), /CAMEO/);
    });

    it('shows merges, and lets a user merge and unmerge', async () => {
      const links = await store.actorLinks();
      const lavrov = links.filter((l) => l.canonical === 'serguei lavrov').map((l) => l.key);
      assert.deepEqual(lavrov, ['lavrov']);
      await store.mergeActors('Paul Martinel', 'Anne Martinel');
      assert.equal((await store.topEntities({ name: 'Anne Martinel' })).items[0]?.articles, 1);
      assert.equal((await store.entities({ name: 'Anne Martinel' })).total, 2);
      await store.unmergeActor('Paul Martinel');
      assert.equal((await store.entities({ name: 'Anne Martinel' })).total, 1);
      await store.unmergeActor('Lavrov');
      assert.equal((await store.quotes({ speaker: 'Sergueï Lavrov' })).total, 2);
      assert.equal((await store.quotes({ speaker: 'Lavrov' })).total, 1);
      // A relink (as after the next ingest) keeps manual decisions.
      await store.relinkActors();
      assert.equal((await store.quotes({ speaker: 'Lavrov' })).total, 1);
      await store.mergeActors('Lavrov', 'Serguei Lavrov');
      assert.equal((await store.quotes({ speaker: 'Lavrov' })).total, 3);
    });

    it('lists records older than the analyser version', async () => {
      const stale = await store.staleArticles('9.9.9', ['fr'], 100);
      assert.equal(stale.length, 4);
      assert.equal((await store.staleArticles('0.0.1-test', ['fr'], 100)).length, 0);
      const first = stale[0]!;
      const rec = (await store.getArticle(first.id))!.record!;
      await store.putAnalysis(first.id, { ...rec, analyzer: '9.9.9', quotes: [] });
      assert.equal((await store.staleArticles('9.9.9', ['fr'], 100)).length, 3);
      assert.equal((await store.quotes({ articleId: first.id })).total, 0);
    });

    it('iterates every article for export', async () => {
      const seen: number[] = [];
      for await (const a of store.iterateArticles({ withRecord: true, pageSize: 2 })) seen.push(a.id);
      assert.deepEqual(
        seen,
        [...ids].sort((a, b) => a - b),
      );
    });

    it('finds near-duplicate candidates by shared band', async () => {
      const f = fixture({ title: 'Copie (fictif)', body: 'Texte repris.', published: '2022-02-01' });
      const orig = await store.putArticle({ ...f.article, bands: ['0:abc', '1:def'], signature: 'ff' });
      const copy = fixture({ title: 'Copie 2 (fictif)', body: 'Texte repris.', published: '2022-02-02' });
      const dup = await store.putArticle({
        ...copy.article,
        duplicateOfHash: f.article.hash,
        similarity: 0.9,
      });
      const cands = await store.nearCandidates(['1:def', '9:zzz']);
      assert.deepEqual(
        cands.map((c) => c.id),
        [orig.id],
      );
      const got = await store.getArticle(orig.id);
      assert.deepEqual(got?.duplicates, [dup.id]);
      assert.equal((await store.getArticle(dup.id))?.duplicateOf, orig.id);
      assert.equal((await store.search({ q: 'repris', originalsOnly: true })).total, 1);
    });

    it('keeps an event dated by a week or a month in a from/to filter that overlaps it', async () => {
      const f = fixture({
        title: 'Pourparlers à Valbrune (fictif)',
        body: 'La Norvège a négocié avec le Chili la semaine dernière, puis en décembre.',
        published: '2021-11-24',
        events: ['2021-W46', '2021-12'].map((date) => ({
          code: '046',
          quad: 1 as const,
          src: ['Norvège', 'NOR'] as [string, string],
          tgt: ['Chili', 'CHL'] as [string, string],
          trigger: 'a négocié',
          date,
        })),
      });
      await store.putBatch([{ article: f.article, record: f.record }]);
      const n = async (from?: string, to?: string) => (await store.events({ source: 'NOR', from, to })).total;
      assert.equal(await n('2021-11-17', '2021-11-17'), 1, 'a Wednesday inside week 46');
      assert.equal(await n('2021-11-22', '2021-11-30'), 0, 'the week after, before December');
      assert.equal(await n('2021-12-31'), 1, 'the last day of the month');
      assert.equal(await n(undefined, '2021-11-15'), 1, 'the Monday of week 46');
      assert.equal(await n(), 2);
      assert.deepEqual(await store.eventsPerDay({ source: 'NOR' }), [], 'a timeline by day shows only days');
    });
  });
}
