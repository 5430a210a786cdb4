/**
 * Exports are assembled here, in the options page, from bounded reads of the
 * database (issue 12): no message carries the library, so its size is limited
 * by the disk only. The backup is written record by record into a Blob, a
 * chunk at a time (the page never holds the whole file as one string); the
 * other formats need the whole library at once (grouped by film), so they read
 * it in chunks first, then write it.
 */
import { readLibrary, withReadOnlyDb } from '../shared/db/read';
import { backupWriter } from '../shared/formats/backup';
import type { Library } from '../shared/formats/library';

export type Format = 'backup' | 'web-annotation' | 'markdown' | 'letterboxd';

export interface ExportedFile {
  filename: string;
  blob: Blob;
  /** How many records went into it. */
  counts: { pages: number; highlights: number; films: number };
}

const MIME: Record<Format, string> = {
  backup: 'application/json',
  'web-annotation': 'application/ld+json',
  markdown: 'text/markdown',
  letterboxd: 'text/csv',
};

function filename(format: Format, day: string): string {
  switch (format) {
    case 'backup':
      return `reel-notes-backup-${day}.json`;
    case 'web-annotation':
      return `reel-notes-annotations-${day}.jsonld`;
    case 'markdown':
      return `reel-notes-${day}.md`;
    case 'letterboxd':
      return `reel-notes-letterboxd-${day}.csv`;
  }
}

/** The backup as Blob parts, written while it is read (one snapshot), each part about one chunk of records. */
async function backupBlob(exportedAt: string, dbName?: string): Promise<{ blob: Blob; counts: ExportedFile['counts'] }> {
  const parts: Blob[] = [];
  let pending: string[] = [];
  const counts = { pages: 0, highlights: 0, films: 0 };
  const writer = backupWriter(exportedAt, (text) => pending.push(text));
  const flush = () => {
    parts.push(new Blob(pending));
    pending = [];
  };
  const section = (name: keyof typeof counts) => (records: readonly unknown[]) => {
    writer.add(name, records);
    counts[name] += records.length;
    flush();
  };
  await withReadOnlyDb((db) => readLibrary(db, { pages: section('pages'), highlights: section('highlights'), films: section('films') }), dbName);
  writer.end();
  flush();
  return { blob: new Blob(parts, { type: `${MIME.backup};charset=utf-8` }), counts };
}

/** Every record, read in chunks (one snapshot). */
export async function readWholeLibrary(dbName?: string): Promise<Required<Library>> {
  const lib: Required<Library> = { pages: [], highlights: [], films: [] };
  const into = <T>(list: T[]) => (records: T[]) => {
    for (const r of records) list.push(r);
  };
  await withReadOnlyDb((db) => readLibrary(db, { pages: into(lib.pages), highlights: into(lib.highlights), films: into(lib.films) }), dbName);
  return lib;
}

export async function exportFile(format: Format, now = new Date(), dbName?: string): Promise<ExportedFile> {
  const name = filename(format, now.toISOString().slice(0, 10));
  if (format === 'backup') return { filename: name, ...(await backupBlob(now.toISOString(), dbName)) };
  const lib = await readWholeLibrary(dbName);
  const counts = { pages: lib.pages.length, highlights: lib.highlights.length, films: lib.films.length };
  // Loaded when asked for: most readers export a backup, if anything.
  const text =
    format === 'web-annotation'
      ? JSON.stringify((await import('../shared/formats/web-annotation')).toAnnotationCollection(lib), null, 2)
      : format === 'markdown'
        ? (await import('../shared/formats/markdown')).toMarkdown(lib)
        : (await import('../shared/formats/letterboxd')).toLetterboxdCsv(lib);
  return { filename: name, blob: new Blob([text], { type: `${MIME[format]};charset=utf-8` }), counts };
}
