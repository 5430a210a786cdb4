/**
 * The options page's own reads (issue 12): the library in chunks, in one
 * snapshot, in backup order; a backup written from those chunks is the very
 * file `makeBackup` writes whole; the read-only opener never creates or
 * upgrades a database.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openFreshDb } from '../../support/fake-db';
import { generateLibrary } from '../../support/large-library';
import { genFilms } from '../../support/films-gen';
import { exportLibrary, importLibrary } from '../../../src/shared/db/import';
import { listingOf, openForReading, readLibrary, readListing } from '../../../src/shared/db/read';
import { backupWriter, makeBackup, parseBackup } from '../../../src/shared/formats/backup';
import type { Library } from '../../../src/shared/formats/library';
import type { HighlightRecord } from '../../../src/shared/records';

/** A library with a page of many highlights (more than a chunk), a page of none, ties in creation time, and films. */
function library(): Required<Library> {
  const lib = generateLibrary(40, 200, 7);
  const crowded = lib.pages[3].id;
  for (let i = 0; i < 25; i++) lib.highlights.push({ ...lib.highlights[0], id: `z-${i}`, pageId: crowded, createdAt: 5 });
  return { ...lib, films: genFilms(3, 8) };
}

async function backupInChunks(db: Parameters<typeof readLibrary>[0], chunk: number, exportedAt: string): Promise<string> {
  const parts: string[] = [];
  const writer = backupWriter(exportedAt, (t) => parts.push(t));
  await readLibrary(db, { pages: (r) => writer.add('pages', r), highlights: (r) => writer.add('highlights', r), films: (r) => writer.add('films', r) }, chunk);
  writer.end();
  return parts.join('');
}

describe('backupWriter', () => {
  it('writes what JSON.stringify(makeBackup(...), null, 2) writes, for an empty library too', () => {
    for (const lib of [library(), { pages: [], highlights: [], films: [] }, { ...library(), highlights: [] }]) {
      const whole = JSON.stringify(makeBackup(lib, '2026-01-02T03:04:05.000Z'), null, 2);
      const sorted = makeBackup(lib, 'x');
      const parts: string[] = [];
      const w = backupWriter('2026-01-02T03:04:05.000Z', (t) => parts.push(t));
      // Fed in uneven pieces: the text does not depend on how records are grouped.
      w.add('films', sorted.films ?? []);
      w.add('highlights', sorted.highlights);
      for (let i = 0; i < sorted.pages.length; i += 7) w.add('pages', sorted.pages.slice(i, i + 7));
      w.end();
      expect(parts.join('')).toBe(whole);
    }
  });

  it('refuses sections out of order', () => {
    const w = backupWriter('x', () => undefined);
    w.add('pages', []);
    expect(() => w.add('films', [])).toThrow(/films after pages/);
  });
});

describe('reading the library in chunks', () => {
  it('gives the backup makeBackup gives, whatever the chunk size', async () => {
    const db = await openFreshDb('read-chunks');
    const lib = library();
    await importLibrary(db, lib);
    const whole = JSON.stringify(makeBackup(await exportLibrary(db), 'T'), null, 2);
    for (const chunk of [1, 2, 3, 10, 26, 1000]) expect(await backupInChunks(db, chunk, 'T')).toBe(whole);
    // And it reads back as the same library.
    expect(parseBackup(whole).highlights).toHaveLength(lib.highlights.length);
    db.close();
  });

  it('hands every highlight once, each chunk whole pages', async () => {
    const db = await openFreshDb('read-groups');
    await importLibrary(db, library());
    const chunks: HighlightRecord[][] = [];
    await readLibrary(db, { pages: () => undefined, highlights: (r) => chunks.push([...r]), films: () => undefined }, 10);
    const pagesOf = chunks.map((c) => new Set(c.map((h) => h.pageId)));
    for (let i = 1; i < pagesOf.length; i++) for (const p of pagesOf[i]) expect(pagesOf[i - 1].has(p)).toBe(false);
    expect(chunks.flat().map((h) => h.id).sort()).toEqual((await exportLibrary(db)).highlights.map((h) => h.id).sort());
    db.close();
  });

  it('lists the library as the background would (newest first, films summed up)', async () => {
    const db = await openFreshDb('read-listing');
    await importLibrary(db, library());
    const listing = await readListing(db, 9);
    const expected = listingOf(await exportLibrary(db));
    expect(listing.pages.map((p) => p.id)).toEqual(expected.pages.map((p) => p.id));
    expect(listing.films).toEqual(expected.films);
    expect(new Set(listing.highlights.map((h) => h.id))).toEqual(new Set(expected.highlights.map((h) => h.id)));
    db.close();
  });
});

describe('openForReading', () => {
  it('never creates a database the background has not', async () => {
    await expect(openForReading('never-opened')).rejects.toThrow(/not ready yet/);
    // Still absent: the background's first open makes it with every migration.
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain('never-opened');
  });

  it('opens the current database and reads it', async () => {
    const db = await openFreshDb('read-open');
    await importLibrary(db, library());
    const reader = await openForReading('read-open');
    expect((await readListing(reader)).pages).toHaveLength(40);
    reader.close();
    db.close();
  });
});
