/**
 * Films the reader logged elsewhere (Letterboxd), as stored since schema v4.
 *
 * A film is an identity, not a title: it is found by any of its identifiers
 * (Letterboxd film URI, IMDb id, TMDb id, the film index's Wikipedia article),
 * and only without any of them by its exact title and year. Its diary is a
 * log: every watch is its own entry. The watchlist and likes are marks of
 * their own, never watches. Nothing here imports a file format.
 * Pure: no browser APIs.
 */
import * as v from 'valibot';

export interface FilmIds {
  /** The film's Letterboxd page (https://boxd.it/… or https://letterboxd.com/film/…/), never a diary entry's. */
  letterboxd: string | null;
  /** IMDb title id, "tt0000000". */
  imdb: string | null;
  /** TMDb movie id, digits. */
  tmdb: string | null;
  /** The Wikipedia article name the offline film index gives a detected film. */
  wikipedia: string | null;
}

/** One watch of a film. */
export interface DiaryEntry {
  /** Stable: "uri:" + the entry's Letterboxd URI, or made once when the entry arrived without one. */
  id: string;
  /** YYYY-MM-DD, or null (a review without a date). */
  watchedDate: string | null;
  /** When it was logged (Letterboxd's "Date"), YYYY-MM-DD or null. */
  loggedDate: string | null;
  /** 0.5–5 in half stars, null when not rated. */
  rating: number | null;
  rewatch: boolean;
  /** The reader's own words, exactly as written (Letterboxd reviews may hold HTML). */
  review: string;
  tags: string[];
  /** The entry's own Letterboxd URI. */
  uri: string | null;
}

/** Membership of one of the reader's lists (watched, watchlist, likes), with the day it was added when known. */
export interface ListMark {
  date: string | null;
}

export interface FilmRecord {
  /** Opaque and stable: made from the strongest identifier known when the film was first stored. */
  id: string;
  title: string;
  year: number | null;
  directors: string[];
  ids: FilmIds;
  /** The film's own rating (Letterboxd's ratings.csv), apart from what each watch was rated. */
  rating: number | null;
  ratedDate: string | null;
  /** Marked as seen without (or besides) a diary entry. */
  watched: ListMark | null;
  /** Watches, oldest first (by watched date; entries of one day keep the order they arrived in). */
  diary: DiaryEntry[];
  watchlist: ListMark | null;
  liked: ListMark | null;
  source: 'letterboxd';
  /** Milliseconds since the epoch of the last import that changed it. */
  importedAt: number;
}

export const EMPTY_IDS: FilmIds = { letterboxd: null, imdb: null, tmdb: null, wikipedia: null };

const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const day = v.nullable(v.pipe(v.string(), v.isoDate('date must be YYYY-MM-DD')));
const halfStar = v.nullable(
  v.pipe(v.number(), v.minValue(0.5), v.maxValue(5), v.check((n) => Number.isInteger(n * 2), 'rating must be in half stars')),
);
const https = v.nullable(v.pipe(v.string(), v.maxLength(500), v.regex(/^https:\/\//, 'Letterboxd URI must be an https URL')));
const tags = v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(100))), v.maxLength(100));
const mark = v.nullable(v.object({ date: day }));

export const FilmIdsSchema = v.object({
  letterboxd: https,
  imdb: v.nullable(v.pipe(v.string(), v.regex(/^tt\d{1,12}$/, 'IMDb id must look like tt0000000'))),
  tmdb: v.nullable(v.pipe(v.string(), v.regex(/^\d{1,12}$/, 'TMDb id must be digits'))),
  wikipedia: v.nullable(str(300)),
});

export const DiaryEntrySchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(700)),
  watchedDate: day,
  loggedDate: day,
  rating: halfStar,
  rewatch: v.boolean(),
  review: str(100_000),
  tags,
  uri: https,
});

export const FilmRecordSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(800)),
  title: v.pipe(v.string(), v.minLength(1), v.maxLength(500)),
  year: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1870), v.maxValue(2200))),
  directors: v.pipe(v.array(str(300)), v.maxLength(50)),
  ids: FilmIdsSchema,
  rating: halfStar,
  ratedDate: day,
  watched: mark,
  diary: v.pipe(v.array(DiaryEntrySchema), v.maxLength(5_000)),
  watchlist: mark,
  liked: mark,
  source: v.literal('letterboxd'),
  importedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** The id a new film is stored under: its strongest identifier, else its exact title and year. */
export function filmIdFor(title: string, year: number | null, ids: FilmIds): string {
  if (ids.letterboxd) return `lb:${ids.letterboxd}`;
  if (ids.imdb) return `imdb:${ids.imdb}`;
  if (ids.tmdb) return `tmdb:${ids.tmdb}`;
  if (ids.wikipedia) return `wiki:${ids.wikipedia}`;
  return `title:${year ?? ''}:${title.normalize('NFC')}`;
}

/** Watches in log order: by watched date (undated first); entries of one day keep their order (Array.sort is stable). */
export function sortDiary(diary: DiaryEntry[]): DiaryEntry[] {
  return [...diary].sort((a, b) => ((a.watchedDate ?? '') < (b.watchedDate ?? '') ? -1 : (a.watchedDate ?? '') > (b.watchedDate ?? '') ? 1 : 0));
}

/** How the Films view shows a logged film: the latest watch, tags and reviews of all watches, and its lists. */
export interface FilmSummary {
  id: string;
  title: string;
  year: number | null;
  directors: string[];
  /** The film's rating, else the latest rated watch's. */
  rating: number | null;
  watchedDate: string | null;
  rewatch: boolean;
  tags: string[];
  review: string;
  letterboxdUri: string | null;
  watches: number;
  /** Seen at all (a watch, a rating, a like or the watched mark), as opposed to only wanted. */
  seen: boolean;
  watchlist: boolean;
  liked: boolean;
  source: 'letterboxd';
  importedAt: number;
}

export function summarizeFilm(f: FilmRecord): FilmSummary {
  const latest = f.diary[f.diary.length - 1];
  const rated = [...f.diary].reverse().find((e) => e.rating !== null);
  return {
    id: f.id,
    title: f.title,
    year: f.year,
    directors: f.directors,
    rating: f.rating ?? rated?.rating ?? null,
    watchedDate: [...f.diary].reverse().find((e) => e.watchedDate)?.watchedDate ?? f.watched?.date ?? null,
    rewatch: latest?.rewatch ?? false,
    tags: [...new Set(f.diary.flatMap((e) => e.tags))],
    review: f.diary.map((e) => e.review).filter(Boolean).join('\n\n'),
    letterboxdUri: f.ids.letterboxd,
    watches: f.diary.length,
    seen: f.diary.length > 0 || f.rating !== null || f.watched !== null || f.liked !== null,
    watchlist: f.watchlist !== null,
    liked: f.liked !== null,
    source: f.source,
    importedAt: f.importedAt,
  };
}

/** A film rating as schema v2/v3 stored it: one record per film, its diary folded into it. */
export interface LegacyFilmRating {
  id: string;
  title: string;
  year: number | null;
  directors: string[];
  rating: number | null;
  watchedDate: string | null;
  rewatch: boolean;
  tags: string[];
  review: string;
  letterboxdUri: string | null;
  source: 'letterboxd';
  importedAt: number;
}

/**
 * A v2/v3 record as a v4 film, keeping its id and every value. Which kind of
 * URI the old record held is unknown (a film's, or the last diary entry's);
 * when the record carries a watch it is kept on that watch, else as the film's.
 */
export function fromLegacyRating(old: LegacyFilmRating): FilmRecord {
  const watch = old.watchedDate !== null || old.review !== '' || old.rewatch || old.tags.length > 0;
  return {
    id: old.id,
    title: old.title,
    year: old.year,
    directors: [...old.directors],
    ids: { ...EMPTY_IDS, letterboxd: watch ? null : old.letterboxdUri },
    rating: old.rating,
    ratedDate: null,
    watched: watch ? null : { date: null },
    diary: watch
      ? [{ id: 'legacy', watchedDate: old.watchedDate, loggedDate: null, rating: old.rating, rewatch: old.rewatch, review: old.review, tags: [...old.tags], uri: old.letterboxdUri }]
      : [],
    watchlist: null,
    liked: null,
    source: 'letterboxd',
    importedAt: old.importedAt,
  };
}
