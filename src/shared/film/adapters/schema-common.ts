/** Shared schema.org vocabulary: type names and rating normalisation. */
import type { ReviewRating } from '../types';

export const FILM_TYPES = new Set(['movie', 'film', 'moviereview', 'videoobject.movie']);
export const REVIEW_TYPES = new Set(['review', 'criticreview', 'userreview', 'employerreview', 'moviereview']);
/** Things that can be reviewed but are not films: a review of one of these is not a film review. */
export const OTHER_ITEM_TYPES = new Set([
  'book', 'tvseries', 'tvseason', 'tvepisode', 'restaurant', 'foodestablishment', 'localbusiness', 'product',
  'musicalbum', 'musicrecording', 'videogame', 'game', 'softwareapplication', 'recipe', 'hotel', 'place',
  'event', 'theaterevent', 'creativeworkseries', 'musicgroup', 'podcastseries', 'course', 'organization',
]);

/** "http://schema.org/Movie", "schema:Movie", "Movie" → "movie". */
export function typeName(t: string): string {
  const s = t.trim();
  const cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf(':'), s.lastIndexOf('#'));
  return s.slice(cut + 1).toLowerCase();
}

export function num(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string') {
    const n = parseFloat(v.replace(',', '.'));
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/** Build a rating; schema.org defaults are best 5, worst 1. normalized = value / best × 5. */
export function makeRating(value: unknown, best?: unknown, worst?: unknown): ReviewRating | undefined {
  const v = num(value);
  if (v === null) return undefined;
  let b = num(best) ?? (v > 5 ? (v > 10 ? 100 : 10) : 5);
  const w = num(worst) ?? (b > 5 ? 0 : 1);
  if (b <= w) b = w + 1;
  if (v < Math.min(0, w) || v > b) return undefined;
  const normalized = Math.round(Math.max(0, Math.min(5, (v / b) * 5)) * 100) / 100;
  return { value: v, best: b, worst: w, normalized };
}
