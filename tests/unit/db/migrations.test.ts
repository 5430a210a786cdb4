/**
 * Every earlier schema version, as that version's code left it (fixtures in
 * tests/fixtures/db/v<N>.json, made by tests/unit/db/make-fixture.ts at that
 * version), opened by the current code: every record must still be there,
 * unchanged in meaning.
 */
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { LATEST_VERSION, upgrade } from '../../../src/shared/db/migrations';
import { openReelDb } from '../../../src/shared/db/open';
import { DB_VERSION } from '../../../src/shared/db/schema';
import { allTags, getPage } from '../../../src/shared/db/pages';
import { highlightsForPage } from '../../../src/shared/db/highlights';
import { fromLegacyRating, summarizeFilm } from '../../../src/shared/records/films';

const fixtures = readdirSync('tests/fixtures/db')
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(`tests/fixtures/db/${f}`, 'utf8')) as { version: number; pages: any[]; highlights: any[]; films?: any[] });

describe('schema migrations', () => {
  it('has a fixture for every earlier version', () => {
    const versions = fixtures.map((f) => f.version).sort();
    for (let v = 1; v < DB_VERSION; v++) expect(versions).toContain(v);
  });

  for (const fixture of fixtures) {
    it(`opens a version ${fixture.version} database and loses nothing`, async () => {
      const name = `migrate-from-v${fixture.version}`;
      // Build the old database: the append-only steps up to that version are that version's schema code.
      const old = await openDB(name, fixture.version, { upgrade: upgrade as any });
      const stores = fixture.films ? ['pages', 'highlights', 'films'] : ['pages', 'highlights'];
      const tx = old.transaction(stores as any, 'readwrite');
      for (const p of fixture.pages) await tx.objectStore('pages').put(p);
      for (const h of fixture.highlights) await tx.objectStore('highlights').put(h);
      for (const f of fixture.films ?? []) await tx.objectStore('films' as any).put(f);
      await tx.done;
      old.close();

      const db = await openReelDb(name);
      expect(db.version).toBe(DB_VERSION);
      // v5 gave every page and highlight a revision, 0 for what was stored before.
      const revised = (r: any) => (fixture.version < 5 ? { ...r, rev: 0 } : r);
      expect(await db.getAll('pages')).toEqual(fixture.pages.map(revised));
      expect(await db.getAll('highlights')).toEqual(fixture.highlights.map(revised));
      // v4 made each folded v2/v3 rating a film with its id, its watch in the diary, every value kept.
      const films = await db.getAll('films');
      expect(films).toEqual((fixture.films ?? []).map((f) => (fixture.version < 4 ? fromLegacyRating(f) : f)));
      if (fixture.version < 4) {
        for (const [i, old] of (fixture.films ?? []).entries()) {
          const now = summarizeFilm(films[i]);
          for (const k of ['id', 'title', 'year', 'directors', 'rating', 'watchedDate', 'rewatch', 'tags', 'review', 'importedAt'] as const) expect(now[k], `${old.title} ${k}`).toEqual(old[k]);
          expect([films[i].ids.letterboxd, ...films[i].diary.map((e) => e.uri)]).toContain(old.letterboxdUri);
        }
      }
      // The v3 tag index covers records written before it existed.
      const tags = [...new Set(fixture.pages.flatMap((p) => p.entry.tags as string[]))].sort((a, b) => a.localeCompare(b));
      expect(await allTags(db)).toEqual(tags);
      // And the current queries still find them the way the reader reaches them.
      for (const p of fixture.pages) {
        expect((await getPage(db, p.aliases[0] ?? p.id))?.id).toBe(p.id);
        expect((await highlightsForPage(db, p.id)).map((h) => h.id).sort()).toEqual(
          fixture.highlights.filter((h) => h.pageId === p.id).map((h) => h.id).sort(),
        );
      }
      expect(db.objectStoreNames.contains('films')).toBe(true);
      db.close();
    });
  }

  it('opens at the version of its last migration step', () => {
    expect(DB_VERSION).toBe(LATEST_VERSION);
  });

  it('creates a fresh database at the current version', async () => {
    const db = await openReelDb('fresh');
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['films', 'highlights', 'pages']);
    db.close();
  });
});
