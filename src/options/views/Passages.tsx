/** A short list of passages, the first few shown and the rest on request. */
import { useState } from 'preact/hooks';
import type { LibraryActions } from '../model/library-actions';
import type { HighlightRow } from '../model/library-model';
import { HighlightItem } from './HighlightItem';

const FIRST = 10;

export function Passages(props: { items: readonly HighlightRow[]; actions: LibraryActions; heading: string }) {
  const [all, setAll] = useState(false);
  if (props.items.length === 0) return null;
  const shown = all ? props.items : props.items.slice(0, FIRST);
  return (
    <section class="passages">
      <h4>
        {props.heading} ({props.items.length})
      </h4>
      <ul class="plain stack">
        {shown.map((h) => (
          <HighlightItem key={h.highlight.id} h={h} actions={props.actions} />
        ))}
      </ul>
      {!all && props.items.length > FIRST && (
        <button type="button" onClick={() => setAll(true)}>
          Show all {props.items.length} passages
        </button>
      )}
    </section>
  );
}
