/**
 * One film over time: each rating the reader gave it (on a review page or in
 * Letterboxd), oldest first, dated by when they watched it or else when they
 * saved it.
 * Pure: no browser APIs.
 */
import { localDay } from './filters';
import type { FilmGroup } from './grouping';
import type { PageRow } from './library-model';

export interface RatingEvent {
  day: string;
  rating: number;
  /** Whether the day is the watched date (else the day the rating was saved or imported). */
  watched: boolean;
  where: { kind: 'page'; row: PageRow } | { kind: 'letterboxd'; rewatch: boolean };
}

export function ratingHistory(film: FilmGroup): RatingEvent[] {
  const out: RatingEvent[] = [];
  for (const row of film.pages) {
    const { rating, watchedDate } = row.page.entry;
    if (rating === null) continue;
    out.push({ day: watchedDate ?? localDay(row.page.updatedAt), rating, watched: watchedDate !== null, where: { kind: 'page', row } });
  }
  const lb = film.letterboxd;
  if (lb?.rating != null) {
    out.push({ day: lb.watchedDate ?? localDay(lb.importedAt), rating: lb.rating, watched: lb.watchedDate !== null, where: { kind: 'letterboxd', rewatch: lb.rewatch } });
  }
  return out.sort((a, b) => a.day.localeCompare(b.day));
}
