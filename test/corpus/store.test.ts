// The shared store suite on SQLite (always) and PostgreSQL (when DEPECHE_TEST_PG names a server; CI sets it).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { openStore } from '../../src/corpus/store.js';
import { smallCorpus } from './fixtures.js';
import { storeSuite } from './store-suite.js';

const dir = mkdtempSync(join(tmpdir(), 'depeche-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));

storeSuite('sqlite', () => openStore(join(dir, 'test.db')));

const pg = process.env.DEPECHE_TEST_PG;
const schema = `t_${process.pid}_${Date.now().toString(36)}`;
storeSuite(
  'postgres',
  async () => {
    const url = new URL(pg!);
    url.searchParams.set('schema', schema);
    return openStore(url.toString());
  },
  pg
    ? false
    : 'PostgreSQL tests skipped: set DEPECHE_TEST_PG=postgres://app:app@127.0.0.1:5432/app (CI sets it)',
);

if (pg)
  after(async () => {
    const { default: pgmod } = await import('pg');
    const c = new pgmod.Client({ connectionString: pg });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await c.end();
  });

test('migration 3 fills the day span of events stored before it', async () => {
  const path = join(dir, 'old.db');
  const store = await openStore(path);
  const [first] = smallCorpus();
  await store.putBatch([{ article: first!.article, record: first!.record }]);
  await store.close();
  // Back to schema 2, as a database written by the previous release.
  const db = new Database(path);
  db.exec(`DROP INDEX events_day_from; ALTER TABLE events DROP COLUMN day_from;
    ALTER TABLE events DROP COLUMN day_to; DELETE FROM schema_migrations WHERE version >= 3;`);
  db.close();
  const again = await openStore(path);
  try {
    assert.ok((await again.stats()).schemaVersion >= 3);
    assert.equal((await again.events({ from: '2021-11-10', to: '2021-11-10' })).total, 1);
  } finally {
    await again.close();
  }
});
