/** The Films view for the current search and filters, with its own sort. */
import { useMemo, useState } from 'preact/hooks';
import type { Filters } from './filters';
import { groupFilms, sortFilms, type FilmSort } from './grouping';
import type { LibraryActions } from './library-actions';
import type { LibraryModel, PageRow } from './library-model';
import type { SearchHits } from './search-index';
import { visibleRatings } from './visible';
import { FilmsView } from './FilmsView';

export function FilmsPanel(props: { model: LibraryModel; pages: readonly PageRow[]; hits: SearchHits | null; filters: Filters; actions: LibraryActions }) {
  const [sort, setSort] = useState<FilmSort>('recent');
  const ratings = useMemo(() => visibleRatings(props.model, props.hits, props.filters), [props.model, props.hits, props.filters]);
  const films = useMemo(() => sortFilms(groupFilms(props.pages, ratings), sort), [props.pages, ratings, sort]);
  return (
    <>
      <div class="row view-tools">
        <label class="sort">
          Sort films{' '}
          <select value={sort} onChange={(e) => setSort(e.currentTarget.value as FilmSort)}>
            <option value="recent">Recently changed</option>
            <option value="title">Title A–Z</option>
            <option value="rating">Rating, highest first</option>
            <option value="reviews">Most reviews</option>
          </select>
        </label>
        <span class="muted">{films.length.toLocaleString('en')} films</span>
      </div>
      <FilmsView films={films} actions={props.actions} />
    </>
  );
}
