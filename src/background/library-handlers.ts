/** The library as a whole: listing, export in every format, import of every kind. */
import * as v from 'valibot';
import { database } from './database';
import { exportLibrary, librarySlice } from '../shared/db/import';
import { importFile } from '../shared/db/import-file';
import { deleteFilm } from '../shared/db/films';
import { summarizeFilm } from '../shared/records/films';
import { makeBackup } from '../shared/formats/backup';
import { toAnnotationCollection } from '../shared/formats/web-annotation';
import { toMarkdown } from '../shared/formats/markdown';
import { toLetterboxdCsv } from '../shared/formats/letterboxd';
import { HighlightRecordSchema } from '../shared/records/highlight';
import { describeIssues } from '../shared/records/issues';
import type { ExportedFile, LibraryListing, PageMessage, Replies } from '../shared/messages/types';

type Of<T extends PageMessage['type']> = Extract<PageMessage, { type: T }>;

export async function listLibrary(): Promise<LibraryListing> {
  const db = await database();
  const lib = await exportLibrary(db);
  lib.pages.sort((a, b) => b.updatedAt - a.updatedAt);
  return { ...lib, films: lib.films.map(summarizeFilm).sort((a, b) => a.title.localeCompare(b.title)) };
}

export async function listSlice(msg: Of<'library/slice'>): Promise<Replies['library/slice']> {
  return librarySlice(await database(), msg.offset, msg.limit);
}

export async function exportAs(msg: Of<'library/export'>): Promise<ExportedFile> {
  const lib = await exportLibrary(await database());
  const day = new Date().toISOString().slice(0, 10);
  switch (msg.format) {
    case 'backup':
      return { filename: `reel-notes-backup-${day}.json`, mime: 'application/json', text: JSON.stringify(makeBackup(lib, new Date().toISOString()), null, 2) };
    case 'web-annotation':
      return { filename: `reel-notes-annotations-${day}.jsonld`, mime: 'application/ld+json', text: JSON.stringify(toAnnotationCollection(lib), null, 2) };
    case 'markdown':
      return { filename: `reel-notes-${day}.md`, mime: 'text/markdown', text: toMarkdown(lib) };
    case 'letterboxd':
      return { filename: `reel-notes-letterboxd-${day}.csv`, mime: 'text/csv', text: toLetterboxdCsv(lib) };
  }
}

/** Every import is validated whole before anything is written, and written in one transaction (or only planned, for the preview). */
export async function importFrom(msg: Of<'library/import'>): Promise<Replies['library/import']> {
  return importFile(await database(), msg);
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
