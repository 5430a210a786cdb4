/** The Films view for the current search and filters, with its own sort. */
import { SortBar } from './SortBar';
import { useMemo, useState } from 'preact/hooks';
import type { Filters } from '../model/filters';
import { groupFilms, sortFilms, type FilmSort } from '../model/grouping';
import type { LibraryActions } from '../model/library-actions';
import type { LibraryModel, PageRow } from '../model/library-model';
import type { SearchHits } from '../model/search-index';
import { visibleRatings } from '../model/visible';
import { FilmsView } from './FilmsView';

export function FilmsPanel(props: { model: LibraryModel; pages: readonly PageRow[]; hits: SearchHits | null; filters: Filters; actions: LibraryActions }) {
  const [sort, setSort] = useState<FilmSort>('recent');
  const ratings = useMemo(() => visibleRatings(props.model, props.hits, props.filters), [props.model, props.hits, props.filters]);
  const films = useMemo(() => sortFilms(groupFilms(props.pages, ratings), sort), [props.pages, ratings, sort]);
  return (
    <>
      <SortBar
        label="Sort films"
        value={sort}
        onChange={setSort}
        options={[['recent', 'Recently changed'], ['title', 'Title A–Z'], ['rating', 'Rating, highest first'], ['reviews', 'Most reviews']]}
        count={`${films.length.toLocaleString('en')} films`}
      />
      <FilmsView films={films} actions={props.actions} />
    </>
  );
}
