/** The Highlights view for the current search and filters, with its own sort. */
import { useMemo, useState } from 'preact/hooks';
import type { Filters } from '../model/filters';
import { plural } from '../model/format';
import type { LibraryActions } from '../model/library-actions';
import type { LibraryModel } from '../model/library-model';
import type { SearchHits } from '../model/search-index';
import { visibleHighlights, type HighlightSort } from '../model/visible';
import { HighlightsView } from './HighlightsView';
import { SortBar } from './SortBar';

export function HighlightsPanel(props: { model: LibraryModel; hits: SearchHits | null; filters: Filters; actions: LibraryActions }) {
  const [sort, setSort] = useState<HighlightSort>('new');
  const items = useMemo(() => visibleHighlights(props.model, props.hits, props.filters, sort), [props.model, props.hits, props.filters, sort]);
  return (
    <>
      <SortBar label="Sort" value={sort} onChange={setSort} options={[['new', 'Newest first'], ['old', 'Oldest first']]} count={plural(items.length, 'highlight')} />
      <HighlightsView items={items} total={props.model.highlights.length} actions={props.actions} />
    </>
  );
}
