import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '../shared/messages/client';
import { HIGHLIGHT_COLORS, type HighlightColor, type HighlightRecord } from '../shared/records';

const COLOR_NAMES: Record<HighlightColor, string> = { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink' };

interface ItemActions {
  changed: () => void;
  deleted: (h: HighlightRecord) => void;
  say: (text: string) => void;
}

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

function HighlightItem(props: { h: HighlightRecord; tabId: number; orphan: boolean; actions: ItemActions }) {
  const { h, tabId, actions } = props;
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
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
      actions.changed();
    });
  const saveNote = async (note: string) => {
    if (await act(() => request({ type: 'highlight/update', id: h.id, note }))) {
      setEditing(false);
      actions.changed();
    }
  };
  const recolor = (color: HighlightColor) => act(() => request({ type: 'highlight/update', id: h.id, color })).then((ok) => ok && actions.changed());
  const remove = () =>
    act(() => request({ type: 'highlight/delete', id: h.id })).then((ok) => {
      if (ok) actions.deleted(h);
    });

  return (
    <li class={`highlight ${h.color}`} data-highlight-id={h.id}>
      <blockquote>{h.text}</blockquote>
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

/** The page's saved passages; orphans (not found on the page any more) are listed apart, never hidden. */
export function HighlightList(props: { tabId: number; highlights: HighlightRecord[]; onChanged: () => void }) {
  const placed = props.highlights.filter((h) => h.lastStatus !== 'orphan');
  const orphans = props.highlights.filter((h) => h.lastStatus === 'orphan');
  const [visible, setVisible] = useState(true);
  const [message, setMessage] = useState('');
  const [deleted, setDeleted] = useState<HighlightRecord | null>(null);
  const fail = (e: unknown) => setMessage(`Not done: ${(e as Error).message}`);
  const actions: ItemActions = {
    changed: props.onChanged,
    deleted: (h) => {
      setDeleted(h);
      setMessage('Highlight deleted.');
      props.onChanged();
    },
    say: setMessage,
  };
  const undo = (h: HighlightRecord) =>
    request({ type: 'highlight/restore', highlight: h })
      .then(() => {
        setDeleted(null);
        setMessage('Highlight restored.');
        props.onChanged();
      })
      .catch(fail);
  const retry = () =>
    request({ type: 'highlights/retry', tabId: props.tabId })
      .then((r) => {
        setMessage(r.orphans ? `${r.orphans} still not found on the page.` : 'All highlights found again.');
        props.onChanged();
      })
      .catch(fail);
  const toggle = () =>
    request({ type: 'highlights/toggle', tabId: props.tabId, visible: !visible })
      .then(() => setVisible(!visible))
      .catch(fail);
  const item = (h: HighlightRecord, orphan: boolean) => <HighlightItem key={h.id} h={h} tabId={props.tabId} orphan={orphan} actions={actions} />;

  return (
    <section class="highlights stack" aria-labelledby="hl-heading">
      <div class="row spread">
        <h2 id="hl-heading">Highlights ({props.highlights.length})</h2>
        {props.highlights.length > 0 && (
          <button type="button" aria-pressed={!visible} onClick={() => void toggle()}>
            Hide on page
          </button>
        )}
      </div>
      {props.highlights.length === 0 && <p class="muted">Select a passage on the page and choose “Save highlight”.</p>}
      {placed.length > 0 && <ul class="plain stack" aria-label="Highlights on this page">{placed.map((h) => item(h, false))}</ul>}
      {orphans.length > 0 && (
        <div class="orphans stack">
          <h3>Not found on the page ({orphans.length})</h3>
          <p class="muted small">The page changed and these passages could not be placed. They are kept.</p>
          <button type="button" onClick={() => void retry()}>Look for them again</button>
          <ul class="plain stack" aria-label="Highlights not found on the page">{orphans.map((h) => item(h, true))}</ul>
        </div>
      )}
      <div class="row hl-message" role="status">
        {message && <span>{message}</span>}
        {deleted && (
          <button type="button" onClick={() => void undo(deleted)}>
            Undo
          </button>
        )}
      </div>
    </section>
  );
}
