import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ingest, ingestOne } from '../../src/corpus/ingest.js';
import { contentHash } from '../../src/corpus/prepare.js';
import { openStore, type Store } from '../../src/corpus/store.js';
import { generateCorpus, toJsonl } from './generate.js';

const root = mkdtempSync(join(tmpdir(), 'depeche-ingest-'));
after(() => rmSync(root, { recursive: true, force: true }));

const HTML = (title: string, body: string) => `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>${title} | Le Journal fictif</title>
<meta property="og:title" content="${title}">
<meta property="og:site_name" content="Le Journal fictif">
<meta property="article:published_time" content="2031-04-02T08:00:00+02:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","author":{"@type":"Person","name":"Camille Orsini"},"datePublished":"2031-04-02"}</script>
</head><body><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<article><h1>${title}</h1>${body}</article><footer>© Le Journal fictif (fiction)</footer></body></html>`;

const PARAS = [
  '(Fiction) La commune de Valbrune a voté mardi soir un budget exceptionnel pour rénover le vieux pont de pierre.',
  '« Nous ne pouvions plus attendre », a déclaré la maire, Hélène Vasseur, devant une salle comble.',
  'Les travaux doivent commencer au printemps et durer dix-huit mois, selon le calendrier présenté aux habitants.',
];

const HTML_PARAS = [
  '(Fiction) Après deux ans de chantier, le marché couvert de Kerlevan accueille de nouveau ses commerçants.',
  "« Les habitants ont été patients », a estimé le président de l'association des marchands, Yves Kerbrat.",
  "Une quarantaine d'étals sont prévus, dont une dizaine réservés aux producteurs de la presqu'île.",
];

function feed(charset: string, items: { title: string; text: string }[]): string {
  return `<?xml version="1.0" encoding="${charset}"?>
<rss version="2.0"><channel><title>Le Fil fictif</title><language>fr</language>
${items.map((it, i) => `<item><title>${it.title}</title><link>https://fil-fictif.test/${i}</link><guid>fil-${i}</guid><pubDate>Tue, 01 Apr 2031 10:00:00 GMT</pubDate><description><![CDATA[<p>${it.text}</p>]]></description></item>`).join('\n')}
</channel></rss>`;
}

// The same ingest tests on SQLite, and on PostgreSQL when DEPECHE_TEST_PG names a server (CI sets it).
const pg = process.env.DEPECHE_TEST_PG;
const pgSchema = `ti_${process.pid}_${Date.now().toString(36)}`;
const backends: [string, () => Promise<Store>, string | false][] = [
  ['sqlite', () => openStore(join(root, 'ingest.db')), false],
  [
    'postgres',
    () => {
      const url = new URL(pg!);
      url.searchParams.set('schema', pgSchema);
      return openStore(url.toString());
    },
    pg ? false : 'PostgreSQL tests skipped: set DEPECHE_TEST_PG (CI sets it)',
  ],
];
if (pg)
  after(async () => {
    const { default: pgmod } = await import('pg');
    const c = new pgmod.Client({ connectionString: pg });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS ${pgSchema} CASCADE`);
    await c.end();
  });

for (const [name, open, skip] of backends)
  describe(`ingest: ${name}`, { skip }, () => {
    let store: Store;
    const dir = join(root, name);
    before(async () => {
      mkdirSync(dir);
      store = await open();
    });
    after(() => store?.close());

    it('reads text, HTML, RSS (Latin-1) and JSONL, and reports every bad input with its reason', async () => {
      const src = join(dir, 'mixed');
      mkdirSync(src);
      writeFileSync(join(src, 'a.txt'), `Un pont pour Valbrune (fictif)\n${PARAS.join('\n')}\n`);
      writeFileSync(
        join(src, 'b.html'),
        HTML('Le marché couvert de Kerlevan rouvre (fictif)', HTML_PARAS.map((p) => `<p>${p}</p>`).join('')),
      );
      writeFileSync(
        join(src, 'c.xml'),
        Buffer.from(
          feed('ISO-8859-1', [
            {
              title: 'Été animé à Ostrelle (fictif)',
              text: `${PARAS[0]!.replace('Valbrune', 'Ostrelle')} Un été très animé s'annonce.`,
            },
          ]),
          'latin1',
        ),
      );
      const good = generateCorpus(3, 7);
      writeFileSync(
        join(src, 'd.jsonl'),
        `${JSON.stringify(good[0])}\n{"title": "cassé", "text": \n${JSON.stringify(good[1])}\n[1,2]\n{"title":"sans texte"}\n${JSON.stringify(good[2])}\n`,
      );
      // Bad input: truncated HTML, a feed in an unknown charset, an unreadable file, a 50 MB text.
      writeFileSync(
        join(src, 'e-truncated.html'),
        '<!doctype html><html><head><title>Coupé</title></head><body><article><p>Le te',
      );
      writeFileSync(join(src, 'f-unknown.rss'), feed('x-fictif-42', [{ title: 'Titre', text: 'Texte.' }]));
      symlinkSync(join(src, 'no-such-target.txt'), join(src, 'g-unreadable.txt'));
      writeFileSync(join(src, 'h-huge.txt'), 'Titre énorme\n' + 'mot '.repeat(50 * 1024 * 256));
      writeFileSync(join(src, 'i.pdf'), '%PDF-1.4');
      symlinkSync(src, join(src, 'loop')); // a link back up the tree is walked once

      const r = await ingest(store, [src], { workers: 0, batchSize: 2 });
      assert.equal(r.ingested, 6, JSON.stringify(r, null, 1));
      const reasons = Object.fromEntries(r.failed.map((f) => [f.source.replace(`${src}/`, ''), f.reason]));
      assert.match(reasons['d.jsonl:2']!, /malformed JSON/);
      assert.match(reasons['d.jsonl:4']!, /not a JSON object/);
      assert.match(reasons['d.jsonl:5']!, /no "text"/);
      assert.match(reasons['e-truncated.html']!, /no article text/);
      assert.match(reasons['f-unknown.rss']!, /unknown charset "x-fictif-42"/);
      assert.match(reasons['g-unreadable.txt']!, /cannot read: ENOENT/);
      assert.match(reasons['h-huge.txt']!, /too large/);
      assert.match(r.skipped.map((s) => s.reason).join(), /unsupported file type ".pdf"/);

      const html = (await store.search({ q: 'Kerlevan marché' })).items[0]!;
      const a = (await store.getArticle(html.id))!;
      assert.equal(a.title, 'Le marché couvert de Kerlevan rouvre (fictif)');
      assert.equal(a.author, 'Camille Orsini');
      assert.equal(a.published, '2031-04-02');
      assert.equal(a.outlet, 'Le Journal fictif');
      assert.ok(a.text.startsWith(`${a.title}\n`));
      assert.doesNotMatch(a.text, /Accueil|©/);
      const rss = (await store.search({ q: 'Ostrelle' })).items[0]!;
      assert.equal(rss.title, 'Été animé à Ostrelle (fictif)');
      assert.equal(rss.outlet, 'Le Fil fictif');
      assert.equal(rss.published, '2031-04-01');
      assert.ok(a.record, 'French articles are analysed');
    });

    it('is idempotent: a second run adds nothing', async () => {
      const before = (await store.stats()).articles;
      const r = await ingest(store, [join(dir, 'mixed')], { workers: 0 });
      assert.equal(r.ingested, 0);
      assert.equal(r.duplicates, 6);
      assert.equal((await store.stats()).articles, before);
    });

    it('links a republished wire story to its original, and stores other languages unanalysed', async () => {
      const [orig] = generateCorpus(1, 99);
      const lines = [
        orig,
        {
          ...orig,
          id: 'copy',
          title: 'Autre titre pour la même dépêche (fictif)',
          outlet: 'Un autre journal fictif',
          text: `${orig!.text}\nMise à jour : précision ajoutée.`,
        },
        {
          id: 'en',
          title: 'A fictional English story',
          text: 'The town council of Valbrune voted on Tuesday evening to repair the old stone bridge, the mayor said. Work should start in the spring and last eighteen months, according to the schedule shown to residents.',
        },
      ];
      const path = join(dir, 'dups.jsonl');
      writeFileSync(path, lines.map((l) => JSON.stringify(l)).join('\n'));
      const r = await ingest(store, [path], { workers: 0 });
      assert.equal(r.ingested, 3);
      assert.equal(r.nearDuplicates, 1);
      assert.equal(r.otherLanguage, 1);
      const copy = (await store.search({ q: 'autre titre dépêche' })).items[0]!;
      const original = (await store.getArticle(copy.duplicateOf!))!;
      assert.equal(original.title, orig!.title);
      assert.deepEqual(original.duplicates, [copy.id]);
      const en = (await store.search({ language: 'en' })).items.find(
        (h) => h.title === 'A fictional English story',
      );
      assert.ok(en);
      assert.equal((await store.getArticle(en.id))!.record, null);
    });

    it('analyses on worker threads, same results as on the main thread', async () => {
      const arts = generateCorpus(6, 5);
      const path = join(dir, 'pool.jsonl');
      writeFileSync(path, toJsonl(arts));
      const other = await openStore(join(dir, 'pool.db'));
      try {
        const r = await ingest(other, [path], { workers: 1, batchSize: 4 });
        assert.equal(r.analysed, 6);
        const r2 = await ingest(store, [path], { workers: 0 });
        assert.equal(r2.analysed, 6);
        for (const a of arts) {
          const text = `${a.title}\n${a.text}`;
          const x = await other.getArticle((await other.hasArticle(contentHash(text)))!);
          const y = await store.getArticle((await store.hasArticle(contentHash(text)))!);
          assert.deepEqual(x?.record, y?.record);
        }
      } finally {
        await other.close();
      }
    });

    it('ingests one article given as fields (the HTTP API form), with the same keys', async () => {
      const [a] = generateCorpus(1, 2024);
      const first = await ingestOne(store, {
        title: a!.title,
        text: a!.text,
        published: '2031-05-01',
        outlet: 'API fictive',
      });
      assert.equal(first.created, true);
      assert.ok(first.id);
      const again = await ingestOne(store, {
        title: a!.title,
        text: a!.text,
        url: undefined,
        source: undefined,
      });
      assert.deepEqual([again.created, again.id], [false, first.id]);
      const copy = await ingestOne(store, { title: 'Reprise (fictif)', text: `${a!.text}\nAjout.` });
      assert.equal(copy.duplicateOf, first.id);
      assert.ok((await store.getArticle(first.id!))?.record);
    });

    it('keeps the batch when one record cannot be stored: that article is stored without it', async () => {
      const arts = generateCorpus(3, 77);
      const path = join(dir, 'bad-record.jsonl');
      writeFileSync(path, toJsonl(arts));
      const { analyze } = await import('../../src/analyze.js');
      let n = 0;
      // A pool stand-in whose second record repeats an entity id (the schema refuses it).
      const pool = {
        size: 1,
        pending: 0,
        run: async ({ text, options }: { text: string; options: object }) => {
          const r = analyze(text, options);
          if (++n === 2)
            r.entities = [...r.entities, { ...r.entities[0]!, id: 'e1' }, { ...r.entities[0]!, id: 'e1' }];
          return r;
        },
        close: async () => {},
      };
      const r = await ingest(store, [path], { pool: pool as never, batchSize: 3 });
      assert.equal(r.ingested, 3);
      assert.equal(r.analysed, 2);
      assert.equal(r.failed.length, 1);
      assert.match(r.failed[0]!.reason, /stored, but analysis failed: its record could not be stored/);
    });
  });
