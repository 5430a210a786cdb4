/** Small hand-made records for the options page helpers. */
import type { HighlightRecord, PageRecord } from '../../../src/shared/records';
import type { FilmSummary } from '../../../src/shared/records/films';
import type { Film } from '../../../src/shared/film/types';

const DAY = 86_400_000;
export const T0 = Date.UTC(2025, 0, 10, 12);

export function page(n: number, film: Partial<Film> | null, over: Partial<PageRecord> = {}, entry: Partial<PageRecord['entry']> = {}): PageRecord {
  const url = `https://site${n % 3}.example/review/${n}`;
  return {
    id: url,
    url,
    aliases: [],
    site: `site${n % 3}.example`,
    postTitle: `Post ${n}`,
    detection: film
      ? { isReview: true, confidence: 0.9, signals: [], review: {}, film: { title: null, year: null, directors: [], cast: [], ...film } }
      : null,
    correction: null,
    entry: { rating: null, liked: false, rewatch: false, watchedDate: null, tags: [], note: '', ...entry },
    createdAt: T0 + n * DAY,
    updatedAt: T0 + n * DAY,
    ...over,
  };
}

export function highlight(id: string, p: PageRecord, text: string, over: Partial<HighlightRecord> = {}): HighlightRecord {
  return {
    id,
    pageId: p.id,
    text,
    selectors: [{ type: 'TextQuoteSelector', exact: text }],
    color: 'yellow',
    note: '',
    lastStatus: 'placed',
    createdAt: p.createdAt + 1000,
    updatedAt: p.createdAt + 1000,
    ...over,
  };
}

/** A Letterboxd film as the Films view receives it. */
export function rating(title: string, year: number | null, over: Partial<FilmSummary> = {}): FilmSummary {
  return {
    id: `title:${year ?? ''}:${title}`,
    title,
    year,
    directors: [],
    rating: 4,
    watchedDate: null,
    rewatch: false,
    tags: [],
    review: '',
    letterboxdUri: null,
    watches: 0,
    seen: true,
    watchlist: false,
    liked: false,
    source: 'letterboxd',
    importedAt: T0,
    ...over,
  };
}
