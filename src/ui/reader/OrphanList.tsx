import { request } from '../../platform/messaging';
import type { HighlightRecord } from '../../shared/records';
import { HighlightItem, type ItemActions } from './HighlightItem';

/**
 * Saved passages the page no longer holds, shown above the fold (not after
 * the entry form): kept, never dropped, each can be re-attached to a selection.
 */
export function OrphanList(props: { tabId: number; orphans: HighlightRecord[]; focusHighlight?: string | null; actions: ItemActions }) {
  if (props.orphans.length === 0) return null;
  const retry = () =>
    request({ type: 'highlights/retry', tabId: props.tabId })
      .then((r) => {
        props.actions.say(r.orphans ? `${r.orphans} still not found on the page.` : 'All highlights found again.');
        props.actions.changed();
      })
      .catch((e) => props.actions.say(`Not done: ${(e as Error).message}`));
  return (
    <section class="orphans stack" aria-labelledby="orphans-heading">
      <h2 id="orphans-heading">Not found on the page ({props.orphans.length})</h2>
      <p class="muted small">The page changed and these passages could not be placed. They are kept: select the passage on the page and re-attach it.</p>
      <button type="button" onClick={() => void retry()}>Look for them again</button>
      <ul class="plain stack" aria-label="Highlights not found on the page">
        {props.orphans.map((h) => (
          <HighlightItem key={h.id} h={h} tabId={props.tabId} orphan focusNote={props.focusHighlight === h.id} actions={props.actions} />
        ))}
      </ul>
    </section>
  );
}
