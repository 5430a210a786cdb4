import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { LETTERBOXD_HEADER, parseLetterboxdCsv, planFilmImport, toLetterboxdCsv } from '../../../src/shared/formats/letterboxd';
import { ImportError } from '../../../src/shared/formats/library';
import { amelie, herPage, notAReview, sampleLibrary } from './sample-library';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/letterboxd/${name}`, import.meta.url), 'utf8');
const AT = Date.UTC(2024, 6, 1);

describe('Letterboxd CSV export', () => {
  it('writes the importer header and one row per page about a titled film', () => {
    const csv = toLetterboxdCsv(sampleLibrary());
    const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([...LETTERBOXD_HEADER]);
    expect(rows).toHaveLength(3); // header + Her + Amélie; the essay has no film
    expect(rows).toContainEqual(['Her', '2013', 'Spike Jonze', '4.5', '2024-02-14', 'false', 'romance, sci-fi', 'Warm, *strange*, and sad.\nThe letters scenes.']);
    expect(rows).toContainEqual(['Amélie', '2001', 'Jean-Pierre Jeunet', '', '', 'true', '', '']);
  });

  it('round-trips quotes, commas and newlines in notes', () => {
    const note = 'He said "no, never",\nthen: "yes".\r\n\nA, B, C; \'quoted\'';
    const page = herPage({ entry: { ...herPage().entry, note } });
    const csv = toLetterboxdCsv({ pages: [page], highlights: [] });
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(rows[0].Review).toBe(note);
    const back = parseLetterboxdCsv(csv, AT);
    expect(back[0]).toMatchObject({ title: 'Her', year: 2013, rating: 4.5, watchedDate: '2024-02-14', rewatch: false, tags: ['romance', 'sci-fi'], directors: ['Spike Jonze'] });
    expect(back[0].review).toBe(note.replace(/\r\n?/g, '\n'));
  });

  it('keeps a spreadsheet from running a formula from page text', () => {
    const page = amelie({ correction: { film: { title: '=HYPERLINK("http://evil.example","x")' } } });
    const csv = toLetterboxdCsv({ pages: [page, notAReview()], highlights: [] });
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
  });
});

describe('Letterboxd import', () => {
  it('reads ratings.csv (BOM, commas in titles)', () => {
    const films = parseLetterboxdCsv(fixture('ratings.csv'), AT);
    expect(films).toHaveLength(5);
    expect(films[0]).toEqual({
      id: 'lb:her:2013', title: 'Her', year: 2013, directors: [], rating: 4.5, watchedDate: null, rewatch: false,
      tags: [], review: '', letterboxdUri: 'https://boxd.it/4dUs', source: 'letterboxd', importedAt: AT,
    });
    expect(films.map((f) => f.id)).toContain('lb:amelie:2001');
    expect(films.find((f) => f.year === 2000)?.title).toBe('Crouching Tiger, Hidden Dragon');
    expect(films.find((f) => f.title === 'Cats')?.rating).toBe(0.5);
  });

  it('reads diary.csv: one record per film, the latest watch wins, tags joined', () => {
    const films = parseLetterboxdCsv(fixture('diary.csv'), AT);
    expect(films).toHaveLength(3);
    const her = films.find((f) => f.id === 'lb:her:2013')!;
    expect(her).toMatchObject({ rating: 5, watchedDate: '2024-05-31', rewatch: true, tags: ['romance', 'sci-fi', 'valentine', 'rewatch-2024'] });
    expect(films.find((f) => f.title === 'The Thing')).toMatchObject({ rating: null, tags: ['horror'], watchedDate: '2024-07-19' });
  });

  it('reads reviews.csv with multi-line quoted reviews, keeping every review', () => {
    const [her] = parseLetterboxdCsv(fixture('reviews.csv'), AT);
    expect(her.review).toContain('Phoenix is "open", raw,\nand the letters scenes wreck me.\n\nSecond paragraph');
    expect(her.review).toContain('Better the second time.');
  });

  it('reads columns by name in any order and ignores unknown ones', () => {
    const films = parseLetterboxdCsv('Extra,rating,YEAR,name\nfoo,3.5,1999,The Matrix\n', AT);
    expect(films).toEqual([expect.objectContaining({ id: 'lb:the-matrix:1999', rating: 3.5, title: 'The Matrix' })]);
  });

  it('is stable: the same file gives the same ids', () => {
    expect(parseLetterboxdCsv(fixture('diary.csv'), AT)).toEqual(parseLetterboxdCsv(fixture('diary.csv'), AT));
  });

  const refused: [string, string, RegExp][] = [
    ['no Name column', 'Date,Year,Rating\n2024-01-01,2013,4\n', /no "Name" or "Title" column/],
    ['empty file', '', /empty/],
    ['rating not half stars', 'Name,Year,Rating\nHer,2013,4.3\n', /Row 2 \(Her\): rating: rating must be in half stars/],
    ['rating out of range', 'Name,Year,Rating\nHer,2013,10\n', /Row 2 \(Her\): rating/],
    ['rating not a number', 'Name,Year,Rating\nHer,2013,great\n', /not a number/],
    ['year not a number', 'Name,Year\nHer,twenty\n', /year "twenty"/],
    ['bad watched date', 'Name,Year,Watched Date\nHer,2013,14/02/2024\n', /watchedDate/],
    ['unclosed quote', 'Name,Year,Review\nHer,2013,"never closed\n', /never closed/],
    ['row without title', 'Name,Year\n,2013\n', /Row 2: the film has no title/],
    ['odd Rewatch', 'Name,Rewatch\nHer,maybe\n', /Rewatch/],
  ];
  for (const [name, text, reason] of refused) {
    it(`refuses: ${name}`, () => {
      let error: unknown;
      try {
        parseLetterboxdCsv(text, AT);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ImportError);
      expect((error as Error).message).toMatch(reason);
    });
  }
});

describe('merging Letterboxd imports into stored film ratings', () => {
  it('adds up ratings, diary and reviews; a second import of each changes nothing', () => {
    let stored: ReturnType<typeof parseLetterboxdCsv> = [];
    const apply = (name: string, at: number) => {
      const plan = planFilmImport(stored, parseLetterboxdCsv(fixture(name), at));
      const byId = new Map(stored.map((f) => [f.id, f]));
      for (const f of [...plan.add, ...plan.replace]) byId.set(f.id, f);
      stored = [...byId.values()];
      return plan;
    };
    apply('ratings.csv', 1);
    apply('diary.csv', 2);
    apply('reviews.csv', 3);
    const her = stored.find((f) => f.id === 'lb:her:2013')!;
    expect(her).toMatchObject({ rating: 5, rewatch: true, watchedDate: '2024-05-31' });
    expect(her.tags).toEqual(expect.arrayContaining(['romance', 'sci-fi', 'valentine', 'rewatch-2024']));
    expect(her.review).toContain('Better the second time.');
    expect(stored).toHaveLength(6);
    for (const [name, at] of [['ratings.csv', 10], ['diary.csv', 11], ['reviews.csv', 12]] as const) {
      const again = apply(name, at);
      expect(again.add.length + again.replace.length, name).toBe(0);
    }
  });
});
