// The thin SQL layer both stores share: SQL is written once with `?` placeholders; the PostgreSQL
// adapter numbers them. Each adapter holds one connection and runs one transaction at a time.
export type Param = string | number | null;
export type Row = Record<string, unknown>;

export interface Db {
  readonly dialect: 'sqlite' | 'postgres';
  all<T = Row>(sql: string, params?: Param[]): Promise<T[]>;
  run(sql: string, params?: Param[]): Promise<number>;
  exec(sql: string): Promise<void>;
  /** Inserts many rows (chunked multi-row VALUES on PostgreSQL, a prepared statement on SQLite). */
  insertMany(table: string, columns: string[], rows: Param[][], conflict?: string): Promise<void>;
  /** Runs `fn` in one transaction; calls are queued so two transactions never interleave. */
  tx<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A promise chain that runs tasks one after the other. */
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn, fn);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
