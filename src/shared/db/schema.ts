import type { DBSchema } from 'idb';
import type { HighlightRecord, PageRecord } from '../records';
import type { FilmRatingRecord } from '../formats/letterboxd';

export const DB_NAME = 'reel-notes';
/** Bump together with a new step in migrations.ts and a fixture of the old version in tests. */
export const DB_VERSION = 3;
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
  /** Since v2: films rated elsewhere (Letterboxd imports), shown in the Films view. */
  films: {
    key: string;
    value: FilmRatingRecord;
    indexes: { byTitle: string };
  };
}
