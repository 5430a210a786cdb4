/**
 * Append-only schema steps. Each `if (oldVersion < N)` step turns a database
 * that version N-1 wrote into what version N expects; never edit a step that
 * has shipped, add a new one. Only database work happens here: awaiting
 * anything else inside a versionchange transaction lets it auto-commit.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { ReelDB } from './schema';

export function upgrade(
  db: IDBPDatabase<ReelDB>,
  oldVersion: number,
  _newVersion: number | null,
  _tx: IDBPTransaction<ReelDB, StoreNames<ReelDB>[], 'versionchange'>,
): void {
  if (oldVersion < 1) {
    const pages = db.createObjectStore('pages', { keyPath: 'id' });
    pages.createIndex('byUpdated', 'updatedAt');
    pages.createIndex('byAlias', 'aliases', { multiEntry: true });
    const highlights = db.createObjectStore('highlights', { keyPath: 'id' });
    highlights.createIndex('byPage', 'pageId');
    highlights.createIndex('byUpdated', 'updatedAt');
  }
}
