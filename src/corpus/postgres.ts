// PostgreSQL store (being implemented; the interface in store.ts is stable).
import type { Store } from './store.js';

export async function openPostgres(_url: string): Promise<Store> {
  throw new Error('PostgreSQL store: not implemented yet');
}
