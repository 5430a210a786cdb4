import { openReelDb, type ReelDatabase } from '../shared/db/open';

let pending: Promise<ReelDatabase> | null = null;

/**
 * The background's one connection. If the browser closes it (storage pressure,
 * a version change) the next call opens a fresh one instead of failing forever.
 */
export function database(): Promise<ReelDatabase> {
  if (!pending) {
    pending = openReelDb().then((db) => {
      db.addEventListener('close', () => (pending = null));
      return db;
    });
    pending.catch(() => (pending = null));
  }
  return pending;
}
