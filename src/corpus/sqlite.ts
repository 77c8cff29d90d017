// SQLite store: one file, WAL (readers never block the writer), FTS5 with diacritics removed.
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { type Db, Mutex, type Param } from './db.js';
import { SqlStore } from './sql-store.js';
import type { Store } from './store.js';

class SqliteDb implements Db {
  readonly dialect = 'sqlite' as const;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly mutex = new Mutex();
  private readonly inTx = new AsyncLocalStorage<true>();

  constructor(readonly conn: Database.Database) {}

  private prepare(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.conn.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  async all<T>(sql: string, params: Param[] = []): Promise<T[]> {
    const s = this.prepare(sql);
    if (s.reader) return s.all(...params) as T[];
    s.run(...params);
    return [];
  }

  async run(sql: string, params: Param[] = []): Promise<number> {
    return this.prepare(sql).run(...params).changes;
  }

  async exec(sql: string): Promise<void> {
    this.conn.exec(sql);
  }

  async insertMany(table: string, columns: string[], rows: Param[][], conflict = ''): Promise<void> {
    if (!rows.length) return;
    const s = this.prepare(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) ${conflict}`,
    );
    for (const r of rows) s.run(...r);
  }

  tx<T>(fn: () => Promise<T>): Promise<T> {
    // Nested calls (a transaction inside a transaction) join the outer one.
    if (this.inTx.getStore()) return fn();
    return this.mutex.run(() =>
      this.inTx.run(true, async () => {
        this.conn.exec('BEGIN IMMEDIATE');
        try {
          const out = await fn();
          this.conn.exec('COMMIT');
          return out;
        } catch (e) {
          if (this.conn.inTransaction) this.conn.exec('ROLLBACK');
          throw e;
        }
      }),
    );
  }

  async close(): Promise<void> {
    await this.mutex.run(async () => this.conn.close());
  }
}

export async function openSqlite(path: string): Promise<Store> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let conn: Database.Database;
  try {
    conn = new Database(path);
  } catch (e) {
    throw new Error(`cannot open the database ${path}: ${(e as Error).message}`);
  }
  conn.pragma('journal_mode = WAL');
  conn.pragma('synchronous = NORMAL');
  conn.pragma('busy_timeout = 10000');
  conn.pragma('foreign_keys = ON');
  const store = new SqlStore(new SqliteDb(conn));
  await store.migrate();
  return store;
}
