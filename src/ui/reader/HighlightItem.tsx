import { useEffect, useState } from 'preact/hooks';
import { request } from '../../platform/messaging';
import { HIGHLIGHT_COLORS, type HighlightColor, type HighlightRecord } from '../../shared/records';
import { hasHighlightDraft, HighlightNoteEditor } from '../HighlightNoteEditor';

const COLOR_NAMES: Record<HighlightColor, string> = { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink' };

export interface ItemActions {
  /** The list changed (reload it). */
  changed: () => void;
  /** Says what happened, with an undo when it can be taken back. */
  say: (text: string, undo?: () => Promise<unknown>) => void;
}

/** Puts a highlight back as it was (after a delete or a re-attach). */
export const restore = (h: HighlightRecord) => request({ type: 'highlight/restore', highlight: h });

/**
 * One saved passage: its quote (a click shows it on the page), its note (read
 * and edited here, never in the page), colour, delete; an orphan offers
 * re-attach to the current selection instead of "Show on page".
 */
export function HighlightItem(props: { h: HighlightRecord; tabId: number; orphan: boolean; focusNote?: boolean; actions: ItemActions }) {
  const { h, tabId, actions } = props;
  // A note typed in a window closed before it was stored reopens its editor (restored or offered there).
  const [editing, setEditing] = useState(() => Boolean(props.focusNote) || hasHighlightDraft(h.id));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (props.focusNote) setEditing(true);
  }, [props.focusNote]);
  const act = async (fn: () => Promise<unknown>): Promise<boolean> => {
    try {
      setError(null);
      await fn();
      return true;
    } catch (e) {
      setError(`Not saved: ${(e as Error).message}`);
      return false;
    }
  };
  const show = () =>
    act(async () => {
      const { found } = await request({ type: 'highlight/scrollTo', tabId, id: h.id });
      actions.say(found ? 'Shown on the page.' : 'That passage is not on the page right now.');
    });
  const reattach = () =>
    act(async () => {
      const r = await request({ type: 'highlight/reattach', tabId, id: h.id });
      if (!r.highlight) throw new Error('select the passage on the page first, then choose Re-attach.');
      actions.say(`Re-attached to “${clip(r.highlight.text)}”.`, () => restore(h).then(actions.changed));
      actions.changed();
    });
  const noteSaved = () => {
    setEditing(false);
    actions.say('Note saved.');
    actions.changed();
  };
  const recolor = (color: HighlightColor) =>
    act(() => request({ type: 'highlight/update', id: h.id, base: h.rev ?? 0, edit: { color: { from: h.color, to: color } } })).then((ok) => ok && actions.changed());
  const remove = () =>
    act(() => request({ type: 'highlight/delete', id: h.id })).then((ok) => {
      if (!ok) return;
      actions.say('Highlight deleted.', () => restore(h).then(actions.changed));
      actions.changed();
    });

  return (
    <li class={`highlight ${h.color}`} data-highlight-id={h.id}>
      {/* A click on the quote is the mouse's shortcut for "Show on page" (the button is the keyboard's way). */}
      <blockquote class={props.orphan ? undefined : 'shows'} title={props.orphan ? undefined : 'Show on the page'} onClick={props.orphan ? undefined : () => void show()}>
        {h.text}
      </blockquote>
      {editing ? (
        <HighlightNoteEditor
          h={h}
          label="Note on this highlight"
          textareaId={`note-${h.id}`}
          onSaved={() => undefined}
          onDone={noteSaved}
          onClose={() => {
            setEditing(false);
            actions.changed();
          }}
        />
      ) : (
        h.note && <p class="hl-note">{h.note}</p>
      )}
      <div class="row">
        {props.orphan ? (
          <button type="button" onClick={() => void reattach()}>Re-attach to selection</button>
        ) : (
          <button type="button" onClick={() => void show()}>Show on page</button>
        )}
        {!editing && <button type="button" onClick={() => setEditing(true)}>{h.note ? 'Edit note' : 'Add note'}</button>}
        <label class="inline">
          <span class="visually-hidden">Colour</span>
          <select value={h.color} onChange={(e) => void recolor(e.currentTarget.value as HighlightColor)}>
            {HIGHLIGHT_COLORS.map((c) => <option value={c} key={c}>{COLOR_NAMES[c]}</option>)}
          </select>
        </label>
        <button type="button" onClick={() => void remove()}>Delete</button>
      </div>
      {error && <p class="error" role="alert">{error}</p>}
    </li>
  );
}

const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);
