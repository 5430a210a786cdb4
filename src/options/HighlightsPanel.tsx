/** The Highlights view for the current search, filters and sort. */
import { useMemo } from 'preact/hooks';
import type { Filters } from './filters';
import type { LibraryActions } from './library-actions';
import type { LibraryModel } from './library-model';
import type { SearchHits } from './search-index';
import { visibleHighlights, type HighlightSort } from './visible';
import { HighlightsView } from './HighlightsView';

export function HighlightsPanel(props: { model: LibraryModel; hits: SearchHits | null; filters: Filters; sort: HighlightSort; actions: LibraryActions }) {
  const items = useMemo(() => visibleHighlights(props.model, props.hits, props.filters, props.sort), [props.model, props.hits, props.filters, props.sort]);
  return <HighlightsView items={items} total={props.model.highlights.length} actions={props.actions} />;
}
