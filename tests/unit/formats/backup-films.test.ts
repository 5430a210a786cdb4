/** Films rated in Letterboxd travel in the backup too: export, wipe, import, export gives the same file. */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openReelDb } from '../../../src/shared/db/open';
import { exportLibrary, importBackup, wipe } from '../../../src/shared/db/import';
import { putFilmRatings } from '../../../src/shared/db/films';
import { makeBackup, parseBackup } from '../../../src/shared/formats/backup';
import { parseLetterboxdCsv } from '../../../src/shared/formats/letterboxd';
import { ImportError } from '../../../src/shared/formats/library';

describe('films in the backup', () => {
  it('round-trips imported Letterboxd ratings', async () => {
    const db = await openReelDb('backup-films');
    const films = parseLetterboxdCsv(readFileSync('tests/fixtures/letterboxd/ratings.csv', 'utf8'), 1_700_000_000_000);
    expect(films.length).toBeGreaterThan(0);
    await putFilmRatings(db, films);
    const first = JSON.stringify(makeBackup(await exportLibrary(db), 'T'));
    await wipe(db);
    expect((await exportLibrary(db)).films).toEqual([]);
    await importBackup(db, first);
    expect(JSON.stringify(makeBackup(await exportLibrary(db), 'T'))).toBe(first);
    expect(JSON.parse(first).films).toHaveLength(films.length);
    db.close();
  });

  it('reads backups made before films existed, and refuses a film listed twice', () => {
    const old = { format: 'reel-notes-backup', version: 1, exportedAt: 'T', pages: [], highlights: [] };
    expect(parseBackup(old).films).toEqual([]);
    const film = parseLetterboxdCsv('Date,Name,Year,Letterboxd URI,Rating\n2024-01-02,Her,2013,https://boxd.it/x,4.5\n')[0];
    expect(() => parseBackup({ ...old, films: [film, film] })).toThrow(ImportError);
  });
});
