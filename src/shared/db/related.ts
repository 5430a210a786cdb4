/**
 * Where else the reader met a page's film: their other saved reviews of it and
 * a Letterboxd rating. Films are matched by normalized title and year for now
 * (a film-identity model will replace `sameFilm`).
 */
import type { ReelDatabase } from './open';
import { effectiveFilm, effectiveIsReview, type PageRecord } from '../records';
import { summarizeFilm } from '../records/films';
import type { RelatedReviews } from '../messages/types';

export interface FilmKey {
  title: string;
  year: number | null;
}

/** The same title once case, accents and punctuation are set aside, and the same year when both are known. */
/** A title as a key: lower case, accents dropped, runs of anything else as one "-". */
const slug = (title: string) => title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');

export function sameFilm(a: FilmKey, b: FilmKey): boolean {
  if (slug(a.title) !== slug(b.title)) return false;
  return a.year === null || b.year === null || a.year === b.year;
}

export function filmOf(page: PageRecord): FilmKey | null {
  if (!effectiveIsReview(page.detection, page.correction)) return null;
  const film = effectiveFilm(page.detection, page.correction);
  return film.title ? { title: film.title, year: film.year } : null;
}

/** Reads every page once (one transaction); the reader's library is small next to what the options page lists. */
export async function relatedReviews(db: ReelDatabase, pageId: string, shown?: FilmKey): Promise<RelatedReviews> {
  const tx = db.transaction(['pages', 'films']);
  const page = await tx.objectStore('pages').get(pageId);
  // A review read for the first time has no record yet: the film the reader is shown is the key.
  const key = (page && filmOf(page)) || (shown?.title ? shown : null);
  if (!key) return { reviews: [], letterboxd: null };
  const [pages, films] = await Promise.all([tx.objectStore('pages').getAll(), tx.objectStore('films').getAll()]);
  const reviews = pages
    .filter((p) => p.id !== pageId)
    .filter((p) => {
      const other = filmOf(p);
      return other !== null && sameFilm(key, other);
    })
    .sort((a, b) => b.updatedAt - a.updatedAt)
    .map((p) => ({ pageId: p.id, url: p.url, postTitle: p.postTitle, site: p.site, rating: p.entry.rating }));
  const found = films.find((f) => sameFilm(key, f));
  const rated = found && summarizeFilm(found);
  return {
    reviews,
    letterboxd: rated ? { rating: rated.rating, watchedDate: rated.watchedDate, uri: rated.letterboxdUri } : null,
  };
}
