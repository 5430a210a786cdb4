/** Values computed from records, the same way in every context. */
import type { Detection, Film } from './detection';
import type { ReaderEntry } from './entry';
import type { FilmCorrection } from './page';

export function emptyEntry(): ReaderEntry {
  return { rating: null, liked: false, rewatch: false, watchedDate: null, tags: [], note: '' };
}

/** The film as the reader should see it: extraction, overridden field by field by their correction. */
export function effectiveFilm(detection: Detection | null, correction: FilmCorrection | null): Film {
  const base: Film = detection?.film ?? { title: null, year: null, directors: [], cast: [] };
  return { ...base, ...(correction?.film ?? {}) };
}

export function effectiveIsReview(detection: Detection | null, correction: FilmCorrection | null): boolean {
  return correction?.isReview ?? detection?.isReview ?? false;
}
