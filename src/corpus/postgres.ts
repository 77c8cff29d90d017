// PostgreSQL store, for teams sharing one database: the same SQL as SQLite (placeholders
// numbered here), French full-text search through the `fr_unaccent` configuration.
import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import { type Db, Mutex, type Param } from './db.js';
import { SqlStore } from './sql-store.js';
import type { Store } from './store.js';

// Counts and sums come back as int8/numeric strings by default: they fit in a JS number here.
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === 20 || oid === 1700) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

/** `?` → `$1, $2…` (our SQL never has `?` inside a literal). */
export function numberPlaceholders(sql: string): string {
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
}

class PostgresDb implements Db {
  readonly dialect = 'postgres' as const;
  private readonly mutex = new Mutex();
  private readonly inTx = new AsyncLocalStorage<true>();

  constructor(readonly client: pg.Client) {}

  async all<T>(sql: string, params: Param[] = []): Promise<T[]> {
    const r = await this.client.query(numberPlaceholders(sql), params);
    return r.rows as T[];
  }

  async run(sql: string, params: Param[] = []): Promise<number> {
    const r = await this.client.query(numberPlaceholders(sql), params);
    return r.rowCount ?? 0;
  }

  async exec(sql: string): Promise<void> {
    await this.client.query(sql);
  }

  async insertMany(table: string, columns: string[], rows: Param[][], conflict = ''): Promise<void> {
    // Chunks stay under PostgreSQL's 65,535 bind parameters.
    const per = Math.max(1, Math.floor(30000 / columns.length));
    for (let i = 0; i < rows.length; i += per) {
      const chunk = rows.slice(i, i + per);
      let n = 0;
      const values = chunk.map(() => `(${columns.map(() => `$${++n}`).join(', ')})`).join(', ');
      await this.client.query(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values} ${conflict}`,
        chunk.flat(),
      );
    }
  }

  tx<T>(fn: () => Promise<T>): Promise<T> {
    if (this.inTx.getStore()) return fn();
    return this.mutex.run(() =>
      this.inTx.run(true, async () => {
        await this.client.query('BEGIN');
        try {
          const out = await fn();
          await this.client.query('COMMIT');
          return out;
        } catch (e) {
          await this.client.query('ROLLBACK').catch(() => undefined);
          throw e;
        }
      }),
    );
  }

  async close(): Promise<void> {
    await this.mutex.run(() => this.client.end());
  }
}

/** `?schema=NAME` in the URL keeps the tables in that schema (created if missing): tests use it. */
function splitSchema(url: string): { url: string; schema: string | null } {
  const u = new URL(url);
  const schema = u.searchParams.get('schema');
  u.searchParams.delete('schema');
  if (schema !== null && !/^[a-z_][a-z0-9_]*$/.test(schema))
    throw new RangeError(`schema must be a lower-case SQL identifier, got "${schema}"`);
  return { url: u.toString(), schema };
}

export async function openPostgres(url: string): Promise<Store> {
  const target = splitSchema(url);
  const client = new pg.Client({ connectionString: target.url, types });
  try {
    await client.connect();
  } catch (e) {
    throw new Error(`cannot connect to ${url.replace(/:[^:@/]*@/, ':***@')}: ${(e as Error).message}`);
  }
  // Concurrent migrations (two processes opening a fresh database) wait for each other.
  await client.query('SELECT pg_advisory_lock(715517)');
  const store = new SqlStore(new PostgresDb(client));
  try {
    if (target.schema) {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${target.schema}`);
      await client.query(`SET search_path TO ${target.schema}, public`);
    }
    await store.migrate();
  } finally {
    await client.query('SELECT pg_advisory_unlock(715517)');
  }
  return store;
}
