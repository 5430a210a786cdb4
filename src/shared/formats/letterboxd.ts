/**
 * Letterboxd CSV: writing a file Letterboxd's importer accepts
 * (https://letterboxd.com/about/importing-data/), and reading Letterboxd's own
 * export files (ratings.csv, diary.csv, reviews.csv, watched.csv) as ratings of
 * films. CSV parsing and writing is papaparse's.
 * Pure: no browser APIs.
 */
import Papa from 'papaparse';
import * as v from 'valibot';
import { effectiveFilm } from '../records';
import { clip, describe, ImportError, sortLibrary, type Library } from './library';

export const LETTERBOXD_HEADER = ['Title', 'Year', 'Directors', 'Rating', 'WatchedDate', 'Rewatch', 'Tags', 'Review'] as const;

/** A film the reader rated or logged elsewhere (Letterboxd), shown in the Films view. */
export interface FilmRatingRecord {
  /** Stable from title and year ("lb:her:2013"), so importing a file twice gives the same records. */
  id: string;
  title: string;
  year: number | null;
  directors: string[];
  /** 0.5–5 in half stars, null when not rated. */
  rating: number | null;
  /** YYYY-MM-DD, or null. */
  watchedDate: string | null;
  rewatch: boolean;
  tags: string[];
  review: string;
  letterboxdUri: string | null;
  source: 'letterboxd';
  /** Milliseconds since the epoch, like the other records' times. */
  importedAt: number;
}

export const FilmRatingRecordSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(700)),
  title: v.pipe(v.string(), v.minLength(1), v.maxLength(500)),
  year: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1870), v.maxValue(2200))),
  directors: v.pipe(v.array(v.pipe(v.string(), v.maxLength(300))), v.maxLength(50)),
  rating: v.nullable(v.pipe(v.number(), v.minValue(0.5), v.maxValue(5), v.check((n) => Number.isInteger(n * 2), 'rating must be in half stars'))),
  watchedDate: v.nullable(v.pipe(v.string(), v.isoDate('date must be YYYY-MM-DD'))),
  rewatch: v.boolean(),
  tags: v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(100))), v.maxLength(100)),
  review: v.pipe(v.string(), v.maxLength(100_000)),
  letterboxdUri: v.nullable(v.pipe(v.string(), v.maxLength(500), v.regex(/^https:\/\//, 'Letterboxd URI must be an https URL'))),
  source: v.literal('letterboxd'),
  importedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** Papaparse's own formula escaping, narrowed: a leading "-" or "+" is common in titles and reviews and harmless to Letterboxd. */
const FORMULA = /^[=@\t\r]/;

/**
 * One row per saved page whose film has a title, in Letterboxd's import
 * columns. Directors and tags are comma separated inside their field; the
 * review is the reader's note.
 */
export function toLetterboxdCsv(lib: Library): string {
  const rows: string[][] = [];
  for (const page of sortLibrary(lib).pages) {
    const film = effectiveFilm(page.detection, page.correction);
    const title = film.title?.trim();
    if (!title) continue;
    const e = page.entry;
    rows.push([
      title,
      film.year === null || film.year === undefined ? '' : String(film.year),
      (film.directors ?? []).join(', '),
      e.rating === null ? '' : String(e.rating),
      e.watchedDate ?? '',
      e.rewatch ? 'true' : 'false',
      e.tags.join(', '),
      e.note,
    ]);
  }
  return Papa.unparse({ fields: [...LETTERBOXD_HEADER], data: rows }, { newline: '\r\n', escapeFormulae: FORMULA });
}

/** A title as an id part: lower case, accents dropped, runs of anything else as one "-". */
export function slug(title: string): string {
  const s = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return s || 'untitled';
}

export function filmRatingId(title: string, year: number | null): string {
  return `lb:${slug(title).slice(0, 600)}:${year ?? ''}`;
}

/** Header names as written by Letterboxd (and by {@link toLetterboxdCsv}), compared without case, spaces or punctuation. */
const COLUMNS = {
  title: ['name', 'title', 'film'],
  year: ['year'],
  directors: ['directors', 'director'],
  rating: ['rating'],
  watched: ['watcheddate'],
  rewatch: ['rewatch'],
  tags: ['tags'],
  review: ['review'],
  uri: ['letterboxduri', 'uri'],
} as const;

const norm = (h: string) => h.replace(/^\uFEFF/, '').toLowerCase().replace(/[^a-z]/g, '');

function pickColumns(fields: string[]): Partial<Record<keyof typeof COLUMNS, number>> {
  const normalized = fields.map(norm);
  const out: Partial<Record<keyof typeof COLUMNS, number>> = {};
  for (const [key, names] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, readonly string[]][]) {
    const i = normalized.findIndex((f) => names.includes(f));
    if (i >= 0) out[key] = i;
  }
  return out;
}

const YES = new Set(['yes', 'true', '1', 'y']);
const NO = new Set(['', 'no', 'false', '0', 'n']);

/**
 * Reads one of Letterboxd's export files (or a file {@link toLetterboxdCsv}
 * wrote) by header name: any column order, unknown columns ignored, BOM
 * tolerated. Rows of one film (a diary's rewatches) become one record: the
 * latest watch wins for rating and date, tags are joined, reviews kept.
 * Throws {@link ImportError} with the row number on anything it cannot read.
 */
export function parseLetterboxdCsv(text: string, importedAt: number = Date.now()): FilmRatingRecord[] {
  if (typeof text !== 'string') throw new ImportError('The Letterboxd file could not be read as text');
  if (text.length > 100_000_000) throw new ImportError('The Letterboxd file is too large to import');
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: 'greedy' });
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) throw new ImportError(`Row ${(quoteError.row ?? 0) + 1}: a quoted field is never closed (${quoteError.message})`);
  const [header, ...rows] = parsed.data;
  if (!header) throw new ImportError('The Letterboxd file is empty');
  const col = pickColumns(header);
  if (col.title === undefined) {
    throw new ImportError(`This does not look like a Letterboxd export: no "Name" or "Title" column (columns: ${header.slice(0, 10).map((h) => `"${clip(h, 30)}"`).join(', ')})`);
  }
  const byId = new Map<string, FilmRatingRecord>();
  rows.forEach((row, i) => {
    const line = i + 2;
    const cell = (k: keyof typeof COLUMNS) => (col[k] === undefined ? '' : (row[col[k]!] ?? '').trim());
    const title = cell('title');
    if (!title) throw new ImportError(`Row ${line}: the film has no title`);
    const where = `Row ${line} (${clip(title, 60)})`;
    const yearText = cell('year');
    const year = yearText === '' ? null : Number(yearText);
    if (year !== null && !Number.isInteger(year)) throw new ImportError(`${where}: the year "${clip(yearText, 20)}" is not a number`);
    const ratingText = cell('rating');
    const rating = ratingText === '' ? null : Number(ratingText);
    if (rating !== null && Number.isNaN(rating)) throw new ImportError(`${where}: the rating "${clip(ratingText, 20)}" is not a number`);
    const rewatchText = cell('rewatch').toLowerCase();
    if (!YES.has(rewatchText) && !NO.has(rewatchText)) throw new ImportError(`${where}: Rewatch should be "Yes" or empty, not "${clip(rewatchText, 20)}"`);
    // "Date" is when the entry was logged or rated; only "Watched Date" says when the film was seen.
    const watched = cell('watched');
    const record = {
      id: filmRatingId(title, year),
      title,
      year,
      directors: splitList(cell('directors')),
      rating,
      watchedDate: watched || null,
      rewatch: YES.has(rewatchText),
      tags: splitList(cell('tags')),
      review: col.review === undefined ? '' : (row[col.review] ?? '').replace(/\r\n?/g, '\n').trim(),
      letterboxdUri: cell('uri') || null,
      source: 'letterboxd' as const,
      importedAt,
    };
    const checked = v.safeParse(FilmRatingRecordSchema, record, { abortEarly: true });
    if (!checked.success) throw new ImportError(`${where}: ${describe(checked.issues)}`);
    const previous = byId.get(record.id);
    if (!previous) {
      byId.set(record.id, checked.output);
      return;
    }
    // Several rows of one film together must still fit the record's limits; cutting would lose what the reader wrote.
    const combined = v.safeParse(FilmRatingRecordSchema, combine(previous, checked.output), { abortEarly: true });
    if (!combined.success) throw new ImportError(`${where}, with the earlier rows of this film: ${describe(combined.issues)}`);
    byId.set(record.id, combined.output);
  });
  return [...byId.values()];
}

function splitList(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.trim()).filter(Boolean))];
}

/** Two rows of one film: the later watch wins for what changes per watch; nothing written is dropped. */
function combine(a: FilmRatingRecord, b: FilmRatingRecord): FilmRatingRecord {
  const [older, newer] = (a.watchedDate ?? '') <= (b.watchedDate ?? '') ? [a, b] : [b, a];
  const reviews = [older.review, newer.review].filter(Boolean);
  return {
    ...newer,
    rating: newer.rating ?? older.rating,
    watchedDate: newer.watchedDate ?? older.watchedDate,
    rewatch: a.rewatch || b.rewatch,
    directors: [...new Set([...older.directors, ...newer.directors])],
    tags: [...new Set([...older.tags, ...newer.tags])],
    review: [...new Set(reviews)].join('\n\n'),
    letterboxdUri: newer.letterboxdUri ?? older.letterboxdUri,
  };
}

export interface FilmImportPlan {
  add: FilmRatingRecord[];
  replace: FilmRatingRecord[];
  unchanged: number;
}

/**
 * Merges imported film ratings into stored ones by id, the way rows of one
 * file are merged: importing ratings.csv, diary.csv and reviews.csv adds up,
 * and importing a file twice changes nothing (`importedAt` alone is no change).
 * For the `films` store: write `add` and `replace` in one transaction.
 */
export function planFilmImport(existing: readonly FilmRatingRecord[], incoming: readonly FilmRatingRecord[]): FilmImportPlan {
  const stored = new Map(existing.map((f) => [f.id, f]));
  const next = new Map<string, { record: FilmRatingRecord; added: boolean }>();
  for (const film of incoming) {
    const current = next.get(film.id)?.record ?? stored.get(film.id);
    if (!current) {
      next.set(film.id, { record: film, added: true });
      continue;
    }
    const merged = v.safeParse(FilmRatingRecordSchema, { ...combine(current, film), importedAt: current.importedAt }, { abortEarly: true });
    if (!merged.success) throw new ImportError(`${clip(film.title, 60)}: with the ratings already saved, ${describe(merged.issues)}`);
    if (JSON.stringify(merged.output) !== JSON.stringify(current)) {
      next.set(film.id, { record: { ...merged.output, importedAt: film.importedAt }, added: next.get(film.id)?.added ?? false });
    }
  }
  const plan: FilmImportPlan = { add: [], replace: [], unchanged: 0 };
  for (const { record, added } of next.values()) (added ? plan.add : plan.replace).push(record);
  plan.unchanged = incoming.length - plan.add.length - plan.replace.length;
  return plan;
}
