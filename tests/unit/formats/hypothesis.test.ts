import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromHypothesisExport } from '../../../src/shared/formats/hypothesis';
import { ImportError } from '../../../src/shared/formats/library';
import { exportLibrary, importLibrary } from '../../../src/shared/db/import';
import { freshDb, herPage } from './sample-library';

const fixture = readFileSync(new URL('../../fixtures/hypothesis/export.json', import.meta.url), 'utf8');
const NOW = Date.UTC(2024, 5, 1);
const HER = 'https://filmdiary.example.com/2014/01/her-review/';

describe('Hypothesis import', () => {
  const lib = fromHypothesisExport(fixture, NOW);

  it('turns quoted annotations into highlights to anchor on the next visit', () => {
    expect(lib.highlights.map((h) => h.id).sort()).toEqual([
      'hypothesis:Cp8xU5fGJj-4r6iV7aE9Fb',
      'hypothesis:Xk3sP0aBEe-9m1dQ2vZ4Aw',
      'hypothesis:Yl4tQ1bCFf-0n2eR3wA5Bx',
    ]);
    const first = lib.highlights.find((h) => h.id === 'hypothesis:Xk3sP0aBEe-9m1dQ2vZ4Aw')!;
    expect(first).toMatchObject({
      pageId: HER,
      text: 'The past is just a story we tell ourselves.',
      note: 'The thesis of the film, really.',
      lastStatus: 'unknown',
      createdAt: Date.parse('2024-03-10T20:01:02.345Z'),
      updatedAt: Date.parse('2024-03-11T08:00:00Z'),
    });
    expect(first.selectors).toEqual([
      { type: 'TextQuoteSelector', exact: 'The past is just a story we tell ourselves.', prefix: 'Catherine tells him that ', suffix: ' The film agrees' },
      { type: 'TextPositionSelector', start: 1200, end: 1243 },
      // Hypothesis's RangeSelector is kept (it does not anchor; nothing read is lost).
      { type: 'RangeSelector', startContainer: '/div[1]/p[3]', startOffset: 77, endContainer: '/div[1]/p[3]', endOffset: 120 },
    ]);
    // A passage's tags stay on the passage.
    expect(first.tags).toEqual(['Her', 'voice acting']);
  });

  it('gathers one page per URL (tracking parameters and fragments dropped), with tags and page notes', () => {
    expect(lib.pages.map((p) => p.id).sort()).toEqual(['https://cinemablog.example.org/amelie', HER]);
    const her = lib.pages.find((p) => p.id === HER)!;
    expect(her.postTitle).toBe('Her: a love story for the operating system age – Film Diary');
    // Only the page note's tags are the page's; the passages keep theirs.
    expect(her.entry.tags).toEqual(['to-watch']);
    expect(her.entry.note).toBe('Page note: compare with *Lost in Translation*.');
    expect(her.aliases).toEqual(['https://filmdiary.example.com/2014/01/her-review/?utm_source=twitter']);
    expect(her.detection).toBeNull();
  });

  it('skips replies and non-web documents, saying why', () => {
    expect(lib.skipped).toEqual([
      { id: 'An6vS3dEHh-2p4gT5yC7Dz', reason: expect.stringContaining('replies') },
      { id: 'Bo7wT4eFIi-3q5hU6zD8Ea', reason: expect.stringContaining('not a web page') },
    ]);
  });

  it('importing it twice changes nothing; a stored page only gains tags and notes', async () => {
    const db = await freshDb();
    const stored = herPage({ updatedAt: 1 }); // older than the annotations
    await importLibrary(db, { pages: [stored], highlights: [] });
    const first = await importLibrary(db, fromHypothesisExport(fixture, NOW), { pages: 'combine' });
    expect(first).toMatchObject({ added: 4, updated: 1 });
    const after1 = await exportLibrary(db);
    const her = after1.pages.find((p) => p.id === HER)!;
    expect(her.entry.rating).toBe(stored.entry.rating);
    expect(her.detection).toEqual(stored.detection);
    expect(her.entry.tags).toEqual(['romance', 'sci-fi', 'to-watch']);
    expect(her.entry.note).toBe(`${stored.entry.note}\n\nPage note: compare with *Lost in Translation*.`);
    const second = await importLibrary(db, fromHypothesisExport(fixture, NOW + 1), { pages: 'combine' });
    expect(second).toMatchObject({ added: 0, updated: 0 });
    expect(await exportLibrary(db)).toEqual(after1);
  });

  it('reads API search results ({total, rows}) like the export', () => {
    const data = JSON.parse(fixture);
    const api = fromHypothesisExport(JSON.stringify({ total: data.annotations.length, rows: data.annotations }), NOW);
    expect(api).toEqual(lib);
  });

  it('refuses what is not a Hypothesis export', () => {
    for (const bad of ['{"rows": 3}', '{"total": 1}', '{"annotations": [{"id": 1, "uri": 5}]}', '{"annotations": [{"uri": "https://a.example/"}]}', '[1]', '{', '{"annotations":[{"id":"a","uri":"https://a.example/","target":[{"selector":[{"type":"TextPositionSelector","start":5,"end":1}]}]}]}']) {
      expect(() => fromHypothesisExport(bad, NOW), bad).toThrow(ImportError);
    }
  });

  it('refuses records that do not fit (a 30,000 character quote) with the reason', () => {
    const data = JSON.parse(fixture);
    data.annotations[0].target[0].selector[2].exact = 'x'.repeat(30_000);
    expect(() => fromHypothesisExport(data, NOW)).toThrow(/text|exact/);
  });
});
