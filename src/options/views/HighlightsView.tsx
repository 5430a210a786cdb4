/** Every kept passage, newest first, a page at a time; orphans are marked. */
import type { LibraryActions } from '../model/library-actions';
import type { HighlightRow } from '../model/library-model';
import { HighlightItem } from './HighlightItem';
import { ShowMore, usePaged } from './ShowMore';

export function HighlightsView(props: { items: readonly HighlightRow[]; total: number; actions: LibraryActions }) {
  const [shown, limit, more] = usePaged(props.items);
  if (props.total === 0) return <p class="muted">No highlights yet. Select a passage on a review and save it.</p>;
  if (props.items.length === 0) return <p class="muted">No highlight matches.</p>;
  return (
    <>
      <ul class="plain highlights stack">
        {shown.map((h) => (
          <HighlightItem key={h.highlight.id} h={h} actions={props.actions} />
        ))}
      </ul>
      <ShowMore shown={Math.min(limit, props.items.length)} total={props.items.length} noun="highlights" onMore={more} />
    </>
  );
}
