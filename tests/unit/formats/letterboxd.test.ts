import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { LETTERBOXD_HEADER, toLetterboxdCsv } from '../../../src/shared/formats/letterboxd';
import { readLetterboxdFile, readLetterboxdFiles } from '../../../src/shared/formats/letterboxd-read';
import { planFilms } from '../../../src/shared/formats/film-merge';
import { ImportError } from '../../../src/shared/formats/library';
import type { FilmRecord } from '../../../src/shared/records/films';
import { genLetterboxdExport, type GenFile } from '../../support/letterboxd-export-gen';
import { amelie, herPage, notAReview, sampleLibrary } from './sample-library';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/letterboxd/${name}`, import.meta.url), 'utf8');
const AT = Date.UTC(2024, 6, 1);
/** Files imported into an empty library. */
const load = (files: GenFile[], stored: FilmRecord[] = [], at = AT) => {
  const plan = planFilms(stored, readLetterboxdFiles(files).items, at);
  return { plan, films: [...stored.filter((f) => !plan.replace.some((r) => r.id === f.id)), ...plan.add, ...plan.replace] };
};
const csvOf = (films: FilmRecord[]) => toLetterboxdCsv({ pages: [], highlights: [], films });
const rowsOf = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;

describe('Letterboxd export ZIP, every file for what it is', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`seed ${seed}: films stay apart, every watch is its own entry, watchlist and likes are lists`, () => {
      const { files, films: truth } = genLetterboxdExport(seed);
      const read = readLetterboxdFiles(files);
      expect(read.skipped.map((s) => s.file).sort()).toEqual(['deleted/diary.csv', 'lists/favourites.csv', 'orphaned/diary.csv', 'profile.csv']);
      const { films } = load(files);
      expect(films).toHaveLength(truth.length);
      for (const t of truth) {
        const f = films.find((x) => x.ids.letterboxd === t.uri)!;
        expect(f, t.title).toBeDefined();
        expect(f.title).toBe(t.title);
        expect(f.rating).toBe(t.rating);
        expect(f.watchlist !== null).toBe(t.watchlist);
        expect(f.liked !== null).toBe(t.liked);
        // Watchlist films are not seen: no watch, no watched mark.
        if (t.watchlist) expect([f.diary.length, f.watched]).toEqual([0, null]);
        const titleTwin = truth.filter((x) => x.title === t.title && x.year === t.year).length > 1;
        if (titleTwin) continue; // checked below
        expect(f.diary.map((e) => [e.uri, e.watchedDate, e.rating, e.rewatch, e.tags, e.review])).toEqual(
          t.watches.map((w) => [w.uri, w.watchedDate, w.rating, w.rewatch, w.tags, w.review]),
        );
      }
      // "Rain" and "rain" of 2019 are two films with their own watches.
      const rains = films.filter((f) => f.title.toLowerCase() === 'rain');
      expect(rains).toHaveLength(2);
      for (const r of rains) expect(r.diary.map((e) => e.uri)).toEqual(truth.find((t) => t.uri === r.ids.letterboxd)!.watches.map((w) => w.uri));
      expect(films.filter((f) => f.title === 'The Haunted Castle')).toHaveLength(2);
    });
  }

  it('a deleted diary entry changes nothing; a first watch is not a rewatch', () => {
    const { files } = genLetterboxdExport(7);
    const without = load(files.filter((f) => !f.path.startsWith('deleted/'))).films;
    expect(load(files).films).toEqual(without);
    for (const f of without) if (f.diary.length) expect(f.diary[0].rewatch).toBe(false);
  });

  it('importing the same export twice changes nothing', () => {
    const { files } = genLetterboxdExport(8);
    const first = load(files);
    const again = load(files, first.films, AT + 1000);
    expect(again.plan).toMatchObject({ add: [], replace: [], watchesAdded: 0 });
    expect(again.plan.unchanged).toBe(first.films.length);
  });

  it('a watch whose title names two films is kept under the title, and reported', () => {
    const diary = 'Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\n2020-01-02,The Haunted Castle,1897,https://boxd.it/e1,3,,,2020-01-01\n';
    const watched = 'Date,Name,Year,Letterboxd URI\n2020-01-02,The Haunted Castle,1897,https://boxd.it/f1\n2020-01-02,The Haunted Castle,1897,https://boxd.it/f2\n';
    const { plan, films } = load([{ path: 'diary.csv', text: diary }, { path: 'watched.csv', text: watched }]);
    expect(plan.ambiguous).toBe(1);
    expect(films).toHaveLength(3);
    expect(films.find((f) => f.ids.letterboxd === null)!.diary[0]).toMatchObject({ watchedDate: '2020-01-01', uri: 'https://boxd.it/e1' });
  });

  it('reads the older fixture files: BOM, quoted reviews joined to their diary entry', () => {
    const { films } = load([
      { path: 'ratings.csv', text: fixture('ratings.csv') },
      { path: 'diary.csv', text: fixture('diary.csv') },
      { path: 'reviews.csv', text: fixture('reviews.csv') },
    ]);
    const her = films.find((f) => f.title === 'Her')!;
    expect(her.ids.letterboxd).toBe('https://boxd.it/4dUs');
    expect(her.rating).toBe(4.5);
    expect(her.diary.map((e) => [e.watchedDate, e.rating, e.rewatch])).toEqual([['2024-02-14', 4.5, false], ['2024-05-31', 5, true]]);
    expect(her.diary[0].review).toContain('<b>markup</b> typed by me.');
    expect(films.find((f) => f.title === 'Cats')?.rating).toBe(0.5);
  });

  it('a lone CSV is read for what its name says; a list whose kind cannot be told is refused', () => {
    const text = 'Date,Name,Year,Letterboxd URI\n2024-01-01,Her,2013,https://boxd.it/4dUs\n';
    expect(readLetterboxdFile('watchlist.csv', text).items[0]).toMatchObject({ what: 'film', watchlist: { date: '2024-01-01' } });
    expect(readLetterboxdFile('watched.csv', text).items[0]).toMatchObject({ what: 'film', watched: { date: '2024-01-01' } });
    expect(readLetterboxdFile('likes/films.csv', text).items[0]).toMatchObject({ what: 'film', liked: { date: '2024-01-01' } });
    expect(() => readLetterboxdFile('export.csv', text)).toThrow(/watched, watchlist or likes/);
    expect(() => readLetterboxdFile('ratings.csv', 'Date,Name,Year,Letterboxd URI,Rating\n2024-01-01,Her,2013,https://boxd.it/x,3.3\n')).toThrow(ImportError);
    expect(() => readLetterboxdFile('diary.csv', 'Date,Name\n"unclosed,Her\n')).toThrow(/never closed/);
  });
});

describe('Letterboxd CSV export', () => {
  it('writes the documented importer columns, one row per watch, film URIs, Rating10', () => {
    const { files } = genLetterboxdExport(11);
    const { films } = load(files);
    const csv = csvOf(films);
    expect(csv.split('\r\n')[0]).toBe(LETTERBOXD_HEADER.join(','));
    const rows = rowsOf(csv);
    const watches = films.reduce((n, f) => n + f.diary.length, 0);
    expect(rows.filter((r) => r.WatchedDate).length).toBe(watches);
    for (const r of rows) {
      expect(r.LetterboxdURI).toMatch(/^https:\/\/boxd\.it\//);
      expect(films.some((f) => f.ids.letterboxd === r.LetterboxdURI)).toBe(true);
      if (r.Rating) expect(Number(r.Rating10)).toBe(Number(r.Rating) * 2);
    }
    // Watchlist-only films are not watches.
    for (const f of films.filter((x) => x.watchlist && !x.diary.length && x.rating === null && !x.liked && !x.watched)) {
      expect(rows.some((r) => r.LetterboxdURI === f.ids.letterboxd)).toBe(false);
    }
  });

  for (const seed of [21, 22, 23, 24, 25, 26]) {
    it(`seed ${seed}: import → export → import into a fresh library → export gives the same file`, () => {
      const first = csvOf(load(genLetterboxdExport(seed).files).films);
      const fresh = load([{ path: 'reel-notes-letterboxd.csv', text: first }]).films;
      expect(csvOf(fresh)).toBe(first);
      // and the second library holds every watch with its values
      const again = load([{ path: 'x.csv', text: csvOf(fresh) }]).films;
      expect(again.map((f) => f.diary.map(({ id: _, loggedDate: __, uri: ___, ...e }) => e))).toEqual(fresh.map((f) => f.diary.map(({ id: _, loggedDate: __, uri: ___, ...e }) => e)));
    });
  }

  it('neutralises formulas in page text, writes the reader’s words exactly', () => {
    const page = amelie({ correction: { film: { title: '=HYPERLINK("http://evil.example","x")', directors: ['-2+3+cmd'] } }, entry: { ...amelie().entry, note: '@amigo tenías razón', tags: ['+1', '-meh'] } });
    const csv = toLetterboxdCsv({ pages: [page, notAReview()], highlights: [] });
    const [row] = rowsOf(csv);
    expect(row.Title).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(row.Directors).toBe(`'-2+3+cmd`);
    expect(row.Review).toBe('@amigo tenías razón');
    expect(row.Tags).toBe('+1, -meh');
    for (const lead of ['=', '+', '-', '@', '\t', '\r']) {
      const [r] = rowsOf(toLetterboxdCsv({ pages: [amelie({ correction: { film: { title: `${lead}x`, directors: [`${lead}name`] } }, entry: { ...amelie().entry, note: `${lead}mine` } })], highlights: [] }));
      // (a title's leading blank is trimmed away; a name's is kept and neutralised)
      expect(r.Title).toBe(lead.trim() ? `'${lead}x` : 'x');
      expect(r.Directors).toBe(`'${lead}name`);
      expect(r.Review).toBe(`${lead}mine`);
    }
    // And reads back as the title it was.
    const back = load([{ path: 'x.csv', text: csv }]).films;
    expect(back[0].title).toBe('=HYPERLINK("http://evil.example","x")');
    expect(back[0].diary[0].review).toBe('@amigo tenías razón');
  });

  it('writes every page with something the reader logged', () => {
    const rows = rowsOf(toLetterboxdCsv(sampleLibrary()));
    expect(rows).toHaveLength(2); // Her + Amélie; the essay has no film
    expect(rows).toContainEqual({ LetterboxdURI: '', imdbID: '', tmdbID: '', Title: 'Her', Year: '2013', Directors: 'Spike Jonze', Rating: '4.5', Rating10: '9', WatchedDate: '2024-02-14', Rewatch: 'false', Tags: 'romance, sci-fi', Review: 'Warm, *strange*, and sad.\nThe letters scenes.' });
    const note = 'He said "no, never",\nthen: "yes".\n\nA, B, C; \'quoted\'';
    const [r] = rowsOf(toLetterboxdCsv({ pages: [herPage({ entry: { ...herPage().entry, note } })], highlights: [] }));
    expect(r.Review).toBe(note);
  });
});
