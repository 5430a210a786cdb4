/**
 * Reading Letterboxd's files, each for what it is: the account export's
 * ratings.csv, watched.csv, watchlist.csv, diary.csv, reviews.csv and
 * likes/films.csv (https://letterboxd.com/settings/data/), and files in
 * Letterboxd's import format (https://letterboxd.com/about/importing-data/),
 * which {@link toLetterboxdCsv} writes. Folders of things the reader removed
 * (deleted/, orphaned/) and files that are not about films they logged are
 * skipped and named. CSV parsing is papaparse's.
 * Pure: no browser APIs.
 */
import Papa from 'papaparse';
import { clip, ImportError } from './library';
import type { DiaryEntry, FilmIds, ListMark } from '../records/films';
import { unneutralise } from './letterboxd';

export type LetterboxdKind = 'ratings' | 'watched' | 'watchlist' | 'likes' | 'diary' | 'reviews' | 'import-format';

/** A film as a file names it. Diary and review rows name theirs by title and year only (their URI is the entry's). */
export interface FilmRef {
  title: string;
  year: number | null;
  directors: string[];
  ids: Partial<FilmIds>;
}

export type LetterboxdItem =
  | { what: 'film'; ref: FilmRef; rating?: { value: number; date: string | null }; watched?: ListMark; watchlist?: ListMark; liked?: ListMark }
  | { what: 'entry'; ref: FilmRef; entry: Omit<DiaryEntry, 'id'> };

export interface LetterboxdRead {
  items: LetterboxdItem[];
  /** What was not read, with why: "deleted/diary.csv: 3 rows, entries the reader deleted". */
  skipped: { file: string; rows: number; reason: string }[];
}

/** Header names compared without case, spaces or punctuation. */
const norm = (h: string) => h.replace(/^\uFEFF/, '').toLowerCase().replace(/[^a-z0-9]/g, '');

const KIND_BY_FILE: Record<string, LetterboxdKind> = {
  'ratings.csv': 'ratings',
  'watched.csv': 'watched',
  'watchlist.csv': 'watchlist',
  'diary.csv': 'diary',
  'reviews.csv': 'reviews',
  'likes/films.csv': 'likes',
};

/** What a file is, from its path in the export and its header; a reason to skip it, or an error when it cannot be told. */
export function kindOf(path: string, header: string[]): LetterboxdKind | { skip: string } {
  const p = path.replace(/\\/g, '/').toLowerCase();
  const cols = new Set(header.map(norm));
  if (/(^|\/)deleted\//.test(p)) return { skip: 'entries the reader deleted on Letterboxd' };
  if (/(^|\/)orphaned\//.test(p)) return { skip: 'entries whose film Letterboxd no longer has' };
  // Letterboxd's own files name the film "Name"; its import format (and ours) "Title", with imdbID/tmdbID.
  if (cols.has('title') || cols.has('imdbid') || cols.has('tmdbid') || (cols.has('letterboxduri') && !cols.has('name'))) return 'import-format';
  const known = Object.entries(KIND_BY_FILE).find(([name]) => p === name || p.endsWith(`/${name}`));
  if (known) return known[1];
  const base = p.split('/').pop() ?? p;
  if (KIND_BY_FILE[base]) return KIND_BY_FILE[base];
  if (!cols.has('name')) return { skip: 'not a list of films' };
  if (cols.has('watcheddate')) return cols.has('review') ? 'reviews' : 'diary';
  if (cols.has('rating')) return 'ratings';
  if (p.includes('/') || /^(profile|comments|lists?)\b/.test(base)) return { skip: 'not films the reader logged' };
  throw new ImportError(`${clip(path, 80)}: a list of films, but not which one (watched, watchlist or likes); keep Letterboxd's file name (watched.csv, watchlist.csv, likes/films.csv)`);
}

const YES = new Set(['yes', 'true', '1', 'y']);
const NO = new Set(['', 'no', 'false', '0', 'n']);

function splitList(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.trim()).filter(Boolean))];
}

/** Reads one CSV file of a Letterboxd export (or alone) into items; throws {@link ImportError} naming the file and row. */
export function readLetterboxdFile(path: string, text: string): LetterboxdRead {
  if (typeof text !== 'string') throw new ImportError(`${clip(path, 80)} could not be read as text`);
  if (text.length > 100_000_000) throw new ImportError(`${clip(path, 80)} is too large to import`);
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: 'greedy' });
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) throw new ImportError(`${clip(path, 80)}, row ${(quoteError.row ?? 0) + 1}: a quoted field is never closed`);
  const [header, ...rows] = parsed.data;
  if (!header) return { items: [], skipped: [{ file: path, rows: 0, reason: 'empty' }] };
  const kind = kindOf(path, header);
  if (typeof kind === 'object') return { items: [], skipped: [{ file: path, rows: rows.length, reason: kind.skip }] };
  const col = new Map(header.map((h, i) => [norm(h), i] as const).reverse());
  const titleCol = kind === 'import-format' ? col.get('title') ?? col.get('name') : col.get('name');
  if (titleCol === undefined && !(kind === 'import-format' && (col.has('letterboxduri') || col.has('imdbid') || col.has('tmdbid')))) {
    throw new ImportError(`${clip(path, 80)}: no "Name" or "Title" column (columns: ${header.slice(0, 10).map((h) => `"${clip(h, 30)}"`).join(', ')})`);
  }
  const items: LetterboxdItem[] = [];
  rows.forEach((row, i) => {
    const where = `${clip(path, 80)}, row ${i + 2}`;
    const raw = (name: string) => {
      const at = col.get(name);
      return at === undefined ? '' : row[at] ?? '';
    };
    const cell = (name: string) => raw(name).trim();
    // Titles and names this product wrote were neutralised against spreadsheet formulas; Letterboxd's own files never are.
    const fromPage = (text: string) => (kind === 'import-format' ? unneutralise(text) : text);
    const title = titleCol === undefined ? '' : fromPage((row[titleCol] ?? '').trim());
    const yearText = cell('year');
    const year = yearText === '' ? null : Number(yearText);
    if (year !== null && !(Number.isInteger(year) && year >= 1870 && year <= 2200)) throw new ImportError(`${where}: the year "${clip(yearText, 20)}" is not a year`);
    const uri = cell('letterboxduri');
    if (uri && !/^https:\/\//.test(uri)) throw new ImportError(`${where}: the Letterboxd URI "${clip(uri, 60)}" is not an https address`);
    const isImport = kind === 'import-format';
    const ids: Partial<FilmIds> = {};
    // Diary and review rows carry the entry's URI, every other file the film's.
    if (uri && kind !== 'diary' && kind !== 'reviews') ids.letterboxd = uri;
    if (isImport && cell('imdbid')) ids.imdb = cell('imdbid');
    if (isImport && cell('tmdbid')) ids.tmdb = cell('tmdbid');
    if (!title && !ids.letterboxd && !ids.imdb && !ids.tmdb) throw new ImportError(`${where}: the film has no title`);
    const ref: FilmRef = { title, year, directors: splitList(fromPage(cell('directors'))), ids };
    const rating = readRating(cell('rating'), cell('rating10'), where);
    const date = readDay(cell('date'), where, 'Date');
    const rewatchText = cell('rewatch').toLowerCase();
    if (!YES.has(rewatchText) && !NO.has(rewatchText)) throw new ImportError(`${where}: Rewatch should be "Yes" or empty, not "${clip(rewatchText, 20)}"`);
    const watchedDate = readDay(cell('watcheddate'), where, 'Watched Date');
    const review = raw('review').replace(/\r\n?/g, '\n');
    const tags = splitList(cell('tags'));
    const rewatch = YES.has(rewatchText);
    switch (kind) {
      case 'ratings':
        if (rating === null) throw new ImportError(`${where}: a rating row without a rating`);
        items.push({ what: 'film', ref, rating: { value: rating, date } });
        return;
      case 'watched':
        items.push({ what: 'film', ref, watched: { date } });
        return;
      case 'watchlist':
        items.push({ what: 'film', ref, watchlist: { date } });
        return;
      case 'likes':
        items.push({ what: 'film', ref, liked: { date } });
        return;
      case 'diary':
      case 'reviews':
        items.push({ what: 'entry', ref, entry: { watchedDate, loggedDate: date, rating, rewatch, review: review.trim() === '' ? '' : review, tags, uri: uri || null } });
        return;
      case 'import-format':
        // A watch when the row has one (a date, a review, tags, a rewatch); else the film's rating or that it was seen.
        if (watchedDate || review.trim() || tags.length || rewatch) {
          items.push({ what: 'entry', ref, entry: { watchedDate, loggedDate: null, rating, rewatch, review: review.trim() === '' ? '' : review, tags, uri: null } });
        } else {
          items.push({ what: 'film', ref, watched: { date: null }, ...(rating === null ? {} : { rating: { value: rating, date: null } }) });
        }
    }
  });
  return { items, skipped: [] };
}

function readRating(text: string, text10: string, where: string): number | null {
  if (text !== '') {
    const n = Number(text);
    if (!(n >= 0.5 && n <= 5 && Number.isInteger(n * 2))) throw new ImportError(`${where}: the rating "${clip(text, 20)}" is not 0.5 to 5 in half stars`);
    return n;
  }
  if (text10 !== '') {
    const n = Number(text10);
    if (!(Number.isInteger(n) && n >= 1 && n <= 10)) throw new ImportError(`${where}: Rating10 "${clip(text10, 20)}" is not a whole number from 1 to 10`);
    return n / 2;
  }
  return null;
}

function readDay(text: string, where: string, column: string): string | null {
  if (text === '') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!m || Number.isNaN(Date.parse(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`))) throw new ImportError(`${where}: ${column} "${clip(text, 30)}" is not a date (YYYY-MM-DD)`);
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** Every file of an export, in the order films come before their watches: each read for what it is. */
export function readLetterboxdFiles(files: readonly { path: string; text: string }[]): LetterboxdRead {
  const out: LetterboxdRead = { items: [], skipped: [] };
  for (const f of files) {
    const read = readLetterboxdFile(f.path, f.text);
    out.items.push(...read.items);
    out.skipped.push(...read.skipped);
  }
  // Films first: a watch is matched to a film by its title when the file gives no film URI.
  out.items.sort((a, b) => (a.what === b.what ? 0 : a.what === 'film' ? -1 : 1));
  return out;
}
