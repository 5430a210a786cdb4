/** The People view for the current search and filters: people whose name matches come first. */
import { SortBar } from './SortBar';
import { useMemo, useState } from 'preact/hooks';
import type { Filters } from '../model/filters';
import { groupPeople, sortPeople, type PersonSort } from '../model/grouping';
import type { LibraryActions } from '../model/library-actions';
import type { LibraryModel, PageRow } from '../model/library-model';
import { containsAll } from '../model/query';
import type { SearchHits } from '../model/search-index';
import { visibleRatings } from '../model/visible';
import { PeopleView } from './PeopleView';

export function PeoplePanel(props: {
  model: LibraryModel;
  pages: readonly PageRow[];
  hits: SearchHits | null;
  terms: string[];
  filters: Filters;
  actions: LibraryActions;
}) {
  const [sort, setSort] = useState<PersonSort>('films');
  const people = useMemo(() => {
    const all = groupPeople(props.pages, visibleRatings(props.model, props.hits, props.filters));
    const named = props.terms.length ? new Set(all.filter((p) => containsAll(p.key, props.terms)).map((p) => p.key)) : undefined;
    return sortPeople(all, sort, named);
  }, [props.pages, props.model, props.hits, props.filters, props.terms, sort]);
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
