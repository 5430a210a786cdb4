/** Films logged in Letterboxd travel in the backup too: export, wipe, import, export gives the same file. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openReelDb } from '../../../src/shared/db/open';
import { exportLibrary, importBackup, wipe } from '../../../src/shared/db/import';
import { importFilms } from '../../../src/shared/db/films';
import { makeBackup, parseBackup } from '../../../src/shared/formats/backup';
import { readLetterboxdFiles } from '../../../src/shared/formats/letterboxd-read';
import { ImportError } from '../../../src/shared/formats/library';
import { fromLegacyRating } from '../../../src/shared/records/films';
import { genLetterboxdExport } from '../../support/letterboxd-export-gen';

describe('films in the backup', () => {
  for (const seed of [1, 2, 3]) {
    it(`seed ${seed}: round-trips a whole Letterboxd export (diaries, watchlist, likes, identifiers)`, async () => {
      const db = await openReelDb(`backup-films-${seed}`);
      await importFilms(db, readLetterboxdFiles(genLetterboxdExport(seed).files).items, 1_700_000_000_000);
      const first = JSON.stringify(makeBackup(await exportLibrary(db), 'T'), null, 2);
      expect(JSON.parse(first).films.length).toBeGreaterThan(4);
      await wipe(db);
      expect((await exportLibrary(db)).films).toEqual([]);
      await importBackup(db, first);
      expect(JSON.stringify(makeBackup(await exportLibrary(db), 'T'), null, 2)).toBe(first);
      // A second import of the same backup changes nothing.
      expect(await importBackup(db, first)).toMatchObject({ added: 0, updated: 0 });
      db.close();
    });
  }

  it('reads version 1 backups (before films, and with folded film ratings), and refuses a film listed twice', () => {
    const old = { format: 'reel-notes-backup', version: 1, exportedAt: 'T', pages: [], highlights: [] };
    expect(parseBackup(old).films).toEqual([]);
    const legacy = { id: 'lb:her:2013', title: 'Her', year: 2013, directors: [], rating: 4.5, watchedDate: '2024-01-01', rewatch: true, tags: ['a'], review: 'r', letterboxdUri: 'https://boxd.it/x', source: 'letterboxd', importedAt: 5 } as const;
    expect(parseBackup({ ...old, films: [legacy] }).films).toEqual([fromLegacyRating({ ...legacy, directors: [], tags: ['a'] })]);
    const film = fromLegacyRating({ ...legacy, directors: [], tags: ['a'] });
    expect(() => parseBackup({ ...old, version: 2, films: [film, film] })).toThrow(ImportError);
  });
});
