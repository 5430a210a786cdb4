/**
 * Append-only schema steps: STEPS[N - 1] turns a database that version N-1
 * wrote into what version N expects. Never edit a step that has shipped; add
 * a new one, and a fixture of the old version (tests/unit/db/make-fixture.ts).
 * Only database work happens here: awaiting anything else inside a
 * versionchange transaction lets it auto-commit.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { ReelDB } from './schema';
import { fromLegacyRating, type LegacyFilmRating } from '../records/films';

type UpgradeTx = IDBPTransaction<ReelDB, StoreNames<ReelDB>[], 'versionchange'>;
type Step = (db: IDBPDatabase<ReelDB>, tx: UpgradeTx) => void;

const STEPS: Step[] = [
  // v1: pages and their highlights.
  (db) => {
    const pages = db.createObjectStore('pages', { keyPath: 'id' });
    pages.createIndex('byUpdated', 'updatedAt');
    pages.createIndex('byAlias', 'aliases', { multiEntry: true });
    const highlights = db.createObjectStore('highlights', { keyPath: 'id' });
    highlights.createIndex('byPage', 'pageId');
    highlights.createIndex('byUpdated', 'updatedAt');
  },
  // v2: films rated in Letterboxd, imported from its export files. Nothing of v1 changes.
  (db) => {
    const films = db.createObjectStore('films', { keyPath: 'id' });
    films.createIndex('byTitle', 'title');
  },
  // v3: the reader's tags indexed, so suggesting them does not read every page (popup start-up).
  (_db, tx) => {
    tx.objectStore('pages').createIndex('byTag', 'entry.tags', { multiEntry: true });
  },
  // v4: a film is an identity with a diary of watches, a watchlist mark and a like
  // (records/films.ts). Each v3 record, one per title and year, becomes one film
  // keeping its id and every value; its Letterboxd URI is indexed when it is a film's.
  (_db, tx) => {
    const films = tx.objectStore('films');
    films.createIndex('byLetterboxd', 'ids.letterboxd');
    // Only IDB requests are awaited here, so the versionchange transaction stays alive.
    void films.openCursor().then(async function step(cursor): Promise<void> {
      if (!cursor) return;
      await cursor.update(fromLegacyRating(cursor.value as unknown as LegacyFilmRating));
      return step(await cursor.continue());
    });
  },
  // v5: every page and highlight carries its revision (`rev`), counted from here, so that an
  // edit or a draft can say which copy it was made on (issue 12). Nothing else changes.
  (_db, tx) => {
    for (const name of ['pages', 'highlights'] as const) {
      void tx.objectStore(name).openCursor().then(async function step(cursor): Promise<void> {
        if (!cursor) return;
        if (cursor.value.rev === undefined) await cursor.update({ ...cursor.value, rev: 0 });
        return step(await cursor.continue());
      });
    }
  },
];

export const LATEST_VERSION = STEPS.length;

/** Runs the steps from the database's version up to the requested one (an older one in the migration tests). */
export function upgrade(db: IDBPDatabase<ReelDB>, oldVersion: number, newVersion: number | null, tx: UpgradeTx): void {
  const target = newVersion ?? LATEST_VERSION;
  for (let version = oldVersion + 1; version <= target; version++) STEPS[version - 1](db, tx);
}
