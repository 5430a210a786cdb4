/**
 * What each view shows for a query and filters: the pure step between the
 * library model and the components.
 * Pure: no browser APIs.
 */
import type { FilmSummary as FilmRatingRecord } from '../../shared/records/films';
import { activeFilterCount, highlightPasses, pagePasses, ratingPasses, type Filters } from './filters';
import type { HighlightRow, LibraryModel, PageRow } from './library-model';
import type { SearchHits } from './search-index';

/** Pages (in the given order) found by the search and passing the filters. */
export function visiblePages(sorted: readonly PageRow[], hits: SearchHits | null, f: Filters): readonly PageRow[] {
  const filtering = activeFilterCount(f) > 0;
  if (!hits && !filtering) return sorted;
  return sorted.filter((r) => (!hits || hits.pages[r.index] === 1) && (!filtering || pagePasses(r, f)));
}

export type HighlightSort = 'new' | 'old';

export function visibleHighlights(model: LibraryModel, hits: SearchHits | null, f: Filters, sort: HighlightSort): HighlightRow[] {
  const filtering = activeFilterCount(f) > 0;
  const out = !hits && !filtering ? [...model.highlights] : model.highlights.filter((h) => (!hits || hits.highlights[h.index] === 1) && (!filtering || highlightPasses(h, f)));
  return out.sort(sort === 'new' ? (a, b) => b.highlight.createdAt - a.highlight.createdAt : (a, b) => a.highlight.createdAt - b.highlight.createdAt);
}

export function visibleRatings(model: LibraryModel, hits: SearchHits | null, f: Filters): FilmRatingRecord[] {
  const filtering = activeFilterCount(f) > 0;
  return model.ratings.filter((r, i) => (!hits || hits.ratings[i] === 1) && (!filtering || ratingPasses(r, f)));
}

/** Highlights found by the search and passing the filters, counted without building the list. */
export function countHighlights(model: LibraryModel, hits: SearchHits | null, f: Filters): number {
  const filtering = activeFilterCount(f) > 0;
  if (!hits && !filtering) return model.highlights.length;
  let n = 0;
  for (const h of model.highlights) if ((!hits || hits.highlights[h.index] === 1) && (!filtering || highlightPasses(h, f))) n++;
  return n;
}
