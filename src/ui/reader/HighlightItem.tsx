import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '../../platform/messaging';
import { HIGHLIGHT_COLORS, type HighlightColor, type HighlightRecord } from '../../shared/records';

const COLOR_NAMES: Record<HighlightColor, string> = { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink' };

export interface ItemActions {
  /** The list changed (reload it). */
  changed: () => void;
  /** Says what happened, with an undo when it can be taken back. */
  say: (text: string, undo?: () => Promise<unknown>) => void;
}

/** Puts a highlight back as it was (after a delete or a re-attach). */
export const restore = (h: HighlightRecord) => request({ type: 'highlight/restore', highlight: h });

function NoteEditor(props: { h: HighlightRecord; onSave: (note: string) => Promise<void>; onClose: () => void }) {
  const [note, setNote] = useState(props.h.note);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => area.current?.focus(), []);
  const id = `note-${props.h.id}`;
  return (
    <form
      class="stack"
      onSubmit={(e) => {
        e.preventDefault();
        void props.onSave(note);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          props.onClose();
        }
      }}
    >
      <label for={id}>Note on this highlight</label>
      <textarea id={id} ref={area} rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      <div class="row">
        <button class="primary" type="submit">Save note</button>
        <button type="button" onClick={props.onClose}>Cancel</button>
      </div>
    </form>
  );
}

/**
 * One saved passage: its quote (a click shows it on the page), its note (read
 * and edited here, never in the page), colour, delete; an orphan offers
 * re-attach to the current selection instead of "Show on page".
 */
export function HighlightItem(props: { h: HighlightRecord; tabId: number; orphan: boolean; focusNote?: boolean; actions: ItemActions }) {
  const { h, tabId, actions } = props;
  const [editing, setEditing] = useState(Boolean(props.focusNote));
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
  const saveNote = async (note: string) => {
    if (await act(() => request({ type: 'highlight/update', id: h.id, note }))) {
      setEditing(false);
      actions.say('Note saved.');
      actions.changed();
    }
  };
  const recolor = (color: HighlightColor) => act(() => request({ type: 'highlight/update', id: h.id, color })).then((ok) => ok && actions.changed());
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
      {editing ? <NoteEditor h={h} onSave={saveNote} onClose={() => setEditing(false)} /> : h.note && <p class="hl-note">{h.note}</p>}
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
