/**
 * Read-only access to the library for the options page (issue 12). An
 * extension page has the background's origin, so it reads IndexedDB itself
 * instead of receiving the library in messages (Chrome refuses a message over
 * 64 MiB, and a reader's library outgrows that). Nothing here writes, creates
 * or upgrades: the background stays the only writer (eslint.config.js lets the
 * options page import this file and schema.ts, nothing else of shared/db).
 *
 * Reads go `CHUNK` records per request inside one read-only transaction: one
 * consistent snapshot, and the page stays responsive between requests (each
 * result is a small structured clone instead of one of 150 MB).
 */
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { DB_NAME, DB_VERSION, type ReelDB } from './schema';
import type { HighlightRecord, PageRecord } from '../records';
import { summarizeFilm, type FilmRecord } from '../records/films';
import type { LibraryListing } from '../messages/types';

export type ReadOnlyDb = IDBPDatabase<ReelDB>;
type Stores = 'pages' | 'highlights' | 'films';
type ReadTx = IDBPTransaction<ReelDB, Stores[], 'readonly'>;

/** Records per request: about 1–2 MB of a typical library, a few ms to clone. */
export const CHUNK = 1_000;

/**
 * Opens the database as it is, never creating or upgrading it (that is the
 * background's job, with its migrations): a database that does not exist
 * yet, or that the background has not brought to this version, is refused.
 * The connection closes itself when an upgrade needs the database.
 */
export async function openForReading(name = DB_NAME): Promise<ReadOnlyDb> {
  let db: ReadOnlyDb;
  try {
    db = await openDB<ReelDB>(name, undefined, {
      // Called only when the database does not exist: abort, so that it is not created empty at version 1.
      upgrade: (_db, _old, _new, tx) => {
        tx.done.catch(() => undefined);
        tx.abort();
      },
      blocking: (_current, _next, event) => (event.target as IDBDatabase).close(),
    });
  } catch {
    throw new Error('The library is not ready yet: reload the page in a moment');
  }
  if (db.version !== DB_VERSION) {
    db.close();
    throw new Error('The library is being updated: reload the page in a moment');
  }
  return db;
}

/** Opens, runs `read`, closes: the page never keeps the database open between reads. */
export async function withReadOnlyDb<T>(read: (db: ReadOnlyDb) => Promise<T>, name = DB_NAME): Promise<T> {
  const db = await openForReading(name);
  try {
    return await read(db);
  } finally {
    db.close();
  }
}

/**
 * Every record of a store in key order, `CHUNK` at a time; `each` runs
 * synchronously on each chunk (awaiting anything else would end the transaction).
 */
async function eachChunk<S extends 'pages' | 'films'>(tx: ReadTx, store: S, each: (records: ReelDB[S]['value'][]) => void, chunk: number): Promise<void> {
  const s = tx.objectStore(store);
  let range: IDBKeyRange | undefined;
  for (;;) {
    const batch = await s.getAll(range, chunk);
    if (batch.length) each(batch);
    if (batch.length < chunk) return;
    range = IDBKeyRange.lowerBound(batch[batch.length - 1].id, true);
  }
}

const byBackupOrder = (a: HighlightRecord, b: HighlightRecord) =>
  a.pageId < b.pageId ? -1 : a.pageId > b.pageId ? 1 : a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Every highlight, grouped by page in page-id order, each group by creation
 * then id (a backup's order), about `chunk` at a time. A chunk ends with a
 * whole group: the last page of a batch is read again whole, then the next
 * batch starts after it.
 */
async function eachHighlightChunk(tx: ReadTx, each: (records: HighlightRecord[]) => void, chunk: number): Promise<void> {
  const index = tx.objectStore('highlights').index('byPage');
  let range: IDBKeyRange | undefined;
  for (;;) {
    const batch = await index.getAll(range, chunk);
    if (!batch.length) return;
    const last = batch[batch.length - 1].pageId;
    const group = batch.length < chunk ? [] : await index.getAll(IDBKeyRange.only(last));
    const records = batch.length < chunk ? batch : [...batch.filter((h) => h.pageId !== last), ...group];
    each(records.sort(byBackupOrder));
    if (batch.length < chunk) return;
    range = IDBKeyRange.lowerBound(last, true);
  }
}

export interface LibraryReader {
  pages(records: PageRecord[]): void;
  highlights(records: HighlightRecord[]): void;
  films(records: FilmRecord[]): void;
}

/**
 * Reads the whole library in one snapshot, in a backup file's order (films,
 * then highlights, then pages), handing each chunk to `reader` as it arrives.
 */
export async function readLibrary(db: ReadOnlyDb, reader: LibraryReader, chunk = CHUNK): Promise<void> {
  const tx = db.transaction(['pages', 'highlights', 'films'], 'readonly');
  await eachChunk(tx, 'films', reader.films, chunk);
  await eachHighlightChunk(tx, reader.highlights, chunk);
  await eachChunk(tx, 'pages', reader.pages, chunk);
  await tx.done;
}

/** How many records the library holds, read without reading them. */
export async function countLibrary(db: ReadOnlyDb): Promise<{ pages: number; highlights: number; films: number }> {
  const tx = db.transaction(['pages', 'highlights', 'films'], 'readonly');
  const [pages, highlights, films] = await Promise.all([
    tx.objectStore('pages').count(),
    tx.objectStore('highlights').count(),
    tx.objectStore('films').count(),
    tx.done,
  ]);
  return { pages, highlights, films };
}

/** The library as the options page lists it: pages most recently changed first, films summed up by title. */
export function listingOf(lib: { pages: PageRecord[]; highlights: HighlightRecord[]; films?: FilmRecord[] }): LibraryListing {
  const pages = [...lib.pages].sort((a, b) => b.updatedAt - a.updatedAt);
  return { pages, highlights: lib.highlights, films: (lib.films ?? []).map(summarizeFilm).sort((a, b) => a.title.localeCompare(b.title)) };
}

/** The whole library, read in chunks, as the options page lists it. */
export async function readListing(db: ReadOnlyDb, chunk = CHUNK): Promise<LibraryListing> {
  const pages: PageRecord[] = [];
  const highlights: HighlightRecord[] = [];
  const films: FilmRecord[] = [];
  // push(...chunk) would overflow the stack on a very large chunk; a loop does not.
  const into = <T>(list: T[]) => (records: T[]) => {
    for (const r of records) list.push(r);
  };
  await readLibrary(db, { pages: into(pages), highlights: into(highlights), films: into(films) }, chunk);
  return listingOf({ pages, highlights, films });
}
