/** librarySlice: windows of pages, most recently changed first, with ties split exactly as a cursor would. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openReelDb } from '../../../src/shared/db/open';
import { librarySlice } from '../../../src/shared/db/import';

function page(i: number, updatedAt: number) {
  const url = `https://example.com/${String(i).padStart(3, '0')}`;
  return {
    id: url, url, aliases: [], site: 'example.com', postTitle: `P${i}`, detection: null, correction: null,
    entry: { rating: null, liked: false, rewatch: false, watchedDate: null, tags: [], note: '' }, createdAt: updatedAt, updatedAt,
  };
}

describe('librarySlice', () => {
  it('walks the whole library in windows, newest first, each page once, ties included', async () => {
    const db = await openReelDb('slice-test');
    // Many ties: 50 pages over 7 distinct times.
    const pages = Array.from({ length: 50 }, (_, i) => page(i, 1000 + (i % 7)));
    const tx = db.transaction(['pages', 'highlights'], 'readwrite');
    for (const p of pages) await tx.objectStore('pages').put(p as any);
    await tx.objectStore('highlights').put({ id: 'h1', pageId: pages[6].id, text: 't', selectors: [{ type: 'TextQuoteSelector', exact: 't' }], color: 'yellow', note: '', lastStatus: 'placed', createdAt: 1, updatedAt: 1 } as any);
    await tx.done;

    const expected = [...pages].sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : -1)).map((p) => p.id);
    for (const size of [1, 3, 7, 10, 49, 50, 60]) {
      const seen: string[] = [];
      for (let offset = 0; offset < 55; offset += size) {
        const slice = await librarySlice(db, offset, size);
        expect(slice.more).toBe(offset + size < 50);
        expect(slice.pages.length).toBe(Math.max(0, Math.min(size, 50 - offset)));
        seen.push(...slice.pages.map((p) => p.id));
      }
      expect(seen).toEqual(expected);
    }
    const first = await librarySlice(db, 0, 1);
    expect(first.pages[0].id).toBe(pages[48].id);
    const withHighlight = await librarySlice(db, 0, 50);
    expect(withHighlight.highlights.map((h) => h.id)).toEqual(['h1']);
    db.close();
  });

  it('an empty library gives no pages', async () => {
    const db = await openReelDb('slice-empty');
    expect(await librarySlice(db, 0, 100)).toEqual({ pages: [], highlights: [], more: false });
    db.close();
  });
});
