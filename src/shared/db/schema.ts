import type { DBSchema } from 'idb';
import type { HighlightRecord, PageRecord } from '../records';
import type { FilmRecord } from '../records/films';

export const DB_NAME = 'reel-notes';
/** Bump together with a new step in migrations.ts and a fixture of the old version in tests. */
export const DB_VERSION = 5;
// (Kept equal to LATEST_VERSION in migrations.ts; a unit test checks it.)

export interface ReelDB extends DBSchema {
  pages: {
    key: string;
    value: PageRecord;
    indexes: { byUpdated: number; byAlias: string; byTag: string };
  };
  highlights: {
    key: string;
    value: HighlightRecord;
    indexes: { byPage: string; byUpdated: number };
  };
  /** Since v2: films logged elsewhere (Letterboxd imports); since v4 identities with a diary (records/films.ts). */
  films: {
    key: string;
    value: FilmRecord;
    indexes: { byTitle: string; byLetterboxd: string };
  };
}
