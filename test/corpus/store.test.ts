// The shared store suite on SQLite (always) and PostgreSQL (when DEPECHE_TEST_PG names a server; CI sets it).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { openStore } from '../../src/corpus/store.js';
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
