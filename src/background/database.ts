import { openReelDb, type ReelDatabase } from '../shared/db/open';

const OPEN_TIMEOUT_MS = 8_000;
let pending: Promise<ReelDatabase> | null = null;

/**
 * The background's one connection. If the browser closes it (storage pressure,
 * a version change) the next call opens a fresh one instead of failing
 * forever; an open that cannot finish (an upgrade blocked by an old copy still
 * holding the database) is reported instead of waited on without end.
 */
export function database(): Promise<ReelDatabase> {
  if (!pending) {
    const opening = openReelDb().then((db) => {
      db.addEventListener('close', () => (pending = null));
      return db;
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error('Your library is busy: another copy of Reel Notes is still holding it open. Nothing was lost; try again in a moment.')),
        OPEN_TIMEOUT_MS,
      );
    });
    pending = Promise.race([opening, timeout]).finally(() => clearTimeout(timer));
    pending.catch(() => (pending = null));
  }
  return pending;
}
