import type { DBSchema } from 'idb';
import type { HighlightRecord, PageRecord } from '../records';

export const DB_NAME = 'reel-notes';
/** Bump together with a new step in migrations.ts and a fixture of the old version in tests. */
export const DB_VERSION = 1;

export interface ReelDB extends DBSchema {
  pages: {
    key: string;
    value: PageRecord;
    indexes: { byUpdated: number; byAlias: string };
  };
  highlights: {
    key: string;
    value: HighlightRecord;
    indexes: { byPage: string; byUpdated: number };
  };
}
