/** The library as a whole: listing, export in every format, import of every kind. */
import * as v from 'valibot';
import { database } from './database';
import { browser } from '../platform/browser-api';
import { exportLibrary, librarySlice } from '../shared/db/import';
import { importFile } from '../shared/db/import-file';
import { countLibrary, listingOf } from '../shared/db/read';
import { deleteFilm } from '../shared/db/films';
import { HighlightRecordSchema } from '../shared/records/highlight';
import { describeIssues } from '../shared/records/issues';
import { LIMITS } from '../shared/records/limits';
import type { BackupMark, LibraryListing, PageMessage, Replies } from '../shared/messages/types';
import { takeStaged } from './import-staging';

type Of<T extends PageMessage['type']> = Extract<PageMessage, { type: T }>;

/** The whole library in one answer, refused when it would not fit one message (the options page reads in chunks itself). */
export async function listLibrary(): Promise<LibraryListing> {
  const listing = listingOf(await exportLibrary(await database()));
  const chars = JSON.stringify(listing).length;
  if (chars > LIMITS.importFile / 4) throw new Error(`The library is too large for one message (${Math.round(chars / 1e6)} MB): read it in chunks`);
  return listing;
}

export async function listSlice(msg: Of<'library/slice'>): Promise<Replies['library/slice']> {
  return librarySlice(await database(), msg.offset, msg.limit);
}

/** Every import is validated whole before anything is written, and written in one transaction (or only planned, for the preview). */
export async function importFrom(msg: Of<'library/import'>): Promise<Replies['library/import']> {
  return importFile(await database(), msg);
}

/** The staged chunks of a file (./import-staging.ts), imported as one file. */
export async function commitImport(msg: Of<'library/import-commit'>): Promise<Replies['library/import-commit']> {
  return importFile(await database(), takeStaged(msg));
}

const LAST_BACKUP = 'lastBackup';

/** The options page exported a backup (it writes the file itself, from its own reads): remembered for the health line. */
export async function backupExported(msg: Of<'library/exported'>, now = Date.now()): Promise<BackupMark> {
  const mark: BackupMark = { at: now, pages: msg.pages, highlights: msg.highlights, films: msg.films, bytes: msg.bytes };
  await browser.storage.local.set({ [LAST_BACKUP]: mark });
  return mark;
}

export async function libraryHealth(): Promise<Replies['library/health']> {
  const [counts, got] = await Promise.all([countLibrary(await database()), browser.storage.local.get(LAST_BACKUP)]);
  const mark = got[LAST_BACKUP] as BackupMark | undefined;
  const valid = mark && typeof mark === 'object' && [mark.at, mark.pages, mark.highlights, mark.films, mark.bytes].every((n) => typeof n === 'number');
  return { ...counts, lastBackup: valid ? mark : null };
}

export async function restoreHighlight(msg: Of<'highlight/restore'>): Promise<Replies['highlight/restore']> {
  const parsed = v.safeParse(HighlightRecordSchema, msg.highlight);
  if (!parsed.success) throw new Error(`Cannot restore: ${describeIssues(parsed.issues)}`);
  const db = await database();
  const tx = db.transaction(['pages', 'highlights'], 'readwrite');
  if (!(await tx.objectStore('pages').getKey(parsed.output.pageId))) {
    tx.abort();
    throw new Error('The page of that highlight was deleted');
  }
  await tx.objectStore('highlights').put(parsed.output);
  await tx.done;
  return { restored: true };
}

export async function deleteRating(msg: Of<'film-rating/delete'>): Promise<Replies['film-rating/delete']> {
  const film = await deleteFilm(await database(), msg.id);
  return { deleted: film !== null, film };
}
