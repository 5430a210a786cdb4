/**
 * Writing a CSV in Letterboxd's import format
 * (https://letterboxd.com/about/importing-data/): every film with a rating, a
 * watch or a review, from Letterboxd imports and from the reader's pages alike.
 * A watch is one row with its date; a film's own rating (or that it was seen)
 * is a row without a date when no watch says it already. Reading these files
 * back is letterboxd-read.ts's job.
 * Pure: no browser APIs.
 */
import Papa from 'papaparse';
import { effectiveFilm } from '../records';
import type { FilmRecord } from '../records/films';
import { sortLibrary, type Library } from './library';

export const LETTERBOXD_HEADER = ['LetterboxdURI', 'imdbID', 'tmdbID', 'Title', 'Year', 'Directors', 'Rating', 'Rating10', 'WatchedDate', 'Rewatch', 'Tags', 'Review'] as const;

/**
 * Text that came from a web page or a service (titles, names) that a
 * spreadsheet would run as a formula gets a leading "'" (OWASP's CSV
 * injection advice). The reader's own words (reviews, tags) are never changed.
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** {@link neutralise} undone, for reading back a file this module wrote. */
export function unneutralise(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

type Row = string[];
const num = (n: number | null) => (n === null ? '' : String(n));
/** Rewatch is said only on a row that is a watch (one the reader would read back as a diary entry). */
const rewatchCell = (date: string | null, review: string, tags: string[], rewatch: boolean) =>
  rewatch ? 'true' : date || review.trim() || tags.length ? 'false' : '';

function filmRows(f: FilmRecord): Row[] {
  const lead = [f.ids.letterboxd ?? '', f.ids.imdb ?? '', f.ids.tmdb ?? '', neutralise(f.title), f.year === null ? '' : String(f.year), neutralise(f.directors.join(', '))];
  const rows: Row[] = [];
  const last = f.diary[f.diary.length - 1];
  const seen = f.diary.length > 0 || f.rating !== null || f.watched !== null || f.liked !== null;
  // The film's own rating goes in a row of its own when no watch carries it (or it differs from the latest watch's).
  if (seen && (f.diary.length === 0 || (f.rating !== null && f.rating !== last.rating))) {
    rows.push([...lead, num(f.rating), num(f.rating === null ? null : f.rating * 2), '', '', '', '']);
  }
  for (const e of f.diary) {
    rows.push([...lead, num(e.rating), num(e.rating === null ? null : e.rating * 2), e.watchedDate ?? '', rewatchCell(e.watchedDate, e.review, e.tags, e.rewatch), e.tags.join(', '), e.review]);
  }
  return rows;
}

/** One row per watch and per rated or seen film, in title order; watchlist-only films are not watches and stay out. */
export function toLetterboxdCsv(lib: Library): string {
  const keyed: { key: string; rows: Row[] }[] = [];
  const sorted = sortLibrary(lib);
  for (const f of sorted.films ?? []) {
    const rows = filmRows(f);
    if (rows.length) keyed.push({ key: `${f.title}\u0000${f.year ?? ''}\u0000${f.id}`, rows });
  }
  for (const page of sorted.pages) {
    const film = effectiveFilm(page.detection, page.correction);
    const title = film.title?.trim();
    const e = page.entry;
    const logged = e.rating !== null || e.note.trim() !== '' || e.watchedDate !== null || e.rewatch || e.liked || e.tags.length > 0;
    if (!title || !logged) continue;
    const year = film.year === null || film.year === undefined ? '' : String(film.year);
    const row = ['', '', '', neutralise(title), year, neutralise((film.directors ?? []).join(', ')), num(e.rating), num(e.rating === null ? null : e.rating * 2), e.watchedDate ?? '', rewatchCell(e.watchedDate, e.note, e.tags, e.rewatch), e.tags.join(', '), e.note];
    keyed.push({ key: `${title}\u0000${year}\u0001${page.id}`, rows: [row] });
  }
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return Papa.unparse({ fields: [...LETTERBOXD_HEADER], data: keyed.flatMap((k) => k.rows) }, { newline: '\r\n', escapeFormulae: false });
}
