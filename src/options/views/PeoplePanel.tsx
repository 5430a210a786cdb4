/** The People view for the current search and filters: while searching, only the people whose name or character matched. */
import { SortBar } from './SortBar';
import { useMemo, useState } from 'preact/hooks';
import type { Filters } from '../model/filters';
import { groupPeople, sortPeople, type PersonSort } from '../model/grouping';
import type { LibraryActions } from '../model/library-actions';
import type { LibraryModel, PageRow } from '../model/library-model';
import type { SearchHits } from '../model/search-index';
import { visibleRatings } from '../model/visible';
import { personMatches } from '../model/why';
import { PeopleView } from './PeopleView';

export function PeoplePanel(props: {
  model: LibraryModel;
  pages: readonly PageRow[];
  hits: SearchHits | null;
  filters: Filters;
  actions: LibraryActions;
}) {
  const [sort, setSort] = useState<PersonSort>('films');
  const people = useMemo(() => {
    const all = groupPeople(props.pages, visibleRatings(props.model, props.hits, props.filters));
    const hits = props.hits;
    return sortPeople(hits ? all.filter((p) => personMatches(p, hits.needles)) : all, sort);
  }, [props.pages, props.model, props.hits, props.filters, sort]);
  return (
    <>
      <SortBar
        label="Sort people"
        value={sort}
        onChange={setSort}
        options={[['films', 'Most films'], ['name', 'Name A–Z']]}
        count={`${people.length.toLocaleString('en')} people`}
      />
      <PeopleView people={people} actions={props.actions} />
    </>
  );
}
