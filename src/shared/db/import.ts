/**
 * Whole-library reads and writes for backup export and import.
 * An import is one readwrite transaction: the plan is made from what the same
 * transaction read, and either every record is written or none is.
 */
import type { ReelDatabase } from './open';
import type { Library } from '../formats/library';
import { planImport, type PlanOptions } from '../formats/merge';
import { parseBackup } from '../formats/backup';
import { clampTimes } from '../formats/library';
import { planFilmRecords } from '../formats/film-merge';

export interface ImportCounts {
  /** Pages and highlights in the imported file. */
  pages: number;
  highlights: number;
  films: number;
  /** Records written that were not stored before. */
  added: number;
  /** Stored records replaced by a newer version from the file. */
  updated: number;
  /** Records of the file already stored as they are (or stored newer). */
  unchanged: number;
}

/**
 * Merges `incoming` (already validated, e.g. by `parseBackup`) into the
 * database in one transaction (see ../formats/merge.ts for what "same record" means;
 * pass `{ pages: 'combine' }` for Hypothesis imports so stored pages only gain tags and notes). On any failure the transaction is aborted,
 * nothing is written, and the error is rethrown.
 */
export async function importLibrary(db: ReelDatabase, file: Library, options: PlanOptions & { preview?: boolean; now?: number } = {}): Promise<ImportCounts> {
  // Every import passes here: no imported record is dated after the moment it arrived.
  const incoming = clampTimes(file, options.now ?? Date.now());
  // A preview makes the same plan from the same reads and writes nothing.
  const tx = db.transaction(['pages', 'highlights', 'films'], options.preview ? 'readonly' : 'readwrite');
  const pages = tx.objectStore('pages');
  const highlights = tx.objectStore('highlights');
  const films = tx.objectStore('films');
  try {
    const [storedPages, storedHighlights, storedFilms] = await Promise.all([pages.getAll(), highlights.getAll(), films.getAll()]);
    // Planning is synchronous: awaiting anything but the database here would let the transaction commit.
    const plan = planImport({ pages: storedPages, highlights: storedHighlights }, incoming, options);
    const filmPlan = planFilmRecords(storedFilms, incoming.films ?? []);
    const writes: Promise<unknown>[] = [];
    // Each request is watched as soon as it is made: a later put that throws
    // (a record that cannot be cloned) aborts the ones already queued.
    const watch = (request: Promise<unknown>) => {
      request.catch(() => undefined);
      writes.push(request);
    };
    if (!options.preview) {
      for (const p of [...plan.pages.add, ...plan.pages.replace]) watch(pages.put!(p));
      for (const h of [...plan.highlights.add, ...plan.highlights.replace]) watch(highlights.put!(h));
      for (const f of [...filmPlan.add, ...filmPlan.replace]) watch(films.put!(f));
    }
    await Promise.all([...writes, tx.done]);
    return {
      pages: incoming.pages.length,
      highlights: incoming.highlights.length,
      films: incoming.films?.length ?? 0,
      added: plan.pages.add.length + plan.highlights.add.length + filmPlan.add.length,
      updated: plan.pages.replace.length + plan.highlights.replace.length + filmPlan.replace.length,
      unchanged: plan.unchanged.pages + plan.unchanged.highlights + filmPlan.unchanged,
    };
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // Already aborted or finished: the error below is the one to report.
    }
    tx.done.catch(() => undefined);
    throw e;
  }
}

/** Validates a backup file (text or parsed JSON) and imports it; throws ImportError before writing anything if it is malformed. */
export async function importBackup(db: ReelDatabase, json: unknown): Promise<ImportCounts> {
  return importLibrary(db, parseBackup(json));
}

/** Every page and highlight, read in one transaction. */
export async function exportLibrary(db: ReelDatabase): Promise<Required<Library>> {
  const tx = db.transaction(['pages', 'highlights', 'films']);
  const [pages, highlights, films] = await Promise.all([
    tx.objectStore('pages').getAll(),
    tx.objectStore('highlights').getAll(),
    tx.objectStore('films').getAll(),
    tx.done,
  ]);
  return { pages, highlights, films };
}

/**
 * Up to `limit` pages, most recently changed first, skipping `offset`, with
 * their highlights and whether more pages follow, read in one transaction:
 * a first screen of a large library without reading all of it. (No total:
 * counting 10,000 records costs more than reading the window.)
 */
export async function librarySlice(db: ReelDatabase, offset: number, limit: number): Promise<Library & { more: boolean }> {
  const tx = db.transaction(['pages', 'highlights']);
  const store = tx.objectStore('pages');
  const index = store.index('byUpdated');
  let pages: Library['pages'] = [];
  let more = false;
  // A few requests rather than one per page: a key cursor finds the window's
  // bounds, one getAll reads it (each request costs a round trip to the browser process).
  let cursor = await index.openKeyCursor(null, 'prev');
  if (cursor && offset > 0) cursor = await cursor.advance(offset);
  if (cursor) {
    const upper = cursor.key;
    const firstId = cursor.primaryKey;
    const end = limit > 1 ? await cursor.advance(limit - 1) : cursor;
    const range = end ? IDBKeyRange.bound(end.key, upper) : IDBKeyRange.upperBound(upper);
    more = end !== null && (await end.continue()) !== null;
    // Ascending by (updatedAt, id) reversed is the cursor's order; ties at the upper bound before `firstId` belong to earlier slices.
    const window = (await index.getAll(range)).reverse();
    const start = Math.max(0, window.findIndex((p) => p.id === firstId));
    pages = window.slice(start, start + limit);
  }
  const byPage = tx.objectStore('highlights').index('byPage');
  const lists = await Promise.all(pages.map((p) => byPage.getAll(p.id)));
  await tx.done;
  return { pages, highlights: lists.flat(), more };
}

/** Empties the library (tests, and a deliberate "start over"). */
export async function wipe(db: ReelDatabase): Promise<void> {
  const tx = db.transaction(['pages', 'highlights', 'films'], 'readwrite');
  await Promise.all([tx.objectStore('pages').clear(), tx.objectStore('highlights').clear(), tx.objectStore('films').clear(), tx.done]);
}
