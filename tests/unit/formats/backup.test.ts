import { describe, expect, it } from 'vitest';
import { makeBackup, parseBackup } from '../../../src/shared/formats/backup';
import { ImportError } from '../../../src/shared/formats/library';
import { exportLibrary, importBackup, importLibrary, wipe } from '../../../src/shared/db/import';
import { freshDb, highlight, herPage, sampleLibrary } from './sample-library';

const AT = '2024-03-01T12:00:00.000Z';

function backupText(lib = sampleLibrary()) {
  return JSON.stringify(makeBackup(lib, AT), null, 2);
}

describe('backup round trip', () => {
  it('export → wipe → import → export gives identical JSON apart from exportedAt', async () => {
    const db = await freshDb();
    await importLibrary(db, sampleLibrary());
    const first = JSON.stringify(makeBackup(await exportLibrary(db), AT), null, 2);
    await wipe(db);
    expect((await exportLibrary(db)).pages).toHaveLength(0);
    const counts = await importBackup(db, first);
    expect(counts).toMatchObject({ pages: 3, highlights: 3, added: 6, updated: 0 });
    const second = JSON.stringify(makeBackup(await exportLibrary(db), '2030-01-01T00:00:00.000Z'), null, 2);
    expect(second.replace('2030-01-01T00:00:00.000Z', AT)).toBe(first);
  });

  it('output does not depend on the order records come out of the database', () => {
    const lib = sampleLibrary();
    const reversed = { pages: [...lib.pages].reverse(), highlights: [...lib.highlights].reverse() };
    expect(JSON.stringify(makeBackup(reversed, AT))).toBe(JSON.stringify(makeBackup(lib, AT)));
  });

  it('importing the same file twice changes nothing', async () => {
    const db = await freshDb();
    const text = backupText();
    await importBackup(db, text);
    const after1 = JSON.stringify(await exportLibrary(db));
    const counts = await importBackup(db, text);
    expect(counts).toMatchObject({ added: 0, updated: 0, unchanged: 6 });
    expect(JSON.stringify(await exportLibrary(db))).toBe(after1);
  });

  it('accepts a parsed object as well as text', () => {
    expect(parseBackup(JSON.parse(backupText())).pages).toHaveLength(3);
  });

  it('merges: newer updatedAt wins, stored records not in the file stay', async () => {
    const db = await freshDb();
    const lib = sampleLibrary();
    await importLibrary(db, lib);
    const her = herPage({ updatedAt: lib.pages[0].updatedAt + 1, entry: { ...lib.pages[0].entry, rating: 3 } });
    const older = { ...lib.pages[1], updatedAt: 1, postTitle: 'stale' };
    const counts = await importLibrary(db, { pages: [her, older], highlights: [] });
    expect(counts).toMatchObject({ added: 0, updated: 1, unchanged: 1 });
    const after = await exportLibrary(db);
    expect(after.pages.find((p) => p.id === her.id)?.entry.rating).toBe(3);
    expect(after.pages.find((p) => p.id === older.id)?.postTitle).not.toBe('stale');
    expect(after.highlights).toHaveLength(3);
  });

  it('the same passage under another id is the same highlight', async () => {
    const db = await freshDb();
    const lib = sampleLibrary();
    await importLibrary(db, lib);
    const h = lib.highlights[0];
    const twin = { ...h, id: 'other-device-id', note: 'edited elsewhere', updatedAt: h.updatedAt + 10 };
    const counts = await importLibrary(db, { pages: [], highlights: [twin] });
    expect(counts).toMatchObject({ added: 0, updated: 1 });
    const after = await exportLibrary(db);
    expect(after.highlights).toHaveLength(3);
    expect(after.highlights.find((x) => x.id === h.id)?.note).toBe('edited elsewhere');
    expect(await importLibrary(db, { pages: [], highlights: [twin] })).toMatchObject({ added: 0, updated: 0 });
  });

  it('a page reached by an alias is the stored page', async () => {
    const db = await freshDb();
    const lib = sampleLibrary();
    await importLibrary(db, lib);
    const alias = lib.pages[0].aliases[0];
    const page = { ...lib.pages[0], id: alias, aliases: [], updatedAt: lib.pages[0].updatedAt + 1 };
    const h = highlight('new-one', alias, 'another passage', 5000);
    await importLibrary(db, { pages: [page], highlights: [h] });
    const after = await exportLibrary(db);
    expect(after.pages).toHaveLength(3);
    expect(after.highlights.find((x) => x.id === 'new-one')?.pageId).toBe(lib.pages[0].id);
  });
});

describe('malformed backups are refused whole, nothing written', () => {
  const valid = () => JSON.parse(backupText());
  const cases: [string, () => unknown, RegExp][] = [
    ['truncated JSON', () => backupText().slice(0, 500), /not valid JSON.*truncated/],
    ['empty text', () => '', /not valid JSON/],
    ['not an object', () => '[1,2,3]', /not a Reel Notes backup/],
    ['wrong format tag', () => ({ ...valid(), format: 'hypothesis' }), /not a Reel Notes backup.*"hypothesis"/],
    ['future version', () => ({ ...valid(), version: 3 }), /newer Reel Notes.*version 3/],
    ['version as string', () => ({ ...valid(), version: '1' }), /version/],
    ['bad rating', () => { const b = valid(); b.pages[1].entry.rating = 3.3; return b; }, /^pages\[1\]\.entry\.rating: rating must be in half stars/],
    ['rating above 5', () => { const b = valid(); b.pages[0].entry.rating = 6; return b; }, /pages\[0\]\.entry\.rating/],
    ['highlight without page', () => { const b = valid(); b.highlights[2].pageId = 'https://elsewhere.example/x'; return b; }, /highlights\[2\]\.pageId: .*not in the backup/],
    ['duplicate page id', () => { const b = valid(); b.pages.push({ ...b.pages[0] }); return b; }, /pages\[3\]\.id: .*appears twice/],
    ['duplicate highlight id', () => { const b = valid(); b.highlights.push({ ...b.highlights[0] }); return b; }, /highlights\[3\]\.id: .*appears twice/],
    ['pages not a list', () => ({ ...valid(), pages: {} }), /^pages: /],
    ['missing highlights', () => { const b = valid(); delete b.highlights; return b; }, /^highlights: /],
    ['createdAt as string', () => { const b = valid(); b.pages[0].createdAt = '2024-01-01'; return b; }, /pages\[0\]\.createdAt/],
    ['page id not http', () => { const b = valid(); b.pages[0].id = 'javascript:alert(1)'; return b; }, /pages\[0\]\.id: page id must be an http\(s\) URL/],
    ['unknown colour', () => { const b = valid(); b.highlights[0].color = 'red'; return b; }, /highlights\[0\]\.color/],
    ['empty selectors', () => { const b = valid(); b.highlights[0].selectors = []; return b; }, /highlights\[0\]\.selectors/],
    ['position ends before start', () => { const b = valid(); b.highlights[0].selectors[1].end = 1; return b; }, /ends before it starts/],
    ['huge string', () => { const b = valid(); b.pages[0].postTitle = 'x'.repeat(1_000_000); return b; }, /pages\[0\]\.postTitle/],
    ['unknown key in entry', () => { const b = valid(); b.pages[0].entry.evil = true; return b; }, /pages\[0\]\.entry/],
    ['__proto__ in entry', () => JSON.parse(backupText().replace('"liked":', '"__proto__": {"polluted": 1}, "liked":')), /pages\[\d\]\.entry/],
    ['null', () => null, /not a Reel Notes backup/],
    ['bad watched date', () => { const b = valid(); b.pages[0].entry.watchedDate = '14/02/2024'; return b; }, /pages\[0\]\.entry\.watchedDate: date must be YYYY-MM-DD/],
  ];

  for (const [name, make, reason] of cases) {
    it(`${name}`, async () => {
      const db = await freshDb();
      await importLibrary(db, sampleLibrary());
      const before = JSON.stringify(await exportLibrary(db));
      let error: unknown;
      try {
        await importBackup(db, make());
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ImportError);
      expect((error as Error).message).toMatch(reason);
      expect(JSON.stringify(await exportLibrary(db))).toBe(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('a write that fails half way rolls the whole import back', async () => {
    const db = await freshDb();
    await importLibrary(db, sampleLibrary());
    const before = JSON.stringify(await exportLibrary(db));
    const lib = sampleLibrary();
    const fresh = { ...lib.pages[0], id: 'https://new.example/a', aliases: [] };
    // An object that cannot be cloned makes the second put fail after the first succeeded.
    const broken = { ...lib.pages[1], id: 'https://new.example/b', aliases: [], note: () => 1 } as never;
    await expect(importLibrary(db, { pages: [fresh, broken], highlights: [] })).rejects.toThrow();
    expect(JSON.stringify(await exportLibrary(db))).toBe(before);
  });
});
