import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, type ReelDB } from './schema';
import { upgrade } from './migrations';

export type ReelDatabase = IDBPDatabase<ReelDB>;

/**
 * Opens (and upgrades) the reader's database. A blocked upgrade means another
 * context still holds the old version open: it is reported, not waited on forever.
 */
export function openReelDb(name = DB_NAME): Promise<ReelDatabase> {
  return openDB<ReelDB>(name, DB_VERSION, {
    upgrade,
    blocked() {
      console.warn('Reel Notes: database upgrade is waiting for another open copy to close');
    },
    blocking(_current, _next, event) {
      // Let a newer version (an extension update) upgrade instead of blocking it.
      (event.target as IDBDatabase).close();
    },
  });
}
