/**
 * The film ratings of backup version 1 (schema v2/v3: one folded record per
 * title and year), read so that old backups still import; records/films.ts
 * turns each into a v4 film.
 * Pure: no browser APIs.
 */
import * as v from 'valibot';

export const LegacyFilmRatingSchema = v.object({
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
