// SQLite store (being implemented; the interface in store.ts is stable).
import type { Store } from './store.js';

export async function openSqlite(_path: string): Promise<Store> {
  throw new Error('SQLite store: not implemented yet');
}
