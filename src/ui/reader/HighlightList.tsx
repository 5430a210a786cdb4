import { useState } from 'preact/hooks';
import { request } from '../../platform/messaging';
import type { HighlightRecord } from '../../shared/records';
import { HighlightItem, type ItemActions } from './HighlightItem';

/**
 * The passages placed on the page, with "Hide on page": a toggle whose pressed
 * state comes from the tab, so it is still right after the popup was closed.
 */
export function HighlightList(props: {
  tabId: number;
  highlights: HighlightRecord[];
  total: number;
  hidden: boolean;
  focusHighlight?: string | null;
  actions: ItemActions;
}) {
  const [hidden, setHidden] = useState(props.hidden);
  const toggle = () =>
    request({ type: 'highlights/toggle', tabId: props.tabId, visible: hidden })
      .then(() => {
        setHidden(!hidden);
        props.actions.say(hidden ? 'Highlights shown on the page.' : 'Highlights hidden on the page.');
      })
      .catch((e) => props.actions.say(`Not done: ${(e as Error).message}`));

  return (
    <section class="highlights stack" aria-labelledby="hl-heading">
      <div class="row spread">
        <h2 id="hl-heading">Highlights ({props.total})</h2>
        {props.total > 0 && (
          <button type="button" aria-pressed={hidden} onClick={() => void toggle()}>
            Hide on page
          </button>
        )}
      </div>
      {props.total === 0 && <p class="muted">Select a passage on the page and choose “Save highlight”.</p>}
      {props.highlights.length > 0 && (
        <ul class="plain stack" aria-label="Highlights on this page">
          {props.highlights.map((h) => (
            <HighlightItem key={h.id} h={h} tabId={props.tabId} orphan={false} focusNote={props.focusHighlight === h.id} actions={props.actions} />
          ))}
        </ul>
      )}
    </section>
  );
}
