/**
 * A database of its own for each test or fuzz case: a fresh fake-indexeddb
 * factory becomes the global one just before opening (idb opens through the
 * global `indexedDB`), so earlier cases' databases are dropped with theirs.
 * The product never swaps globals: this is the tests' business.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openReelDb, type ReelDatabase } from '../../src/shared/db/open';

export function openFreshDb(name: string): Promise<ReelDatabase> {
  (globalThis as { indexedDB: IDBFactory }).indexedDB = new IDBFactory();
  return openReelDb(name);
}
