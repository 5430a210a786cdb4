/**
 * A Letterboxd rating written back as a one-row Letterboxd CSV, so that
 * undoing its removal goes through the ordinary import.
 * Pure: no browser APIs.
 */
import Papa from 'papaparse';
import type { FilmRatingRecord } from '../../shared/formats/letterboxd';

export function ratingAsCsv(r: FilmRatingRecord): string {
  return Papa.unparse(
    {
      fields: ['Name', 'Year', 'Directors', 'Rating', 'WatchedDate', 'Rewatch', 'Tags', 'Review', 'Letterboxd URI'],
      data: [[r.title, r.year ?? '', r.directors.join(', '), r.rating ?? '', r.watchedDate ?? '', r.rewatch ? 'Yes' : '', r.tags.join(', '), r.review, r.letterboxdUri ?? '']],
    },
    { newline: '\r\n' },
  );
}
